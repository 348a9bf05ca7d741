import { cvCallLines } from './typst-cv-calls.ts';
import { isTypst } from './typst-detect.ts';
import { headerLines } from './typst-header.ts';
import { typstInline, valueMarkdown } from './typst-inline.ts';
import {
  closing,
  readCall,
  readValue,
  type TypstArgs,
  type TypstValue,
  withoutTypstComments,
} from './typst-source.ts';

/**
 * A CV written in Typst (`cv.typ`) as the markdown the readers know: `=` headings, `-`/`+`
 * items, the template's header and entry calls read by their argument names, layout calls
 * (`#align`, `#grid`, `#box`) read for their content. Comments and configuration
 * (`#set`, `#show` rules, `#import`, `#let`) say how the page looks and are left out.
 */
export function markTypst(text: string): { text: string; rewritten: boolean } {
  if (!isTypst(text)) return { text, rewritten: false };
  const source = withoutTypstComments(text);
  const reader = new TypstBlocks(source);
  const lines = reader.read(source);
  const named = reader.header.length > 0 || lines.some((line) => line.trim().startsWith('# '));
  const body = named ? lines : asNamed(lines);
  const markdown = [...reader.header, ...body].join('\n').replace(/\n{3,}/g, '\n\n');
  return { text: markdown.trim(), rewritten: true };
}

const LAYOUT = /^(?:align|block|box|pad|grid|table|stack|columns|text|rect|figure|place|strong)$/;
const KEYWORD = /^#(set|show|import|let|include)\b/;

class TypstBlocks {
  header: string[] = [];
  private readonly helpers = new Map<string, string[]>();
  private readonly variables = new Map<string, string>();
  private readonly levels: number;

  constructor(source: string) {
    const depths = [...source.matchAll(/^[ \t]*(=+)[ \t]/gm)].map((m) => m[1]?.length ?? 1);
    const top = Math.min(...depths);
    const tops = depths.filter((depth) => depth === top).length;
    // A page whose one top heading is the owner's name, its sections one level below.
    this.levels = tops === 1 && depths.length > 1 ? 1 - top : 2 - top;
    for (const match of source.matchAll(/^[ \t]*#let\s+([\w-]+)\s*=\s*"([^"\n]*)"/gm)) {
      if (match[1]) this.variables.set(match[1], match[2] ?? '');
    }
  }

  read(markup: string): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < markup.length) {
      const lineEnd = endOfLine(markup, i);
      const line = markup.slice(i, lineEnd);
      const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
      const start = i + indent.length;
      const keyword = KEYWORD.exec(line.trimStart())?.[1];
      if (keyword) i = this.statement(markup, start, keyword);
      else if (/^#[A-Za-z]/.test(line.trimStart())) {
        const name = /^#([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)/.exec(line.trimStart())?.[1] ?? '';
        const [call, end] = readCall(markup, start + 1, name);
        const rest = markup.slice(end, endOfLine(markup, end));
        // A call followed by more text on its line is inline markup of that line.
        if (rest.trim() === '') {
          out.push(...this.call(call));
          i = end;
        } else {
          out.push(this.line(markup.slice(start, endOfLine(markup, start))));
          i = endOfLine(markup, start) + 1;
        }
      } else {
        out.push(this.line(line));
        i = lineEnd + 1;
      }
    }
    return out;
  }

  /** Arguments that name a `#let name = "…"` variable hold its text. */
  private resolved(args: TypstArgs): TypstArgs {
    const named = new Map(
      [...args.named].map(([key, value]): [string, TypstValue] => {
        const text = value.kind === 'other' ? this.variables.get(value.text) : undefined;
        return [key, text === undefined ? value : { kind: 'str', text }];
      }),
    );
    return { positional: args.positional, named };
  }

  private line(line: string): string {
    const heading = /^[ \t]*(=+)[ \t]+(.*)$/.exec(line);
    if (heading) {
      const level = (heading[1]?.length ?? 1) + this.levels;
      return `\n${'#'.repeat(level)} ${typstInline(heading[2] ?? '').trim()}\n`;
    }
    const item = /^([ \t]*)[-+][ \t]+(.*)$/.exec(line);
    if (item) return `${item[1] ?? ''}- ${typstInline(item[2] ?? '').trim()}`;
    return typstInline(line).trim();
  }

  private call(call: TypstValue): string[] {
    if (call.kind !== 'call') return [];
    const params = this.helpers.get(call.name);
    const entry = cvCallLines(call.name, call.args, params, (markup) => this.read(dedent(markup)));
    if (entry) return entry;
    if (/^(?:grid|table)$/.test(call.name)) return gridRows(call.args);
    if (LAYOUT.test(call.name)) {
      return call.args.positional.flatMap((value) =>
        value.kind === 'content' ? this.read(dedent(value.markup)) : [valueMarkdown(value)],
      );
    }
    return [valueMarkdown(call)];
  }

  /** Reads past a configuration statement; keeps a template header and a helper's parameters. */
  private statement(markup: string, from: number, keyword: string): number {
    const after = from + keyword.length + 1;
    if (keyword === 'let') {
      const head = /^\s*([\w-]+)\s*(\()?/.exec(markup.slice(after, after + 80));
      let i = after + (head?.[0].length ?? 0);
      if (head?.[2]) {
        const close = closing(markup, i - 1, '(', ')');
        const params = markup.slice(i, close).split(',');
        this.helpers.set(
          head[1] ?? '',
          params.filter((p) => !p.includes(':')).map((p) => p.trim().replace(/^\.\./, '')),
        );
        i = close + 1;
      }
      const equals = /^\s*=/.exec(markup.slice(i));
      return equals ? readValue(markup, i + equals[0].length)[1] : endOfLine(markup, i) + 1;
    }
    if (keyword === 'show') {
      const rule = /^\s*:\s*/.exec(markup.slice(after));
      if (rule) {
        const [value, end] = readValue(markup, after + rule[0].length);
        if (value.kind === 'call' && /\.with$/.test(value.name)) {
          this.header = headerLines(this.resolved(value.args));
        }
        return end;
      }
    }
    if (keyword === 'set') {
      const name = /^\s*([\w.-]+)/.exec(markup.slice(after));
      if (name?.[1]) return readValue(markup, after)[1];
    }
    return endOfLine(markup, from) + 1;
  }
}

