/**
 * The Europass layout writes each job and each course as a date range on a line of its own,
 * then the position in bold, then the employer and its place:
 *
 *     09/2022 – Present
 *
 *     **Embedded Software Engineer**
 *
 *     Voltaris Automotive SRL, Cluj-Napoca (Romania)
 *
 * Written as one heading ("### Embedded Software Engineer — Voltaris Automotive SRL,
 * Cluj-Napoca (Romania) · 09/2022 – Present"), each entry reads as any résumé's does.
 */

import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { OPEN_END_WORDS } from './european-words.ts';

// "09/2022 – Present", "2019 - 2021", "10/2016 – 07/2020", "01/03/2019 – Current", and in words:
// "Marzo 2019 – oggi", "**Sept 2015 – Feb 2019**", "2022–now".
const DAY = String.raw`(?:(?:\d{1,2}[/.]){0,2}\d{4}|\p{L}{3,}\.?\s+\d{4})`;
const STILL = ['present', 'current', 'today', 'now', 'ongoing', ...OPEN_END_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
const DATES = new RegExp(String.raw`^\**${DAY}\s*[–—-]\s*(?:${DAY}|${STILL})\**$`, 'iu');
// "**Junior Firmware Developer** (intern for the first 6 months)": a note may follow the bold.
const BOLD = /^\*\*([^*]{2,120})\*\*(?:\s+(\([^()]{2,80}\)))?$/;
// "**Title** — Employer, Place", "Laurea in Informatica — Università di Palermo".
const ONE_LINE = /^(?:\*\*)?([^*—–\n]{2,120}?)(?:\*\*)?\s+[—–]\s+([^*\n]{2,160})$/;
// "Voltaris Automotive SRL, Cluj-Napoca (Romania)", "Veebiriik OÜ – Tallinn, Estonia".
const PLACE_AFTER =
  /^(.+?)(?:,|\s+[–—-])\s+(\p{Lu}[\p{L}.' -]+(?:\s*\([\p{L} ]+\)|,\s*\p{Lu}[\p{L} ]+))$/u;
// The label that opens a Europass entry's list, which says nothing itself.
const ACTIVITIES =
  /^(?:main activities and responsibilities|principales activités et responsabilités|wichtigste tätigkeiten und zuständigkeiten)\s*:?\s*$/i;

export function markEuropassEntries(text: string): { text: string; rewritten: number } {
  const lines = text.split('\n');
  const filled = (from: number) => lines.findIndex((l, i) => i > from && l.trim() !== '');
  const out: string[] = [];
  let rewritten = 0;
  // Each entry a level below the section it stands in: "### Berufserfahrung" gets "####".
  let entry = '###';
  for (let i = 0; i < lines.length; i++) {
    const dates = (lines[i] ?? '').trim();
    const heading = /^(#{1,5})\s/.exec(dates);
    if (heading?.[1]) entry = `${heading[1]}#`;
    // "**2023** Google Cloud Certified – Professional Data Engineer": an entry of one year.
    const yearEntry = YEAR_ENTRY.exec(dates);
    if (yearEntry?.[1] && yearEntry[2]) {
      out.push(`${entry} ${yearEntry[2].trim()}, ${yearEntry[1]}`, '');
      continue;
    }
    const sameLine = datedTitle(dates, lines[filled(i)] ?? '');
    if (sameLine) {
      out.push(`${entry} ${sameLine.heading}`, ...sameLine.after);
      rewritten++;
      i = filled(i);
      continue;
    }
    const boldAt = DATES.test(dates) ? filled(i) : -1;
    // "**DevOps Engineer** — Assicura Digital S.p.A., Torino": the position and the employer
    // on the line under the dates.
    const oneLine = boldAt > 0 ? ONE_LINE.exec((lines[boldAt] ?? '').trim()) : null;
    if (oneLine?.[1] && oneLine[2]) {
      out.push(
        `${entry} ${oneLine[1].trim()} — ${oneLine[2].trim()} · ${dates.replace(/\*/g, '')}`,
      );
      rewritten++;
      i = boldAt;
      continue;
    }
    const bold = boldAt > 0 ? BOLD.exec((lines[boldAt] ?? '').trim()) : null;
    const whereAt = bold ? filled(boldAt) : -1;
    // "**Vireon Sense S.r.l.** – Milan, Italy": the employer may be bold too.
    const where =
      whereAt > 0 ? (lines[whereAt] ?? '').trim().replace(/^\*\*([^*]+)\*\*/, '$1') : '';
    if (!bold?.[1] || !where || /^(?:[-*#|]|\d)/.test(where) || DATES.test(where)) {
      out.push(ACTIVITIES.test(lines[i]?.trim() ?? '') ? '' : (lines[i] ?? ''));
      continue;
    }
    // "Voltaris Automotive SRL, Cluj-Napoca (Romania)": the employer, then its place.
    const place = PLACE_AFTER.exec(where);
    const employer = place?.[1] ?? where;
    out.push(`${entry} ${bold[1].trim()} — ${employer} · ${dates.replace(/\*/g, '')}`);
    if (place?.[2]) out.push('', place[2].replace(/\s*\(([^)]+)\)$/, ', $1'));
    if (bold[2]) out.push('', bold[2]);
    rewritten++;
    i = whereAt;
  }
  return rewritten >= 2 ? { text: out.join('\n'), rewritten } : { text, rewritten: 0 };
}

const YEAR_ENTRY = /^\*\*((?:19|20)\d\d)\*\*(?:\s|&nbsp;|\u00a0)+([^*\s].{2,160})$/;

// "**01/03/2019 – Present** &nbsp; **Senior Data Engineer** (Data Engineer until 12/2020)": the
// dates and the position share a line, the employer and its place on the line under them.
const DATED_TITLE = new RegExp(
  String.raw`^\*{0,2}(${DAY}\s*[–—-]\s*(?:${DAY}|${STILL}))\*{0,2}(?:\s|&nbsp;|\u00a0)+(?:\*\*([^*]{2,120})\*\*|(\p{L}[^*·(]{1,119}?))(?:\s+(\([^()]{2,80}\)))?$`,
  'iu',
);

function datedTitle(line: string, next: string): { heading: string; after: string[] } | undefined {
  const match = DATED_TITLE.exec(line);
  const title = (match?.[2] ?? match?.[3])?.trim();
  const where = next.trim().replace(/^\*\*([^*]+)\*\*/, '$1');
  // The line under it names the employer: short, no list, no sentence.
  if (!match?.[1] || !title || !where || where.length > 120 || /^(?:[-*#|>]|\d)/.test(where))
    return undefined;
  if (/[.!?]$/.test(where) || DATES.test(where)) return undefined;
  const place = PLACE_AFTER.exec(where);
  const after = place?.[2] ? ['', place[2].replace(/\s*\(([^)]+)\)$/, ', $1')] : [];
  if (match[4]) after.push('', match[4]);
  return { heading: `${title} — ${place?.[1] ?? where} · ${match[1]}`, after };
}
