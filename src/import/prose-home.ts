import {
  citiesIn,
  countriesIn,
  foldPlace,
  isPlaceInCountry,
  namesKnownPlace,
} from '../knowledge/places.ts';

/**
 * Where the owner lives, as the prose of an intro or a headline says it: "Based in Leeds, UK",
 * "a … engineer living in Đà Nẵng, Vietnam", "Mobile engineer from Bengaluru, India".
 * Each reader returns only what a sentence says, or `undefined`.
 */

// A place name is capitalised words ("Đà Nẵng", "Rio de Janeiro"); a place is "City, Country",
// with an optional short code after it ("Austin, Texas, USA"). One word alone is too often a
// tool ("I live in Vim") to be taken for a place.
const PLACE_WORD = "\\p{Lu}[\\p{L}'’.-]+";
const CONNECTOR = '(?:de|da|do|dos|das|del|di|la|le|el|al|am|an|upon|on|sur|of)';
const PLACE_NAME = `${PLACE_WORD}(?:\\s+(?:${CONNECTOR}\\s+)?${PLACE_WORD}){0,3}`;
// "Guadalajara, Jalisco, México": a region may stand between the city and the country.
const PLACE = `${PLACE_NAME},\\s*(?:${PLACE_NAME},\\s*)?(?:the\\s+)?${PLACE_NAME}(?:,\\s*\\p{Lu}{2,3}\\b)?`;
// "I live in Brunswick, a suburb of Melbourne, Australia": the city and country after it.
const SUBURB_OF = `(?:${PLACE_NAME},\\s+an?\\s+(?:\\p{Ll}+\\s+)?(?:suburb|neighbou?rhood|district|borough|part|corner)\\s+(?:of|in)\\s+)?`;
// A bullet opens with the verb: "📍 Based in Leeds, UK".
const LIVES_IN = new RegExp(
  `\\b(?:[Ll]iving in|[Ll]ive in|[Ll]ives in|[Bb]ased in|[Bb]ased out of|[Ll]ocated in|[Rr]esiding in|[Rr]eside in|[Rr]esides in|[Rr]emote from|[Ww]ork(?:ing)? remotely from|I['’]m in|I am in|I['’]ve lived in|I have lived in)\\s+(?:the\\s+)?${SUBURB_OF}(${PLACE})`,
  'u',
);
/** "I'm a pipeline technical director in Vancouver, British Columbia". */
const TITLE_IN = new RegExp(`\\bI['’]m\\s+an?\\s+(?:[\\p{Ll}-]+\\s+){1,5}in\\s+(${PLACE})`, 'u');
const COMES_FROM = new RegExp(
  `\\b(?:I['’]m|I am|originally|hailing)(?:\\s+${PLACE_WORD})?,?\\s+from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

/** "a … engineer living in Đà Nẵng, Vietnam (UTC+7)" → "Đà Nẵng, Vietnam". */
// "…, from Montevideo, Uruguay (remote)": where the owner works from, not where they moved from.
const WORKS_FROM = new RegExp(
  `(?<!\\b(?:moved|relocated|came|emigrated|travel(?:l)?ed|commute[sd]?)\\s+)(?:,\\s+|\\b(?:work(?:ing)?|build(?:ing)?|code|coding)\\s+)from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

// "a mobile & frontend dev from Lima, Perú": the job and where its holder is.
const JOB_FROM = new RegExp(
  `\\b(?:dev|developer|engineer|designer|programmer|architect|scientist|analyst|SRE|researcher|consultant|freelancer)\\s+from\\s+(?:the\\s+)?(${PLACE})`,
  'u',
);

function jobFrom(text: string): string | undefined {
  const place = JOB_FROM.exec(text)?.[1];
  return place && isPlaceInCountry(place.split(/\.\s/)[0]?.trim() ?? '') ? place : undefined;
}

function worksFrom(text: string): string | undefined {
  const place = WORKS_FROM.exec(text)?.[1];
  return place && isPlaceInCountry(place.split(/\.\s/)[0]?.trim() ?? '') ? place : undefined;
}

export function locationFromProse(text: string): string | undefined {
  // A place name ends where its sentence does: "Gdańsk, Poland. Before …".
  // "a programmer from Recife, Brazil, living in Montréal since 2019": where the owner lives
  // now, named alone, before where they come from.
  const lives = LIVES_IN.exec(text)?.[1];
  if (!lives) {
    const city = livesInCity(text);
    if (city && FROM_BEFORE.test(text)) return city;
  }
  const place = (
    lives ??
    COMES_FROM.exec(text)?.[1] ??
    worksFrom(text) ??
    jobFrom(text) ??
    TITLE_IN.exec(text)?.[1] ??
    titledIn(text)
  )
    ?.split(/\.\s/)[0]
    ?.trim();
  // The full stop ending the sentence, not the one of "D.C.".
  return (
    place?.replace(/(?<!\.\p{Lu})\.$/u, '') ??
    livesInCity(text) ??
    livesInOtherTongue(text) ??
    basedCity(text)
  );
}

/**
 * "Vivo en Valencia (España)", "Wohne in Graz, Österreich", "Mieszkam w Gdańsku": "I live in", as
 * a CV in another language says it.
 */
const LIVES_IN_OTHER_TONGUE = new RegExp(
  `\\b(?:[Vv]ivo|[Vv]ive|[Rr]esido|[Rr]eside|[Mm]oro|[Mm]ora|[Aa]bito|[Ww]ohne|[Ll]ebe|[Mm]ieszkam|[Ww]oon|[Hh]abite)\\s+(?:en|em|in|a|à|w|im)\\s+(${PLACE_NAME})(?:\\s*(?:\\(|,\\s*)(${PLACE_NAME})\\)?)?`,
  'gu',
);

function livesInOtherTongue(text: string): string | undefined {
  for (const match of text.matchAll(LIVES_IN_OTHER_TONGUE)) {
    const city = match[1] ?? '';
    const country = match[2];
    // A country the table knows says the name before it is a place; a city alone must be known.
    if (country && countriesIn(country).length > 0) return `${city}, ${country}`;
    if (citiesIn(city)[0] === foldPlace(city)) return city;
  }
  return undefined;
}

const FROM_BEFORE = /\bfrom\s+\p{Lu}/u;

// "Staff Data Engineer in Rotterdam, Netherlands": a job's noun, "in", and a known place.
const JOB_IN = new RegExp(
  `\\b(?:[Ee]ngineer|[Dd]eveloper|[Dd]esigner|[Ss]cientist|[Mm]anager|[Aa]rchitect|[Cc]onsultant|[Aa]nalyst|[Pp]rogrammer|[Rr]esearcher)\\s+in\\s+(${PLACE})`,
  'u',
);

function titledIn(text: string): string | undefined {
  const place = JOB_IN.exec(text)?.[1]?.split(/\.\s/)[0]?.replace(/\.$/, '');
  return place && namesKnownPlace(place) ? place : undefined;
}

// "Dublin-based.", "a Lisbon-based engineer": a known city before "-based".
const CITY_BASED = /\b(\p{Lu}[\p{L}'’]+(?:[ -]\p{Lu}[\p{L}'’]+)?)-based\b/gu;

