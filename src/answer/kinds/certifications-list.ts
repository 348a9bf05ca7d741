import { claimAbsence } from '../pipeline/absence.ts';
import { bullets, reply } from '../pipeline/reply.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { namedSubject, unheldSubject, YES_NO } from './certificate-subject.ts';

/** The profile's certificates, one line each with issuer, year and link. */
export function certificationLines(k: Knowledge): string[] {
  return k.profile.certifications.map(
    (c) =>
      `${c.url ? `[${c.name}](${c.url})` : `**${c.name}**`}${c.issuer ? `, ${c.issuer}` : ''}${c.year ? ` (${c.year})` : ''}`,
  );
}

// "any professional certifications?": a word for certificates in general names no subject.
const IN_GENERAL =
  '(?:(?:professional|formal|official|industry|technical|relevant|recogni[sz]ed)\\s+)?';
const ANY_AT_ALL = new RegExp(
  `^(?:(?:is|are) \\S+ certified|any ${IN_GENERAL}(?:certs?|certifications?|certificates?)|(?:does|do|has|have) \\S+ (?:have|hold|got|get) (?:any )?${IN_GENERAL}(?:certs?|certifications?|certificates?))\\s*[?!.]*$`,
  'i',
);

/** "Any certifications?": the list, or a clear no when the profile lists none. */
export function listAll(k: Knowledge, q: Question): Candidate {
  const lines = certificationLines(k);
  const evidence = k.index.snippets.filter((s) => s.topic === 'certifications');
  if (lines.length === 0) {
    // "passed the SnowPro Core exam", "licensed": a certificate said in other words.
    const terms = ['certification', 'certified', 'certificate', 'exam', 'accredited', 'licensed'];
    // Nothing anywhere says a certificate: "is she esri certified?" gets a clear no, whatever
    // the subject, and no tool line the words find answers a question about certificates.
    const none = `${k.firstName}'s profile lists no certifications.`;
    return claimAbsence(
      k,
      {
        topic: 'certifications',
        what: 'certifications',
        terms,
        no: YES_NO.test(q.text.trim()) ? `**No** — ${namedSubject(q.text)}${none}` : none,
      },
      'certifications',
      SCORES.certification,
    );
  }
  // Only a question about certificates in general gets a yes; one that names a subject
  // ("any accessibility certification?") gets the list to judge by, and a "no" first when the
  // subject is a name no certificate holds ("micro focus certified?").
  const unheld = unheldSubject(k, q);
  const lead = ANY_AT_ALL.test(q.text.trim())
    ? `**Yes** — ${k.firstName} lists:\n`
    : unheld
      ? `**No** — ${unheld} Certifications it lists:\n`
      : '';
  const answer = reply('certifications', 'Certifications', `${lead}${bullets(lines)}`);
  return {
    kind: 'certifications',
    score: SCORES.certification,
    why: 'lists certifications',
    evidence,
    answer,
  };
}

/** "certified in 2022?": the certificates the profile dates to that year, or a no that says so. */
export function ofYear(k: Knowledge, year: string): Candidate {
  const lines = certificationLines(k);
  const dated = k.profile.certifications
    .map((c, i) => ({ c, line: lines[i] ?? c.name }))
    .filter(({ c }) => c.year?.includes(year));
  const all = lines.length ? `\n\nAll certifications:\n${bullets(lines)}` : '';
  const text =
    dated.length > 0
      ? `**Yes** — in ${year}, ${k.firstName}'s profile dates:\n${bullets(dated.map((d) => d.line))}`
      : `**No** — none of the certifications in ${k.firstName}'s profile is dated ${year}.${all}`;
  return {
    kind: 'certifications',
    score: SCORES.certification,
    why: `certificates dated ${year}`,
    evidence: k.index.snippets.filter((s) => s.topic === 'certifications'),
    answer: reply('certifications', 'Certifications', text),
    state: { techs: [], topic: 'certifications' },
  };
}
