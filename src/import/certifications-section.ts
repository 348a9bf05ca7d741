/** The certifications section: one certificate per entry, however listed, wrapped or tabled. */
import type { Table } from 'mdast';
import { isPlanned } from '../knowledge/plans.ts';
import { readCertification, storyApart, tellsAStory } from './certification-entry.ts';
import { isCertificationTable, readCertificationTable } from './certification-table.ts';
import { isSpokenLanguageLine, readEducation } from './entry-readers.ts';
import { DEGREE, NAMES_CERTIFICATE } from './entry-text.ts';
import { plural } from './import-result.ts';
import { flatten, type Line } from './markdown-lines.ts';
import { type Draft, entryUnits, type RawSection, type Unit } from './markdown-sections.ts';
import { labelledCertificates } from './prose-records.ts';
import { addLanguages, isAwardLine, readAward } from './publication-readers.ts';
import { sectionKind } from './section-kinds.ts';

export function readCertificationsSection(
  section: RawSection,
  draft: Draft,
): { note: string; leftover: string[] } {
  const tables = section.body.filter(
    (node): node is Table => node.type === 'table' && isCertificationTable(node),
  );
  const { units, intro } = entryUnits(
    section.body.filter((node) => !tables.includes(node as Table)),
  );
  const leftover = [...intro];
  let count = 0;
  for (const table of tables) {
    const { certifications, kept } = readCertificationTable(table);
    draft.certifications.push(...certifications);
    leftover.push(...kept);
    count += certifications.length;
  }
  for (const unit of joinSplitNames(units.flatMap(apartAfterIssued)))
    count += readEntry(unit, draft, leftover);
  return { note: `${count} certification${plural(count)}`, leftover };
}

/** One entry of the list: the certificates it names (counted), or its text kept as leftover. */
function readEntry({ head, lines: all }: Unit, draft: Draft, leftover: string[]): number {
  /** Keeps the lines as text; no certificate read. */
  const keep = (lines: readonly Line[]): number => {
    leftover.push(...lines.map((l) => l.text).filter(Boolean));
    return 0;
  };
  // "That's the only formal certificate I have; …": a paragraph that tells names none.
  // "*References on request. As of 11/2026*": an italic note under the list, not a name.
  const note = head.emphasised && /[.!]\s+\p{Lu}/u.test(head.text);
  if (
    head.from === 'paragraph' &&
    ((tellsAStory(head) && /\b(?:I|my)\b/.test(head.text)) ||
      (note && !NAMES_CERTIFICATE.test(head.text)))
  )
    return keep([head, ...all]);
  // "**Spoken languages:** Polish (native) · …" after the list: a line of another section.
  // "Planned: CKAD (studying)", an unticked box: a certificate not held, kept as said.
  const kind = head.label ? sectionKind(head.label) : undefined;
  if ((kind && kind !== 'certifications') || isPlanned(head.text)) return keep([head, ...all]);
  // "**Certifications:** A (2023) · B (2021) · C (2022)": a labelled line of several.
  const labelled = all.length === 0 ? labelledCertificates(head.text) : [];
  if (labelled.length > 1) {
    draft.certifications.push(...labelled);
    return labelled.length;
  }
  // "Certifications & Languages": the line of spoken languages with their levels is no certificate.
  if (all.length === 0 && isSpokenLanguageLine(head.text)) {
    addLanguages(head.text, draft);
    return 0;
  }
  // "Certs & stuff": a degree or a prize listed beside the certificates is read as one.
  if (placedElsewhere(head, all, draft)) return 0;
  const { facts: lines, story } = storyApart(all);
  leftover.push(...story);
  const certification = readCertification(head, lines);
  if (!certification.name) return keep(flatten(lines));
  draft.certifications.push(certification);
  return 1;
}

/** A degree or an award among certificates: read into its own field. */
function placedElsewhere(head: Line, lines: Line[], draft: Draft): boolean {
  const text = head.text;
  if (NAMES_CERTIFICATE.test(text)) return false;
  if (isAwardLine(text)) {
    draft.awards.push(readAward(text));
    return true;
  }
  // "Associate Android Developer — Google": a certificate's level, not an associate degree;
  // "… — NVIDIA Deep Learning Institute": a course's issuer, not a school's degree.
  const education = DEGREE.test(text.replace(/\bAssociate\b/g, '').trim())
    ? readEducation(head, lines)
    : undefined;
  if (!education) return false;
  draft.education.push(education);
  return true;
}

/**
 * "- AWS Certified Solutions Architect" then "- – Professional (2023)": a bullet that starts in
 * lower case or with a dash carries on the name above it.
 */
// "Issued Mar 2022 · Expires Mar 2025", "Credential ID 8F2…": the lines that close an entry as
// LinkedIn lists them, name, issuer, then these.
const ISSUED = /^(?:issued|ausgestellt|émis|emitido|rilasciato|uitgegeven)\b/i;
const AFTER_ISSUED = /^(?:expires|expired|credential id|show credential|skills:|no expiration)/i;

/**
 * A LinkedIn list pasted as one paragraph: "Name / Issuer / Issued Mar 2022" again and again.
 * The line after an "Issued …" line (and its expiry and credential lines) opens the next entry.
 */
function apartAfterIssued(unit: Unit): Unit[] {
  const all = [unit.head, ...unit.lines];
  const out: Unit[] = [];
  let current: Line[] = [];
  let closed = false;
  for (const line of all) {
    if (closed && !AFTER_ISSUED.test(line.text)) {
      out.push({ head: current[0] as Line, lines: current.slice(1) });
      current = [];
      closed = false;
    }
    current.push(line);
    if (ISSUED.test(line.text)) closed = true;
  }
  if (current.length > 0) out.push({ head: current[0] as Line, lines: current.slice(1) });
  return out;
}

function joinSplitNames(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  const wrapped = wrappedBeforeYears(units);
  for (const [index, unit] of units.entries()) {
    const previous = out.at(-1);
    // "iSAQB CPSA-F", "eLearning …": a name in its own casing opens a certificate of its own.
    // "Certified Kubernetes Administrator⏎(CKA), 2023": a bracket goes on with the name.
    const carried =
      (wrapped && index % 2 === 1) ||
      (/^(?:\p{Ll}+(?![\p{L}\d])|[–—-]\s|\()/u.test(unit.head.raw) && unit.head.from !== 'heading');
    if (!previous || !carried) {
      out.push(unit);
      continue;
    }
    const text = `${previous.head.text} ${unit.head.raw}`;
    out[out.length - 1] = {
      head: {
        ...previous.head,
        text,
        raw: text,
        lead: undefined,
        rest: undefined,
        label: undefined,
      },
      lines: [...previous.lines, ...unit.lines],
    };
  }
  return out;
}

/** A line closed by its year: "Associate (003), 2022", "Foundation Level (2015)". */
const YEAR_CLOSED = /\b(?:19|20)\d\d\)?\.?$/;

/**
 * "HashiCorp Certified: Terraform⏎Associate (003), 2022⏎ISTQB® Certified Tester Foundation⏎
 * Level, 2015": two or more names, each wrapped once before the line that closes it with its
 * year, as a PDF's narrow column prints them. Only a strict alternation reads so.
 */
function wrappedBeforeYears(units: readonly Unit[]): boolean {
  if (units.length < 4 || units.length % 2 === 1) return false;
  return units.every(
    (unit, i) =>
      unit.lines.length === 0 &&
      unit.head.from !== 'heading' &&
      YEAR_CLOSED.test(unit.head.text) === (i % 2 === 1),
  );
}
