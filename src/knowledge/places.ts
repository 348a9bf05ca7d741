import { escapeRegExp } from './escape-regexp.ts';
/**
 * Just enough geography to judge a job's location constraint against a profile's location:
 * countries with their region and standard UTC offset, and the cities job ads name most.
 * A place missing here is compared by name only.
 */
export interface Country {
  name: string;
  aliases: readonly string[];
  /** Regions job ads restrict to: "EU", "Europe", "EMEA", "APAC", "South Asia", "Southeast Asia", "Americas", "North America", "LATAM". */
  regions: readonly string[];
  /** Standard (winter) offset from UTC, in hours. */
  utc: number;
}

const EU = ['EU', 'Europe', 'EMEA'];
const EUROPE = ['Europe', 'EMEA'];
const APAC = ['APAC', 'Asia'];
const SOUTH_ASIA = [...APAC, 'South Asia'];
const SOUTHEAST_ASIA = [...APAC, 'Southeast Asia'];

const COUNTRIES: readonly Country[] = [
  {
    name: 'United Kingdom',
    aliases: ['UK', 'U.K.', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales'],
    regions: EUROPE,
    utc: 0,
  },
  { name: 'Ireland', aliases: [], regions: EU, utc: 0 },
  { name: 'Portugal', aliases: [], regions: EU, utc: 0 },
  { name: 'Spain', aliases: ['España'], regions: EU, utc: 1 },
  { name: 'France', aliases: [], regions: EU, utc: 1 },
  { name: 'Germany', aliases: ['Deutschland'], regions: EU, utc: 1 },
  { name: 'Netherlands', aliases: ['The Netherlands', 'Holland', 'NL'], regions: EU, utc: 1 },
  { name: 'Belgium', aliases: ['België', 'Belgique'], regions: EU, utc: 1 },
  { name: 'Luxembourg', aliases: [], regions: EU, utc: 1 },
  { name: 'Switzerland', aliases: ['Schweiz', 'Suisse', 'Svizzera'], regions: EUROPE, utc: 1 },
  { name: 'Austria', aliases: ['Österreich'], regions: EU, utc: 1 },
  { name: 'Italy', aliases: ['Italia'], regions: EU, utc: 1 },
  { name: 'Denmark', aliases: ['Danmark'], regions: EU, utc: 1 },
  { name: 'Norway', aliases: ['Norge'], regions: EUROPE, utc: 1 },
  { name: 'Sweden', aliases: ['Sverige'], regions: EU, utc: 1 },
  { name: 'Poland', aliases: ['Polska'], regions: EU, utc: 1 },
  { name: 'Czechia', aliases: ['Czech Republic'], regions: EU, utc: 1 },
  { name: 'Hungary', aliases: ['Magyarország'], regions: EU, utc: 1 },
  { name: 'Slovakia', aliases: [], regions: EU, utc: 1 },
  { name: 'Slovenia', aliases: [], regions: EU, utc: 1 },
  { name: 'Cyprus', aliases: [], regions: EU, utc: 2 },
  { name: 'Malta', aliases: [], regions: EU, utc: 1 },
  { name: 'Iceland', aliases: [], regions: EUROPE, utc: 0 },
  { name: 'Bosnia and Herzegovina', aliases: ['Bosnia'], regions: EUROPE, utc: 1 },
  { name: 'North Macedonia', aliases: ['Macedonia'], regions: EUROPE, utc: 1 },
  { name: 'Albania', aliases: [], regions: EUROPE, utc: 1 },
  { name: 'Moldova', aliases: [], regions: EUROPE, utc: 2 },
  { name: 'Croatia', aliases: ['Hrvatska'], regions: EU, utc: 1 },
  { name: 'Serbia', aliases: [], regions: EUROPE, utc: 1 },
  { name: 'Finland', aliases: ['Suomi'], regions: EU, utc: 2 },
  { name: 'Estonia', aliases: [], regions: EU, utc: 2 },
  { name: 'Latvia', aliases: [], regions: EU, utc: 2 },
  { name: 'Lithuania', aliases: [], regions: EU, utc: 2 },
  { name: 'Romania', aliases: [], regions: EU, utc: 2 },
  { name: 'Bulgaria', aliases: [], regions: EU, utc: 2 },
  { name: 'Greece', aliases: ['Hellas'], regions: EU, utc: 2 },
  { name: 'Ukraine', aliases: [], regions: EUROPE, utc: 2 },
  { name: 'Turkey', aliases: ['Türkiye', 'Turkiye'], regions: ['EMEA'], utc: 3 },
  { name: 'Israel', aliases: [], regions: ['EMEA'], utc: 2 },
  { name: 'Egypt', aliases: [], regions: ['EMEA', 'Africa'], utc: 2 },
  { name: 'South Africa', aliases: [], regions: ['EMEA', 'Africa'], utc: 2 },
  { name: 'Nigeria', aliases: [], regions: ['EMEA', 'Africa'], utc: 1 },
  { name: 'Morocco', aliases: ['Maroc'], regions: ['EMEA', 'Africa'], utc: 1 },
  { name: 'Tunisia', aliases: [], regions: ['EMEA', 'Africa'], utc: 1 },
  { name: 'Algeria', aliases: [], regions: ['EMEA', 'Africa'], utc: 1 },
  { name: 'Ghana', aliases: [], regions: ['EMEA', 'Africa'], utc: 0 },
  { name: 'Senegal', aliases: [], regions: ['EMEA', 'Africa'], utc: 0 },
  { name: 'Ethiopia', aliases: [], regions: ['EMEA', 'Africa'], utc: 3 },
  { name: 'Uganda', aliases: [], regions: ['EMEA', 'Africa'], utc: 3 },
  { name: 'Tanzania', aliases: [], regions: ['EMEA', 'Africa'], utc: 3 },
  { name: 'Rwanda', aliases: [], regions: ['EMEA', 'Africa'], utc: 2 },
  { name: 'Jordan', aliases: [], regions: ['EMEA', 'Middle East'], utc: 3 },
  { name: 'Lebanon', aliases: [], regions: ['EMEA', 'Middle East'], utc: 2 },
  { name: 'Qatar', aliases: [], regions: ['EMEA', 'Middle East'], utc: 3 },
  { name: 'Armenia', aliases: [], regions: ['Europe', 'EMEA'], utc: 4 },
  { name: 'Kazakhstan', aliases: [], regions: ['Asia'], utc: 5 },
  { name: 'Nepal', aliases: [], regions: ['APAC', 'Asia', 'South Asia'], utc: 5.75 },
  { name: 'Kenya', aliases: [], regions: ['EMEA', 'Africa'], utc: 3 },
  { name: 'United Arab Emirates', aliases: ['UAE'], regions: ['EMEA'], utc: 4 },
  { name: 'Saudi Arabia', aliases: [], regions: ['EMEA'], utc: 3 },
  { name: 'Pakistan', aliases: [], regions: SOUTH_ASIA, utc: 5 },
  { name: 'India', aliases: [], regions: SOUTH_ASIA, utc: 5.5 },
  { name: 'Sri Lanka', aliases: [], regions: SOUTH_ASIA, utc: 5.5 },
  { name: 'Bangladesh', aliases: [], regions: SOUTH_ASIA, utc: 6 },
  { name: 'Vietnam', aliases: ['Viet Nam'], regions: SOUTHEAST_ASIA, utc: 7 },
  { name: 'Thailand', aliases: [], regions: SOUTHEAST_ASIA, utc: 7 },
  { name: 'Indonesia', aliases: [], regions: SOUTHEAST_ASIA, utc: 7 },
  { name: 'Malaysia', aliases: [], regions: SOUTHEAST_ASIA, utc: 8 },
  { name: 'Singapore', aliases: [], regions: SOUTHEAST_ASIA, utc: 8 },
  { name: 'Philippines', aliases: [], regions: SOUTHEAST_ASIA, utc: 8 },
  { name: 'China', aliases: [], regions: APAC, utc: 8 },
  { name: 'Hong Kong', aliases: [], regions: APAC, utc: 8 },
  { name: 'Taiwan', aliases: [], regions: APAC, utc: 8 },
  { name: 'Japan', aliases: ['Nippon'], regions: APAC, utc: 9 },
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
  { name: 'Mexico', aliases: ['México'], regions: ['Americas', 'LATAM'], utc: -6 },
  { name: 'Brazil', aliases: ['Brasil'], regions: ['Americas', 'LATAM'], utc: -3 },
  { name: 'Argentina', aliases: [], regions: ['Americas', 'LATAM'], utc: -3 },
  { name: 'Colombia', aliases: [], regions: ['Americas', 'LATAM'], utc: -5 },
  { name: 'Peru', aliases: [], regions: ['Americas', 'LATAM'], utc: -5 },
  { name: 'Uruguay', aliases: [], regions: ['Americas', 'LATAM'], utc: -3 },
  { name: 'Costa Rica', aliases: [], regions: ['Americas', 'LATAM'], utc: -6 },
  { name: 'Ecuador', aliases: [], regions: ['Americas', 'LATAM'], utc: -5 },
  { name: 'Chile', aliases: [], regions: ['Americas', 'LATAM'], utc: -4 },
];

/**
 * Cities job ads name, with their country, an offset where the country has several, and where
 * they are (latitude, longitude) to tell whether an office is within a commute.
 */
const CITIES: Readonly<
  Record<string, { country: string; utc?: number; at: readonly [number, number] }>
> = {
  london: { country: 'United Kingdom', at: [51.51, -0.13] },
  manchester: { country: 'United Kingdom', at: [53.48, -2.24] },
  leeds: { country: 'United Kingdom', at: [53.8, -1.55] },
  edinburgh: { country: 'United Kingdom', at: [55.95, -3.19] },
  dublin: { country: 'Ireland', at: [53.35, -6.26] },
  lisbon: { country: 'Portugal', at: [38.72, -9.14] },
  porto: { country: 'Portugal', at: [41.15, -8.61] },
  madrid: { country: 'Spain', at: [40.42, -3.7] },
  barcelona: { country: 'Spain', at: [41.39, 2.17] },
  paris: { country: 'France', at: [48.86, 2.35] },
  berlin: { country: 'Germany', at: [52.52, 13.4] },
  munich: { country: 'Germany', at: [48.14, 11.58] },
  hamburg: { country: 'Germany', at: [53.55, 9.99] },
  frankfurt: { country: 'Germany', at: [50.11, 8.68] },
  amsterdam: { country: 'Netherlands', at: [52.37, 4.9] },
  rotterdam: { country: 'Netherlands', at: [51.92, 4.48] },
  utrecht: { country: 'Netherlands', at: [52.09, 5.12] },
  'the hague': { country: 'Netherlands', at: [52.08, 4.3] },
  eindhoven: { country: 'Netherlands', at: [51.44, 5.47] },
  brussels: { country: 'Belgium', at: [50.85, 4.35] },
  zurich: { country: 'Switzerland', at: [47.38, 8.54] },
  vienna: { country: 'Austria', at: [48.21, 16.37] },
  milan: { country: 'Italy', at: [45.46, 9.19] },
  copenhagen: { country: 'Denmark', at: [55.68, 12.57] },
  oslo: { country: 'Norway', at: [59.91, 10.75] },
  stockholm: { country: 'Sweden', at: [59.33, 18.07] },
  warsaw: { country: 'Poland', at: [52.23, 21.01] },
  prague: { country: 'Czechia', at: [50.08, 14.44] },
  helsinki: { country: 'Finland', at: [60.17, 24.94] },
  tallinn: { country: 'Estonia', at: [59.44, 24.75] },
  athens: { country: 'Greece', at: [37.98, 23.73] },
  istanbul: { country: 'Turkey', at: [41.01, 28.98] },
  'tel aviv': { country: 'Israel', at: [32.09, 34.78] },
  dubai: { country: 'United Arab Emirates', at: [25.2, 55.27] },
  lagos: { country: 'Nigeria', at: [6.52, 3.38] },
  nairobi: { country: 'Kenya', at: [-1.29, 36.82] },
  'cape town': { country: 'South Africa', at: [-33.92, 18.42] },
  lahore: { country: 'Pakistan', at: [31.55, 74.34] },
  karachi: { country: 'Pakistan', at: [24.86, 67.01] },
  islamabad: { country: 'Pakistan', at: [33.68, 73.05] },
  bengaluru: { country: 'India', at: [12.97, 77.59] },
  // As job posts shorten it: "must be in Blr".
  blr: { country: 'India', at: [12.97, 77.59] },
  bangalore: { country: 'India', at: [12.97, 77.59] },
  mumbai: { country: 'India', at: [19.08, 72.88] },
  delhi: { country: 'India', at: [28.7, 77.1] },
  'new delhi': { country: 'India', at: [28.61, 77.21] },
  hyderabad: { country: 'India', at: [17.39, 78.49] },
  pune: { country: 'India', at: [18.52, 73.86] },
  chennai: { country: 'India', at: [13.08, 80.27] },
  'ho chi minh city': { country: 'Vietnam', at: [10.82, 106.63] },
  hanoi: { country: 'Vietnam', at: [21.03, 105.85] },
  'da nang': { country: 'Vietnam', at: [16.05, 108.2] },
  singapore: { country: 'Singapore', at: [1.35, 103.82] },
  'kuala lumpur': { country: 'Malaysia', at: [3.14, 101.69] },
  jakarta: { country: 'Indonesia', at: [-6.21, 106.85] },
  bangkok: { country: 'Thailand', at: [13.76, 100.5] },
  manila: { country: 'Philippines', at: [14.6, 120.98] },
  tokyo: { country: 'Japan', at: [35.68, 139.69] },
  seoul: { country: 'South Korea', at: [37.57, 126.98] },
  sydney: { country: 'Australia', at: [-33.87, 151.21] },
  melbourne: { country: 'Australia', at: [-37.81, 144.96] },
  perth: { country: 'Australia', utc: 8, at: [-31.95, 115.86] },
  auckland: { country: 'New Zealand', at: [-36.85, 174.76] },
  'new york': { country: 'United States', at: [40.71, -74.01] },
  boston: { country: 'United States', at: [42.36, -71.06] },
  austin: { country: 'United States', utc: -6, at: [30.27, -97.74] },
  chicago: { country: 'United States', utc: -6, at: [41.88, -87.63] },
  denver: { country: 'United States', utc: -7, at: [39.74, -104.99] },
  seattle: { country: 'United States', utc: -8, at: [47.61, -122.33] },
  'san francisco': { country: 'United States', utc: -8, at: [37.77, -122.42] },
  'los angeles': { country: 'United States', utc: -8, at: [34.05, -118.24] },
  toronto: { country: 'Canada', at: [43.65, -79.38] },
  vancouver: { country: 'Canada', utc: -8, at: [49.28, -123.12] },
  'mexico city': { country: 'Mexico', at: [19.43, -99.13] },
  'são paulo': { country: 'Brazil', at: [-23.55, -46.63] },
  'sao paulo': { country: 'Brazil', at: [-23.55, -46.63] },
  'buenos aires': { country: 'Argentina', at: [-34.6, -58.38] },
  montreal: { country: 'Canada', utc: -5, at: [45.5, -73.57] },
  ottawa: { country: 'Canada', utc: -5, at: [45.42, -75.7] },
  calgary: { country: 'Canada', utc: -7, at: [51.05, -114.07] },
  gothenburg: { country: 'Sweden', at: [57.71, 11.97] },
  goteborg: { country: 'Sweden', at: [57.71, 11.97] },
  malmo: { country: 'Sweden', at: [55.6, 13.0] },
  uppsala: { country: 'Sweden', at: [59.86, 17.64] },
  krakow: { country: 'Poland', at: [50.06, 19.94] },
  wroclaw: { country: 'Poland', at: [51.11, 17.03] },
  gdansk: { country: 'Poland', at: [54.35, 18.65] },
  budapest: { country: 'Hungary', at: [47.5, 19.04] },
  bucharest: { country: 'Romania', at: [44.43, 26.1] },
  'cluj-napoca': { country: 'Romania', at: [46.77, 23.6] },
  kyiv: { country: 'Ukraine', at: [50.45, 30.52] },
  lviv: { country: 'Ukraine', at: [49.84, 24.03] },
  belgrade: { country: 'Serbia', at: [44.79, 20.45] },
  sofia: { country: 'Bulgaria', at: [42.7, 23.32] },
  riga: { country: 'Latvia', at: [56.95, 24.11] },
  vilnius: { country: 'Lithuania', at: [54.69, 25.28] },
  zagreb: { country: 'Croatia', at: [45.81, 15.98] },
  ljubljana: { country: 'Slovenia', at: [46.06, 14.51] },
  seville: { country: 'Spain', at: [37.39, -5.98] },
  bilbao: { country: 'Spain', at: [43.26, -2.93] },
  malaga: { country: 'Spain', at: [36.72, -4.42] },
  lyon: { country: 'France', at: [45.76, 4.84] },
  marseille: { country: 'France', at: [43.3, 5.37] },
  toulouse: { country: 'France', at: [43.6, 1.44] },
  bordeaux: { country: 'France', at: [44.84, -0.58] },
  nantes: { country: 'France', at: [47.22, -1.55] },
  lille: { country: 'France', at: [50.63, 3.06] },
  cologne: { country: 'Germany', at: [50.94, 6.96] },
  stuttgart: { country: 'Germany', at: [48.78, 9.18] },
  dusseldorf: { country: 'Germany', at: [51.23, 6.77] },
  leipzig: { country: 'Germany', at: [51.34, 12.37] },
  dresden: { country: 'Germany', at: [51.05, 13.74] },
  geneva: { country: 'Switzerland', at: [46.2, 6.14] },
  basel: { country: 'Switzerland', at: [47.56, 7.59] },
  lausanne: { country: 'Switzerland', at: [46.52, 6.63] },
  turin: { country: 'Italy', at: [45.07, 7.69] },
  rome: { country: 'Italy', at: [41.9, 12.5] },
  bologna: { country: 'Italy', at: [44.49, 11.34] },
  trieste: { country: 'Italy', at: [45.65, 13.78] },
  antwerp: { country: 'Belgium', at: [51.22, 4.4] },
  ghent: { country: 'Belgium', at: [51.05, 3.72] },
  glasgow: { country: 'United Kingdom', at: [55.86, -4.25] },
  bristol: { country: 'United Kingdom', at: [51.45, -2.59] },
  oxford: { country: 'United Kingdom', at: [51.75, -1.26] },
  cardiff: { country: 'United Kingdom', at: [51.48, -3.18] },
  belfast: { country: 'United Kingdom', at: [54.6, -5.93] },
  cork: { country: 'Ireland', at: [51.9, -8.47] },
  reykjavik: { country: 'Iceland', at: [64.15, -21.94] },
  aarhus: { country: 'Denmark', at: [56.16, 10.2] },
  bergen: { country: 'Norway', at: [60.39, 5.32] },
  trondheim: { country: 'Norway', at: [63.43, 10.4] },
  tampere: { country: 'Finland', at: [61.5, 23.79] },
  recife: { country: 'Brazil', utc: -3, at: [-8.05, -34.88] },
  'rio de janeiro': { country: 'Brazil', utc: -3, at: [-22.91, -43.17] },
  'belo horizonte': { country: 'Brazil', utc: -3, at: [-19.92, -43.94] },
  curitiba: { country: 'Brazil', utc: -3, at: [-25.43, -49.27] },
  'porto alegre': { country: 'Brazil', utc: -3, at: [-30.03, -51.23] },
  florianopolis: { country: 'Brazil', utc: -3, at: [-27.6, -48.55] },
  valparaiso: { country: 'Chile', at: [-33.05, -71.62] },
  bogota: { country: 'Colombia', at: [4.71, -74.07] },
  medellin: { country: 'Colombia', at: [6.24, -75.58] },
  lima: { country: 'Peru', at: [-12.05, -77.04] },
  quito: { country: 'Ecuador', at: [-0.18, -78.47] },
  montevideo: { country: 'Uruguay', at: [-34.9, -56.16] },
  guadalajara: { country: 'Mexico', utc: -6, at: [20.67, -103.35] },
  monterrey: { country: 'Mexico', utc: -6, at: [25.69, -100.32] },
  cairo: { country: 'Egypt', at: [30.04, 31.24] },
  casablanca: { country: 'Morocco', at: [33.57, -7.59] },
  accra: { country: 'Ghana', at: [5.6, -0.19] },
  kampala: { country: 'Uganda', at: [0.35, 32.58] },
  kigali: { country: 'Rwanda', at: [-1.95, 30.06] },
  'addis ababa': { country: 'Ethiopia', at: [9.03, 38.74] },
  johannesburg: { country: 'South Africa', at: [-26.2, 28.05] },
  abuja: { country: 'Nigeria', at: [9.06, 7.49] },
  riyadh: { country: 'Saudi Arabia', at: [24.71, 46.68] },
  doha: { country: 'Qatar', at: [25.29, 51.53] },
  'abu dhabi': { country: 'United Arab Emirates', at: [24.45, 54.38] },
  amman: { country: 'Jordan', at: [31.95, 35.93] },
  beirut: { country: 'Lebanon', at: [33.89, 35.5] },
  taipei: { country: 'Taiwan', at: [25.03, 121.57] },
  shanghai: { country: 'China', at: [31.23, 121.47] },
  beijing: { country: 'China', at: [39.9, 116.4] },
  shenzhen: { country: 'China', at: [22.54, 114.06] },
  osaka: { country: 'Japan', at: [34.69, 135.5] },
  kyoto: { country: 'Japan', at: [35.01, 135.77] },
  busan: { country: 'South Korea', at: [35.18, 129.08] },
  colombo: { country: 'Sri Lanka', at: [6.93, 79.85] },
  dhaka: { country: 'Bangladesh', at: [23.81, 90.41] },
  kathmandu: { country: 'Nepal', at: [27.72, 85.32] },
  ahmedabad: { country: 'India', at: [23.02, 72.57] },
  kolkata: { country: 'India', at: [22.57, 88.36] },
  noida: { country: 'India', at: [28.54, 77.39] },
  gurugram: { country: 'India', at: [28.46, 77.03] },
  gurgaon: { country: 'India', at: [28.46, 77.03] },
  kochi: { country: 'India', at: [9.93, 76.27] },
  'san diego': { country: 'United States', utc: -8, at: [32.72, -117.16] },
  atlanta: { country: 'United States', utc: -5, at: [33.75, -84.39] },
  miami: { country: 'United States', utc: -5, at: [25.76, -80.19] },
  dallas: { country: 'United States', utc: -6, at: [32.78, -96.8] },
  houston: { country: 'United States', utc: -6, at: [29.76, -95.37] },
  philadelphia: { country: 'United States', utc: -5, at: [39.95, -75.17] },
  raleigh: { country: 'United States', utc: -5, at: [35.78, -78.64] },
  pittsburgh: { country: 'United States', utc: -5, at: [40.44, -80.0] },
  minneapolis: { country: 'United States', utc: -6, at: [44.98, -93.27] },
  'salt lake city': { country: 'United States', utc: -7, at: [40.76, -111.89] },
  brisbane: { country: 'Australia', utc: 10, at: [-27.47, 153.03] },
  adelaide: { country: 'Australia', utc: 9.5, at: [-34.93, 138.6] },
  wellington: { country: 'New Zealand', at: [-41.29, 174.78] },
  christchurch: { country: 'New Zealand', at: [-43.53, 172.64] },
};

/** The words of every country and city name here, folded: "germany", "lahore", "sao". */
export function placeWords(): string[] {
  const names = [...COUNTRIES.flatMap((c) => [c.name, ...c.aliases]), ...Object.keys(CITIES)];
  return [...new Set(names.flatMap((n) => foldPlace(n).split(/[^a-z]+/)))].filter(
    (w) => w.length >= 4,
  );
}

/** Lowercase, accents removed: "Đà Nẵng" → "da nang". */
export function foldPlace(text: string): string {
  // Most text is plain ASCII, which has nothing to fold but case.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .replace(/[đĐ]/g, 'd')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

const ASCII = /^[\x00-\x7f]*$/;

const wordPatterns = new Map<string, RegExp>();

/** `word` standing as a word in `text`; each word's pattern is made once. */
function wordIn(word: string, text: string): boolean {
  // Most place names are not in a text at all: a substring test first.
  if (!text.includes(word)) return false;
  let pattern = wordPatterns.get(word);
  if (!pattern) {
    pattern = new RegExp(`(?:^|[^a-z])${escapeRegExp(word)}(?:$|[^a-z])`);
    wordPatterns.set(word, pattern);
  }
  return pattern.test(text);
}

/** Whether a place text names a place ("Trieste, Italy" names "trieste"), accents aside. */
export function namesPlace(text: string, place: string): boolean {
  return wordIn(foldPlace(place), foldPlace(text));
}

let cityNames: readonly string[] | undefined;

/**
 * A reader of place names remembered by text: the same texts come back (the profile's place, a
 * word asked), so each is read once. The memo is bounded; callers get their own copy.
 */
function memoByText<T>(read: (text: string) => T[]): (text: string) => T[] {
  const found = new Map<string, T[]>();
  return (text) => {
    let names = found.get(text);
    if (!names) {
      if (found.size > 5000) found.clear();
      names = read(text);
      found.set(text, names);
    }
    return [...names];
  };
}

/** Cities named in a text, longest names first. */
export const citiesIn: (text: string) => string[] = memoByText(readCities);

function readCities(text: string): string[] {
  const folded = foldPlace(text);
  cityNames ??= Object.keys(CITIES);
  return cityNames.filter((city) => wordIn(city, folded)).sort((a, b) => b.length - a.length);
}

/** Countries named in a text, by name or alias ("UK"), or through a city in it. */
export const countriesIn: (text: string) => Country[] = memoByText(readCountries);

function readCountries(text: string): Country[] {
  const folded = foldPlace(text);
  const byName = countryNames().flatMap(({ country, names }) =>
    names.some((n) => (typeof n === 'string' ? wordIn(n, folded) : n.test(text))) ? [country] : [],
  );
  const byCity = citiesIn(text)
    .map((city) => COUNTRIES.find((c) => c.name === CITIES[city]?.country))
    .filter((c): c is Country => c !== undefined);
  return [...new Set([...byName, ...byCity])];
}

let namesOfCountries: { country: Country; names: (string | RegExp)[] }[] | undefined;

/**
 * Each country's names as the text is searched for them, made once: a short alias ("UK",
 * "U.S.") as a pattern on the text as written, a longer name folded.
 */
function countryNames() {
  namesOfCountries ??= COUNTRIES.map((country) => ({
    country,
    names: [country.name, ...country.aliases].map((n) =>
      n.length <= 3 ? new RegExp(`\\b${n.replace(/\./g, '\\.')}\\b`) : foldPlace(n),
    ),
  }));
  return namesOfCountries;
}

// A capitalised place name, small connecting words allowed: "Rio de Janeiro", "Auvergne-Rhône-Alpes".
const PLACE_NAME =
  "\\p{Lu}[\\p{L}'.-]*(?:[ -](?:\\p{Lu}[\\p{L}'.-]*|de|da|do|del|la|le|upon|sur))*";
const PLACE_LIST = new RegExp(`^${PLACE_NAME}(?:,\\s*${PLACE_NAME}){1,2}$`, 'u');

/** Whether a text names a city or a country the place table knows ("Rotterdam, Netherlands"). */
export function namesKnownPlace(text: string): boolean {
  return citiesIn(text).length > 0 || countriesIn(text).length > 0;
}

/**
 * "Lyon, Auvergne-Rhône-Alpes, France", "Casablanca, Morocco": a text that is only a place and
 * ends in a known country. "TypeScript, Rust" has the shape but names no country.
 */
export function isPlaceInCountry(text: string): boolean {
  const place = text.trim();
  if (!PLACE_LIST.test(place)) return false;
  return countriesIn(place.split(',').pop()?.trim() ?? '').length > 0;
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

/** Kilometres between two cities of the table, if both are known. */
export function distanceKm(a: string, b: string): number | undefined {
  const from = CITIES[a]?.at;
  const to = CITIES[b]?.at;
  if (!from || !to) return undefined;
  const rad = Math.PI / 180;
  const dLat = (to[0] - from[0]) * rad;
  const dLon = (to[1] - from[1]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(from[0] * rad) * Math.cos(to[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}
