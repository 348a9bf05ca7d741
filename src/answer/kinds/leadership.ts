import { claimAbsence } from '../pipeline/absence.ts';
import { asksYesOrNo } from '../pipeline/generic-words.ts';
import { bullets, evidenceLines, reply } from '../pipeline/reply.ts';
import { type AnswerKind, type Knowledge, SCORES } from '../pipeline/types.ts';

const PHRASES = [
  'leadership',
  'lead a team',
  'led a team',
  'leading a team',
  'team lead',
  'tech lead',
  'managed people',
  'manage people',
  'managing people',
  'managed a team',
  'manage a team',
  'managing a team',
  'run a team',
  'ran a team',
  'running a team',
  'run the team',
  'ran the team',
  'run teams',
  'lead teams',
  'led teams',
  'manage teams',
  'managed teams',
  'headed a team',
  'in charge of a team',
  'people management',
  'people manager',
  'line manager',
  'direct report',
  'direct reports',
  'mentor',
  'mentored',
  'mentoring',
  'mentorship',
  'leader',
  'is he a manager',
  'is she a manager',
  'are they a manager',
  'is he an engineering manager',
  'is she an engineering manager',
  // "has he ever led anything or just IC work?": leading asked against individual work.
  'led anything',
  'ever led',
  'ic work',
  'individual contributor',
  // "…, or mostly an IC?", "lead or IC?".
  'an ic',
  'or ic',
  'ic or',
  'team size',
  // "how big is the team she runs?": the team the owner leads.
  'team she run',
  'team he run',
  'team they run',
  'team she lead',
  'team he lead',
  'team they lead',
  'team she manage',
  'team he manage',
  'team they manage',
  'how big is the team',
  'size of team',
  'size of his team',
  'size of her team',
  'size of their team',
  'big is his team',
  'big is her team',
  'big is their team',
  'large is his team',
  'large is her team',
  'large is their team',
  'big were the teams',
  'big was the team',
  'large were the teams',
  'large was the team',
  'size of the team',
  'team sizes',
  'how many engineers',
  'how many people',
  'how many reports',
  // Hiring and building a team: "has he hired people?", "did she build a team from scratch?".
  'hired people',
  'hired engineers',
  'hired anyone',
  'hiring experience',
  'involved in hiring',
  'done hiring',
  'any hiring',
  'do hiring',
  'did hiring',
  'interviewed candidates',
  'built a team',
  'build a team',
  'built teams',
  'built the team',
  'grew a team',
  'grown a team',
  'grew the team',
  'scaled a team',
];

const NOW_WORDS = new Set(['now', 'currently', 'current', 'today', 'presently']);
const SIZE_WORDS: ReadonlySet<string> = new Set(['big', 'large', 'size', 'many', 'small']);
/** "eleven engineers", "a team of 6", "12 direct reports". */
export const HEADCOUNT =
  /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozen)\s+(?:[\w-]+\s+)?(?:engineers|developers|people|reports|members|designers|scientists|analysts|SREs)\b|\bteam of (?:\d+|[a-z]+)\b|\b(?:equipo|equipe|équipe) de \d+|\b(?:team|squadra|gruppo) di \d+/i;

/** Words a profile uses when the owner led, managed or mentored people. */
const CUES = [
  'led',
  'lead',
  'leading',
  'managed',
  'manager',
  'managing',
  'mentor',
  'mentored',
  'mentoring',
  'coached',
  'head of',
  'hired',
  'direct reports',
  'team of',
  'individual contributor',
  'engineers',
  'people',
  // Spanish, Portuguese, French: "Lidero un equipo de 4 analistas".
  'lidero',
  'liderado',
  'liderazgo',
  'liderei',
  'equipo de',
  'equipe de',
  'équipe de',
  // Italian: "coordino un piccolo team di 3 persone".
  'coordino',
  'team di',
  // Clubs and student societies: "President, Purdue Competitive Programming Club".
  'president',
  'captain',
];

