import type { Snippet } from '../retrieve/model.ts';
import type { Knowledge } from './types.ts';

const paragraphs = new WeakMap<Knowledge['index'], Map<string, Snippet[]>>();

/**
 * The sentences of the paragraph a line of prose stands in, in order. Grouped once per
 * knowledge: the search kind asks on every question.
 */
export function paragraphOf(k: Knowledge, line: Snippet): readonly Snippet[] {
  let byWhere = paragraphs.get(k.index);
  if (!byWhere) {
    byWhere = new Map();
    for (const s of k.index.snippets) {
      const group = byWhere.get(s.where);
      if (group) group.push(s);
      else byWhere.set(s.where, [s]);
    }
    paragraphs.set(k.index, byWhere);
  }
  return byWhere.get(line.where) ?? [line];
}

/**
 * "The one I'm proudest of is Tidepool, a tiny roguelike …" then "I made it in Godot with
 * GDScript …": a sentence of prose whose next sentence goes on about the same thing ("it",
 * "this") is quoted with it, so what was asked of the thing is not cut off.
 */
export function goesOn(k: Knowledge, line: Snippet): Snippet {
  if (line.role || line.list) return line;
  const paragraph = paragraphOf(k, line);
  const next = paragraph[paragraph.indexOf(line) + 1];
  if (!next || !REFERS_BACK.test(next.text)) return line;
  return { ...line, text: `${line.text} ${next.text}` };
}

/** A sentence opening on what the one before it named. */
const REFERS_BACK =
  /^(?:It|It's|It’s|Its|This|That|These|Those|I (?:made|built|wrote|shipped|designed|started|released|run|ran|maintain) (?:it|them|this)|We (?:made|built|wrote|shipped|designed|released) (?:it|them|this))\b/;
