import type { ProfileSupport } from '../answer/support.ts';
import {
  citiesIn,
  countriesIn,
  distanceKm,
  foldPlace,
  regionsOf,
  utcOffsetOf,
} from '../knowledge/places.ts';
import { offsetWindowIn } from '../knowledge/time-zones.ts';
import { FIT_DEFAULTS } from './defaults.ts';
import { asksPermit, judgeWorkPermit } from './judge-work-permit.ts';
import type { Judgement } from './judgement.ts';
import { withoutTechnicalRemote } from './remote-work.ts';

const REMOTE = /\bremote\b|\bwork from (?:anywhere|home)\b|\bdistributed\b|\banywhere\b/i;
// "2 days office / 3 days remote": days at the office make a split week on-site work.
const ON_SITE =
  /\bon-?site\b|\bonsite\b|\bin[\s-](?:the[\s-])?office\b|\bhybrid\b|\brelocat\w*\b|\bdays? (?:a|per) week\b|\bdays? (?:(?:in|at) )?(?:the |our )?office\b|\bbased in\b|\blocated in\b/i;
const REGION_WORDS: readonly (readonly [RegExp, string])[] = [
  // "l'Union européenne", "la Unión Europea", "der Europäischen Union", "a União Europeia".
  [
    /\bEU\b|\bEuropean Union\b|\bUnion europ[ée]enne\b|\bUni[óo]n Europea\b|\bEurop[äa]ischen? Union\b|\bUni[ãa]o Europeia\b|\bUnione Europea\b|\bUE\b/iu,
    'EU',
  ],
  [/\bEurope\b|\bEuropean\b/i, 'Europe'],
  [/\bEMEA\b/, 'EMEA'],
  [/\bAPAC\b|\bAsia[-\s]Pacific\b/i, 'APAC'],
  [/\bSouth[-\s]?East Asia\b/i, 'Southeast Asia'],
  [/\bSouth Asia\b/i, 'South Asia'],
  [/\bNorth America\b/i, 'North America'],
  [/\bLATAM\b|\bLatin America\b/i, 'LATAM'],
  [/\b(?:the )?Americas\b/i, 'Americas'],
  [/\bMiddle East\b/i, 'Middle East'],
  [/\bAfrica\b/i, 'Africa'],
  // "Asia" alone, not the narrower "South Asia" or "South-East Asia" named above.
  [/(?<!\bSouth[-\s]?(?:East\s)?|\bSouth-?east\s)\bAsia\b(?![-\s]Pacific)/i, 'Asia'],
];

