import { CJK_HEADINGS } from './cjk-headings.ts';
import { unspaceLetters } from './letter-spacing.ts';
import { tidyName } from './line-text.ts';
import { HEADINGS, type SectionKind } from './section-headings.ts';

export type { SectionKind } from './section-headings.ts';

// "Tools & tech I use": the pair may say whose they are.
const TOOLS_HEADING =
  /^(?:tech|tools|stack|technologies|toolbox|toolkit)(?: i\b| and (?:tools|workflows?|technologies|tech|frameworks|languages|platforms|practices)(?: i\b.*)?$)/;

const BY_HEADING = new Map<string, SectionKind>(
  [...Object.entries(HEADINGS), ...Object.entries(CJK_HEADINGS)].flatMap(([kind, names]) =>
    (names ?? []).map((name) => [name, kind as SectionKind] as const),
  ),
);

/** Runs of Chinese, Japanese or Korean script in a heading. */
const CJK_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー・]+/gu;

const SQUASHED = new Map([...BY_HEADING].map(([name, kind]) => [name.replace(/ /g, ''), kind]));

function bracketless(heading: string): string {
  return tidyName(heading.replace(/\s*\([^()]*\)\s*$/, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The kind of section a heading announces, or `undefined` for one kept as it is. "技术栈 Tech
 * Stack", "関連スキル / Skills": a heading in two scripts is read in each; a kind one of them names,
 * when the other names no different kind.
 */
export function sectionKind(written: string): SectionKind | undefined {
  const whole = kindOfHeading(written);
  const cjk = written.match(CJK_RUN);
  if (whole || !cjk || !/\p{Script=Latin}/u.test(written)) return whole;
  const kinds = [kindOfHeading(written.replace(CJK_RUN, ' ')), ...cjk.map(kindOfHeading)];
  const known = kinds.filter((kind): kind is SectionKind => kind !== undefined);
  return known.length > 0 && known.every((kind) => kind === known[0]) ? known[0] : undefined;
}

function kindOfHeading(written: string): SectionKind | undefined {
  const heading = unspaceLetters(written);
  const key = tidyName(heading)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^my /, '');
  // "Research & Projects", "Weekend projects": a heading that says projects holds projects;
  // "Tech I reach for", "Tools & workflow", "Stack I love" hold skills.
  const named =
    BY_HEADING.get(key) ??
    // "WORKEXPERIENCE": letter-spaced words that lost the gap between them.
    (key.includes(' ') ? undefined : SQUASHED.get(key)) ??
    // "Projekte (Auswahl)", "Langues (niveau)": a bracket qualifies the heading.
    BY_HEADING.get(bracketless(heading));
  // "About me — how a nurse ended up writing firmware": a sentence, not a section's name.
  if (named || key.split(' ').length > 7) return named;
  return (
    WORD_KINDS.find(([rule]) => (typeof rule === 'function' ? rule(key) : rule.test(key)))?.[1] ??
    joinedHeadings(heading)
  );
}

/** Headings read by their words, in order: the first rule that holds names the kind. */
const WORD_KINDS: readonly [RegExp | ((key: string) => boolean), SectionKind][] = [
  // "Schooling & certs", "Degrees and licences": the education reader tells the lines apart.
  [
    (key) =>
      /\b(?:education|schooling|studies|degrees?)\b/.test(key) &&
      /\b(?:cert\w*|licen[cs]es?)\b/.test(key),
    'education',
  ],
  [/\bprojects\b/, 'projects'],
  // "Apps I've shipped", "Games I've made", "Featured apps": each row or item is a project.
  [
    /^(?:(?:apps|games) (?:ive |i have )?(?:shipped|built|made|published|launched)|(?:(?:shipped|published|selected|my|featured|recent|notable) )?(?:mobile )?(?:apps|games))$/,
    'projects',
  ],
  // "Things I've written", "Recent writing", "From my blog"; "Charlas y comunidad", "Vorträge &
  // Community": talks named in another language, whatever is joined to them.
  [
    /\b(?:talks|publications|articles|blog(?: posts?)?|writing|written|wrote|charlas|ponencias|vorträge|conférences|palestras|wystąpienia|prelekcje|interventi)\b/u,
    'publications',
  ],
  [/\b(?:reach me|contact|get in touch|find me)\b/, 'contact'],
  [/\bproud\b/, 'impact'],
  // "Kaggle highlights", "Competitions", "Hackathon wins": placings and medals won.
  [
    /^(?:kaggle|(?:data science |ml |programming )?competitions?|hackathons?)(?: (?:highlights|results|achievements|wins|medals|record|rankings?))?$/,
    'awards',
  ],
  // "README: Working with Kofi", "How to work with me": a lead's user manual opens with its
  // owner's introduction.
  // "How I work / Process": a freelancer's steps with a client, kept under its own title.
  [
    /^(?:readme )?(?:working with|how to work with|how i work|user manual|manual of me)\b(?!.*\b(?:process|workflow|steps)\b)/,
    'about',
  ],
  // "Industry experience", "Research experience", "Relevant work history".
  // "Research and industry experience": two kinds of it, joined.
  [
    (key) =>
      /^(?:[\p{L}]+ (?:and )?){0,3}(?:experience|employment|work history)$/u.test(key) &&
      !/\b(?:language|volunteer\w*|teaching)\b/.test(key),
    'experience',
  ],
  [TOOLS_HEADING, 'skills'],
  // "Things I'm good at", "What I work with", "Stuff I know": the owner's skills, said plainly.
  [
    /^(?:(?:the )?things|what|stuff) i(?:m| am)? (?:(?:really |pretty )?(?:good|great|strong) (?:at|with)|work with|use|know)$/,
    'skills',
  ],
  // "Skills matrix", "Competency overview": a table or list of the skills.
  [
    /^(?:skills?|competenc(?:e|es|y|ies)|tech(?:nical)? skills?) (?:matrix|overview|summary|inventory|grid|table|at a glance)$/,
    'skills',
  ],
  // "Selected engagements", "Client assignments": a contractor's jobs, client by client.
  [/^(?:[\p{L}]+ ){0,2}(?:engagements|assignments|contracts)$/u, 'experience'],
  // "Certs & stuff", "Certificates & badges": the certificates reader tells awards and
  // degrees among them apart; "Certifications & Languages", the spoken languages too.
  [
    (key) =>
      /\b(?:certs?|certificates?|certifications?)\b/.test(key) &&
      !/\b(?:skills?|tech\w*|tools|stack|programming)\b/.test(key),
    'certifications',
  ],
  // "Grants & Awards", "Fellowships and honours".
  [/\b(?:awards?|honou?rs|grants|fellowships|prizes)\b/, 'awards'],
];

/**
 * "Ausbildung / Studium", "Hobbys / Interessen", "Zertifikate / Weiterbildungen": two names of
 * one section, joined; the first one the vocabulary knows names it, when the other names no
 * different kind.
 */
function joinedHeadings(heading: string): SectionKind | undefined {
  const parts = heading.split(/\s*(?:\/|&|\+|\bund\b|\bet\b|\by\b|\be\b)\s*/i).filter(Boolean);
  if (parts.length < 2) return undefined;
  const kinds = parts.map((part) => BY_HEADING.get(bracketless(part)));
  const known = kinds.filter((kind): kind is SectionKind => kind !== undefined);
  return known.length > 0 && known.every((kind) => kind === known[0]) ? known[0] : undefined;
}