function basedCity(text: string): string | undefined {
  for (const match of text.matchAll(CITY_BASED)) {
    const name = match[1] ?? '';
    if (citiesIn(name)[0] === foldPlace(name)) return name;
  }
  return undefined;
}

// "I live in Cape Town, in a flat …", "I joined Acme here in Montréal": a city without its country.
const LIVES_IN_CITY = new RegExp(
  `\\b(?:(?:[Ll]ive|[Ll]ives|[Ll]iving|[Bb]ased|[Ll]ocated|[Rr]esid(?:e|es|ing))\\s+in|[Bb]ased out of|(here) in)\\s+(${PLACE_NAME})`,
  'gu',
);

// "I moved to Amsterdam in 2018 and have been based here ever since": the place moved to is home.
const MOVED_HERE = new RegExp(
  `\\bI\\s+(?:moved|relocated)\\s+to\\s+(${PLACE_NAME})(?=\\s+in\\s+(?:19|20)\\d\\d\\b|[,\\s])[^.!?]{0,60}?\\b(?:based|living|live|lived)\\s+here\\b`,
  'u',
);

/**
 * The city the owner says they live in, named alone: a city the places table knows, or any
 * place name after "here in" (the writer's own town). "I live in Vim" names no city.
 */
function livesInCity(text: string): string | undefined {
  const moved = MOVED_HERE.exec(text)?.[1];
  if (moved) return moved;
  for (const match of text.matchAll(LIVES_IN_CITY)) {
    // "here in Aberdeen. My notice period …": the name ends with its sentence.
    const name = (match[2] ?? '')
      .split(/(?<!\b\p{Lu}\p{Ll}?)\.\s/u)[0]
      ?.replace(/(?<!\.\p{Lu})\.$/u, '')
      .trim();
    if (!name) continue;
    // "I live in Stockport with my family": a home, whatever the table knows of the town.
    const home = /^\s+with\s+(?:my|our)\b/.test(text.slice(match.index + match[0].length));
    if (match[1] || home || citiesIn(name)[0] === foldPlace(name)) return name;
  }
  return undefined;
}

// The place ends the headline, or its first part: "… from Guadalajara, Jalisco, México — code …".
const HEADLINE_PLACE = new RegExp(`\\b(?:from|in|based in)\\s+(${PLACE})\\s*(?:$|[—–|·•]\\s)`, 'u');

/** "Mobile engineer (Android + iOS) from Bengaluru, India" → "Bengaluru, India". */
export function locationFromHeadline(text: string): string | undefined {
  // "Backend Engineer · 📍 杭州 Hangzhou": the pin marks the place, whatever script it is in.
  const pinned = /📍\uFE0F?\s*([^·|•—–\n]+)/u.exec(text)?.[1]?.trim();
  if (pinned && /\p{L}/u.test(pinned)) return pinned;
  const bare = text.replace(/[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}]/gu, '').trim();
  const said = HEADLINE_PLACE.exec(bare)?.[1];
  if (said) return said;
  // "A passionate backend developer from Nigeria": one known place closing the headline.
  const lone = /\b(?:from|based in)\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(
    bare,
  )?.[1];
  if (lone && namesKnownPlace(lone)) return lone;
  // "Embedded firmware engineer · bare-metal C · Casablanca, Morocco": a part alone, the last
  // first ("… · Medellín, Colombia · (ella / she / her)": pronouns may close the line).
  const parts = bare.split(/\s+[·|•—–]\s+/).map((part) => part.trim());
  if (parts.length < 2) return undefined;
  // "Principal Engineer, Payments Infrastructure · Nairobi": a known city may stand alone.
  return parts
    .slice(1)
    .reverse()
    .find((part) => isPlaceInCountry(part) || citiesIn(part)[0] === foldPlace(part));
}
