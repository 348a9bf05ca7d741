/** The education section: degrees and schools, and certificates listed beside them. */
import type { Certification, Education } from '../knowledge/schema.ts';
import { readCertification } from './certification-entry.ts';
import { looksLikeDegree, readDegreeLine } from './degree-line.ts';
import { takeDates, takeYear } from './entry-dates.ts';
import { readEducation } from './entry-readers.ts';
import { DEGREE, INSTITUTION } from './entry-text.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { type Draft, entryUnits, type RawSection } from './markdown-sections.ts';
import { certificationsFromProse, labelledCertificates } from './prose-records.ts';

export function readEducationSection(
  section: RawSection,
  draft: Draft,
): { note: string; leftover: string[] } {
  const { units: read, intro } = entryUnits(section.body);
  const units = schoolsApart(read);
  const leftover = [...intro];
  // "Education & certs": there a line naming no degree or school is a certificate.
  const withCertificates = /\bcert/i.test(section.title);
  let schoolAbove = false;
  let taken = -1;
  units.forEach(({ head, lines }, i) => {
    if (i === taken) return;
    const entry = [head, ...lines].map((l) => l.text).join(' ');
    const wasSchool = schoolAbove;
    schoolAbove = false;
    // "**Certifications:** AWS … (2020) · CKAD (2022)": a labelled line of several.
    const labelled = lines.length === 0 ? labelledCertificates(head.text) : [];
    if (labelled.length > 1) {
      draft.certifications.push(...labelled);
      return;
    }
    // "B.Sc. …, Monash University, 2015. I also did the … certification back in 2017.": a
    // degree, then a certificate told in a sentence of its own.
    const told = lines.length === 0 ? certificateToldAfter(head.text) : undefined;
    if (told) {
      draft.certifications.push(...told.certifications);
      const education = readEducation({ ...head, text: told.before, raw: told.before }, []);
      if (education) draft.education.push(education);
      else leftover.push(told.before);
      schoolAbove = education !== undefined;
      return;
    }
    if (namesCertificate(head.text) || (withCertificates && !looksLikeDegree(entry))) {
      draft.certifications.push(readCertification(head, lines));
      return;
    }
    // "Capstone: predicting snowplow delays", "Thesis: …" under a degree: a detail of it.
    const previous = draft.education.at(-1);
    if (previous && head.label && !looksLikeDegree(entry)) {
      previous.details.push(entry);
      return;
    }
    const next = units[i + 1];
    // "B.S. Computer Science — May 2015" over "University of Minnesota – Twin Cities": a degree
    // naming no school, the school on the line below it.
    const below = next && schoolBelow(head, next) ? next : undefined;
    if (below) taken = i + 1;
    const education = below
      ? readEducation(head, [...lines, below.head, ...below.lines])
      : (readEducation(head, lines) ?? boldSchool(head, lines, next?.head.text));
    if (education) {
      draft.education.push(education);
      schoolAbove = true;
    } else if (!wasSchool || !degreeOfPrevious(draft, entry, lines.length, next?.head.text))
      leftover.push(...[head, ...flatten(lines)].map((l) => l.text).filter(Boolean));
  });
  return { note: `education (${draft.education.length})`, leftover };
}

/**
 * A line whose first sentence names a degree and a later one a certificate the owner holds: the
 * degree's sentence, and the certificates (with the year the sentence gives).
 */
function certificateToldAfter(
  text: string,
): { before: string; certifications: Certification[] } | undefined {
  const at = /(?:\b(?:19|20)\d{2}|\p{Ll}{2})\.\s+(?=\p{Lu})/u.exec(text);
  if (!at) return undefined;
  const before = text.slice(0, at.index + at[0].trimEnd().length);
  const after = text.slice(at.index + at[0].length);
  if (!looksLikeDegree(before) || !isCertificateLine(after)) return undefined;
  const certifications = certificationsFromProse(after);
  if (certifications.length === 0) return undefined;
  const year = /\b(?:in|back in|since)\s+((?:19|20)\d{2})\b/.exec(after)?.[1];
  return {
    before,
    certifications: certifications.map((c) => (c.year || !year ? c : { ...c, year })),
  };
}