/** The owner leading, managing, mentoring or hiring, as a line says it. */
export const LEADING =
  /\b(?:led|lead(?:s|ing)?|lider(?:o|é|ado|ando|ei|ou)|dirij[oa]|coordin(?:o|a|ato)|president|captain|chair(?:ed)?|manag(?:e|ed|es|ing)|mentor(?:ed|s|ing)?|coached|head(?:ed)? of|hired|run(?:s|ning)? (?:the|a|an|my|our) (?:[\w-]+ ){0,4}(?:team|group|org|organi[sz]ation|department|squad)s?)\b/i;

/** "I'm an individual contributor — I don't have direct reports": the answer, said outright. */
export const NOT_LEADING =
  /\b(?:individual contributor|(?:no|don['’]t have|do not have|without) (?:any )?direct reports|not (?:a |an )?(?:people )?manager)\b/i;

/**
 * What a leadership question may ask for in particular, and the lines that would state it.
 * Leading a migration or an architecture is leadership, but not mentoring, not managing people
 * and not a team's size: when no line says the particular thing, the answer says so first.
 */
/** A line that tells of mentoring, coaching or teaching. */
export const MENTORING_STATED =
  /\b(?:mentor\w*|coach\w*|taught|teach\w*|onboard\w*|trained|train(?:s|ing) (?:new|junior))\b/i;

/** A line that tells of managing people: a headcount, reports, a team led or managed. */
export const PEOPLE_STATED = new RegExp(
  `${HEADCOUNT.source}|\\b(?:manag\\w+|led|lead\\w*|head\\w* of|ran|run\\w*|built|grew|hired)\\s+(?:(?:a|an|the|my|our|his|her|their)\\s+)?(?:[\\w-]+\\s+){0,3}(?:team|teams|engineers|developers|people|squad|squads|group|department|reports|org\\w*)\\b|\\bdirect reports\\b|\\b(?:people|line|engineering) manager\\b`,
  'i',
);

/** A line that tells of hiring: interviews, recruiting, a team built or grown. */
export const HIRING_STATED =
  /\b(?:hir(?:ed|es|ing)|interview(?:ed|ing) (?:[\w-]+ ){0,2}(?:candidates|engineers|developers|people)|(?:ran|run|conducted|led) (?:[\w-]+ ){0,2}interviews|recruit(?:ed|ing)|(?:built|grew|scaled|assembled|formed) (?:(?:a|an|the|my|our|his|her|their) )?(?:[\w-]+ ){0,2}(?:team|teams|squad|org\w*)|team (?:from|of) (?:zero|scratch))\b/i;

const PARTICULAR: readonly { asks: RegExp; states: RegExp; what: string }[] = [
  {
    asks: /^(?:hire|hired|hires|hiring|interview\w*|recruit\w*|built|build|building|grew|grown|scaled)$/,
    states: HIRING_STATED,
    what: 'hiring',
  },
  { asks: /^(?:mentor\w*|coach\w*|juniors?)$/, states: MENTORING_STATED, what: 'mentoring' },
  // "is he a manager?", "has he led a team?": leading an architecture is no team led.
  {
    asks: /^(?:people|reports|report|headcount|manager|managers|team|teams)$/,
    states: PEOPLE_STATED,
    what: 'managing people',
  },
  // "can he lead a team of 10?": a size asked by its number.
  { asks: /^(?:big|large|size|sizes|small|\d+)$/, states: HEADCOUNT, what: 'the size of a team' },
];

/** "hiring, mentoring or managing people". */
const orList = (items: readonly string[]) =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** What in particular the question asks that no line of the knowledge states. */
function unstated(k: Knowledge, tokens: readonly string[]): string[] {
  return PARTICULAR.filter(
    ({ asks, states }) =>
      tokens.some((t) => asks.test(t)) && !k.index.snippets.some((s) => states.test(s.text)),
  ).map(({ what }) => what);
}

/**
 * "Does she have people leadership experience?": a yes only where a line shown states the
 * particular thing asked (a team led, reports), or for leadership at large, where the first
 * line tells of the owner leading.
 */
function showsAsked(
  shown: readonly { text: string }[],
  particular: readonly { states: RegExp }[],
): boolean {
  const first = shown[0];
  if (!first || NOT_LEADING.test(first.text)) return false;
  if (particular.length > 0)
    return particular.every(({ states }) => shown.some((s) => states.test(s.text)));
  return LEADING.test(first.text);
}

/**
 * "Has he managed people?", "any leadership experience?": the lines where the owner led,
 * managed or mentored, wherever they are (a role, the impact, the about).
 */
export const leadership: AnswerKind = {
  name: 'leadership',
  ceiling: SCORES.topic + 1,
  topic: 'roles',
  intent: { phrases: PHRASES, weight: 6 },
  applies: (q) => q.intent === 'leadership',
  propose(q, k) {
    if (q.intent !== 'leadership') return undefined;
    const claim = claimAbsence(
      k,
      { topic: 'roles', what: 'leading or managing people', terms: CUES },
      'leadership',
      SCORES.topic + 1,
    );
    if (claim.evidence.length === 0) return claim;
    // "any mentorship?": the lines closest to the question's own words first.
    const rank = new Map(k.index.search(q.stems).map((h, i) => [h.snippet, i]));
    // "How big is her team?": lines that count people come first.
    const counts = q.tokens.some((t) => SIZE_WORDS.has(t));
    // "… the team he manages right now?": the lines of the present job come first.
    const now = q.tokens.some((t) => NOW_WORDS.has(t));
    // "has he hired engineers?": lines that state the particular thing asked come first too.
    const particular = PARTICULAR.filter(({ asks }) => q.tokens.some((t) => asks.test(t)));
    // A line where the owner led or managed outranks one that only names engineers or people.
    // Lines under a heading of their own ("Leadership & Activities") come first of all.
    const order = (s: (typeof claim.evidence)[number]) =>
      (NOT_LEADING.test(s.text) ? -3000 : 0) +
      (/\bleadership\b/i.test(s.source) ? -2000 : 0) +
      (counts && HEADCOUNT.test(s.text) ? -1000 : 0) +
      (now && s.role?.end === 'present' ? -1500 : 0) +
      (particular.some(({ states }) => states.test(s.text)) ? -1000 : 0) +
      (LEADING.test(s.text) ? -500 : 0) +
      (rank.get(s) ?? rank.size + s.id);
    // "Senior Engineer" and "scheduling engines" only name engineers: shown when nothing else is.
    const strong = claim.evidence.filter(
      (s) =>
        LEADING.test(s.text) ||
        HEADCOUNT.test(s.text) ||
        NOT_LEADING.test(s.text) ||
        (now && s.role?.end === 'present'),
    );
    // "right now": the present job's lines that say whom the owner leads, first.
    const present = now
      ? k.index.snippets.filter(
          (s) =>
            s.role?.end === 'present' &&
            /\b(?:lead|leads|led|manage[sd]?|runs?|heads?)\b/i.test(s.text),
        )
      : [];
    const shown = [...new Set([...present, ...(strong.length > 0 ? strong : claim.evidence)])]
      .sort((a, b) => order(a) - order(b))
      .slice(0, k.config.maxEvidence);
    const missing = unstated(k, q.tokens);
    const yes = missing.length === 0 && asksYesOrNo(q.text) && showsAsked(shown, particular);
    const lead = missing.length
      ? `${k.firstName}'s profile doesn't mention ${orList(missing)}. What it shows of leadership:`
      : `${yes ? '**Yes** — here is where' : 'Where'} ${k.firstName}'s profile shows leadership:`;
    const text = `${lead}\n${bullets(evidenceLines(shown, shown.length))}`;
    return {
      ...claim,
      why: 'lines where the owner led, managed or mentored',
      answer: reply('roles', 'Leadership', text, { confidence: 0.8 }),
      state: { techs: [], topic: 'roles', ...(shown[0] ? { subject: shown[0] } : {}) },
    };
  },
};
