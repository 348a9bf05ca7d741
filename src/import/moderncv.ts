import { PortfolioBotError } from '../errors.ts';
import { AWESOME_CV_COMMANDS, asModernCv, isAwesomeCv } from './awesome-cv.ts';
import type { ImportOptions, ImportResult } from './import-result.ts';
import { latexToMarkdown } from './latex-markdown.ts';
import {
  type LatexCommand,
  type LatexPart,
  readLatexParts,
  withoutComments,
} from './latex-source.ts';
import { latexItems, latexText } from './latex-text.ts';
import { importMarkdownProfile } from './markdown-profile.ts';
import {
  cventryEntry,
  cvitemEntries,
  type EntryKind,
  type LabelledItem,
} from './moderncv-entries.ts';
import { HEADER_COMMANDS, type ModernCvHeader, readHeader } from './moderncv-header.ts';
import { importRenderCv } from './rendercv.ts';
import { sectionKind } from './section-kinds.ts';

/**
 * Reads a LaTeX CV written with the moderncv class. Its header and entry commands are read
 * into the shape of a RenderCV file (one rich CV format: header fields and titled sections of
 * typed entries), which the RenderCV reader then places. The preamble and comments say how the
 * page looks and are not read.
 */

const ENTRY_COMMANDS: Readonly<Record<string, number>> = Object.freeze({
  section: 1,
  subsection: 1,
  cventry: 6,
  cvitem: 2,
  cvline: 2,
  cvitemwithcomment: 3,
  cvdoubleitem: 4,
  cvcomputer: 4,
  cvlistitem: 1,
  cvlistdoubleitem: 2,
  cvlanguage: 3,
});

const ARITY: Readonly<Record<string, number>> = Object.freeze({
  ...HEADER_COMMANDS,
  ...ENTRY_COMMANDS,
});

