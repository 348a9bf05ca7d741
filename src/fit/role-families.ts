import type { Profile } from '../knowledge/schema.ts';

/** Kinds of engineering work, as job ads and titles name them. */
const FAMILIES: readonly (readonly [string, RegExp])[] = [
  ['backend', /\bback[\s-]?ends?\b|\bserver[\s-]side\b/i],
  ['frontend', /\bfront[\s-]?ends?\b|\bweb developer\b/i],
  ['full-stack', /\bfull[\s-]?stack\b/i],
  // Also as Spanish, Portuguese and French ads name it: "ingeniería de datos".
  [
    'data',
    /\bdata (?:engineer\w*|platform|pipelines?)\b|\banalytics engineer\w*|\b(?:ingenier[ií]a|ingenier[oa]|engenharia|engenheir[oa]) de dados?\b|\bingenier[ií]a de datos\b|\bing[ée]nieur(?:e|ie)? (?:de |des )?donn[ée]es\b/i,
  ],
  [
    'platform',
    /\bplatform\b|\bdevops\b|\bSRE\b|\bsite reliability\b|\binfrastructure\b|\bcloud engineer\w*|\binfraestrutura\b|\binfraestructura\b/i,
  ],
  ['mobile', /\bmobile\b|\bandroid\b|\biOS\b|\bnative apps?\b/i],
  [
    'ml',
    /\bmachine[\s-]learning\b|\bML\b|\bdata scien\w+|\bdeep learning\b|\bAI\b|\baprendizaje autom[áa]tico\b|\baprendizado de m[áa]quina\b|\bapprentissage automatique\b|\bmaschinelle[sn]? Lernen\b|\bciencia de datos\b|\bci[êe]ncia de dados\b/i,
  ],
  ['security', /\bsecurity\b|\bappsec\b|\bpenetration\b/i],
  ['qa', /\bQA\b|\bSDET\b|\btest automation\b|\bquality (?:assurance|engineer\w*)/i],
  ['design', /\bdesign engineer\w*|\bUX\b/i],
  // "5+ yrs managing engineers", "leading teams of 5+": people's work, not the code's.
  [
    'management',
    /\bengineering manag\w+|\bhead of\b|\b(?:people|line) manag\w+|\bmanag(?:e|es|ed|ing)\s+(?:(?:a|the)\s+)?(?:\w+\s+)?(?:engineers|developers|people|teams?|staff)\b|\blead(?:s|ing)?\s+(?:(?:engineering|development|software)\s+)?teams\b|\bdirect reports\b/i,
  ],
  // Building software as such: any developer's work, and only close to running or securing it.
  [
    'software',
    /\bsoftware (?:engineering|development)\b|\bas an? software (?:engineer|developer)\b|\b(?:desarrollo|ingenier[ií]a|desenvolvimento|engenharia) de software\b|\bd[ée]veloppement logiciel\b|\bsoftwareentwicklung\b/i,
  ],
];

/** The kinds of work that are software engineering in themselves. */
const DEVELOPING: readonly string[] = ['backend', 'frontend', 'full-stack', 'mobile', 'software'];

/** Kinds of work close enough that years in one are years near the other. */
const NEIGHBOURS: Readonly<Record<string, readonly string[]>> = {
  backend: ['frontend', 'full-stack', 'data', 'platform', 'qa'],
  frontend: ['backend', 'full-stack', 'design', 'mobile', 'qa'],
  'full-stack': ['backend', 'frontend', 'mobile', 'qa'],
  data: ['backend', 'platform', 'software'],
  platform: ['backend', 'data', 'security', 'software'],
  mobile: ['frontend', 'full-stack', 'design', 'qa'],
  ml: ['data', 'backend', 'platform', 'software'],
  // Cloud and infrastructure security is work on the platform, and the other way round.
  security: ['platform', 'software'],
  qa: ['backend', 'frontend', 'full-stack', 'mobile', 'software'],
  management: ['software'],
  design: ['frontend', 'mobile'],
};

/** Kinds of work so alike that "or a similar role" takes one for the other. */
const SIMILAR: Readonly<Record<string, readonly string[]>> = {
  data: ['ml'],
  ml: ['data'],
};

/** Full-stack work is backend and frontend work too. */
const INCLUDES: Readonly<Record<string, readonly string[]>> = {
  'full-stack': ['backend', 'frontend'],
};

/** The kinds of work a text names. */
export function familiesIn(text: string): string[] {
  const whole = sharedNounsSpelledOut(text);
  return FAMILIES.filter(([, pattern]) => pattern.test(whole)).map(([name]) => name);
}

/** "software or ML engineering": both kinds share the noun, so each gets it. */
const sharedNounsSpelledOut = (text: string): string =>
  text.replace(
    /\b([\w-]+)(\s*(?:,|or|and|\/)\s*)([\w-]+ (?:engineering|development|engineers?|developers?))\b/gi,
    (_, first: string, joint: string, second: string) =>
      `${first} ${second.replace(/^[\w-]+ /, '')}${joint}${second}`,
  );

/** The kinds of work the profile's titles and headline say the owner does. */
export function profileFamilies(profile: Profile): string[] {
  const titles = [
    profile.identity.title,
    profile.identity.headline ?? '',
    ...profile.roles.map((r) => r.title),
  ];
  const families = titles.flatMap(familiesIn);
  return [...new Set([...families, ...families.flatMap((f) => INCLUDES[f] ?? [])])];
}

/**
 * Same kind of work, a neighbouring kind, or another kind altogether. With `similarAllowed`
 * ("or in a similar role") a kind alike the asked one counts as the same.
 */
export function familyDistance(
  asked: readonly string[],
  held: readonly string[],
  similarAllowed = false,
): 'same' | 'near' | 'far' {
  if (asked.some((f) => held.includes(f))) return 'same';
  if (asked.includes('software') && held.some((h) => DEVELOPING.includes(h))) return 'same';
  if (similarAllowed && asked.some((f) => held.some((h) => SIMILAR[h]?.includes(f)))) {
    return 'same';
  }
  if (asked.some((f) => held.some((h) => NEIGHBOURS[h]?.includes(f)))) return 'near';
  return 'far';
}
