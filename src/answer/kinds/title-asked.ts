import type { Role } from '../../knowledge/schema.ts';
import type { Snippet } from '../knowledge-index.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { article, bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { stem } from '../text.ts';

/** "is she a data scientist?", "is Fahad a staff engineer?": a job title asked about. */
const ASKED =
  /^(?:is|was|isn['’]?t)\s+(?:he|she|they|\p{L}+)\s+(?:really\s+|actually\s+)?an?\s+(.{2,60}?)[\s?.!]*$/iu;
// The nouns a job title ends with. Leading and managing are the leadership answer's.
const ROLE_NOUN =
  /^(?:engineer|developer|dev|programmer|coder|scientist|analyst|architect|designer|consultant|administrator|admin|sre|researcher|specialist|freelancer|contractor|founder|cto|ceo|grandmaster|technician|tester|intern|student|teacher|lecturer|professor|writer|advocate)s?$/i;
// Names of one job: a backend developer is a backend engineer.
const SAME_JOB = /^(?:engineer|developer|dev|programmer|coder)s?$/i;
// Words that narrow no title: a "software engineer" is any engineer of software.
const GENERIC = new Set(['software', 'professional']);
// "is he a good engineer?" asks for a judgement the profile leaves to the asker.
const JUDGED =
  /^(?:good|great|strong|solid|skilled|talented|competent|decent|real|experienced|excellent|bad|brilliant|capable)$/i;

interface Held {
  title: string;
  role?: Role;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/full[\s-]?stack/g, 'fullstack')
    .replace(/back[\s-]end/g, 'backend')
    .replace(/front[\s-]end/g, 'frontend')
    .split(/[^\p{L}\d+#]+/u)
    .filter(Boolean);
}

/** The held title that the asked one names: its words, and a noun of the same job. */
function heldTitle(k: Knowledge, asked: string[]): Held | undefined {
  const noun = asked.at(-1) ?? '';
  const modifiers = asked.slice(0, -1).filter((w) => !GENERIC.has(w));
  const { identity, roles } = k.profile;
  const current = (role: Role) => !role.end || /present|now|current/i.test(role.end);
  // The job held now says where; an earlier one is said as earlier.
  const held: Held[] = [
    ...roles.filter(current).map((role) => ({ title: role.title, role })),
    { title: identity.title },
    ...(identity.headline ? [{ title: identity.headline }] : []),
    ...roles.filter((role) => !current(role)).map((role) => ({ title: role.title, role })),
  ];
  return held.find(({ title }) => {
    const own = words(title);
    const sameNoun = own.some((w) =>
      SAME_JOB.test(noun) ? SAME_JOB.test(w) : w.replace(/s$/, '') === noun.replace(/s$/, ''),
    );
    return sameNoun && modifiers.every((m) => own.includes(m));
  });
}

function yes(k: Knowledge, held: Held): string {
  const { role } = held;
  if (!role) return `**Yes** — ${k.firstName} is ${article(held.title)} **${held.title}**.`;
  const now = !role.end || /present|now|current/i.test(role.end);
  const when = [role.start, role.end].filter(Boolean).join(' – ');
  return now
    ? `**Yes** — ${k.firstName} is ${article(role.title)} **${role.title}** at **${role.company}**.`
    : `${k.firstName} was ${article(role.title)} **${role.title}** at **${role.company}**${when ? ` (${when})` : ''}. ${k.possessive.replace(/^./, (c) => c.toUpperCase())} title now is **${k.profile.identity.title}**.`;
}

// Above a search on the title's words ("full" finding "full-text search") and above the skill
// group a title names ("backend"): the title is what is asked; the group's skills are added.
const SCORE = SCORES.category + 1;

/** "It lists Frontend skills: TypeScript, React, Vue.": the groups the asked title names. */
export function groupsNamed(k: Knowledge, q: Question, asked: readonly string[]): string {
  const lines = q.categories.flatMap((ref) => {
    const names = k.index.skillsIn(ref).map((s) => s.skill.name);
    return names.length > 0 ? [`It lists ${ref.label} skills: ${names.join(', ')}.`] : [];
  });
  // "UX designer" beside a group the profile calls "Design": its word, said as a job.
  const stems = new Set(asked.filter((w) => !SAME_JOB.test(w)).map(stem));
  for (const group of k.profile.skills) {
    const label = `It lists ${group.name} skills`;
    if (!stems.has(stem(group.name.toLowerCase())) || lines.some((l) => l.startsWith(label)))
      continue;
    lines.push(`${label}: ${group.skills.map((s) => s.name).join(', ')}.`);
  }
  return lines.length > 0 ? `\n\n${lines.join('\n')}` : '';
}

/** "I'm a backend and infrastructure engineer": lines holding every word of the asked title. */
function saidTogether(k: Knowledge, asked: readonly string[]): Snippet[] {
  const wanted = asked.filter((w) => !GENERIC.has(w)).map(stem);
  const job = SAME_JOB.test(asked.at(-1) ?? '');
  // The role noun is matched as a word: "designing" does not say "designer".
  const noun = asked.at(-1) ?? '';
  return k.index.snippets.filter((s) => {
    const own = new Set(words(s.text).map(stem));
    return (
      nounWritten(s.text, noun) &&
      wanted.every(
        (w, i) =>
          own.has(w) || (job && i === wanted.length - 1 && JOB_STEMS.some((j) => own.has(j))),
      )
    );
  });
}
/** "It does say: … architecting …": lines telling of the work a role noun names. */
function workOf(k: Knowledge, noun: string): string {
  if (SAME_JOB.test(noun)) return '';
  const root = stem(noun.toLowerCase());
  const lines = k.index.snippets
    // "architecting" and "architecture" tell of an architect's work (the index's stems).
    .filter((s) => s.stems.some((st) => st.startsWith(root)))
    .slice(0, k.config.maxEvidence);
  return lines.length > 0 ? `\n\nIt does say:\n${bullets(evidenceLines(lines, lines.length))}` : '';
}

/** The role noun as a word of the line, plural or not: "designers", not "designing". */
const nounWritten = (text: string, noun: string) =>
  SAME_JOB.test(noun) ||
  words(text).some((w) => w === noun.toLowerCase() || w === `${noun.toLowerCase()}s`);
const JOB_STEMS = ['engineer', 'developer', 'dev', 'programmer', 'coder'].map(stem);

export const titleAsked: AnswerKind = {
  name: 'titleAsked',
  ceiling: SCORE,
  topic: 'title',
  applies: (q) => q.techs.length === 0,
  propose(q: Question, k: Knowledge) {
    if (q.techs.length > 0) return undefined;
    const phrase = ASKED.exec(q.text.trim())?.[1];
    const asked = phrase ? words(phrase) : [];
    if (!phrase || asked.length === 0 || !ROLE_NOUN.test(asked.at(-1) ?? '')) return undefined;
    if (asked.some((w) => JUDGED.test(w))) return undefined;
    const held = heldTitle(k, asked);
    if (held)
      return {
        kind: 'titleAsked',
        score: SCORE,
        why: `asks whether the owner is ${phrase}`,
        evidence: k.index.snippets.filter((s) => s.where === 'identity.title').slice(0, 1),
        answer: reply('title', held.title, `${yes(k, held)}${groupsNamed(k, q, asked)}`),
        state: { techs: [], topic: 'title', ...(held.role ? { role: held.role } : {}) },
      };
    const said = saidTogether(k, asked);
    if (said.length > 0)
      return {
        kind: 'titleAsked',
        score: SCORE,
        why: `the words of ${phrase} stand together in the text`,
        evidence: said,
        answer: reply(
          'title',
          `From ${k.firstName}'s profile`,
          `Here's what ${k.firstName}'s profile says:\n${bullets(evidenceLines(said, k.config.maxEvidence))}`,
          { confidence: 0.7 },
        ),
      };
    const title = k.profile.identity.title;
    const groups = groupsNamed(k, q, asked);
    const work = workOf(k, asked.at(-1) ?? '');
    // A title the profile does not give, though it lists skills of its field or tells of the
    // work ("architecting" for an architect): not a bare "No".
    const lead = groups || work ? '' : '**No** — ';
    return claimAbsence(
      k,
      {
        topic: 'title',
        what: `the title ${phrase}`,
        terms: [phrase],
        // "designing" is no evidence of "a designer": only a line with the noun written is.
        ignore: (s) => !nounWritten(s.text, asked.at(-1) ?? ''),
        ignoreName: `title-noun:${asked.at(-1)}`,
        no: `${lead}${k.firstName}'s profile doesn't call ${k.object} ${article(phrase)} ${phrase}; it gives ${k.possessive} title as **${title}**.${groups}${work}`,
      },
      'titleAsked',
      SCORE,
    );
  },
};
