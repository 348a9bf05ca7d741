import type { Knowledge, Question } from '../pipeline/types.ts';
import { contentStems } from '../text.ts';

/**
 * What a certificate question asks about, as typed: the subject before or after "certified",
 * a certificate's whole title, an unknown acronym, a skill group named by one; and whether a
 * subject is one no certificate held names.
 */

/** The profile's name of a skill group, when it is an acronym: "CDISC", "HL7", "ITIL". */
export function acronymGroup(k: Knowledge, id: string | undefined): string | undefined {
  const name = k.profile.skills.find((c) => c.id === id)?.name;
  return name && /^\p{Lu}[\p{Lu}\d]{1,7}$/u.test(name) ? name : undefined;
}

const SUBJECT =
  /\b(?:certified|certifications?|certificates?|certs?)\s+(?:in|for|on|like|such as|e\.g\.?)\s+([^?.!]{3,60}?)\s*[?.!]*$/i;

// "is he Platform Developer II certified?", "AZ-104 certified?": the subject before the word.
// "is robin CSSLP certified yet", "confluent certified for kafka?": the words after it are
// no subject.
const SUBJECT_BEFORE =
  /^(?:(?:is|are)\s+(?:he|she|they|\p{Lu}[\p{L}'’-]+)\s+(?:an?\s+)?)?([\p{L}\d][\p{L}\d .+#/-]{1,58}?)\s+certified\b(?:\s+(?:yet|already|now|currently|still|(?:for|in|on)\s+[\p{L}\d .+#/-]{1,40}))?[^\p{L}]*$/iu;

// "does she hold an ARM certification", "has he got the PMP cert": the subject before the noun.
const SUBJECT_HELD =
  /\b(?:hold|holds|have|has|got|get|with)\s+(?:an?|the|any)\s+([\p{L}\d][\p{L}\d .+#/-]{1,40}?)\s+(?:certification|certificate|cert|credential)s?\b[^\p{L}]*$/iu;

// "does he hold AWS Solutions Architect Professional": a certificate named by its tier, without
// the word "certificate".
const TIER_HELD =
  /^(?:does|did|has|have|is)\s+\S+\s+(?:hold|holds|have|got|passed|earned)\s+(?:an?\s+|the\s+)?([\p{L}\d][\p{L}\d .+#/–-]{2,58}?\b(?:associate|professional|specialty|expert|foundation|practitioner|fundamentals)\b[\p{L}\d .()-]{0,20}?)\s*[?!.]*$/iu;

/**
 * What a question asks to be certified in, as typed: "functional safety (ISO 26262)". Only a
 * named standard (with a number or a name in capitals) is asked about so: "certified in
 * testing?" may mean any testing certificate, which the list answers.
 */
export function subjectOf(text: string): string | undefined {
  const subject = typedSubject(text.trim());
  // "基本情報": a name in a script without capitals is a name too.
  return subject && /\d|\b\p{Lu}{2,}|\b[IVX]{1,4}$|\p{Lo}/u.test(subject) ? subject : undefined;
}

/**
 * "pcnse certified?", "is she ccie?": a short word typed in lower case that nothing in the
 * profile or the vocabulary knows, asked about as a certificate, is its acronym.
 */
export function unknownAcronym(
  k: Knowledge,
  categories: readonly unknown[],
  text: string,
): string | undefined {
  if (categories.length > 0) return undefined;
  const clause = askingClause(text);
  const typed =
    typedSubject(clause) ??
    /^(?:is|are)\s+\S+\s+(?:an?\s+)?([a-z][a-z\d+-]{2,6})\s*\?*$/i.exec(clause)?.[1];
  const word = typed?.trim().toLowerCase();
  if (!word || !/^[a-z][a-z\d+-]{2,6}$/.test(word)) return undefined;
  // A word the profile uses elsewhere is a subject only where a certificate names it.
  const inCertificates = k.profile.certifications.some((c) => c.name.toLowerCase().includes(word));
  if (k.index.knownWords.has(word) && !inCertificates) return undefined;
  return word.toUpperCase();
}

/** A yes-or-no question: "is she certified?", "any certs?", "does he hold a PMP?". */
export const YES_NO = /^(?:is|are|does|do|did|has|have|any|certified|holds?)\b/i;

/** "is she esri certified?" → "no esri certification: " as typed, for the clear no. */
export function namedSubject(text: string): string {
  const subject = typedSubject(askingClause(text));
  return subject && subject.length <= 40 ? `no ${subject} certification; ` : '';
}

/**
 * The clause that asks, without asides: "pcnse certified? we use palo alto" asks in its first,
 * and in "is she esri certified (arcgis pro)?" the bracket is not the subject.
 */
function askingClause(text: string): string {
  const clauses = text
    .replace(/\s*\([^)]*\)/g, '')
    .trim()
    .split(/[?!.]\s+/);
  return (clauses.find((c) => /certif|^(?:is|are)\b/i.test(c)) ?? clauses[0] ?? '').trim();
}

/** What a clause asks to be certified in, as typed, whatever its case. */
function typedSubject(clause: string): string | undefined {
  const subject = (SUBJECT.exec(clause) ??
    SUBJECT_BEFORE.exec(clause) ??
    SUBJECT_HELD.exec(clause) ??
    TIER_HELD.exec(clause))?.[1]?.trim();
  // "is she certified?": the question's own opening is no subject.
  return subject && !ASKER.test(subject) ? subject : undefined;
}

const ASKER =
  /^(?:(?:is|are|was|were)\s+)?(?:he|she|they|him|her|them)$|^(?:is|are|was|were)\s+\S+$/i;

/** "is she a tüv certified functional safety engineer?": a certificate's title, asked whole. */
const TITLE_ASKED = /^(?:is|are)\s+\S+\s+(?:an?\s+)?(\S.{0,60}?\bcertified\b.{2,60}?)\s*[?!.]*$/i;
const CERTIFYING = new Set(['certifi', 'certif', 'certificate', 'cert']);

/**
 * The subject of a yes-or-no question when it names something (not a field of skills) that no
 * certificate held names: the sentence of the "no".
 */
export function unheldSubject(k: Knowledge, q: Question): string | undefined {
  const text = q.text.trim();
  const clause = askingClause(q.text);
  const asked = YES_NO.test(text) || /\bcertified\W*$/i.test(text) || SUBJECT_BEFORE.test(clause);
  if (!asked || q.categories.length > 0) return undefined;
  const title = TITLE_ASKED.exec(clause)?.[1];
  const subject = title ?? typedSubject(clause);
  if (!subject || subject.length > 60) return undefined;
  const wanted = contentStems(subject).filter((s) => !CERTIFYING.has(s.slice(0, 7)));
  if (wanted.length === 0) return undefined;
  const held = k.profile.certifications.some((c) => {
    // "certified in 2022": the year a certificate was earned is one of its words.
    const have = new Set(contentStems(`${c.name} ${c.issuer ?? ''} ${c.year ?? ''}`));
    return wanted.every((w) => have.has(w));
  });
  if (held) return undefined;
  return title
    ? `"${title}" is not among ${k.firstName}'s certifications.`
    : `no ${subject} certification is in ${k.firstName}'s profile.`;
}
