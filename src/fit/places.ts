/**
 * Just enough geography to judge a job's location constraint against a profile's location:
 * countries with their region and standard UTC offset, and the cities job ads name most.
 * A place missing here is compared by name only.
 */
export interface Country {
  name: string;
  aliases: readonly string[];
  /** Regions job ads restrict to: "EU", "Europe", "EMEA", "APAC", "Americas", "North America", "LATAM". */
  regions: readonly string[];
  /** Standard (winter) offset from UTC, in hours. */
  utc: number;
}

const EU = ['EU', 'Europe', 'EMEA'];
const EUROPE = ['Europe', 'EMEA'];
const APAC = ['APAC', 'Asia'];

const COUNTRIES: readonly Country[] = [
  {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
    regions: EUROPE,
    utc: 0,
  },
  { name: 'Ireland', aliases: [], regions: EU, utc: 0 },
  { name: 'Portugal', aliases: [], regions: EU, utc: 0 },
  { name: 'Spain', aliases: [], regions: EU, utc: 1 },
  { name: 'France', aliases: [], regions: EU, utc: 1 },
  { name: 'Germany', aliases: ['Deutschland'], regions: EU, utc: 1 },
  { name: 'Netherlands', aliases: ['The Netherlands', 'Holland', 'NL'], regions: EU, utc: 1 },
  { name: 'Belgium', aliases: [], regions: EU, utc: 1 },
  { name: 'Luxembourg', aliases: [], regions: EU, utc: 1 },
  { name: 'Switzerland', aliases: [], regions: EUROPE, utc: 1 },
  { name: 'Austria', aliases: [], regions: EU, utc: 1 },
  { name: 'Italy', aliases: [], regions: EU, utc: 1 },
  { name: 'Denmark', aliases: [], regions: EU, utc: 1 },
  { name: 'Norway', aliases: [], regions: EUROPE, utc: 1 },
  { name: 'Sweden', aliases: [], regions: EU, utc: 1 },
  { name: 'Poland', aliases: [], regions: EU, utc: 1 },
  { name: 'Czechia', aliases: ['Czech Republic'], regions: EU, utc: 1 },
  { name: 'Hungary', aliases: [], regions: EU, utc: 1 },
  { name: 'Croatia', aliases: [], regions: EU, utc: 1 },
  { name: 'Serbia', aliases: [], regions: EUROPE, utc: 1 },
  { name: 'Finland', aliases: [], regions: EU, utc: 2 },
  { name: 'Estonia', aliases: [], regions: EU, utc: 2 },
  { name: 'Latvia', aliases: [], regions: EU, utc: 2 },
  { name: 'Lithuania', aliases: [], regions: EU, utc: 2 },
  { name: 'Romania', aliases: [], regions: EU, utc: 2 },
  { name: 'Bulgaria', aliases: [], regions: EU, utc: 2 },
  { name: 'Greece', aliases: [], regions: EU, utc: 2 },
  { name: 'Ukraine', aliases: [], regions: EUROPE, utc: 2 },
  { name: 'Turkey', aliases: ['Türkiye'], regions: ['EMEA'], utc: 3 },
  { name: 'Israel', aliases: [], regions: ['EMEA'], utc: 2 },
  { name: 'Egypt', aliases: [], regions: ['EMEA', 'Africa'], utc: 2 },
  { name: 'South Africa', aliases: [], regions: ['EMEA', 'Africa'], utc: 2 },
  { name: 'Nigeria', aliases: [], regions: ['EMEA', 'Africa'], utc: 1 },
  { name: 'Kenya', aliases: [], regions: ['EMEA', 'Africa'], utc: 3 },
  { name: 'United Arab Emirates', aliases: ['UAE'], regions: ['EMEA'], utc: 4 },
  { name: 'Saudi Arabia', aliases: [], regions: ['EMEA'], utc: 3 },
  { name: 'Pakistan', aliases: [], regions: APAC, utc: 5 },
  { name: 'India', aliases: [], regions: APAC, utc: 5.5 },
  { name: 'Sri Lanka', aliases: [], regions: APAC, utc: 5.5 },
  { name: 'Bangladesh', aliases: [], regions: APAC, utc: 6 },
  { name: 'Vietnam', aliases: ['Viet Nam'], regions: APAC, utc: 7 },
  { name: 'Thailand', aliases: [], regions: APAC, utc: 7 },
  { name: 'Indonesia', aliases: [], regions: APAC, utc: 7 },
  { name: 'Malaysia', aliases: [], regions: APAC, utc: 8 },
  { name: 'Singapore', aliases: [], regions: APAC, utc: 8 },
  { name: 'Philippines', aliases: [], regions: APAC, utc: 8 },
  { name: 'China', aliases: [], regions: APAC, utc: 8 },
  { name: 'Hong Kong', aliases: [], regions: APAC, utc: 8 },
  { name: 'Taiwan', aliases: [], regions: APAC, utc: 8 },
  { name: 'Japan', aliases: [], regions: APAC, utc: 9 },
  { name: 'South Korea', aliases: ['Korea'], regions: APAC, utc: 9 },
  { name: 'Australia', aliases: [], regions: APAC, utc: 10 },
  { name: 'New Zealand', aliases: [], regions: APAC, utc: 12 },
  {
    name: 'United States',
    aliases: ['USA', 'US', 'U.S.', 'United States of America'],
    regions: ['Americas', 'North America'],
    utc: -5,
  },
  { name: 'Canada', aliases: [], regions: ['Americas', 'North America'], utc: -5 },
  { name: 'Mexico', aliases: [], regions: ['Americas', 'LATAM'], utc: -6 },
  { name: 'Brazil', aliases: [], regions: ['Americas', 'LATAM'], utc: -3 },
  { name: 'Argentina', aliases: [], regions: ['Americas', 'LATAM'], utc: -3 },
  { name: 'Colombia', aliases: [], regions: ['Americas', 'LATAM'], utc: -5 },
  { name: 'Chile', aliases: [], regions: ['Americas', 'LATAM'], utc: -4 },
];

