import { cvCallLines } from './typst-cv-calls.ts';
import { isTypst } from './typst-detect.ts';
import { headerLines } from './typst-header.ts';
import { typstInline, valueMarkdown } from './typst-inline.ts';
import {
  closing,
  readCall,
  readValue,
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
  private readonly levels: number;

  constructor(source: string) {
    // A page whose one `=` heading is the owner's name and whose sections are `==`.
    const tops = source.match(/^[ \t]*=[ \t]/gm)?.length ?? 0;
    this.levels = tops === 1 && /^[ \t]*==[ \t]/m.test(source) ? 0 : 1;
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
        out.push(...this.call(call));
        i = end;
      } else {
        out.push(this.line(line));
        i = lineEnd + 1;
      }
    }
    return out;
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
    const entry = cvCallLines(call.name, call.args, params, (markup) => this.read(markup));
    if (entry) return entry;
    if (LAYOUT.test(call.name)) {
      return call.args.positional.flatMap((value) =>
        value.kind === 'content' ? this.read(value.markup) : [valueMarkdown(value)],
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
          this.header = headerLines(value.args);
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
