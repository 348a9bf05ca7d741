import { slug } from './markdown-lines.ts';

/** `slug(text)`, numbered from 2 when the list already holds it. */
export function uniqueId(text: string, taken: string[], fallback = 'item'): string {
  const base = slug(text) || fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
