import type { Snippet } from '../knowledge-index.ts';
import { article, bullets, dates, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { yearsText } from './identity.ts';
import { groupsNamed } from './title-asked.ts';

/**
 * "Is he senior enough for a staff role?", "could she step in as an engineering manager?",
 * "is he ready for a lead position?": a judgement of level the profile cannot make. The answer
 * says so and gives what the asker judges by: the title, the years, any job held at that level,
 * the lines that tell of leading, and the skills of the field the role names.
 */
const READY =
  /^(?:is|would|will|could)\s+(?:he|she|they|\p{L}+)\s+(?:be\s+)?(?:senior enough|ready|qualified|experienced enough|suited|suitable|strong enough|good enough|eligible|(?:an?\s+)?(?:good\s+|great\s+|right\s+)?fit)\s+(?:for|to be)\s+(?:an?\s+|the\s+)?(.{2,60}?)[\s?.!]*$/iu;
const SERVE_AS =
  /^(?:could|can|would)\s+(?:he|she|they|\p{L}+)\s+(?:work|serve|step in|step up|act|be hired|start)\s+as\s+(?:an?\s+|the\s+)?(.{2,60}?)[\s?.!]*$/iu;
// The word a level is named by; "role" and "position" only say it is a job.
const LEVEL =
  /\b(?:staff|principal|senior|sr|lead|head|manager|director|architect|junior|mid[\s-]level|intern|cto|vp|distinguished|chief)\b/i;
const JOB_WORDS = /\s+(?:role|position|job|level|title|opening|seat|post)$/i;
// A level that is about leading people or technical direction.
const LEADING = /\b(?:staff|principal|lead|head|manager|director|cto|vp|chief|architect)\b/i;
const LED =
  /\b(?:led|lead(?:s|ing)?|mentor(?:ed|ing|s)?|managed|manag(?:e|ing) (?:a|the) team|team of \d+|reports?|hired|hiring)\b/i;

/** The level asked, as written: "staff", "engineering manager", "senior backend". */
function askedLevel(text: string): string | undefined {
  const written = (READY.exec(text.trim()) ?? SERVE_AS.exec(text.trim()))?.[1];
  const level = written?.replace(JOB_WORDS, '').trim();
  return level && LEVEL.test(level) ? level : undefined;
}

/** Whether a title holds every level word asked ("Staff Engineer" for "staff"). */
function atLevel(title: string, level: string): boolean {
  const words = (level.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => LEVEL.test(w));
  return words.every((w) => new RegExp(`\\b${w}\\b`, 'i').test(title));
}

function facts(k: Knowledge, q: Question, level: string): { lines: string[]; evidence: Snippet[] } {
  const { identity, roles } = k.profile;
  const years = yearsText(k);
  const held = roles.filter((role) => atLevel(role.title, level));
  const lines = [
    `Title: **${identity.title}**`,
    ...(years ? [`Experience: ${years} years`] : []),
    ...held.map((r) => `Held: ${r.title} at ${r.company}${dates(r.start, r.end)}`),
  ];
  const led = LEADING.test(level)
    ? k.index.snippets.filter((s) => LED.test(s.text)).slice(0, 3)
    : [];
  lines.push(...evidenceLines(led, led.length));
  const groups = groupsNamed(k, q, level.toLowerCase().split(/\s+/)).trim();
  if (groups) lines.push(...groups.split('\n'));
  const title = k.index.snippets.filter((s) => s.where === 'identity.title').slice(0, 1);
  return { lines, evidence: [...title, ...led] };
}

export const levelAsked: AnswerKind = {
  name: 'levelAsked',
  ceiling: SCORES.category + 2,
  topic: 'title',
  applies: (q) => q.techs.length === 0,
  propose(q, k) {
    if (q.techs.length > 0) return undefined;
    const level = askedLevel(q.text);
    if (!level) return undefined;
    const { lines, evidence } = facts(k, q, level);
    const role = `${article(level)} ${level} role`;
    const now = k.profile.identity.title;
    // "a senior backend role" asked of a Senior Backend Engineer: the title says that level.
    const titled = atLevel(now, level);
    const lead = titled
      ? `${k.firstName} is already ${article(now)} **${now}**; whether that makes ${k.object} right for your role is for you to judge. The profile says:`
      : `Whether ${k.firstName} is ready for ${role} is for you to judge: the profile doesn't say. What it does say:`;
    return {
      kind: 'levelAsked',
      score: SCORES.category + 2,
      why: `asks whether the owner suits ${role}`,
      evidence,
      answer: reply('title', `${k.firstName}'s level`, `${lead}\n${bullets(lines)}`, {
        confidence: 0.7,
      }),
      state: { techs: [], topic: 'title' },
    };
  },
};
