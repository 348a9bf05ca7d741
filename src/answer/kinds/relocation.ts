import type { Snippet } from '../knowledge-index.ts';
import { DENIED_ABROAD } from '../meaning/work-mode.ts';
import { bullets, contactLines, contactLinks, evidenceLines, reply } from '../pipeline/reply.ts';
import { type Candidate, type Knowledge, type Question, SCORES } from '../pipeline/types.ts';
import { sentencesOf } from '../text.ts';

/** "would he relocate to Berlin?", "open to relocation?", "would she move for the job?". */
const ASKED = /\brelocat\w*|\bmov(?:e|ing) (?:to|for|abroad|countries|cities)\b/i;

/**
 * "I'm not looking to relocate", "no relocation", "won't relocate", "Relocation is off the
 * table": relocating ruled out; and so
 * in Spanish, Portuguese, French and German ("Nada de relocalización", "Não tenho interesse em
 * mudar de cidade", "pas de relocalisation", "kein Umzug").
 */
const RULED_OUT =
  /\b(?:not (?:looking|willing|open|planning|able|keen|interested)(?: \w+)? to relocat\w*|not open to relocation|not relocating|no relocation|(?:won['’]?t|will not|can['’]?t|cannot|don['’]?t want to|do not want to|unable to) relocate|(?:relocation|relocating)\s+(?:is\s+)?(?:off the table|not (?:an option|on the table|possible)|out of the question))\b/iu;
const RULED_OUT_ABROAD = new RegExp(
  String.raw`${DENIED_ABROAD}(?<!\p{L})(?:relocali[sz]\w*|reubica\w*|realoca\w*|mudar(?:me)? de (?:cidade|país|ciudad)|mudan[çc]a|déménag\w*|umzug\w*|umziehen)`,
  'iu',
);
/** "open to relocation", "happy to relocate", "willing to relocate for the right role". */
const OPEN =
  /\b(?:open to relocat\w*|(?:happy|willing|ready|able|keen) to relocate|(?:can|could|would) relocate|relocation (?:is )?(?:possible|an option|ok|fine))\b/i;

/**
 * What the profile says of relocating, when it says so plainly: a "No" or a "Yes" with the line
 * that says it. Where no line takes a side, undefined: the availability answer speaks.
 */
export function relocation(k: Knowledge, q: Question): Candidate | undefined {
  if (!ASKED.test(q.text)) return undefined;
  const said = (re: RegExp) => k.index.snippets.filter((s) => re.test(s.text));
  const no = k.index.snippets.filter(
    (s) => RULED_OUT.test(s.text) || RULED_OUT_ABROAD.test(s.text),
  );
  const yes = said(OPEN).filter((s) => !no.includes(s));
  // Both said, or neither: no verdict of ours.
  if (no.length > 0 === yes.length > 0) return undefined;
  const saying = no.length > 0 ? [RULED_OUT, RULED_OUT_ABROAD] : [OPEN];
  // A long paragraph is quoted by the sentence that says it.
  const lines: Snippet[] = (no.length > 0 ? no : yes).map((s) => sayingSentence(s, saying));
  const lead =
    no.length > 0
      ? `**No** — ${k.firstName}'s profile says ${k.subject} ${k.plural ? "aren't" : "isn't"} looking to relocate:`
      : `**Yes** — ${k.firstName}'s profile says ${k.subject} ${k.plural ? 'are' : 'is'} open to relocating:`;
  const contact = contactLines(k);
  const text = `${lead}\n${bullets(evidenceLines(lines, 2))}${contact.length ? `\n\nTo talk it through:\n${bullets(contact)}` : ''}`;
  return {
    kind: 'availability',
    score: SCORES.topic + 1,
    why: 'the profile says whether the owner relocates',
    evidence: lines.slice(0, 2),
    answer: reply('contact', 'Relocation', text, { links: contactLinks(k) }),
    state: { techs: [], topic: 'contact' },
  };
}

/** The snippet cut to the sentence that says it, when it is longer than a line. */
function sayingSentence(snippet: Snippet, patterns: readonly RegExp[]): Snippet {
  if (snippet.text.length <= 160) return snippet;
  const sentence = sentencesOf(snippet.text).find((s) => patterns.some((re) => re.test(s)));
  return sentence ? { ...snippet, text: sentence } : snippet;
}
