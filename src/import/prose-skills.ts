import { splitList } from './entry-text.ts';

/**
 * Skills an owner names in sentences that no word list knows: practices and fields such as
 * "capacity planning", "blameless postmortems", "service mesh". Only what a cue introduces
 * counts ("I specialise in …", "my toolbox is …", "I took over …", "a thesis on …",
 * "I contribute … to …", a list of topics after "happy to talk about:"), cut where the
 * phrase ends, so every skill is words the owner wrote.
 */

// Each cue captures the rest of its clause.
const CUES: readonly RegExp[] = [
  /(?:\bI\s+(?:mostly\s+|mainly\s+|also\s+)?|,\s+(?:and\s+)?)(?:work on|specialise in|specialize in|focus on|care about|care a lot about|took over|take care of|am responsible for|look after|introduced)\s+(.+)/i,
  /\b(?:my toolbox is|my toolbox includes|day to day I use|day-to-day I use|I(?:'m| am) (?:good at|experienced in|skilled in))\s+(.+)/i,
  /\b(?:thesis|dissertation|research)(?:\s+(?:was|is))?\s+(?:on|about|into)\s+(.+)/i,
  /\bI\s+(?:contribute|contributed)\s+(?:[\w-]+\s+){0,3}?to\s+(.+)/i,
  /\b(?:write|writing|blog|blogging|posts?)\b[^.;]*?\b(?:mostly|mainly|usually|often)?\s*about\s+(.+)/i,
  // "My team owns the platform …: the Kubernetes clusters, the service mesh and …"
  /\b(?:owns?|runs?|operates?|looks? after|maintains?)\b[^:.]{0,160}:\s*(.+)/i,
];
/** "Hiring is a bigger part of my job than I expected." */
const PART_OF_JOB =
  /^(\p{Lu}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+)?)\s+is\s+(?:a|the)\s+(?:(?:big|bigger|biggest|large|larger|major|huge|core)\s+)?part of my (?:job|role|work)\b/u;
/** "I've mentored a dozen engineers", "I coach new leads": the practice the owner names. */
const PRACTICE_DONE =
  /\bI(?:'ve|’ve| have)?\s+(?:also\s+)?(mentor|mentored|coach|coached)\s+(?:\S+\s+){0,4}?(?:engineers|developers|people|juniors|leads|students|interns|managers)\b/i;
const PRACTICE_OF: Readonly<Record<string, string>> = {
  mentor: 'mentoring',
  mentored: 'mentoring',
  coach: 'coaching',
  coached: 'coaching',
};
/** A line that introduces a list of topics: "Things I'm happy to talk about, …:". */
const TOPICS_INTRO =
  /\b(?:talk about|discuss|ask me about|interested in|good at|areas? of expertise|strengths)\b[^:]*:$/i;

// Where a phrase ends: a relative clause, a purpose, a place, a bracket.
const PHRASE_END =
  /\s+(?:when|where|which|that|who|because|with|for|from|in|at|on|into|onto|to|so|instead|than|since|over|under|every|next)(?=\s|$)|[.;!?(—–:]/;
const LEADING = /^(?:the|a|an|our|my|their|its|some|more|small|lots of|a lot of)\s+/i;
// A head noun that names where a practice lives, not the practice: "observability stack".
const TRAILING = /\s+(?:stack|pipelines?|clusters?|tooling|setup|work)$/i;

// Where a clause ends.
const CLAUSE_END = /[.;!?—–:]/;

/** The items of a listed clause, up to the first that a subordinate clause cuts short. */
function listedItems(clause: string): string[] {
  const cut = (clause.split(CLAUSE_END)[0] ?? '').replace(/\([^()]*\)/g, ' ');
  const items: string[] = [];
  for (const item of splitList(cut.replace(/\s+(?:and|or|as well as)\s+/g, ', '))) {
    const head = item.split(PHRASE_END)[0] ?? '';
    items.push(head);
    if (head.trim() !== item.trim()) break;
  }
  return items;
}

// "I care about what the system allowed, not who …", "writing software for about fifteen years":
// a question word, a negation or a length of time is no skill's name.
const NO_TOPIC =
  /^(?:(?:what|who|whom|how|why|where|when|whether|which|not|no|never)\b|(?:\d+|a few|several|many|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty)\+?\s+(?:years?|months?|weeks?|days?|hours?)\b)/i;

// "look after seven engineers", "took over the group": people counted, a unit of the firm.
const PEOPLE_OR_UNIT =
  /^(?:(?:\d+|a few|several|many|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a handful of)\s+\p{L}+|(?:team|group|squad|department|unit|org|organi[sz]ation|company|business|people|engineers|developers))$/iu;

function phrasesOf(clause: string): string[] {
  const items = listedItems(clause);
  // "writing software for about eleven years now, mostly on …": a clause that opens on a length
  // of time or a question word lists no topics, so nothing after it is one either.
  if (NO_TOPIC.test(items[0]?.trim() ?? '')) return [];
  return items.flatMap((item) => {
    let phrase = item.trim();
    for (let i = 0; i < 3; i++) phrase = phrase.replace(LEADING, '');
    phrase = phrase.replace(TRAILING, '').trim();
    const words = phrase.split(/\s+/);
    // "Growing engineers …" is a thing done, not a skill named.
    const doing = words.length > 1 && /ing$/i.test(words[0] ?? '') && !/ing$/i.test(words[1] ?? '');
    const ok =
      /^[\p{L}]/u.test(phrase) &&
      words.length <= 4 &&
      !doing &&
      !/^I\b/.test(phrase) &&
      !NO_TOPIC.test(phrase) &&
      !PEOPLE_OR_UNIT.test(phrase);
    return ok ? [phrase] : [];
  });
}

/** Every skill phrase the texts name after a cue, each once, in order. */
export function skillPhrasesFromProse(texts: readonly string[]): string[] {
  const found: string[] = [];
  const add = (phrases: string[]) => {
    for (const phrase of phrases)
      if (!found.some((f) => f.toLowerCase() === phrase.toLowerCase())) found.push(phrase);
  };
  let topics = false;
  for (const text of texts) {
    // The short lines after a topics intro are each a list of topics.
    if (topics && text.split(/\s+/).length <= 14) add(phrasesOf(text));
    topics = TOPICS_INTRO.test(text.trim()) || (topics && text.split(/\s+/).length <= 14);
    for (const sentence of text.split(/(?<=[.!?])\s+/)) {
      const part = PART_OF_JOB.exec(sentence)?.[1];
      if (part) add([part]);
      const done = PRACTICE_DONE.exec(sentence)?.[1]?.toLowerCase();
      if (done && PRACTICE_OF[done]) add([PRACTICE_OF[done]]);
      for (const cue of CUES) {
        const clause = cue.exec(sentence)?.[1];
        if (clause) add(phrasesOf(clause));
      }
    }
  }
  return found;
}
