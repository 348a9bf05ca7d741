/**
 * Pastimes an "about me" names in passing: "When I'm not on a laptop I'm probably sailing a
 * small dinghy, baking sourdough or complaining about the trains", "Outside work I climb and
 * cook for far too many people", "In my free time I paint", "Offline I do orienteering". One interest per item, as written.
 */
const OFF_WORK =
  /\b(?:when I['’]m not [^,.;!?]{3,40}?,?\s+(?:I['’]m|you['’]ll\s+(?:probably\s+|usually\s+|often\s+|mostly\s+)?find me)\s+(?:probably\s+|usually\s+|often\s+|mostly\s+)?|(?:outside (?:of )?work|offline|off the clock|away from (?:the )?(?:keyboard|screen|desk)),?\s+I(?:['’]m)?\s+|in my (?:free|spare) time,?\s+I(?:['’]m)?\s+)([^.;!?]+)/gi;

// What follows an item that says more of it than its name: "…, which I …", "… for far too …",
// "… with my kids"; "making noise with modular synths" is named by what comes after "with".
const TAIL =
  /\s+(?:that|which|who|with (?:my|our|the|a|friends|family|kids|people)\b|for|on weekends|on \p{L}+ (?:mornings|afternoons|evenings|nights)|all year round)\b.*$/iu;

/** "at the allotment": where one is, the pastime after it, one word. */
const AT_PLACE = /^(?:down\s+|up\s+)?at\s+(?:the|my)\s+(?=\p{Ll}+$)/u;

const DOES_A_LOT =
  /^(?:do|go|get)\s+(?:(?:a lot of|lots of|plenty of|some|a bit of)\s+)?(?=(?:\p{L}+-\p{L}+\s+)?\p{L}+ing\b)/u;

// "mentoring with Women in Data", "co-organising a meetup": volunteering, read as such.
const UNPAID_WORK = /^(?:mentoring|volunteering|co-?organi[sz]ing|organi[sz]ing)\b/;

const AMOUNT =
  /^(\p{Ll}+ing)\s+(?:(?:way|far)\s+)?(?:too much|too many|a lot of|lots of|plenty of)\s+/u;

const CLASS_OF =
  /^\p{Ll}+ing\b.*?\bin an? (\p{Ll}+(?:\s\p{Ll}+)?) (?:class|course|workshop|studio)(?:es|s)?\b/u;

const ADVERB =
  /^(?:always|usually|often|sometimes|mostly|generally|also|still|normally|typically|\p{Ll}+ly)\s+/u;

/** Words after "I" that are no verb of a pastime: "I have 3 years of …", "I am …". */
const NOT_PASTIME =
  /^(?:have|had|am|was|also|still|really|do|did|can|will|would|try|tend|like|love|enjoy)$/i;

/**
 * "I swim, cook and build synths": each verb after "I" said as the pastime it names, "swimming",
 * "cooking", "building".
 */
export function gerund(verb: string): string {
  const w = verb.toLowerCase();
  if (NOT_PASTIME.test(w) || !/^\p{Ll}{2,}$/u.test(verb) || w.endsWith('ing')) return verb;
  if (/ie$/.test(w)) return `${w.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  // One short vowel before a final consonant doubles it: swim → swimming, jog → jogging.
  if (/^[^aeiou]*[aeiou][bdgmnprt]$/.test(w)) return `${w}${w.at(-1)}ing`;
  return `${w}ing`;
}

// "Interests: Carnatic violin (badly), fell walking, and cooking.": a labelled line of them.
// "En mi tiempo libre: escalada, fanzines y mi huerto": the same label in the languages
// profiles are written in (Spanish, Portuguese, French, German, Italian).
const LABELLED =
  /(?:^|\n|(?<=[.!?)])[ \t]+)[ \t]*(?:[-*•][ \t]+)?(?:interests|hobbies|pastimes|hobbies (?:and|&) interests|outside (?:of )?work|off[- ]screen|off[- ]keyboard|offline|off the clock|away from (?:the )?(?:keyboard|screen|desk)|afk|in my (?:free|spare) time|en mi tiempo libre|no meu tempo livre|nos (?:meus )?tempos livres|(?:dans|pendant) mon temps libre|in meiner freizeit|freizeit|hobbys|nel (?:mio )?tempo libero|aficiones|pasatiempos|passatempos|loisirs)[ \t]*:[ \t]*([^\n]+?)(?=\.(?:\s|$)|\n|$)/giu;

/** "mi huerto", "my allotment": the pastime without the owner's possessive. */
const POSSESSIVE = /^(?:my|mi|mis|meu|minha|meus|minhas|mon|ma|mes|mein|meine|il mio|la mia)\s+/i;

export function labelledInterests(text: string): string[] {
  return [...text.matchAll(LABELLED)].flatMap((match) =>
    (match[1] ?? '')
      .replace(/\s*\([^)]*\)/g, '')
      .replace(/[.!]\s*$/, '')
      .split(/,\s*(?:and\s+|y\s+|e\s+|et\s+|und\s+)?|;\s*|\s+(?:and|y|e|et|und)\s+(?=[^,]*$)/)
      .map((item) => item.replace(/\p{Extended_Pictographic}\uFE0F?/gu, '').trim())
      .map((item) => item.replace(POSSESSIVE, ''))
      .filter((item) => item.length > 1 && item.split(/\s+/).length <= 8),
  );
}

export function interestsFromProse(text: string): string[] {
  const found: string[] = [...labelledInterests(text)];
  for (const match of text.matchAll(OFF_WORK)) {
    // "I'm …" goes on with what one is doing; "I …" with verbs, each item's first word.
    // "you'll probably find me bouldering": as after "I'm", what one is doing.
    const lead = match[0].slice(0, match[0].length - (match[1] ?? '').length);
    const verbs = !/(?:I['’]m|find me)\s*(?:probably\s+|usually\s+|often\s+|mostly\s+)?$/.test(
      lead,
    );
    const items = (match[1] ?? '')
      .replace(/\s*\([^)]*\)/g, '')
      .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
      .map((item) => item.replace(TAIL, '').trim())
      // ", which I mostly use to …": what the item before it is for, no pastime.
      .filter((item) => !/^(?:which|that|who)\b/i.test(item))
      // "I always have a small project going": the adverb says how often, the verb what.
      // "…, and I climb": the "I" again before the next verb.
      .map((item) => (verbs ? item.replace(/^I(?:['’]m|\s+am)?\s+/, '').replace(ADVERB, '') : item))
      // "I do a lot of cross-country skiing": what is done a lot is the pastime.
      .map((item) => item.replace(DOES_A_LOT, ''));
    // "I'm usually at the allotment": the place one is at is the pastime.
    const places = items
      .filter((item) => AT_PLACE.test(item))
      .map((item) => item.replace(AT_PLACE, ''));
    // "making lopsided mugs in a pottery class": the class names the pastime.
    const classes = items.flatMap((item) => CLASS_OF.exec(item)?.[1] ?? []);
    const doing = items
      .map((item) => item.replace(/^out\s+/, ''))
      // "fell running badly in the Beacons": how well, and what follows, is no part of it.
      .map((item) => item.replace(/^((?:\p{Ll}+\s+)?\p{Ll}+ing)\s+\p{Ll}+ly\b.*$/u, '$1'))
      .map((item) => (verbs ? item.replace(/^\p{Ll}+(?![\p{Ll}-])/u, gerund) : item))
      // "baking way too much rye bread": how much is no part of the pastime.
      .map((item) => item.replace(AMOUNT, '$1 '))
      // "spend too much time bouldering": the time spent is no part of it either.
      .map((item) => item.replace(/^spending\s+(?:time\s+)?(?=\p{Ll}+ing\b)/u, ''))
      // "sailing …", "baking sourdough", "fell running": a pastime is said as what one is
      // doing; "I mentor junior data scientists" outside work is volunteering, not a pastime.
      .filter(
        (item) =>
          item.split(/\s+/).length <= 8 &&
          !UNPAID_WORK.test(item) &&
          /^(?:\p{Ll}+-\p{Ll}+\s+|\p{Ll}+\s+(?=\p{Ll}+ing$))?\p{Ll}+ing\b/u.test(item),
      );
    found.push(...places, ...doing.filter((item) => !CLASS_OF.test(item)), ...classes);
  }
  return [...new Set(found)];
}
