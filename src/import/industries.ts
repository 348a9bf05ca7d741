import { cleanSegment } from './entry-text.ts';

/**
 * Industries stated in the owner's own sentences. Two readings, both quoting the owner:
 * a list after "my work spans", "I have worked across" and the like; or, failing that, known
 * industry words listed as whom the work was for: "apps for fintech and healthcare startups",
 * "in the energy sector". A word met anywhere else ("I love to travel", "media queries") is
 * not an industry.
 */
export function industriesFromSentences(texts: readonly string[]): string[] {
  const listed = listedIndustries(texts);
  return listed.length > 0 ? listed : knownIndustries(texts);
}

function listedIndustries(texts: readonly string[]): string[] {
  for (const text of texts) {
    const match =
      /\b(?:my work spans|work spans|i(?:['’]ve| have) worked (?:across|in)|experience (?:across|spans)|industries (?:such as|like|including))\s+([^.;:]+)/i.exec(
        text,
      );
    if (!match?.[1]) continue;
    const items = match[1]
      .split(/,\s*(?:and\s+|or\s+)?|\s+and\s+/)
      .map((item) => cleanSegment(item))
      .filter(Boolean);
    if (items.length >= 2 && items.every((item) => item.split(' ').length <= 5)) {
      return items.map((item) => item.charAt(0).toUpperCase() + item.slice(1));
    }
  }
  return [];
}

// Lower-case spelling (hyphens and spaces as one) → how the industry is shown.
const KNOWN_INDUSTRIES: Record<string, string> = {
  fintech: 'Fintech',
  'fin tech': 'Fintech',
  healthcare: 'Healthcare',
  'health care': 'Healthcare',
  health: 'Health',
  healthtech: 'Healthtech',
  'health tech': 'Healthtech',
  'e commerce': 'E-commerce',
  ecommerce: 'E-commerce',
  logistics: 'Logistics',
  edtech: 'Edtech',
  'ed tech': 'Edtech',
  gaming: 'Gaming',
  energy: 'Energy',
  travel: 'Travel',
  media: 'Media',
  'public sector': 'Public sector',
  insurance: 'Insurance',
  insurtech: 'Insurtech',
  banking: 'Banking',
  retail: 'Retail',
  telecom: 'Telecom',
  telecoms: 'Telecom',
  telecommunications: 'Telecommunications',
  automotive: 'Automotive',
  saas: 'SaaS',
};

const WORD = "[\\p{L}][\\p{L}'-]*";
const ITEM = `${WORD}(?:\\s+${WORD})?`;
const JOIN = '\\s*,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or|&)\\s+|\\s*/\\s*';
const WHOM =
  'start-?ups?|scale-?ups?|clients?|customers?|companies|company|firms?|businesses|business|brands?|organi[sz]ations?|industry|industries|sectors?|space|domains?|verticals?|markets?|products?|platforms?|apps?|applications?|teams?|providers?';
// "for fintech and healthcare startups", "in the energy sector", "across the travel space".
const FOR_WHOM = new RegExp(
  `\\b(?:for|in|across|within|serving)\\s+(?:the\\s+)?(${ITEM}(?:(?:${JOIN})${ITEM}){0,7})\\s+(?:${WHOM})\\b`,
  'giu',
);

function knownIndustries(texts: readonly string[]): string[] {
  const found: string[] = [];
  for (const text of texts) {
    for (const match of text.matchAll(FOR_WHOM)) {
      for (const item of (match[1] ?? '').split(new RegExp(JOIN, 'u'))) {
        const key = item.toLowerCase().replace(/-/g, ' ').trim();
        const industry = KNOWN_INDUSTRIES[key];
        if (industry && !found.includes(industry)) found.push(industry);
      }
    }
  }
  return found;
}
