import type { Certification } from '../knowledge/schema.ts';
import { takeYear } from './entry-dates.ts';
import { cleanSegment, runsInLowerCase } from './entry-text.ts';
import { tidyName } from './line-text.ts';
import type { Line } from './markdown-lines.ts';

/**
 * A line that tells rather than names: a sentence of six words or more with running lower-case
 * words ("Bosch sponsored it while I was on the secure-boot work.").
 */
export function tellsAStory(line: Line): boolean {
  const text = line.text.trim();
  return (
    text.split(/\s+/).length >= 6 &&
    /[.!?]$/.test(text) &&
    runsInLowerCase(text) &&
    (/\b(?:I|I'm|I've|my|we|our|it|that's|this)\b/i.test(text) || !line.lead)
  );
}

/** A certificate's lines, and the sentences under it that say how it came about. */
export function storyApart(lines: readonly Line[]): { facts: Line[]; story: string[] } {
  const facts = lines.filter((line) => !tellsAStory(line));
  return { facts, story: lines.filter((line) => !facts.includes(line)).map((l) => l.text) };
}

const NOT_HELD_YET = /\b(?:expected|scheduled|booked|in progress|planned|pending)\b/i;

export function readCertification(head: Line, lines: Line[]): Certification {
  const url = [head, ...lines].flatMap((l) => l.links)[0]?.url;
  // "2022 – iSAQB Certified Professional …": the year first, then the certificate.
  const yearFirst = /^((?:19|20)\d{2})\s*[–—:-]\s+(\S.*)$/.exec(head.text);
  if (yearFirst?.[1] && yearFirst[2] && !head.lead) {
    const read = readCertification({ ...head, text: yearFirst[2], raw: yearFirst[2] }, lines);
    return read.year ? read : { ...read, year: yearFirst[1] };
  }
  let name = head.lead ?? '';
  let rest = head.lead ? (head.rest ?? '') : '';
  let renewed: string | undefined;
  if (!name) {
    // "CKA (Certified Kubernetes Administrator), 2021": the year after a comma is a date;
    // "…, 2019 (recertified 2022)" says when it was renewed too, as "…, renewed 2024" does.
    // "…, 2021 — renewed 2024.": the renewal after a dash said as the bracket after the year.
    const bare = withoutCredentialId(head.text).replace(RENEWED_AFTER_DASH, ' ($1)');
    const dated =
      /^(.*\S),\s*((?:19|20)\d{2})(?:\s*\(((?:renewed|recertified|re-certified|revalidated)\b[^()]*\b(?:19|20)\d{2})\))?$/i.exec(
        bare,
      ) ?? /^(.*\S),\s*()((?:renewed|recertified|revalidated)\s+(?:19|20)\d{2})$/i.exec(bare);
    const text = dated?.[1] ?? bare;
    if (dated?.[2]) rest = dated[2];
    renewed = dated?.[3];
    const bracket = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
    // "OSCP — 2017 (Offensive Security)": the dash parts name and date before the bracket.
    const parted = bracket?.[1]?.split(/\s+[—|·]\s+/) ?? [];
    if (bracket?.[2] && parted.length > 1) {
      name = parted[0] ?? '';
      rest = [...parted.slice(1), bracket[2], rest].filter(Boolean).join(', ');
    } else if (
      bracket?.[1] &&
      bracket[2] &&
      // "Terraform Associate (003)": an exam's number is the name's own, no issuer.
      (spellsOut(bracket[1], bracket[2]) ||
        issuerBelow(lines) ||
        /^(?!(?:19|20)\d\d$)[\d.-]+$/.test(bracket[2]))
    ) {
      // "Functional Safety Engineer (Automotive)" over its issuer's line: the bracket is the
      // name's own, as is the spelled-out form's.
      name = text;
    } else if (bracket?.[1] && bracket[2]) {
      name = bracket[1];
      rest = [bracket[2], rest].filter(Boolean).join(', ');
    } else {
      // An en dash separates only where no stronger separator does: "ML – Specialty — 2023".
      const strong = head.text.split(/\s+[—|·]\s+/);
      const [first, ...others] =
        strong.length > 1 ? strong : (hyphenDated(head.text) ?? head.text.split(EN_DASH_DATED));
      // With no separator the year is still on the name: "JLPT N2, 2019".
      const alone = dated && others.length === 0;
      name = (alone ? text : first) ?? head.text;
      rest = alone ? rest : others.join(', ');
    }
  }
  rest = [rest, ...lines.filter((l) => !l.linkOnly).map((l) => withoutCredentialId(l.text))]
    // "TÜV Rheinland, 2019.": the full stop ends the line, it is no part of the date; "03/2024"
    // is a month of that year.
    .map((text) =>
      text
        .trim()
        .replace(/\b((?:19|20)\d{2})\.$/, '$1')
        .replace(/\b\d{1,2}\/(?=(?:19|20)\d{2}\b)/g, ''),
    )
    .filter(Boolean)
    .join(', ');
  const certification: Certification = { name: tidyName(name) || head.text || url || '' };
  if (url) certification.url = url;
  return dated(certification, rest, renewed);
}

const RENEWED_AFTER_DASH =
  /\s+[—–-]\s+((?:renewed|recertified|re-certified|revalidated)\s+(?:19|20)\d{2})\.?$/i;

const EN_DASH_DATED = /\s+–\s+(?=.*\b\d{4}\b)/;

/**
 * "CKA - The Linux Foundation, 2022", "Databricks Certified Data Engineer - 2023": one spaced
 * hyphen before the issuer or the year parts them from the name, as an en dash would. With two
 * or more ("Solutions Architect - Associate - 2021") the hyphen may be the name's own: no split.
 */
function hyphenDated(text: string): string[] | undefined {
  const parts = text.split(/\s+-\s+/);
  return parts.length === 2 && /\b(?:19|20)\d{2}\b/.test(parts[1] ?? '') ? parts : undefined;
}

/** The certificate with what the rest of its lines say: its issuer, its year, its validity. */
function dated(certification: Certification, rest: string, renewed?: string): Certification {
  // "2017 (expired 2020, not renewed)": no longer held. The status goes with the issuer, the
  // text answers quote beside the name, and its year is no year of issue.
  const lapsed = LAPSED.exec(rest);
  if (lapsed?.[1]) {
    // "expired 2022, not renewed, 2020": the year after the status is the year of issue.
    const base = dated(certification, rest.replace(lapsed[0], ` ${lapsed[2] ?? ''}`), renewed);
    const status = lapsed[1].trim();
    return { ...base, issuer: base.issuer ? `${base.issuer}, ${status}` : status };
  }
  // "Issued: April 2022 · Expires: April 2025": the end of its validity, said apart.
  const expires = EXPIRES.exec(rest);
  if (expires?.[1]) {
    const base = dated(certification, rest.replace(expires[0], ' '), renewed);
    const until = `valid until ${expires[1]}`;
    return { ...base, year: base.year ? `${base.year} (${until})` : until };
  }
  // "expected 2027", "exam scheduled": not held yet, so the date keeps its wording.
  if (NOT_HELD_YET.test(rest)) return { ...certification, year: cleanSegment(rest) || rest };
  // "January 2023 to Present": held since then, valid with no end said.
  const since = new RegExp(
    `^${MONTH}?((?:19|20)\\d{2})\\s+(?:to|[–—-])\\s+(?:present|current|now)$`,
    'i',
  ).exec(rest.trim());
  if (since?.[1]) return { ...certification, year: since[1] };
  // "08/2023 – 08/2025", "January 2023 to January 2026": held since the first year, valid
  // until the second.
  const valid = new RegExp(
    `\\b${MONTH}?((?:19|20)\\d{2})\\s*(?:[–—-]|\\bto\\b)\\s*${MONTH}?((?:19|20)\\d{2})\\b`,
    'i',
  ).exec(rest);
  if (valid?.[1] && valid[2]) {
    const issuer = cleanSegment(rest.replace(valid[0], ' ').replace(/\((.*)\)/, '$1'));
    if (issuer) certification.issuer = issuer;
    return { ...certification, year: `${valid[1]} (valid until ${valid[2]})` };
  }
  const year = takeYear(rest);
  const issuer = cleanSegment((year?.rest ?? rest).replace(/\((.*)\)/, '$1'));
  if (issuer) certification.issuer = issuer;
  if (year) certification.year = renewed ? `${year.year} (${renewed})` : year.year;
  else if (renewed) certification.year = renewed;
  return certification;
}

const LAPSED =
  /[,;·]?\s*\(?\s*\b((?:expired|lapsed|revoked|no longer valid)\b[^()]*?)\s*\)?(?:,\s*((?:19|20)\d{2}))?\s*$/i;

const EXPIRES =
  /[,;·]?\s*\b(?:expires?\b|expiration(?: date)?|expiry(?: date)?|valid (?:until|through|thru))\s*:?\s*((?:[A-Za-z]+\.?\s+)?(?:19|20)\d{2})/i;

/** A line under the certificate names its issuer ("TÜV Rheinland"), beside its date. */
function issuerBelow(lines: readonly Line[]): boolean {
  return lines.some(
    ({ text }) =>
      text !== '' && !/^\(|\b(?:19|20)\d{2}\b|^https?:/.test(text) && text.split(/\s+/).length <= 8,
  );
}

// "October 2017", "Sept. 2019": a month before the year.
const MONTH = String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)`;

// ", cert. ID JPR-4417-SP", ", Credential ID 8f2k1": the certificate's number, no part of its name.
const CREDENTIAL_ID =
  /(?:,\s*|^)(?:cert(?:ificate|ification)?\.?\s+|credential\s+)?(?:ID|no\.|number)\s*[:#]?\s*[\p{L}\p{N}-]*\p{N}[\p{L}\p{N}-]*/giu;

function withoutCredentialId(text: string): string {
  return text.replace(CREDENTIAL_ID, '');
}

/**
 * "CKA (Certified Kubernetes Administrator)", "Certified Scrum Master (CSM)": one side is the
 * other's initials, so the bracket is part of the name, not its issuer.
 */
function spellsOut(outer: string, bracket: string): boolean {
  const initials = (text: string) =>
    text
      .split(/[\s-]+/)
      .filter((word) => /^\p{Lu}/u.test(word))
      .map((word) => word.charAt(0))
      .join('');
  // "CTAL-TAE" spells "Certified Tester Advanced Level – Test Automation Engineer" too.
  const acronym = (text: string) => /^\p{Lu}[\p{Lu}-]{1,12}$/u.test(text.trim());
  const letters = (text: string) => text.trim().replace(/-/g, '');
  return (
    (acronym(outer) && initials(bracket) === letters(outer)) ||
    (acronym(bracket) && initials(outer).includes(letters(bracket)))
  );
}