/** A degree line naming no school, over a line that names only a school. */
function schoolBelow(head: Line, next: EntryUnit): boolean {
  const degree = readDegreeLine(
    takeDates(head.text)?.rest ?? takeYear(head.text)?.rest ?? head.text,
  );
  if (!degree.degree || INSTITUTION.test(head.text)) return false;
  const school = next.head.text;
  // A line with a degree or dates of its own is an entry of its own.
  if (takeDates(school) || takeYear(school) || readDegreeLine(school).degree) return false;
  return INSTITUTION.test(school) && !DEGREE.test(school) && school.split(/\s+/).length <= 12;
}

/** "AWS Certified Developer — 2023" beside the degrees of an "Education & certs" section. */
function isCertificateLine(text: string): boolean {
  // "Associate Android Developer — Google Developers Certification": a certificate's level,
  // not an associate degree.
  return (
    /\bcertifi(?:ed|cate|cation)\b|\blicen[cs]ed?\b/i.test(text) &&
    !looksLikeDegree(text.replace(/\bAssociate\b/g, ''))
  );
}

/**
 * "Associate Android Developer — Google (2019)", "Professional Cloud Architect": a level and a
 * job title name a certificate; an associate degree names a subject ("Associate of Science").
 */
const CERTIFIED_TITLE =
  /\b(?:Associate|Professional|Expert|Specialty)\s+(?:[A-Z][\w.+#-]*\s+){0,3}(?:Developer|Engineer|Architect|Administrator|Analyst|Practitioner|Consultant)\b/;

function namesCertificate(text: string): boolean {
  return isCertificateLine(text) || CERTIFIED_TITLE.test(text);
}

/**
 * "**The Ohio State University**, Columbus · 2012" then, on a paragraph of its own, "B.S. in
 * Computer Science": a degree line naming no school is the degree of the school above it.
 */
function degreeOfPrevious(draft: Draft, text: string, more: number, next?: string): boolean {
  const previous = draft.education.at(-1);
  if (!previous || previous.degree || more > 0 || !looksLikeDegree(text)) return false;
  // Two degree lines under one school ("MSc … 2014 – 2016", "BSc … 2011 – 2014") are kept
  // word for word, dates and all: neither is the school's one degree.
  if (next !== undefined && looksLikeDegree(next) && !readDegreeLine(next).institution)
    return false;
  const dated = takeDates(text);
  const year = dated ? undefined : takeYear(text);
  if ((dated || year) && (previous.start || previous.end)) return false;
  const line = readDegreeLine(dated?.rest ?? year?.rest ?? text);
  if (!line.degree || line.institution) return false;
  previous.degree = line.degree;
  if (line.field && !previous.field) previous.field = line.field;
  if (dated?.start) previous.start = dated.start;
  if (dated?.end) previous.end = dated.end;
  if (year) previous.end = year.year;
  return true;
}

type EntryUnit = ReturnType<typeof entryUnits>['units'][number];

/**
 * "**IMPA**", "M.Sc. …, 2016", "**PUC-Rio**", "B.Sc. …, 2013": a bold line that names no degree,
 * read as a line of the degree above it, is the next school; it opens an entry of its own.
 */
function schoolsApart(units: readonly EntryUnit[]): EntryUnit[] {
  return units.flatMap((unit) => {
    const at = unit.lines.findIndex(
      (l, j) => j === unit.lines.length - 1 && l.emphasised && !looksLikeDegree(l.text),
    );
    const school = unit.lines[at];
    if (at < 0 || !school || !looksLikeDegree(unit.head.text)) return [unit];
    return [
      { head: unit.head, lines: unit.lines.slice(0, at) },
      { head: school, lines: [] },
    ];
  });
}

/**
 * "**PUC-Rio**" above "B.Sc. in Computer Engineering, 2013": a short bold line in an education
 * section, right above a degree line, names the school even when no word says "university".
 */
function boldSchool(head: Line, lines: readonly Line[], next?: string): Education | undefined {
  if (!head.emphasised || lines.length > 0 || head.text.split(/\s+/).length > 6) return undefined;
  if (looksLikeDegree(head.text) || next === undefined || !looksLikeDegree(next)) return undefined;
  return { institution: head.text, details: [] };
}
