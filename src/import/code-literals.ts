import JSON5 from 'json5';
import { constructorAsJson5 } from './constructor-literals.ts';
import { ednDefinitions, parseEdn } from './edn-literal.ts';

/**
 * A GitHub README that introduces its owner as code: a fenced block in TypeScript, JavaScript,
 * Python, JSON or Clojure holding `const me = { name: "…", role: "…" }` and the like. The literals are
 * data; JSON5 reads them as written (unquoted keys, comments, trailing commas, single quotes).
 */

const FENCE =
  /^```[ \t]*(ts|typescript|js|javascript|jsx|tsx|py|python|json5?|jsonc|clojure|clj|cljs|edn|kotlin|kt|swift|dart|go|golang|scala|java)[ \t]*\n([\s\S]*?)^```[ \t]*$/gim;

// Languages whose literals are constructor calls: `val me = Developer(name = "…")`.
const CALL_LANGUAGES = /^(?:kotlin|kt|swift|dart|go|golang|scala|java)$/i;
// "val me = Developer(", "let me = Developer(", "me := Developer{", "final me = Dev(".
const CALL_ASSIGNMENT =
  /^[ \t]*(?:(?:val|var|let|final|const|private|public|static)\s+)*([A-Za-z_]\w*)(?:\s*:\s*[^=\n]+)?\s*:?=\s*(?=[A-Za-z_][\w.]*\s*[({]|[[{"'])/gm;

// "const me = {", "export const career = [", "me = {" (Python), "var education = '…'".
const ASSIGNMENT =
  /^[ \t]*(?:export\s+)?(?:(?:const|let|var)\s+)?([A-Za-z_$][\w$]*)(?:\s*:\s*[^=\n]+)?\s*=\s*(?=[[{"'`])/gm;

export interface CodeLiterals {
  /** Each assigned value by its variable's name, in the order written. */
  values: Map<string, unknown>;
  /** The page without the blocks that were read. */
  text: string;
}

/** The end of the literal opening at `start`: brackets balanced outside strings and comments. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const char = code[i];
    if (char === '"' || char === "'" || char === '`') {
      i = stringEnd(code, i);
      if (depth === 0) return i + 1;
    } else if ((char === '/' && code[i + 1] === '/') || char === '#') {
      i = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    } else if (char === '{' || char === '[' || char === '(') depth++;
    else if (char === '}' || char === ']' || char === ')') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

function stringEnd(code: string, start: number): number {
  const quote = code[start];
  for (let i = start + 1; i < code.length; i++) {
    if (code[i] === '\\') i++;
    else if (code[i] === quote) return i;
  }
  return code.length;
}

/** Python's spellings and comments in JSON5's: True → true, None → null, # → //. */
function asJson5(literal: string, python: boolean): string {
  if (!python) {
    return withEntryComments(
      literal.replace(/`([^`]*)`/g, (_m, text: string) => JSON.stringify(text)),
    );
  }
  let out = '';
  for (let i = 0; i < literal.length; i++) {
    const char = literal[i] ?? '';
    if (char === '"' || char === "'") {
      const end = stringEnd(literal, i);
      out += literal.slice(i, end + 1);
      i = end;
    } else if (char === '#') out += '//';
    else out += char;
  }
  return out
    .replace(/\bTrue\b/g, 'true')
    .replace(/\bFalse\b/g, 'false')
    .replace(/\bNone\b/g, 'null');
}

/**
 * `{ company: "X", title: "Y" }, // Nakama + Lua for a trivia game`: the comment after an entry
 * says what the owner did there; it becomes the entry's `note` rather than being dropped.
 */
function withEntryComments(literal: string): string {
  return literal.replace(
    /^([ \t]*\{.*?)[\s,]*\}([ \t]*,?)[ \t]*\/\/[ \t]*(\S.*?)[ \t]*$/gm,
    (_m, open: string, comma: string, note: string) =>
      `${open}, note: ${JSON.stringify(note)} }${comma}`,
  );
}

function parsed(literal: string, python: boolean): unknown {
  try {
    return JSON5.parse(asJson5(literal, python));
  } catch {
    return undefined;
  }
}

/** `val me = Developer(name = "…", stack = listOf(…))`: each assigned call, as data. */
function callLiterals(code: string): [string, unknown][] {
  const out: [string, unknown][] = [];
  let done = 0;
  for (const match of code.matchAll(CALL_ASSIGNMENT)) {
    const start = match.index + match[0].length;
    // "stack = listOf(…)" inside "val me = Developer(…)" is part of it.
    if (match.index < done) continue;
    const end = literalEnd(code, code.slice(start).search(/[({["']/) + start);
    done = Math.max(done, end);
    const json = end > start ? constructorAsJson5(code.slice(start, end)) : undefined;
    try {
      if (json && match[1]) out.push([match[1], JSON5.parse(json)]);
    } catch {
      // Not a literal this reader knows: the block stays as text.
    }
  }
  return out;
}

/** Every literal the README's code blocks assign to a name (or a JSON block holds whole). */
export function readCodeLiterals(markdown: string): CodeLiterals {
  const values = new Map<string, unknown>();
  const text = markdown.replace(FENCE, (block, language: string, code: string) => {
    const before = values.size;
    if (/^(?:clojure|clj|cljs|edn)$/i.test(language)) {
      for (const [name, value] of ednDefinitions(code)) values.set(name, value);
      const whole = /^edn$/i.test(language) ? parseEdn(code) : undefined;
      if (whole && typeof whole === 'object' && !Array.isArray(whole)) values.set('me', whole);
      return values.size > before ? '' : block;
    }
    if (CALL_LANGUAGES.test(language)) {
      for (const [name, value] of callLiterals(code)) values.set(name, value);
      return values.size > before ? '' : block;
    }
    const python = /^py/i.test(language);
    if (/^json/i.test(language)) {
      const whole = parsed(code, false);
      if (whole && typeof whole === 'object' && !Array.isArray(whole)) values.set('me', whole);
    }
    for (const match of code.matchAll(ASSIGNMENT)) {
      const start = match.index + match[0].length;
      const end = literalEnd(code, start);
      const value = end > start ? parsed(code.slice(start, end), python) : undefined;
      if (value !== undefined && match[1]) values.set(match[1], value);
    }
    return values.size > before ? '' : block;
  });
  return { values, text };
}