/** Cities job ads name, with their country (and an offset where the country has several). */
const CITIES: Readonly<Record<string, { country: string; utc?: number }>> = {
  london: { country: 'United Kingdom' },
  manchester: { country: 'United Kingdom' },
  leeds: { country: 'United Kingdom' },
  edinburgh: { country: 'United Kingdom' },
  dublin: { country: 'Ireland' },
  lisbon: { country: 'Portugal' },
  porto: { country: 'Portugal' },
  madrid: { country: 'Spain' },
  barcelona: { country: 'Spain' },
  paris: { country: 'France' },
  berlin: { country: 'Germany' },
  munich: { country: 'Germany' },
  hamburg: { country: 'Germany' },
  frankfurt: { country: 'Germany' },
  amsterdam: { country: 'Netherlands' },
  rotterdam: { country: 'Netherlands' },
  utrecht: { country: 'Netherlands' },
  'the hague': { country: 'Netherlands' },
  eindhoven: { country: 'Netherlands' },
  brussels: { country: 'Belgium' },
  zurich: { country: 'Switzerland' },
  vienna: { country: 'Austria' },
  milan: { country: 'Italy' },
  copenhagen: { country: 'Denmark' },
  oslo: { country: 'Norway' },
  stockholm: { country: 'Sweden' },
  warsaw: { country: 'Poland' },
  prague: { country: 'Czechia' },
  helsinki: { country: 'Finland' },
  tallinn: { country: 'Estonia' },
  athens: { country: 'Greece' },
  istanbul: { country: 'Turkey' },
  'tel aviv': { country: 'Israel' },
  dubai: { country: 'United Arab Emirates' },
  lagos: { country: 'Nigeria' },
  nairobi: { country: 'Kenya' },
  'cape town': { country: 'South Africa' },
  lahore: { country: 'Pakistan' },
  karachi: { country: 'Pakistan' },
  islamabad: { country: 'Pakistan' },
  bengaluru: { country: 'India' },
  bangalore: { country: 'India' },
  mumbai: { country: 'India' },
  delhi: { country: 'India' },
  'new delhi': { country: 'India' },
  hyderabad: { country: 'India' },
  pune: { country: 'India' },
  chennai: { country: 'India' },
  'ho chi minh city': { country: 'Vietnam' },
  hanoi: { country: 'Vietnam' },
  'da nang': { country: 'Vietnam' },
  singapore: { country: 'Singapore' },
  'kuala lumpur': { country: 'Malaysia' },
  jakarta: { country: 'Indonesia' },
  bangkok: { country: 'Thailand' },
  manila: { country: 'Philippines' },
  tokyo: { country: 'Japan' },
  seoul: { country: 'South Korea' },
  sydney: { country: 'Australia' },
  melbourne: { country: 'Australia' },
  perth: { country: 'Australia', utc: 8 },
  auckland: { country: 'New Zealand' },
  'new york': { country: 'United States' },
  boston: { country: 'United States' },
  austin: { country: 'United States', utc: -6 },
  chicago: { country: 'United States', utc: -6 },
  denver: { country: 'United States', utc: -7 },
  seattle: { country: 'United States', utc: -8 },
  'san francisco': { country: 'United States', utc: -8 },
  'los angeles': { country: 'United States', utc: -8 },
  toronto: { country: 'Canada' },
  vancouver: { country: 'Canada', utc: -8 },
  'mexico city': { country: 'Mexico' },
  'são paulo': { country: 'Brazil' },
  'sao paulo': { country: 'Brazil' },
  'buenos aires': { country: 'Argentina' },
};

/** Lowercase, accents removed: "Đà Nẵng" → "da nang". */
export function foldPlace(text: string): string {
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const wordIn = (word: string, text: string) =>
  new RegExp(`(?:^|[^a-z])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^a-z])`).test(text);

/** Cities named in a text, longest names first. */
export function citiesIn(text: string): string[] {
  const folded = foldPlace(text);
  return Object.keys(CITIES)
    .filter((city) => wordIn(city, folded))
    .sort((a, b) => b.length - a.length);
}

/** Countries named in a text, by name or alias ("UK"), or through a city in it. */
export function countriesIn(text: string): Country[] {
  const folded = foldPlace(text);
  const byName = COUNTRIES.filter((c) =>
    [c.name, ...c.aliases].some((n) =>
      n.length <= 3
        ? new RegExp(`\\b${n.replace(/\./g, '\\.')}\\b`).test(text)
        : wordIn(foldPlace(n), folded),
    ),
  );
  const byCity = citiesIn(text)
    .map((city) => COUNTRIES.find((c) => c.name === CITIES[city]?.country))
    .filter((c): c is Country => c !== undefined);
  return [...new Set([...byName, ...byCity])];
}

/** The standard UTC offset of a place text ("Leeds, UK" → 0), if it is known. */
export function utcOffsetOf(text: string): number | undefined {
  const city = citiesIn(text)[0];
  const cityOffset = city ? CITIES[city]?.utc : undefined;
  return cityOffset ?? countriesIn(text)[0]?.utc;
}

/** Regions a place text is in ("Rotterdam, Netherlands" → EU, Europe, EMEA). */
export function regionsOf(text: string): string[] {
  return [...new Set(countriesIn(text).flatMap((c) => c.regions))];
}
