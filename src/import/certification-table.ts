import type { Table } from 'mdast';
import type { Certification } from '../knowledge/schema.ts';
import { tidyName } from './line-text.ts';
import { makeLine } from './markdown-lines.ts';

/**
 * A certifications table read by its header row:
 * "| Certification | Issuer | Credential ID | Issued | Expires |". A certificate's status goes
 * with its issuer, the text every answer quotes beside its name, so a lapsed one is never shown
 * as current: "HashiCorp, issued 05/2021, expired 05/2023".
 */

type Column = 'name' | 'issuer' | 'id' | 'issued' | 'expires';

const COLUMNS: [RegExp, Column][] = [
  [/\b(?:credential|licen[cs]e|certificate)\s*(?:id|no\.?|number|#)|^id$/i, 'id'],
  [/\b(?:expir\w*|valid\s+(?:until|to|through)|renew\w*)\b/i, 'expires'],
  [/\b(?:issuer|issued\s+by|authority|provider|awarded\s+by|organi[sz]ation|vendor)\b/i, 'issuer'],
  [/\b(?:issued|earned|obtained|awarded|date|year|since)\b/i, 'issued'],
  [
    /\b(?:certification|certificate|cert|credential|name|title|qualification|licen[cs]e)s?\b/i,
    'name',
  ],
];

// "05/2023 (expired)", "expired in 2023", "lapsed": the owner says it is no longer valid.
const SAYS_EXPIRED = /\b(?:expired|lapsed|no longer valid|revoked)\b/i;
const NEVER_EXPIRES = /\b(?:does not|doesn't|never|no)\s+expir|\blifetime\b|\bno expiry\b/i;
// "03/2027", "2027-03", "March 2027", "2027": the last month and year a date names.
const MONTH_YEAR = /\b(?:(\d{1,2})\/(\d{4})|(\d{4})-(\d{1,2})|(\d{4}))\b/;

// "ECC4410732 *(expired 2020)*", "In progress, exam booked Feb 2027": a status written in
// whatever cell had room, which goes with the certificate, not with its ID or year.
const STATUS_WORDS =
  'expired|lapsed|no longer valid|revoked|in progress|expected|scheduled|booked|planned|pending';
const STATUS_NOTE = new RegExp(
  `\\(([^()]*\\b(?:${STATUS_WORDS})\\b[^()]*)\\)|^((?:${STATUS_WORDS})\\b.*)$`,
  'i',
);
const PLACEHOLDER = /^(?:[-–—]+|n\/?a|none|tbd|tba)?$/i;

/** A cell's text without the status written in it, and the status. */
function statusOut(cell: string): { text: string; status?: string } {
  const match = STATUS_NOTE.exec(cell);
  if (!match) return { text: PLACEHOLDER.test(cell) ? '' : cell };
  const text = cell.replace(match[0], '').trim();
  const status = (match[1] ?? match[2] ?? '').trim();
  return { text: PLACEHOLDER.test(text) ? '' : text, status };
}

function columnOf(header: string): Column | undefined {
  return COLUMNS.find(([pattern]) => pattern.test(header))?.[1];
}

function headersOf(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => makeLine(cell.children, 'row').text);
}

/** True when the header row names a certificate column and an issuer, date or expiry column. */
export function isCertificationTable(table: Table): boolean {
  const columns = headersOf(table).map(columnOf);
  return columns.includes('name') && columns.some((c) => c && c !== 'name');
}

/** The first day after the month the text names, or `undefined` when it names no date. */
function endOf(text: string): Date | undefined {
  const match = MONTH_YEAR.exec(text);
  if (!match) return undefined;
  const year = Number(match[2] ?? match[3] ?? match[5]);
  const month = match[1] ?? match[4];
  return month === undefined
    ? new Date(Date.UTC(year + 1, 0))
    : new Date(Date.UTC(year, Number(month)));
}

/** "expired 05/2023; renewal pending", "valid until 03/2027, renewed", "does not expire". */
export function expiryStatus(cell: string, today: Date): string {
  const date = cell.replace(/\([^()]*\)/g, '').trim();
  const notes = [...cell.matchAll(/\(([^()]*)\)/g)]
    .flatMap((m) => (m[1] ?? '').split(/\s*[,;]\s*/))
    .filter((note) => note && !SAYS_EXPIRED.test(note));
  if (NEVER_EXPIRES.test(cell)) return 'does not expire';
  const end = endOf(date);
  const expired = SAYS_EXPIRED.test(cell) || (end !== undefined && end <= today);
  const status = expired
    ? `expired${date && !SAYS_EXPIRED.test(date) ? ` ${date}` : ''}`
    : `valid until ${date}`;
  return [status, ...notes].join(', ');
}

/**
 * One certification per row; a credential ID, which no field holds, is kept as a line of its
 * own (returned) so nothing the owner wrote is lost.
 */
export function readCertificationTable(
  table: Table,
  today: Date = new Date(),
): { certifications: Certification[]; kept: string[] } {
  const columns = headersOf(table).map(columnOf);
  const certifications: Certification[] = [];
  const kept: string[] = [];
  for (const row of table.children.slice(1)) {
    const read = row.children.map((cell, i) => {
      const text = makeLine(cell.children, 'row').text.trim();
      return columns[i] === 'name' || columns[i] === 'expires' ? { text } : statusOut(text);
    });
    const cell = (column: Column) => read[columns.indexOf(column)]?.text ?? '';
    const name = tidyName(cell('name'));
    if (!name) continue;
    const issued = cell('issued');
    const expires = cell('expires');
    const statuses = read.flatMap((c) => (c.status ? [c.status] : []));
    const parts = [cell('issuer')];
    if (issued && expires) parts.push(`issued ${issued}`);
    if (expires) parts.push(expiryStatus(expires, today));
    parts.push(...statuses);
    const certification: Certification = { name };
    const issuer = parts.filter(Boolean).join(', ');
    if (issuer) certification.issuer = issuer;
    if (issued && !expires) certification.year = issued;
    const link = row.children.flatMap((c) => makeLine(c.children, 'row').links)[0];
    if (link) certification.url = link.url;
    certifications.push(certification);
    if (cell('id')) kept.push(`${name}: credential ID ${cell('id')}`);
  }
  return { certifications, kept };
}
