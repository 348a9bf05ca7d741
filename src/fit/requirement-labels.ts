import { headingKind, type SectionKind, withoutThreadCounter } from './heading-kinds.ts';
import type { JdLine } from './jd-lines.ts';

/** Kinds of a label that names a group of requirements ("Key skills", "Desirable"). */
export const GROUP_KINDS: readonly SectionKind[] = ['must', 'nice'];

/** Labels that stand for a section at the start of a line ("Nice to have: Kafka"). */
const LABEL =
  /^(?:nice[\s-]+to[\s-]+haves?|nice|bonus(?: points| pts)?|needs?|a plus|pluses|preferred|desirable|good[\s-]+to[\s-]+have|extra credit|requirements?|required|(?:key|core|essential|required|desired|desirable) skills|essentials?|desired|must[\s-]+haves?|musts?|non[\s-]negotiable|mandatory|plus|qualifications|exp(?:erience)?|skills?|tech(?:nical)? skills|location|loc|where|based in|remote|office|work(?:ing)? location|you have|you bring|what you need|we need|about you|salary|compensation|benefits|perks)$/i;

/** A table row ticked under "Preferred" is a nice-to-have, whatever the heading above it. */
export function columnLabel(line: JdLine): { kind: SectionKind; rest: string } | undefined {
  const kind = line.label ? headingKind(line.label) : undefined;
  return kind ? { kind, rest: line.text } : undefined;
}

/**
 * "Go — advanced", "Kubernetes - regular", "Docker — nice to have": a job board's stack list
 * (justjoin.it, No Fluff Jobs) gives each technology its level, and each is asked, under
 * whatever heading ("Tech stack") the board puts them. The line stays whole: the level is asked
 * too.
 */
const LEVEL_TAG =
  /^[^\s:—–-][^:—–]{0,38}?\s+[—–-]\s+(junior|regular|intermediate|advanced|expert|master|basic|beginner|proficient|nice[\s-]+to[\s-]+have|mile widziane|podstawowy|średnio zaawansowany|zaawansowany)$/i;

export function levelTag(text: string): { kind: SectionKind; rest: string } | undefined {
  const level = LEVEL_TAG.exec(text.trim())?.[1];
  if (!level) return undefined;
  return { kind: /nice|mile/i.test(level) ? 'nice' : 'must', rest: text.trim() };
}

/** "(nice) gRPC between services": a bracketed kind before an item says what the item is. */
export function leadingMarker(text: string): { kind: SectionKind; rest: string } | undefined {
  const match = /^\(([^()]{2,20})\)\s+(.+)$/.exec(text);
  const kind = match?.[1] ? headingKind(match[1]) : undefined;
  return match?.[2] && kind && GROUP_KINDS.includes(kind) ? { kind, rest: match[2] } : undefined;
}

/** "Nice to have: Kafka" or "Location: Berlin" → the label's kind and the rest. */
export function splitLabel(posted: string): { kind: SectionKind; rest: string } | undefined {
  // "4/5 Nice-to-haves: …": the number of a post in a thread opens the line, not the label.
  const text = withoutThreadCounter(posted);
  // "Requirements: …", and "Nice to have — …" as plain-text posts write a label.
  const match = /^([^:]{2,40}):\s+(.+)$/.exec(text) ?? /^([^:—–]{2,40}?)\s+[—–]\s+(.+)$/.exec(text);
  if (!match?.[1] || !match[2] || !LABEL.test(match[1].trim())) return undefined;
  const kind = headingKind(match[1]);
  if (!kind) return undefined;
  // "Experience: 3+ years": the label says what the years are of; it stays with them.
  return { kind, rest: /^exp(?:erience)?$/i.test(match[1].trim()) ? text : match[2] };
}