/** The end of a line, or of the brackets it opens when they close on a later line. */
function endOfLine(markup: string, from: number): number {
  let i = from;
  while (i < markup.length && markup[i] !== '\n') {
    const char = markup[i];
    if (char === '\\') i++;
    else if (char === '[' || char === '(') i = closing(markup, i, char, char === '[' ? ']' : ')');
    i++;
  }
  return Math.min(i, markup.length);
}

/** Without a template header, the first line of the page is the owner's name. */
function asNamed(lines: string[]): string[] {
  const at = lines.findIndex((line) => line.trim() !== '');
  if (at < 0) return lines;
  const copy = [...lines];
  copy[at] = `# ${(copy[at] ?? '').replace(/^[\n#\s]+|\*\*/g, '').trim()}`;
  return copy;
}

/** Content indented inside its brackets brought to the margin, so its items stay top-level. */
function dedent(markup: string): string {
  const lines = markup.split('\n');
  const margins = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)?.[0].length ?? 0);
  const margin = Math.min(...margins);
  return Number.isFinite(margin) ? lines.map((l) => l.slice(margin)).join('\n') : markup;
}

/** The cells of a `#grid`/`#table`, a row a line: `[*Languages:*], [Go, SQL]` one line. */
function gridRows(args: TypstArgs): string[] {
  const columns = args.named.get('columns');
  const count =
    columns?.kind === 'args'
      ? columns.args.positional.length
      : Number.parseInt(columns?.kind === 'other' ? columns.text : '1', 10) || 1;
  const cells = args.positional.map((cell) => valueMarkdown(cell).replace(/\s*\n\s*/g, ' '));
  const rows: string[] = [];
  for (let i = 0; i < cells.length; i += count) {
    rows.push(
      cells
        .slice(i, i + count)
        .filter(Boolean)
        .join(' '),
    );
  }
  return rows;
}
