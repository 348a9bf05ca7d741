import { slug } from './line-text.ts';

/** `slug(text)`, numbered from 2 when the list already holds it. */
export function uniqueId(text: string, taken: string[], fallback = 'item'): string {
  const base = slug(text) || fallback;
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}

/**
 * Gives every item an id of its own, in order: the readers that add a group after the fact
 * ("Skills" from the prose, beside a "Skills" section) may pick one already taken.
 */
export function settleUniqueIds(items: { id: string }[]): void {
  const taken: string[] = [];
  for (const item of items) {
    if (taken.includes(item.id)) item.id = uniqueId(item.id, taken);
    taken.push(item.id);
  }
}
