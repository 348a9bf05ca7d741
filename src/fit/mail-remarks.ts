import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { JdRequirement } from './jd-requirement.ts';

/** Where a forwarded mail's own text ends and the forwarded one begins. */
const FORWARDED =
  /^[ \t]*(?:-{3,}[ \t]*(?:Forwarded message|Original message)[ \t]*-{3,}|Begin forwarded message:)[ \t]*$/im;

/** A forwarded job description, and the remarks written above it. */
export interface Forwarded {
  remarks: string[];
  original: string;
}

/** Splits a forwarded mail into the sender's remark lines and the forwarded text. */
export function forwardedMail(text: string): Forwarded | undefined {
  const at = FORWARDED.exec(text);
  if (!at) return undefined;
  const remarks = text
    .slice(0, at.index)
    .split('\n')
    .map((line) => line.replace(/^\s*[-*•]\s+/, '').trim())
    .filter((line) => line !== '');
  return { remarks, original: text.slice(at.index + at[0].length) };
}

const DROP =
  /\b(?:scratch|drop|remove|strike|delete|cut)\s+(?:the\s+)?(.+?)\s+requirement\b|^(?:the\s+)?(.+?)\s+requirement\s+is\s+(?:gone|dropped|removed)\b/i;
const TO_NICE =
  /^(.+?):?\s+(?:keep it,?\s+but\s+)?only\s+as\s+(?:a\s+)?nice[\s-]to[\s-]have\b|\bmake\s+(.+?)\s+(?:a\s+)?nice[\s-]to[\s-]have\b/i;
const ADD = /\badd\s+as\s+an?\s+(must|nice[\s-]to[\s-]have)\s*:\s*(.+)$/i;
const NEW_PLACE = /\bnew\s+location(?:\s+line)?\s*:\s*(.+)$/i;
/** ", that is half of the roadmap now": a reason after the added requirement. */
const REASON = /,\s+(?:that|this|which|as|because|since)\b.*$/i;

/** The words of a remark's subject that name it: "the Stockholm office" → Stockholm. */
const namesOf = (subject: string): string[] =>
  (subject.match(/\b\p{Lu}[\p{L}\d+#.-]*/gu) ?? []).filter((w) => !/^(?:The|A|An)$/.test(w));

const mentions = (r: JdRequirement, names: string[]) =>
  names.some((n) => new RegExp(`\\b${escapeRegExp(n)}\\b`, 'i').test(r.text));

/**
 * The newest mail overrides the forwarded one: "scratch the Scala requirement" drops it, "Airflow:
 * only as a nice to have" downgrades it, "add as a must: …" and "new location: …" add lines.
 */
export function applyRemarks(requirements: JdRequirement[], remarks: string[]): JdRequirement[] {
  let out = requirements;
  const added: JdRequirement[] = [];
  for (const remark of remarks) {
    const drop = DROP.exec(remark);
    const nice = TO_NICE.exec(remark);
    const add = ADD.exec(remark);
    const place = NEW_PLACE.exec(remark);
    if (drop) {
      const names = namesOf(drop[1] ?? drop[2] ?? '');
      if (names.length > 0) out = out.filter((r) => !mentions(r, names));
    } else if (nice) {
      const names = namesOf(nice[1] ?? nice[2] ?? '');
      out = out.map((r) => (mentions(r, names) ? { ...r, kind: 'nice' } : r));
    } else if (add?.[1] && add[2]) {
      const kind = /^must/i.test(add[1]) ? 'must' : 'nice';
      added.push({ text: add[2].replace(REASON, '').trim(), kind, topic: 'general' });
    } else if (place?.[1]) {
      out = out.filter((r) => r.topic !== 'location');
      added.push({ text: place[1].trim(), kind: 'must', topic: 'location' });
    }
  }
  return [...out, ...added];
}
