/**
 * The commands of a LaTeX source, read without a TeX engine: each known command with its
 * `[options]` and `{arguments}` (braces balanced), and the text between them. Comments are
 * gone before reading; commands the reader does not know stay in the text around them.
 */
export interface LatexCommand {
  kind: 'command';
  name: string;
  options: string[];
  args: string[];
}

export interface LatexText {
  kind: 'text';
  text: string;
}

export type LatexPart = LatexCommand | LatexText;

/** `%` to the end of the line, unless escaped (`\%`, but `\\%` is a line break then a comment). */
export function withoutComments(source: string): string {
  return source
    .split(/\r?\n/)
    .map((line) => {
      for (let i = line.indexOf('%'); i >= 0; i = line.indexOf('%', i + 1)) {
        let slashes = 0;
        while (line[i - 1 - slashes] === '\\') slashes++;
        if (slashes % 2 === 0) return line.slice(0, i);
      }
      return line;
    })
    .join('\n');
}

/**
 * Splits the source into the commands `arity` names (how many `{…}` groups each takes at most)
 * and the text between them. A command reads only the groups that follow it.
 */
export function readLatexParts(
  source: string,
  arity: Readonly<Record<string, number>>,
): LatexPart[] {
  const parts: LatexPart[] = [];
  let text = '';
  let i = 0;
  while (i < source.length) {
    const name = /^\\([A-Za-z]+)\*?/.exec(source.slice(i, i + 40));
    const count = name?.[1] !== undefined ? arity[name[1]] : undefined;
    if (!name?.[1] || count === undefined) {
      // An escaped character (`\%`, `\{`) is copied whole, so its brace is no group.
      const step = source[i] === '\\' ? 2 : 1;
      text += source.slice(i, i + step);
      i += step;
      continue;
    }
    if (text.trim()) parts.push({ kind: 'text', text });
    text = '';
    const command: LatexCommand = { kind: 'command', name: name[1], options: [], args: [] };
    i = readArguments(source, i + name[0].length, count, command);
    parts.push(command);
  }
  if (text.trim()) parts.push({ kind: 'text', text });
  return parts;
}

function readArguments(source: string, from: number, count: number, into: LatexCommand): number {
  let i = from;
  for (;;) {
    const next = skipSpace(source, i);
    const open = source[next];
    if (open === '[' && into.args.length === 0) {
      const end = groupEnd(source, next, '[', ']');
      if (end < 0) return i;
      into.options.push(source.slice(next + 1, end));
      i = end + 1;
    } else if (open === '{' && into.args.length < count) {
      const end = groupEnd(source, next, '{', '}');
      if (end < 0) return i;
      into.args.push(source.slice(next + 1, end));
      i = end + 1;
    } else {
      return i;
    }
  }
}

// Arguments may sit on the next line, but a blank line ends the command.
function skipSpace(source: string, from: number): number {
  const match = /^[ \t]*(?:\r?\n[ \t]*)?/.exec(source.slice(from, from + 200));
  return from + (match?.[0].length ?? 0);
}

/** The index of the bracket closing the group opened at `from`; -1 when it never closes. */
function groupEnd(source: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      i++;
      continue;
    }
    // Inside `[…]`, braces nest (`[{a,b}]`); only the outer bracket pair counts.
    if (open === '[' && char === '{') depth += 100;
    else if (open === '[' && char === '}') depth -= 100;
    else if (char === open) depth++;
    else if (char === close) {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}
