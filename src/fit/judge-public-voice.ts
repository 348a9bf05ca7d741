import type { ProfileSupport } from '../answer/support.ts';
import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import type { Profile, Publication } from '../knowledge/schema.ts';
import { evidenceLine, type Judgement, unique } from './judgement.ts';

/**
 * "Having written about frontend in public", "Publicaciones o charlas técnicas", "conference
 * talks", "you communicate clearly in writing": an ask for the owner's public voice, which only talks, articles or papers the profile
 * lists (or states as published) can meet. Skills never stand in for it. "IRS Publication 1075"
 * names a standard, not writing.
 */
const ASKS_WRITING =
  /\b(?:writ(?:ten|ing|es?)|wrote|blog(?:ged|ging|s)?|articles?)\b.{0,40}\bin public\b|\bblog(?:ging|\s+posts?)\b|\btechnical (?:writing|articles?)\b|\b(?:publications?|publicaciones|published (?:an? )?(?:papers?|work|research|articles?))\b(?!\s*(?:No\.?\s*)?\d)|\bcommunicat\w*\b.{0,20}\bin writing\b|\b(?:written communication|writing skills)\b/i;
const ASKS_TALKS =
  /\bspoke (?:at|somewhere|publicly)\b|\bspoken at\b|\b(?:conference|tech(?:nical)?|public|meetup)\s+talks?\b|\bpublic speaking\b|\bspeaking at\b|\b(?:given|give|giving|gave|donné)\s+(?:a\s+|un\s+|des\s+|some\s+)?(?:talks?|presentations?|présentations?)\b|\bcharlas?\b|\bponencias?\b/i;

const WRITING_KINDS: readonly Publication['kind'][] = ['article', 'publication', 'other'];
const PAPER_KINDS: readonly Publication['kind'][] = ['publication', 'other'];
const ASKS_PAPERS =
  /\b(?:papers?|peer[\s-]reviewed|research publications?|journal|conference proceedings)\b/i;
const TALK_KINDS: readonly Publication['kind'][] = ['talk', 'podcast', 'other'];

/** Lines of the knowledge that state a published work or a talk given. */
const STATED_WRITING = /\b(?:published (?:at|in|on)|co-authored|(?:wrote|writes) (?:a|an|the)\b)/i;
const STATED_TALK = /\b(?:presented at|spoke at|talk at|keynote at)\b/i;

export function judgePublicVoice(
  text: string,
  profile: Profile,
  support: ProfileSupport,
): Judgement | undefined {
  const writing = ASKS_WRITING.test(text);
  const talks = ASKS_TALKS.test(text);
  if (!writing && !talks) return undefined;
  // "A published paper", "peer-reviewed publications": a blog post is not a paper.
  const written = ASKS_PAPERS.test(text) ? PAPER_KINDS : WRITING_KINDS;
  const kinds = new Set([...(writing ? written : []), ...(talks ? TALK_KINDS : [])]);
  const listed = profile.publications
    .filter((p) => kinds.has(p.kind))
    .map((p) => [p.title, p.venue].filter(Boolean).join(' — '));
  const stated = [
    ...(writing ? statedLines(support, STATED_WRITING, 'published paper') : []),
    ...(talks ? statedLines(support, STATED_TALK, 'presented talk') : []),
  ];
  const evidence = unique([...listed.map((l) => `${l} (publications)`), ...stated]);
  if (evidence.length === 0) return { status: 'missing', evidence: [], closest: [] };
  // "Publications at RecSys, SIGIR, KDD or similar": work published elsewhere is close; work in
  // another field ("at ML conferences" for talks on CSS) is not.
  const field = FIELD_VENUES.exec(text)?.[1];
  const venues = venuesNamed(text.replace(FIELD_VENUES, ' ')).filter((v) => v !== field);
  const whole = JSON.stringify(profile);
  const atVenue = venues.some((v) => wordIn(whole, v));
  const inField = field === undefined || wordIn(evidence.join(' '), field);
  const status =
    atVenue || (venues.length === 0 && inField) ? 'met' : inField ? 'partial' : 'missing';
  return { status, evidence: status === 'missing' ? [] : evidence.slice(0, 3), closest: [] };
}

/** "at ML conferences", "in security journals": the field the work is asked in. */
const FIELD_VENUES =
  /\b(?:at|in)\s+(?:top(?:-tier)?\s+)?(\p{Lu}[\p{L}\d-]*)\s+(?:conferences?|venues?|journals?|workshops?)\b/u;

const wordIn = (text: string, word: string): boolean =>
  new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(word)}(?![\\p{L}\\d])`, 'iu').test(text);

/**
 * "at RecSys, SIGIR, KDD or similar", "at KubeCon", "(NeurIPS, ICML, KDD)": the named places a
 * work is asked at.
 */
function venuesNamed(text: string): string[] {
  const bracket = /\(([^()]*)\)/.exec(text)?.[1] ?? '';
  const inBracket = bracket
    .replace(/^\s*(?:e\.g\.?|such as|like)\s*/i, '')
    .split(/\s*,\s*|\s+or\s+|\s+and\s+/)
    .filter((name) => /^\p{Lu}[\p{L}\d-]*$/u.test(name));
  const list =
    /\b(?:at|in)\s+(\p{Lu}[\p{L}\d-]*(?:(?:\s*,\s*|\s+or\s+|\s+and\s+)\p{Lu}[\p{L}\d-]*)*)/u.exec(
      text,
    )?.[1];
  const after = list ? list.split(/\s*,\s*|\s+or\s+|\s+and\s+/).filter(Boolean) : [];
  return [...after, ...inBracket];
}

function statedLines(support: ProfileSupport, pattern: RegExp, query: string): string[] {
  return support
    .search(query, 10)
    .filter((line) => pattern.test(line.text))
    .map(evidenceLine);
}
