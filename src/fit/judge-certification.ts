import type { ProfileSupport } from '../answer/support.ts';
import { CERTIFICATE_LEVELS } from '../answer/vocabulary/certifications.ts';
import { evidenceLine, type Judgement } from './judgement.ts';
import { technologiesInRequirement } from './technologies.ts';

// "certificering", "Zertifizierung", "certificación": the word in the languages postings use.
export const CERTIFICATION =
  /\bcertif(?:ied|ication|icate)s?\b|\b(?:certificering|zertifizierung|zertifikat|certificaci[oó]n|certificado)(?:en|s)?\b|\b(?:CKA|CKAD|CKS|CISSP|CISM|CISA|CEH|OSCP|PMP|CCNA|CCNP|CSM|PSM|Security\+|Network\+|CompTIA)\b/i;

/**
 * A certification is met only by a certification the profile lists; a skill is not one, though
 * holding the certified technology comes close.
 */
export function judgeCertification(text: string, support: ProfileSupport): Judgement | undefined {
  if (!CERTIFICATION.test(text)) return undefined;
  const term = text
    .replace(
      /(?<![\p{L}\p{N}])(?:an?|the|eine?r?|une?|una?|el|la|le|valid|active|current|relevant|industry|is|are|required|preferred|a plus|or equivalent|certifications?|certificates?|certificaci[oó]n|certificado|certificat|certificering|zertifizierung|zertifikat)(?![\p{L}\p{N}])/giu,
      ' ',
    )
    .replace(/\s+/g, ' ')
    .trim();
  // "CKA or CKAD certification": each named one is looked up; holding one of them is enough.
  const parts = term.split(/\s*(?:,|\/|\bor\b|\band\b|\s[—–|]\s)\s*/i);
  const names = [
    term || text,
    // "CISSP or … — n/a — Certified": a table row's cells are separate too.
    ...parts,
    ...levelsOfOne(parts),
    ...namedBefore(text),
  ]
    .flatMap((name) => [name, ...bracketed(name), ...lastAcronym(name)])
    .map((name) => name.replace(/^[\s—–|:;,.-]+|[\s—–|:;,.-]+$/g, ''));
  const held = names
    .filter((name) => name.length >= 2 && !GENERIC.test(name))
    .map((name) => support.certification(name))
    .find((result) => result.held);
  if (held) return { status: 'met', evidence: held.evidence.map(evidenceLine), closest: [] };
  const skills = technologiesInRequirement(support, text)
    .map((name) => support.supportFor(name))
    .filter((r) => r.status !== 'absent')
    .map((r) => `${r.canonical} (a skill, not a certification)`);
  // The technology held but not its certificate: close to the ask, never the ask itself. The
  // line says what it is, so no reader takes the skill for the certificate.
  if (skills.length > 0) return { status: 'partial', evidence: skills, closest: [] };
  return { status: 'missing', evidence: [], closest: [] };
}

// "Certified", "n/a", "level": words of the ask, naming no certificate; nor does a level alone
// ("– Specialty", "Associate"), which many vendors' certificates share.
const GENERIC = new RegExp(
  `^(?:certified|certification|certificate|cert|level|n/a|none|any|yes|required|preferred|${CERTIFICATE_LEVELS.join('|')})(?:\\s+level)?$`,
  'i',
);

const LEVEL_AT_END = new RegExp(`\\s+(?:${CERTIFICATE_LEVELS.join('|')})$`, 'i');

/**
 * "Databricks Certified Data Engineer Associate or Professional": a level alone after a named
 * certificate is that certificate at the other level.
 */
function levelsOfOne(parts: readonly string[]): string[] {
  return parts.flatMap((part, i) => {
    const before = parts[i - 1] ?? '';
    if (i === 0 || !GENERIC.test(part.trim()) || !LEVEL_AT_END.test(before)) return [];
    return [`${before.replace(LEVEL_AT_END, '')} ${part.trim()}`];
  });
}

/** "… such as IAAP CPACC": the acronym ending a name is the certificate it names. */
function lastAcronym(name: string): string[] {
  const last = /(?:^|\s)([A-Z][A-Z0-9+-]{2,9})\s*$/.exec(name.trim())?.[1];
  return last && last !== name.trim() ? [last] : [];
}

/** "Certified Kubernetes Administrator (CKA)": the name without its bracket, and the bracket. */
function bracketed(name: string): string[] {
  const inner = /\(([^()]+)\)/.exec(name);
  return inner?.[1] ? [name.replace(inner[0], ' ').trim(), inner[1].trim()] : [];
}

/**
 * "A GCP Professional Data Engineer certification would help …": the capitalised words just
 * before the word "certification" name it, whatever the sentence goes on to say.
 */
function namedBefore(text: string): string[] {
  return [...text.matchAll(NAME_BEFORE)].flatMap((m) =>
    m[1] ? [m[1].replace(/^(?:An?|The|Any|Your)\s+/, '')] : [],
  );
}

// Two or more capitalised words before the noun: "AWS Certified …" names a vendor, not one
// certificate, and is read from the whole text instead.
const NAME_BEFORE =
  /((?:[\p{Lu}\d][\p{L}\d+.&-]*\s+){1,6}[\p{Lu}\d][\p{L}\d+.&-]*)\s+certifi(?:cation|cate)\b/gu;
