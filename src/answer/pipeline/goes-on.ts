import type { Snippet } from '../retrieve/model.ts';
import type { Knowledge } from './types.ts';

/**
 * "The one I'm proudest of is Tidepool, a tiny roguelike …" then "I made it in Godot with
 * GDScript …": a sentence of prose whose next sentence goes on about the same thing ("it",
 * "this") is quoted with it, so what was asked of the thing is not cut off.
 */
export function goesOn(k: Knowledge, line: Snippet): Snippet {
  if (line.role || line.list) return line;
  const paragraph = k.index.snippets.filter((s) => s.where === line.where);
  const next = paragraph[paragraph.indexOf(line) + 1];
  if (!next || !REFERS_BACK.test(next.text)) return line;
  return { ...line, text: `${line.text} ${next.text}` };
}

/** A sentence opening on what the one before it named. */
const REFERS_BACK =
  /^(?:It|It's|It’s|Its|This|That|These|Those|I (?:made|built|wrote|shipped|designed|started|released|run|ran|maintain) (?:it|them|this)|We (?:made|built|wrote|shipped|designed|released) (?:it|them|this))\b/;
