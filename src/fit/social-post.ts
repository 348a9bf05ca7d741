/**
 * A hiring post on a social network: lines led by icons instead of bullet marks, and hashtags
 * naming what the role asks for ("#golang", "#k8s in prod") beside topic tags that only file
 * the post ("#hiring #remotejobs").
 */

const ICON = String.raw`(?:\p{Extended_Pictographic}|\p{Regional_Indicator})\u{FE0F}?`;
/** A line that starts with an icon and then words, not emphasis ("⚠️ **Note:**" is a callout). */
const ICON_LED = new RegExp(String.raw`^\s*${ICON}(?:\s*${ICON})*\s+(?![*_])\S`, 'u');
const TOPIC_TAGS = /^\s*(?:#[\p{L}\d_]+[\s,]*){2,}$/u;
/** A hashtag's mark; "C#" and "#1" keep theirs. */
const HASH = /(^|[\s(,/])#(?=\p{L})/gu;

/** "#hiring #remotejobs #fintech": a line that files the post under topics and asks nothing. */
export const isTopicTags = (raw: string): boolean => TOPIC_TAGS.test(raw);

/** Whether a line has a hashtag: in a post's title line it names what the role asks for. */
export const hasHashtag = (raw: string): boolean => new RegExp(HASH.source, 'u').test(raw);

/** "#k8s in prod" → "k8s in prod": the tag names the thing, the mark is decoration. */
export const withoutHashes = (text: string): string => text.replace(HASH, '$1');

/**
 * "✅ 5+ yrs backend" over "✅ Postgres": icon-led lines next to one another are a list, each line
 * an item. A single icon-led line stays what its shape says (a callout, a heading).
 */
export function iconListed(raws: readonly string[], i: number): boolean {
  const led = (j: number) => ICON_LED.test(raws[j] ?? '');
  return led(i) && (led(i - 1) || led(i + 1));
}
