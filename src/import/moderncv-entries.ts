import type { LatexCommand } from './latex-source.ts';
import { latexItems, latexText } from './latex-text.ts';
import type { SectionKind } from './section-kinds.ts';

/**
 * How each moderncv entry command becomes a RenderCV entry, so one set of section rules
 * places both formats: `\cventry` is a job, a degree or a named entry by its section,
 * `\cvitem` a labelled line, a named entry or a line of text.
 */
export type EntryKind = SectionKind | 'volunteer' | undefined;

/** A `\cvitem`-like pair: the label column and the text beside it. */
export interface LabelledItem {
  label: string;
  text: string;
}

// Sections whose entries are named things (a project, a talk, a certificate), not label: text.
const NAMED_KINDS: ReadonlySet<EntryKind> = new Set<EntryKind>([
  'projects',
  'publications',
  'certifications',
  'awards',
]);

// A label that is a date ("2015", "Mar 2019", "2019--2021") dates the entry beside it.
const DATE_LABEL =
  /^(?:[A-Za-z]{3,9}\.? )?(?:19|20)\d\d(?:\s*[–—-]+\s*(?:(?:[A-Za-z]{3,9}\.? )?(?:19|20)\d\d|present|now|today))?$/i;

/** `\cventry{years}{title}{employer}{city}{grade}{description}` in a section of `kind`. */
export function cventryEntry(command: LatexCommand, kind: EntryKind): unknown {
  const [dates, title, employer, city, grade, description] = [0, 1, 2, 3, 4, 5].map(
    (i) => command.args[i] ?? '',
  );
  const { prose, items } = latexItems(description ?? '');
  const date = latexText(dates ?? '');
  const place = latexText(city ?? '');
  const graded = latexText(grade ?? '');
  const common = {
    ...(date ? { date } : {}),
    ...(place ? { location: place } : {}),
  };
  const position = latexText(title ?? '');
  const organisation = latexText(employer ?? '');
  if (kind === 'education' && (organisation || position)) {
    return {
      institution: organisation || position,
      // moderncv's own sample puts the degree where a job has its title.
      ...(organisation && position ? { degree: position } : {}),
      ...common,
      ...(prose ? { summary: prose } : {}),
      highlights: [graded, ...items].filter(Boolean),
    };
  }
  const job = kind === 'experience' || kind === 'work' || kind === 'volunteer';
  if (job && organisation && position) {
    return {
      company: organisation,
      position,
      ...common,
      ...(prose ? { summary: prose } : {}),
      highlights: [graded, ...items].filter(Boolean),
    };
  }
  const summary = [organisation, graded, prose].filter(Boolean).join('. ');
  return {
    name: position || organisation,
    ...common,
    ...(summary && position ? { summary } : prose ? { summary: prose } : {}),
    highlights: items,
  };
}

/** `\cvitem{label}{text}` in a section of `kind`: its RenderCV entries. */
export function cvitemEntries({ label, text }: LabelledItem, kind: EntryKind): unknown[] {
  const name = latexText(label);
  const { prose, items } = latexItems(text);
  if (!prose && items.length === 0) return name ? [name] : [];
  const dated = DATE_LABEL.test(name);
  if (NAMED_KINDS.has(kind) || (dated && kind !== 'skills' && kind !== 'languages')) {
    const named = namedParts(text, kind);
    // A sentence with no name of its own ("Small patches to …") is no project: kept as text.
    if (named) return [{ ...named, ...(dated ? { date: name } : {}), highlights: items }];
  }
  if (!name) return [prose, ...items].filter(Boolean);
  return [{ label: name, details: [prose, ...items].filter(Boolean).join('; ') }];
}

/**
 * "\href{url}{kamailio-lab} -- a lab for …", "\emph{Title} -- Venue 2023": the leading link or
 * emphasis names the entry and the rest says more. Projects and talks also split at a dash;
 * a certificate's dash is part of its name ("dCAP -- Digium Certified …").
 */
function namedParts(text: string, kind: EntryKind): { name: string; summary?: string } | undefined {
  const lead =
    /^\s*(?:\\href\{([^{}]*)\}\{([^{}]*)\}|\\(?:textbf|emph|textit|textsc|texttt)\{([^{}]*)\})([\s\S]*)$/.exec(
      text.replace(/\\begin\{(?:itemize|enumerate)\}[\s\S]*$/, ''),
    );
  if (lead) {
    const words = latexText(lead[2] ?? lead[3] ?? '');
    const name = lead[1] ? `[${words}](${lead[1].trim()})` : words;
    const rest = latexText(lead[4] ?? '').replace(/^[\s–—:,-]+/, '');
    if (words) return { name, ...(rest ? { summary: rest } : {}) };
  }
  const whole = latexItems(text).prose;
  if (kind === 'projects' || kind === 'publications') {
    const split = /^(.{2,120}?)\s+[–—]\s+(.+)$/.exec(whole);
    if (split?.[1] && split[2]) return { name: split[1], summary: split[2] };
    return undefined;
  }
  return { name: whole };
}
