import type { Role } from '../knowledge/schema.ts';
import { takeDates } from './entry-dates.ts';
import { cleanSegment, looksLikeJobTitle } from './entry-text.ts';
import type { Line } from './markdown-lines.ts';

/** A dash between parts of a line, not the dash of a date range ("Jan 2023 – present"). */
const PART =
  /\s+[—–]\s+(?!(?:present|now|today|current|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\b|\d)/i;

/**
 * "**Helixora** — Szeged / : *Senior Chemist*, Jan 2023 – present / : *Chemist*, Sep 2019 – Dec
 * 2022": under one employer, each dated title line before the bullets is a role of its own. The
 * first made the role read already; the others are the earlier titles there.
 */
export function earlierTitles(role: Role, head: Line, lines: readonly Line[]): Role[] {
  const out: Role[] = [];
  // The definition lines may have joined the head: "Helixora — Szeged — Senior …, Jan 2023 –
  // present — Computational Chemist, Sep 2019 – Dec 2022".
  const headParts = head.text.split(PART).slice(1);
  const before = lines.findIndex((line) => line.from === 'item');
  const meta = (before < 0 ? lines : lines.slice(0, before)).map((line) => line.text);
  for (const text of [...headParts, ...meta]) {
    const dates = takeDates(text);
    if (!dates || (dates.start === role.start && dates.end === role.end)) continue;
    // "*Hydraulic Modeller, 09/2019 – 02/2023 (promoted)*": the bracket says how, not what.
    const title = cleanSegment(
      dates.rest.replace(/\((?:promoted|promotion|internal move)\)/i, ''),
    ).replace(/[\s,;·|—–-]+$/, '');
    if (!title || title.split(/\s+/).length > 8 || !looksLikeJobTitle(title)) continue;
    if (title === role.title) continue;
    const earlier: Role = {
      company: role.company,
      title,
      highlights: [],
      technologies: [],
      start: dates.start,
      end: dates.end,
    };
    if (role.location) earlier.location = role.location;
    out.push(earlier);
  }
  return out;
}
