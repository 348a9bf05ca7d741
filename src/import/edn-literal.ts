/**
 * Clojure's data notation (EDN), as a README writes its owner in it: `(def me {:role "…"
 * :stack #{:clojure :kafka} :spoken ["Spanish (native)"]})`. Maps, vectors, lists and sets,
 * strings, keywords (read as their names), numbers, booleans and nil; commas are spaces.
 * Returns undefined for anything it cannot read whole.
 */
export function parseEdn(text: string): unknown {
  const tokens = text.match(TOKEN) ?? [];
  let at = 0;
  const read = (): unknown => {
    const token = tokens[at++];
    if (token === undefined) throw new Error('end of input');
    if (token === '{' || token === '#{' || token === '[' || token === '(') {
      const close = token === '[' ? ']' : token === '(' ? ')' : '}';
      const items: unknown[] = [];
      while (tokens[at] !== close) {
        if (at >= tokens.length) throw new Error('unclosed');
        items.push(read());
      }
      at++;
      return token === '{' ? asMap(items) : items;
    }
    if (token.startsWith('"')) return JSON.parse(token.replace(/\n/g, '\\n'));
    if (token.startsWith(':')) return token.slice(1);
    if (token === 'nil') return null;
    if (token === 'true' || token === 'false') return token === 'true';
    if (/^-?\d+(?:\.\d+)?$/.test(token)) return Number(token);
    if (/^[)}\]]$/.test(token)) throw new Error('unexpected close');
    return token;
  };
  try {
    const value = read();
    return at === tokens.length ? value : undefined;
  } catch {
    return undefined;
  }
}

const TOKEN = /"(?:\\.|[^"\\])*"|#\{|[{}[\]()]|[^\s,{}[\]()"]+/g;

function asMap(items: unknown[]): Record<string, unknown> {
  if (items.length % 2 !== 0) throw new Error('odd map');
  const map: Record<string, unknown> = {};
  for (let i = 0; i < items.length; i += 2) map[String(items[i])] = items[i + 1];
  return map;
}

/** `(def baltazar {…})`: each definition's name and value. */
export function ednDefinitions(code: string): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const m of code.matchAll(/\(def\s+([^\s()]+)\s+(?=[{[#])/g)) {
    const start = m.index + m[0].length;
    const end = closingOf(code, start);
    const value = end > start ? parseEdn(code.slice(start, end)) : undefined;
    if (value !== undefined && m[1]) out.set(m[1], value);
  }
  return out;
}

/** The end of the form opening at `start`, brackets balanced outside strings. */
function closingOf(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '"') {
      for (i++; i < code.length && code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}
