import { splitOutsideBrackets } from './outside-brackets.ts';

/**
 * "Key skills: Swift, SwiftUI in production, Core Data or SwiftData": a line whose label names a
 * group of requirements lists separate requirements, one per comma-separated item. "X or Y"
 * within one item stays a choice. "Go, Rust or Zig", where only the last item offers a choice,
 * is one choice among bare names and stays whole.
 */
export function labelListItems(body: string): string[] | undefined {
  const clauses = semicolonItems(body) ?? dottedItems(body);
  if (clauses) return clauses;
  const items = splitOutsideBrackets(body, /,/)
    .map((item) => item.trim().replace(/^(?:and|or)\s+/i, ''))
    .filter((item) => item !== '');
  if (items.length < 2) return undefined;
  // A sentence is no list: "5 years of Go, ideally with gRPC. You have shipped …".
  // A long run of items ("MSc …, 5+ years …, strong Python and SQL, …, fluent English") is a
  // list even where an item runs to a dozen words.
  const most = items.length >= 6 ? MAX_LONG_LIST_ITEM_WORDS : MAX_ITEM_WORDS;
  if (items.some((item) => wordsOutside(item) > most || /[.!?;]\s/.test(item))) return undefined;
  const choices = items.map((item) => /\bor\b/i.test(splitOutsideBrackets(item, /\(/)[0] ?? item));
  const onlyLastChooses = choices.slice(0, -1).every((c) => !c) && choices.at(-1) === true;
  if (onlyLastChooses || /^(?:ideally|preferably|e\.g\.|such as)\b/i.test(items[1] ?? ''))
    return undefined;
  return items;
}

/**
 * "4+ years building web products; TypeScript with React on the front end; Node.js on the back
 * end": a list whose items are phrases is written with semicolons, one requirement each.
 */
function semicolonItems(body: string): string[] | undefined {
  const items = splitOutsideBrackets(body.replace(/[.;]\s*$/, ''), /;/)
    .map((item) => item.trim().replace(/^(?:and|or)\s+/i, ''))
    .filter((item) => item !== '');
  if (items.length < 3 || items.some((item) => wordsOutside(item) > MAX_CLAUSE_WORDS))
    return undefined;
  return items;
}

/**
 * "3+ yoe in platform/SRE · k8s in prod · Terraform · CI/CD (GH Actions or GitLab CI)": a chat
 * post's list, its items joined by middle dots or bullets, one requirement each.
 */
function dottedItems(body: string): string[] | undefined {
  const items = splitOutsideBrackets(body.trim(), /\s+[·•]\s+/)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  if (items.length < 2 || items.some((item) => wordsOutside(item) > MAX_CLAUSE_WORDS))
    return undefined;
  return items;
}

/** Words an item of a semicolon list may have. */
const MAX_CLAUSE_WORDS = 18;

/** "Dutch (our meetings are in English)": an aside does not make an item prose. */
const wordsOutside = (item: string): number =>
  item
    .replace(/\([^()]*\)/g, ' ')
    .trim()
    .split(/\s+/).length;

/** Words an item of a label's list may have; a longer one is prose. */
const MAX_ITEM_WORDS = 8;

/** Words an item of a label's list of six or more may have. */
const MAX_LONG_LIST_ITEM_WORDS = 12;