// A LaTeX source opens with a command (after comments), and names a CV class or its commands.
const LATEX_START = /^(?:[ \t]*(?:%.*)?\r?\n)*[ \t]*\\[A-Za-z]/;
const LATEX_CV = /^[ \t]*\\(?:documentclass\b|cventry\s*\{|name\s*\{)/m;

export function looksLikeLatexCv(text: string): boolean {
  return LATEX_START.test(text) && LATEX_CV.test(text);
}

/**
 * Imports a LaTeX CV: a moderncv or Awesome-CV source by its commands; one written without a
 * CV class (no `\\name`, no `\\cventry`) as the résumé its page reads like.
 */
export function importLatexCv(source: string, options: ImportOptions = {}): ImportResult {
  const text = withoutComments(source);
  const begin = text.search(/\\begin\{document\}/);
  const whole = (begin < 0 ? text : text.slice(begin)).replace(/\\end\{document\}[\s\S]*$/, '');
  const body = whole.replace(INPUT, ' ');
  const preamble = begin < 0 ? '' : text.slice(0, begin);
  const read = latexReader(text);
  const parts = [...read(preamble, HEADER_COMMANDS), ...read(body, ARITY)];
  const commands = parts.filter((part): part is LatexCommand => part.kind === 'command');
  const header = readHeader(commands.filter((c) => c.name in HEADER_COMMANDS));
  if (!header.name) {
    if (commands.some((c) => c.name === 'cventry')) {
      throw new PortfolioBotError(
        'import_failed',
        'no name found: a moderncv CV names its owner with \\name{First}{Last}',
      );
    }
    // No CV class: the page is read as the résumé it looks like.
    return importMarkdownProfile(latexToMarkdown(preamble, body), options);
  }
  const sections = new SectionBuilder();
  for (const part of read(body, ARITY)) sections.add(part);
  const { header: personal, ...cv } = renderCvHeader(header);
  const value = {
    cv: { ...cv, sections: withHeaderSections(sections.sections, header, personal) },
  };
  const result = importRenderCv(value, options);
  const notes = result.notes.map((note) => note.replace(/^cv (?:header )?→/, 'header →'));
  const layout = preambleCommands(preamble);
  if (layout.length > 0)
    notes.push(`preamble (${layout.join(', ')}) → not imported: it says how the PDF looks`);
  return { ...result, notes, warnings: [...(result.warnings ?? []), ...inputWarnings(whole)] };
}

/** Reads parts with the commands of the source's class, Awesome-CV's told as moderncv's. */
function latexReader(source: string) {
  if (!isAwesomeCv(source)) return readLatexParts;
  return (text: string, arity: Readonly<Record<string, number>>): LatexPart[] =>
    readLatexParts(text, { ...arity, ...AWESOME_CV_COMMANDS }).map((part) =>
      part.kind === 'command' ? asModernCv(part) : part,
    );
}

// `\input{cv/experience}`: a CV split over files is read only as far as this one goes.
const INPUT = /\\(?:input|include|subfile)\s*\{([^{}]*)\}/g;

function inputWarnings(body: string): string[] {
  return [...body.matchAll(INPUT)].map(
    (match) =>
      `\\input{${match[1]}} was not read: only this file is imported; paste that file's content in to import it too`,
  );
}

function renderCvHeader(header: ModernCvHeader) {
  const { quote: _quote, personal, ...cv } = header;
  return { ...cv, header: personal };
}

/** The `\quote` leads the summary; the postal address and extra lines are kept as a section. */
function withHeaderSections(
  sections: Map<string, unknown[]>,
  header: ModernCvHeader,
  personal: string[],
): Record<string, unknown[]> {
  const result = new Map<string, unknown[]>();
  const about = [...sections.keys()].find((key) => sectionKind(key) === 'about');
  if (header.quote && !about) result.set('Summary', [header.quote]);
  for (const [key, entries] of sections) {
    result.set(key, key === about && header.quote ? [header.quote, ...entries] : entries);
  }
  if (personal.length > 0)
    result.set('Personal details', [...(result.get('Personal details') ?? []), ...personal]);
  return Object.fromEntries(result);
}

function preambleCommands(preamble: string): string[] {
  const names = [...preamble.matchAll(/\\(documentclass|usepackage|moderncv[a-z]+)\b/g)].map(
    (match) => `\\${match[1]}`,
  );
  return [...new Set(names)];
}

/** Collects the entries of each section under its title, as RenderCV keys its sections. */
class SectionBuilder {
  readonly sections = new Map<string, unknown[]>();
  private title = '';
  private subtitle = '';
  // The section the last labelled item went to: an unlabelled `\cvitem` continues it.
  private lastKey = '';

  add(part: ReturnType<typeof readLatexParts>[number]): void {
    if (part.kind === 'text') {
      if (!this.title) return;
      const { prose, items } = latexItems(part.text);
      this.push(this.key(), [prose, ...items].filter(Boolean));
      return;
    }
    const args = part.args;
    switch (part.name) {
      case 'section':
        this.title = latexText(args[0] ?? '');
        this.subtitle = '';
        this.lastKey = '';
        return;
      case 'subsection':
        this.subtitle = latexText(args[0] ?? '');
        this.lastKey = '';
        return;
      case 'cventry': {
        const key = this.key();
        this.push(key, [cventryEntry(part, kindOf(key))]);
        return;
      }
      case 'cvlanguage': {
        const key = kindOf(this.key()) === 'languages' ? this.key() : 'Languages';
        const [name = '', level = '', comment = ''] = args;
        const text = [level, comment].filter((s) => latexText(s)).join(' -- ');
        this.push(key, cvitemEntries({ label: name, text }, 'languages'));
        return;
      }
      case 'cvlistitem':
      case 'cvlistdoubleitem':
        this.push(this.key(), args.map(latexText).filter(Boolean));
        return;
      default:
        for (const item of labelledItems(part)) this.addItem(item);
    }
  }

  private addItem(item: LabelledItem): void {
    const label = latexText(item.label);
    const key = label ? this.keyFor(label) : this.lastKey || this.key();
    this.lastKey = key;
    this.push(key, cvitemEntries(item, kindOf(key)));
  }

  /** The section title, or a subsection's when it says what it holds ("Languages"). */
  private key(): string {
    return this.subtitle && sectionKind(this.subtitle) ? this.subtitle : this.title || 'Other';
  }

  /**
   * Where a labelled item goes. A section whose title joins kinds ("Open source & talks")
   * sends each item to the kind its label names, else to the first; an untyped section
   * ("Other") sends "Languages: …" to the languages.
   */
  private keyFor(label: string): string {
    const key = this.key();
    const named = [label, `${label}s`].find((word) => sectionKind(word));
    const joined = key.split(/\s*(?:&|\band\b|,|\/)\s*/).filter((word) => sectionKind(word));
    if (joined.length > 1) {
      const match = joined.find((word) => named && sectionKind(word) === sectionKind(named));
      return match ?? joined[0] ?? key;
    }
    const kind = kindOf(key);
    if (named && (kind === undefined || kind === 'personal')) return named;
    return key;
  }

  private push(key: string, entries: unknown[]): void {
    if (entries.length === 0) return;
    const list = this.sections.get(key) ?? [];
    list.push(...entries);
    this.sections.set(key, list);
  }
}

function kindOf(key: string): EntryKind {
  return /\bvolunteer/i.test(key) ? 'volunteer' : sectionKind(key);
}

/** `\cvdoubleitem` and `\cvcomputer` hold two label–text pairs side by side. */
function labelledItems({ name, args }: LatexCommand): LabelledItem[] {
  const [a = '', b = '', c = '', d = ''] = args;
  if (name === 'cvdoubleitem' || name === 'cvcomputer') {
    return [
      { label: a, text: b },
      { label: c, text: d },
    ].filter((item) => latexText(item.label) || latexText(item.text));
  }
  if (name === 'cvitemwithcomment') return [{ label: a, text: c ? `${b} -- ${c}` : b }];
  return [{ label: a, text: b }];
}
