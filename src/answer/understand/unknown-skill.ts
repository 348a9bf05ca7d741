/** Verbs after which the next word names a skill: "does she know X", "has he used X". */
const ASKS_ABOUT_SKILL = new Set(
  'know knows use used uses using familiar proficient skilled tried'.split(' '),
);
/** After "know", these start a clause, not a skill: "know how to …", "know what …". */
const NOT_A_SKILL_NEXT = new Set(
  'how what where when why who if whether that about of to anyone someone my your our me us'.split(
    ' ',
  ),
);
/** Nouns that make the question one about a skill, wherever the skill stands. */
const SKILL_NOUNS = new Set(['experience', 'background', 'expertise', 'knowledge', 'exposure']);

/** Words that may stand between such a verb and the skill. */
const SKILL_FILLER = new Set(
  'experience experienced background expertise knowledge exposure tool framework language library technology work worked ever before professionally hands-on hand production prior previous'.split(
    ' ',
  ),
);

/**
 * "has she used Metasploit?": one word after a skill verb that nothing in the profile or the
 * vocabulary knows is most likely a technology the profile lacks; returned as typed.
 */
export function unknownSkillIn(
  tokens: readonly string[],
  displayWords: readonly string[],
  read: { isContent: (t: string) => boolean; explained: ReadonlySet<number> },
  known: (t: string) => boolean,
): string | undefined {
  const verbAt = tokens.findIndex((t) => ASKS_ABOUT_SKILL.has(t));
  // "any Fivetran experience?", "Snowflake background": the skill comes before the noun.
  const nounAt = tokens.findIndex((t) => SKILL_NOUNS.has(t));
  const cueAt = verbAt >= 0 ? verbAt : nounAt >= 0 ? -1 : -2;
  if (cueAt < -1 || NOT_A_SKILL_NEXT.has(tokens[cueAt + 1] ?? '')) return undefined;
  const rest = tokens
    .map((t, i) => ({ t, i }))
    .filter(
      ({ t, i }) =>
        i > cueAt && read.isContent(t) && !read.explained.has(i) && !SKILL_FILLER.has(t),
    );
  const only = rest.length === 1 ? rest[0] : undefined;
  if (!only || known(only.t) || !/^[a-z][a-z0-9+#.-]{1,30}$/.test(only.t)) return undefined;
  return displayWords[only.i] ?? only.t;
}
