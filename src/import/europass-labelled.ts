/**
 * The Europass form as a document writes it, every field under its own label:
 *
 *     **Dates:** 01/03/2021 – Present
 *     **Occupation or position held:** Senior QA Automation Engineer
 *     **Name and address of employer:** Lusoflow Tecnologias, S.A. — Av. da Boavista 1837, Porto
 *
 * Each entry becomes one dated heading ("### Senior QA Automation Engineer — Lusoflow
 * Tecnologias, S.A. · 01/03/2021 – Present"), read as any résumé's entries are; the other
 * labelled fields ("Type of business or sector: …") stay as the entry's lines.
 */

const DATES =
  /^\s*\*{0,2}(?:dates?|period|from\s*-\s*to)\s*:?\*{0,2}\s*:?\s*\*{0,2}(.+?)\*{0,2}\s*$/i;
const TITLE =
  /^\s*\*{0,2}(?:occupation or position held|position held|occupation|title of (?:the )?qualification(?: awarded)?|qualification)\s*:?\*{0,2}\s*:?\s*(.+?)\s*$/i;
const ORGANISATION =
  /^\s*\*{0,2}(?:name and address of (?:the )?employer|employer|name and type of (?:the )?organi[sz]ation[^:*]*|organi[sz]ation(?: providing education and training)?)\s*:?\*{0,2}\s*:?\s*(.+?)\s*$/i;
/** How far below the dates a Europass entry's position and employer may stand. */
const REACH = 8;

export function markLabelledEuropass(text: string): { text: string; rewritten: number } {
  const lines = text.split('\n');
  const out: string[] = [];
  let rewritten = 0;
  for (let i = 0; i < lines.length; i++) {
    const dates = DATES.exec(lines[i] ?? '')?.[1];
    const entry = dates ? fieldsBelow(lines, i) : undefined;
    if (!dates || !entry) {
      out.push(lines[i] ?? '');
      continue;
    }
    // "Lusoflow Tecnologias, S.A. — Av. da Boavista 1837, Porto": the employer, then where.
    const [organisation = entry.organisation, ...address] = entry.organisation.split(/\s+[—–]\s+/);
    out.push(`### ${tidy(entry.title)} — ${tidy(organisation)} · ${tidy(dates)}`);
    if (address.length > 0) out.push('', tidy(address.join(' — ')));
    for (const at of entry.used) lines[at] = '';
    rewritten++;
  }
  return rewritten >= 2 ? { text: out.join('\n'), rewritten } : { text, rewritten: 0 };
}

function fieldsBelow(lines: readonly string[], at: number) {
  let title: string | undefined;
  let organisation: string | undefined;
  const used: number[] = [];
  for (let i = at + 1; i < Math.min(lines.length, at + 1 + REACH); i++) {
    const line = lines[i] ?? '';
    if (DATES.test(line) || /^\s*#/.test(line)) break;
    const t = title === undefined ? TITLE.exec(line)?.[1] : undefined;
    const o = organisation === undefined ? ORGANISATION.exec(line)?.[1] : undefined;
    if (t) title = t;
    if (o) organisation = o;
    if (t || o) used.push(i);
  }
  return title && organisation ? { title, organisation, used } : undefined;
}

const tidy = (text: string): string => text.replace(/\*\*/g, '').trim();
