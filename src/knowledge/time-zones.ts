/**
 * Offsets of the zone names job ads, askers and profiles use: the one list of them, read by
 * the fit's time-zone windows and by the answers that find a profile's zone.
 */
export const ZONES: Readonly<Record<string, number>> = {
  UTC: 0,
  GMT: 0,
  WET: 0,
  WEST: 1,
  BST: 1,
  CET: 1,
  CEST: 2,
  WAT: 1,
  CAT: 2,
  SAST: 2,
  EET: 2,
  EEST: 3,
  EAT: 3,
  MSK: 3,
  GST: 4,
  PKT: 5,
  IST: 5.5,
  ICT: 7,
  SGT: 8,
  HKT: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  NZST: 12,
  NZDT: 13,
  BRT: -3,
  ART: -3,
  AST: -4,
  ET: -5,
  EST: -5,
  EDT: -4,
  CT: -6,
  CST: -6,
  CDT: -5,
  MT: -7,
  MST: -7,
  MDT: -6,
  PT: -8,
  PST: -8,
  PDT: -7,
  AKST: -9,
  HST: -10,
};

/** Region time-zone phrases ("EU time zones"), as the offsets they cover. */
const REGION_WINDOWS: readonly (readonly [RegExp, number, number])[] = [
  [/\b(?:EU|European?|CET|Central European)\s+(?:time ?zones?|hours)/i, -1, 3],
  [/\b(?:US|North American?|American)\s+(?:time ?zones?|hours)/i, -10, -4],
  [/\bAPAC\s+(?:time ?zones?|hours)/i, 5, 12],
];

export interface OffsetWindow {
  from: number;
  to: number;
}

const ZONE = Object.keys(ZONES).join('|');
const SIGNED = String.raw`([+\-−–]\s*\d{1,2}(?::[0-5]\d)?)`;
const RANGE = new RegExp(
  String.raw`\b(${ZONE})\s*${SIGNED}?\s*(?:\.\.\.?|…|to|through|until|-|–|—|and)\s*(?:(?:${ZONE})\s*)?${SIGNED}`,
);
// "CET±2", "UTC+1 ±2h": a zone, perhaps an offset from it, and the hours either side.
const PLUS_MINUS = new RegExp(
  String.raw`\b(${ZONE})\s*${SIGNED}?\s*(?:±|\+\/-|\+-|plus or minus)\s*(\d{1,2})`,
);
// "within 2 hours of CET", "within ±2h of CET".
const WITHIN = new RegExp(
  String.raw`\bwithin\s+(?:±|\+\/-|\+-)?\s*(\d{1,2})\s*(?:h|hrs?|hours?)\s+of\s+(${ZONE})\b`,
  'i',
);

// "overlap at least 4 hrs/day with EST": an eight-hour day shares that many hours with the
// zone's when the offsets differ by at most the rest of the day.
const OVERLAP = new RegExp(
  String.raw`\boverlap\w*\s+(?:(?:at least|min(?:imum)?|of)\s+)?(\d)\s*(?:h|hrs?|hours?)\b[^.;]{0,20}?\bwith\s+(?:the\s+)?(${ZONE})\b`,
  'i',
);
const WORKDAY = 8;

const signed = (text: string) => {
  const clean = text.replace(/\s+/g, '').replace(/[−–]/, '-');
  const [hours = '0', minutes = '0'] = clean.replace(/^[+-]/, '').split(':');
  const value = Number(hours) + Number(minutes) / 60;
  return clean.startsWith('-') ? -value : value;
};

/** The UTC offsets a time-zone constraint allows ("UTC+5:30..+10", "CET±2"), if it states one. */
export function offsetWindowIn(text: string): OffsetWindow | undefined {
  const range = RANGE.exec(text);
  if (range?.[1] && range[3]) {
    const base = ZONES[range[1]] ?? 0;
    return { from: base + (range[2] ? signed(range[2]) : 0), to: base + signed(range[3]) };
  }
  const plusMinus = PLUS_MINUS.exec(text);
  if (plusMinus?.[1] && plusMinus[3]) {
    const base = (ZONES[plusMinus[1]] ?? 0) + (plusMinus[2] ? signed(plusMinus[2]) : 0);
    return { from: base - Number(plusMinus[3]), to: base + Number(plusMinus[3]) };
  }
  const within = WITHIN.exec(text);
  if (within?.[1] && within[2]) {
    const base = ZONES[within[2].toUpperCase()] ?? 0;
    return { from: base - Number(within[1]), to: base + Number(within[1]) };
  }
  const overlap = OVERLAP.exec(text);
  if (overlap?.[1] && overlap[2]) {
    const base = ZONES[overlap[2].toUpperCase()] ?? 0;
    const slack = Math.max(0, WORKDAY - Number(overlap[1]));
    return { from: base - slack, to: base + slack };
  }
  for (const [pattern, from, to] of REGION_WINDOWS) if (pattern.test(text)) return { from, to };
  return undefined;
}

/** Spoken names of zones and of places that stand for one ("East Coast hours", "UK time"). */
const SPOKEN_ZONES: readonly (readonly [RegExp, string, number])[] = [
  [/\beast(?:ern)?[\s-]coast\b|\b(?:new york|nyc|boston|toronto)\b/i, 'US Eastern time', -5],
  [
    /\bwest(?:ern)?[\s-]coast\b|\b(?:california|bay area|seattle|san francisco|sf)\b/i,
    'US Pacific time',
    -8,
  ],
  [/\b(?:uk|london|british)\b/i, 'UK time', 0],
  [/\b(?:central europe(?:an)?|berlin|paris|amsterdam)\b/i, 'Central European time', 1],
];

/**
 * The zone a question sets the owner's hours against ("can he overlap with EST?", "does she
 * work East Coast hours?"): its name and standard UTC offset. Capitals only for the short names,
 * so that "est" and "ist" in other languages are no zones.
 */
export function zoneAskedIn(text: string): { name: string; offset: number } | undefined {
  const short = new RegExp(`\\b(${Object.keys(ZONES).join('|')})\\b`).exec(text)?.[1];
  if (short !== undefined) return { name: short, offset: ZONES[short] ?? 0 };
  for (const [pattern, name, offset] of SPOKEN_ZONES)
    if (pattern.test(text)) return { name, offset };
  return undefined;
}
