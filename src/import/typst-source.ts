/**
 * The code of a Typst source read without a Typst compiler: strings, content blocks `[…]`,
 * argument lists `(…)` with named and positional arguments, and function calls with their
 * trailing content blocks. Anything else (lengths, colours, code blocks) is kept as raw text.
 */
export type TypstValue =
  | { kind: 'str'; text: string }
  | { kind: 'content'; markup: string }
  | { kind: 'args'; args: TypstArgs }
  | { kind: 'call'; name: string; args: TypstArgs }
  | { kind: 'other'; text: string };

export interface TypstArgs {
  positional: TypstValue[];
  named: Map<string, TypstValue>;
}

const IDENT = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*/;

/** `//` to the end of the line and `/* … *\/` dropped, outside strings and past `:` of a URL. */
export function withoutTypstComments(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') {
      out += source.slice(i, i + 2);
      i++;
      continue;
    }
    if (char === '\n') inString = false;
    if (char === '"') inString = !inString;
    if (!inString && char === '/' && source[i + 1] === '/' && source[i - 1] !== ':') {
      const end = source.indexOf('\n', i);
      i = (end < 0 ? source.length : end) - 1;
      continue;
    }
    if (!inString && char === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 1;
      continue;
    }
    out += char;
  }
  return out;
}

/** The value that starts at `from` (spaces skipped) and the index just past it. */
export function readValue(source: string, from: number): [TypstValue, number] {
  const i = skipSpace(source, from);
  const char = source[i];
  if (char === '"') return readString(source, i);
  if (char === '[') {
    const end = closing(source, i, '[', ']');
    return [{ kind: 'content', markup: source.slice(i + 1, end) }, end + 1];
  }
  if (char === '(') {
    const [args, end] = readArgs(source, i);
    return [{ kind: 'args', args }, end];
  }
  if (char === '{') {
    const end = closing(source, i, '{', '}');
    return [{ kind: 'other', text: source.slice(i, end + 1) }, end + 1];
  }
  const name = IDENT.exec(source.slice(i, i + 80))?.[0];
  if (name && (source[i + name.length] === '(' || source[i + name.length] === '[')) {
    return readCall(source, i, name);
  }
  const token = /^[^\s,)\]]*/.exec(source.slice(i))?.[0] ?? '';
  return [{ kind: 'other', text: token }, i + Math.max(token.length, 1)];
}

/** `name(args)[content]…`: the call that starts at `from`, its content blocks as positionals. */
export function readCall(source: string, from: number, name: string): [TypstValue, number] {
  const args: TypstArgs = { positional: [], named: new Map() };
  let i = from + name.length;
  for (;;) {
    if (source[i] === '(') {
      const [inner, end] = readArgs(source, i);
      args.positional.push(...inner.positional);
      for (const [key, value] of inner.named) args.named.set(key, value);
      i = end;
    } else if (source[i] === '[') {
      const end = closing(source, i, '[', ']');
      args.positional.push({ kind: 'content', markup: source.slice(i + 1, end) });
      i = end + 1;
    } else {
      return [{ kind: 'call', name, args }, i];
    }
  }
}

function readArgs(source: string, from: number): [TypstArgs, number] {
  const args: TypstArgs = { positional: [], named: new Map() };
  let i = from + 1;
  for (;;) {
    i = skipSpace(source, i);
    if (i >= source.length) return [args, i];
    if (source[i] === ')') return [args, i + 1];
    if (source[i] === ',') {
      i++;
      continue;
    }
    const named = /^([A-Za-z_][\w-]*)\s*:(?!:)/.exec(source.slice(i, i + 80));
    const start = named ? i + named[0].length : i;
    const [value, end] = readValue(source, start);
    if (named?.[1]) args.named.set(named[1], value);
    else args.positional.push(value);
    i = skipExpression(source, Math.max(end, start + 1));
  }
}

/** Past operators after a value (`"a" + "b"`) to the next `,` or `)` of the argument list. */
function skipExpression(source: string, from: number): number {
  let i = from;
  while (i < source.length && source[i] !== ',' && source[i] !== ')') {
    const char = source[i];
    if (char === '(' || char === '[' || char === '{') {
      i = closing(source, i, char, char === '(' ? ')' : char === '[' ? ']' : '}') + 1;
    } else if (char === '"') {
      i = readString(source, i)[1];
    } else i++;
  }
  return i;
}

function readString(source: string, from: number): [TypstValue, number] {
  let text = '';
  let i = from + 1;
  while (i < source.length && source[i] !== '"') {
    if (source[i] === '\\') {
      const next = source[i + 1] ?? '';
      text += next === 'n' ? '\n' : next;
      i += 2;
    } else text += source[i++];
  }
  return [{ kind: 'str', text }, i + 1];
}

/** The index of the bracket closing the one at `from`; the end of the source when none does. */
export function closing(source: string, from: number, open: string, close: string): number {
  let depth = 0;
  for (let i = from; i < source.length; i++) {
    const char = source[i];
    if (char === '\\') i++;
    else if (char === '"' && open !== '[') i = readString(source, i)[1] - 1;
    else if (char === open) depth++;
    else if (char === close && --depth === 0) return i;
  }
  return source.length;
}

function skipSpace(source: string, from: number): number {
  let i = from;
  while (i < source.length && /\s/.test(source[i] ?? '')) i++;
  return i;
}