// "can't hire in the UK or US", "except Germany", "not open to candidates in India".
const RULED_OUT =
  /\b(?:can(?:no|')t|cannot|unable to|(?:are|is) not able to|except(?:ing)?|excluding|other than|not (?:open to|available (?:to|in)|in))\b[^.;()]*/gi;

/** `open`: the clause allows remote work but names no place, so it limits nothing by itself. */
type Verdict = 'met' | 'missing' | 'open' | undefined;

/** Where the work happens, against the profile's stated location: met only if it satisfies it. */
export function judgeLocation(asked: string, support: ProfileSupport): Judgement | undefined {
  const text = withoutTechnicalRemote(asked);
  const location = support.location() ?? '';
  const permit = judgeWorkPermit(text, support, location);
  if (permit) return permit.status === 'met' ? permit : placeBesidePermit(text, location, permit);
  return judgePlace(text, support, location);
}

/**
 * "based in the EU and already have the right to work here": living there is no permit, so
 * the place met leaves the ask partial; a place not met leaves it missing.
 */
function placeBesidePermit(text: string, location: string, permit: Judgement): Judgement {
  // "EU work permit" asks for the permit alone, and "the right to work in one of those two
  // countries" points back at a place asked in a line of its own: the place counts only where
  // the clause asking the permit asks it too.
  const placeAsked = /\b(?:based|located|living|live|lives|resident|reside)\s+(?:in|within)\b/i;
  const clause = text.split(/;\s*/).find((c) => asksPermit(c));
  const place =
    location && clause && placeAsked.test(clause) ? judgeClause(clause, location) : undefined;
  if (place !== 'met') return permit;
  return {
    status: 'partial',
    evidence: [`${location} (location)`],
    closest: ['the profile does not state the right to work there'],
  };
}

function judgePlace(
  text: string,
  support: ProfileSupport,
  location: string,
): Judgement | undefined {
  // "Remote in EU (sorry, can't hire in the UK or US right now)": places ruled out.
  const ruledOut = [...text.matchAll(RULED_OUT)].map((m) => m[0]);
  const mine = new Set(countriesIn(location).map((c) => c.name));
  if (ruledOut.some((part) => countriesIn(part).some((c) => mine.has(c.name)))) {
    return { status: 'missing', evidence: [], closest: location ? [`${location} (location)`] : [] };
  }
  const allowed = ruledOut.reduce((rest, part) => rest.replace(part, ' '), text);
  const clauses = withRegionsSpelledOut(allowed).split(/\s+or\s+|;\s*/i);
  const verdicts = clauses.map((clause) => judgeClause(clause, location));
  const evidence = location ? [`${location} (location)`] : [];
  // "you live in Europe; we're remote-first": remote work within the named place, not anywhere.
  const placed = verdicts.includes('met') || verdicts.includes('missing');
  if (verdicts.includes('met') || (!placed && verdicts.includes('open'))) {
    return { status: 'met', evidence, closest: [] };
  }
  if (!verdicts.includes('missing')) return undefined;
  // Only what says where or when the owner can work; not "high-availability" in a skill line.
  const availability = [support.availability() ?? ''].find((a) =>
    /\b(?:remote|relocat\w*|open to|available|visa)\b/i.test(a),
  );
  const closest = [
    ...(location ? [`${location} (location)`] : ['the profile states no location']),
    ...(availability ? [`${availability} (availability)`] : []),
  ];
  return { status: 'missing', evidence: [], closest };
}

/** "South or Southeast Asia" is "South Asia or Southeast Asia": the shared word said once. */
function withRegionsSpelledOut(text: string): string {
  return text.replace(
    /\b(North|South|East|West|Central|Eastern|Western|Northern|Southern)\s+or\s+((?:North|South|East|West|Central|Eastern|Western|Northern|Southern)(?:[-\s]?(?:east|west))?\s+(Asia|America|Europe|Africa))\b/gi,
    '$1 $3 or $2',
  );
}

/**
 * "we meet up in Berlin once a quarter", "an offsite in Lisbon twice a year": a trip now and then,
 * no place to live or work.
 */
const VISITS =
  /\b(?:meet(?:[\s-]?ups?)?|get[\s-]togethers?|gather(?:ings?)?|offsites?|retreats?|fly\s+(?:in|out)|travel(?:s|ling)?\s+to)\b[^.;]*?\b(?:once|twice|every|each|a\s+few\s+times|quarterly|yearly|annually|monthly)\b[^.;,]*/gi;

/** One alternative of a location requirement: "hybrid in Berlin", "remote within CET±2". */
function judgeClause(written: string, location: string): Verdict {
  const clause = written.replace(VISITS, ' ');
  const window = offsetWindowIn(clause);
  if (window) {
    const offset = utcOffsetOf(location);
    return offset !== undefined && offset >= window.from && offset <= window.to ? 'met' : 'missing';
  }
  const cities = citiesIn(clause);
  const here = foldPlace(location);
  // "based in Vietnam, Singapore or Malaysia": a country named beside a city-state is a place
  // of its own, not the city's country.
  const ofCities = new Set(cities.flatMap((city) => countriesIn(city).map((c) => c.name)));
  const mine = new Set(countriesIn(location).map((c) => c.name));
  if (countriesIn(clause).some((c) => !ofCities.has(c.name) && mine.has(c.name))) return 'met';
  if (cities.length > 0 && (ON_SITE.test(clause) || !REMOTE.test(clause))) {
    const myCities = citiesIn(location);
    const near = (city: string) =>
      here.includes(city) ||
      myCities.some(
        (m) => (distanceKm(m, city) ?? Number.POSITIVE_INFINITY) <= FIT_DEFAULTS.commuteKm,
      );
    return cities.some(near) ? 'met' : 'missing';
  }
  const regions = REGION_WORDS.filter(([pattern]) => pattern.test(clause)).map(([, r]) => r);
  const countries = !cities.length || REMOTE.test(clause) ? countriesIn(clause) : [];
  if (regions.length > 0 || countries.length > 0) {
    const places = new Set([...regionsOf(location), ...mine]);
    const ok = regions.some((r) => places.has(r)) || countries.some((c) => places.has(c.name));
    return ok ? 'met' : 'missing';
  }
  const onSite = ON_SITE.test(clause);
  if (REMOTE.test(clause) && !onSite) return 'open';
  // A place the table does not know: compare its name with the profile's location.
  const names = onSite ? (clause.match(/\b[A-Z][\p{L}-]+(?:\s[A-Z][\p{L}-]+)*/gu) ?? []) : [];
  const places = names.filter(
    (n) =>
      !/^(?:Hybrid|On|Onsite|Office|Based|Located|Relocation|Must|We|You|The|Our|This|In|At)$/.test(
        n,
      ),
  );
  if (places.length > 0) return places.some((p) => here.includes(foldPlace(p))) ? 'met' : 'missing';
  return REMOTE.test(clause) ? 'open' : undefined;
}
