import { type Document, isAlias, isCollection, isPair } from 'yaml';

/** Limits that keep a hostile or broken knowledge file from exhausting the loader. */
export const YAML_LIMITS = Object.freeze({
  /** Collections nested deeper than this are refused; a profile needs about five levels. */
  maxDepth: 64,
  /**
   * Alias expansions allowed, as the yaml package counts them (`maxAliasCount`): one anchor
   * used many times multiplies the data built from it.
   */
  maxAliasCount: 100,
  /** Open brackets counted on the raw text before parsing; see {@link flowNestingProblem}. */
  maxFlowBrackets: 256,
});

/** Where a limit was crossed, as an offset into the text, and why. */
export interface LimitProblem {
  offset: number;
  message: string;
}

const tooDeep = () =>
  `collections are nested deeper than ${YAML_LIMITS.maxDepth} levels; a profile needs only a few`;

/**
 * Flow brackets (`[[[[…`) nested a few thousand deep make the YAML parser itself run out of
 * memory, so they are counted on the raw text before parsing. The count is deliberately naive
 * (quotes and comments are not skipped, so no crafted quote can hide brackets from it) and its
 * limit is far above any real file; {@link nodeDepthProblem} applies the exact limit after.
 * A line starting at column 0 with anything but a closing bracket is block context again.
 */
export function flowNestingProblem(text: string): LimitProblem | undefined {
  let depth = 0;
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (lineStart && c !== ' ' && c !== '\t' && c !== ']' && c !== '}') depth = 0;
    lineStart = false;
    if (c === '[' || c === '{') {
      if (++depth > YAML_LIMITS.maxFlowBrackets) {
        return {
          offset: i,
          message: `brackets are nested more than ${YAML_LIMITS.maxFlowBrackets} deep; a profile needs only a few`,
        };
      }
    } else if ((c === ']' || c === '}') && depth > 0) depth--;
  }
  return undefined;
}

/** Walks the parsed document without recursion and finds the first node nested too deep. */
export function nodeDepthProblem(doc: Document): LimitProblem | undefined {
  const stack: { node: unknown; depth: number }[] = [{ node: doc.contents, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop() as { node: unknown; depth: number };
    if (!isCollection(node)) continue;
    if (depth + 1 > YAML_LIMITS.maxDepth) {
      return { offset: node.range?.[0] ?? 0, message: tooDeep() };
    }
    for (const item of node.items) {
      if (isPair(item)) stack.push({ node: item.value, depth: depth + 1 });
      else stack.push({ node: item, depth: depth + 1 });
    }
  }
  return undefined;
}

/**
 * Explains the yaml package's "Excessive alias count" refusal: the anchor used most, at its
 * first alias, so the one line points somewhere useful.
 */
export function aliasProblem(doc: Document): LimitProblem {
  const uses = new Map<string, { count: number; offset: number }>();
  const stack: unknown[] = [doc.contents];
  while (stack.length > 0) {
    const node = stack.pop();
    if (isAlias(node)) {
      const seen = uses.get(node.source);
      if (seen) {
        // The walk runs back to front: keep the earliest use.
        seen.count++;
        seen.offset = Math.min(seen.offset, node.range?.[0] ?? seen.offset);
      } else uses.set(node.source, { count: 1, offset: node.range?.[0] ?? 0 });
    } else if (isCollection(node)) {
      for (const item of node.items) {
        if (isPair(item)) stack.push(item.key, item.value);
        else stack.push(item);
      }
    }
  }
  let worst: [string, { count: number; offset: number }] | undefined;
  for (const entry of uses) if (!worst || entry[1].count > worst[1].count) worst = entry;
  const [name, { count, offset }] = worst ?? ['?', { count: 0, offset: 0 }];
  return {
    offset,
    message:
      `YAML aliases expand too far: *${name} is used ${count} times, over the limit of ` +
      `${YAML_LIMITS.maxAliasCount} expansions; write the values out instead`,
  };
}
