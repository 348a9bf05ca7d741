import { escapeRegExp } from '../knowledge/escape-regexp.ts';

/** The words by which a job description's headings say what their section is for. */

/**
 * What a part of a job description is for. Only `must` and `nice` hold requirements; `open`
 * (no heading yet, or a heading that names nothing known) is read sentence by sentence for
 * requirement cues; the rest is company blurb, duties, benefits or the hiring process.
 */
export type SectionKind =
  | 'must'
  | 'nice'
  | 'excluded'
  | 'location'
  | 'open'
  | 'duties'
  | 'about'
  | 'benefits'
  | 'process';

// Checked in order: the first pattern that matches a heading names its kind.
const HEADING_KINDS: readonly (readonly [SectionKind, RegExp])[] = [
  // LinkedIn's "About the job" heads the whole posting: its lines are read one by one.
  ['open', /^about (?:the|this) (?:job|role|position|opportunity)$/i],
  // A recruiter's "Quick overview of what they're after:": read line by line, as the mail is.
  [
    'open',
    /\bwhat (?:they|the (?:client|team|company))(?:'re| are)? (?:after|want|need)\b|\b(?:they|we)(?:'re| are) after\b/i,
  ],
  // MoSCoW's "Won't have": what the role explicitly does not ask for.
  [
    'excluded',
    /\bwon'?t[\s-]+haves?\b|\bwill not have\b|\bnot (?:needed|expected)\b|\byou (?:don'?t|do not) need\b|\bnone of (?:this|these|it) (?:is|are) (?:expected|required|needed)\b|\b(?:not|aren'?t|are not|isn'?t|is not|won'?t be) (?:a|the right|a good) fit\b|\b(?:isn'?t|is not|not) for you\b|\bnot assessed\b|\bnot scored\b/i,
  ],
  // "Month 3", "Week 2", "Your first 90 days": goals after joining, not what one joins with.
  [
    'duties',
    /^(?:by |in |after )?(?:week|month|day)\s*(?:[2-9]|[1-9]\d+|two|three|six|twelve)\b|^(?:in )?(?:your )?first\s+\d+\s+days\b|^\d+\s*\/\s*\d+/i,
  ],
  // "Required Documents": what to send with the application, not what to bring to the job.
  [
    'process',
    /\b(?:required documents|documents? (?:required|needed|to submit)|supporting documents)\b/i,
  ],
  // "You should have": what the candidate brings, not MoSCoW's "Should have".
  ['must', /^(?:you|candidates?|applicants?) (?:should|must|will|need to) (?:have|bring|be)\b/i],
  // "Competencies: how you work", "Behaviours": conduct graded at interview, not skills asked.
  ['about', /\bhow you (?:work|operate|behave)\b|\bbehaviou?rs\b|\bways of working\b/i],
  [
    'nice',
    /nice[\s-]+to[\s-]+haves?|^(?:also )?nice\b|bonus|\ba plus\b|\bpluses\b|preferred|desirable|desired|good[\s-]+to[\s-]+have|would be (?:great|nice|a plus)|extra credit|stand out|(?:would|we'd) love|love to see|great if|even better|not required|optional|icing|^plus(?:es)?$|^ideally\b|\b(?:should|could)[\s-]+haves?\b|^(?:should|could)$|\bwelcome (?:skills|experience|qualifications)\b|^wants?$/i,
  ],
  [
    'must',
    /requirements?|required|must[\s-]+haves?|^musts?$|^needs?$|^exp$|(?:you|we)(?:'ll|'d| will| would)? need|qualifications|you have|you(?:'ll| will)? bring|you(?:'ve| have) got|what you need|what we(?:'re| are) looking for|looking for|about you|who you are|you are|your (?:profile|skills|experience|background)|skills|experience|expect(?:ations)?|ideal candidate|what it takes|thrive|succeed|excel|great fit|right fit|you might be|^day (?:1|one)\b|walk in with|essentials?|\bwanted$|^(?:security(?:\s+clearance)?|clearance|vetting)$|non[\s-]negotiable|mandatory|minimum|basic|key skills|competenc/i,
  ],
  [
    'location',
    /^(?:location|loc|where|based in|work(?:ing)? location|remote(?: policy)?|office)\b/i,
  ],
  [
    'benefits',
    /benefits|perks|what we offer|we(?:'ll| will) give you|what you(?:'ll| will)? get|^why\b(?! you)|we offer|in return|compensation|salary|pay\b|package|why (?:join|work)|what(?:'s| is) in it|life at|culture|rewards/i,
  ],
  [
    'process',
    /how to apply|apply|hiring process|selection process|^(?:the |our )?process$|\bsift\b|interview|next steps|equal opportunit|\beeo\b|diversity|recruit/i,
  ],
  [
    'duties',
    /responsibilit|what you(?:'ll| will) (?:be )?(?:do|doing|work on|working on|own|build|building)\b|the role|your role|role overview|day[\s-]+to[\s-]+day|you will|in this role|the job|your mission|the work|what the job involves|duties|tasks|impact/i,
  ],
  [
    'about',
    /about|who we are|^working (?:for|at|in) (?:the|us|our)\b|our (?:company|team|story|mission|stack|product)|the company|the team|company|overview|summary|mission|stack|\btech(?:nology)?\b/i,
  ],
];

/** "Bonus (nice, not needed for an offer)": what is not needed but welcome is a nice-to-have. */
const WELCOME = /\bnice\b|\bbonus\b|\ba plus\b|\bpreferred\b|\bdesirable\b/i;

/** "2/3 Bonus:": the number of a post in a thread opens the line, not a section name. */
export function withoutThreadCounter(heading: string): string {
  const counter = /^(\d{1,2})\s*\/\s*(\d{1,2})\s+(?=\p{L})/u.exec(heading);
  return counter && Number(counter[1]) <= Number(counter[2])
    ? heading.slice(counter[0].length)
    : heading;
}

/** The kind a heading names, or undefined when its words name no known section. */
export function headingKind(heading: string): SectionKind | undefined {
  // "Must (weight 3)", "Should (2 points)": an aside after the name says how it is scored.
  // "[Must]", "【Want】": a heading in brackets.
  const text = withoutThreadCounter(heading)
    .replace(/^\s*[[【(]\s*(.*?)\s*[\]】)]\s*:?\s*$/, '$1')
    .replace(/[:\s]+$/, '')
    .replace(/(\S)\s*\([^()]*\)$/, '$1')
    .replace(/[:\s]+$/, '');
  for (const [kind, pattern] of HEADING_KINDS) {
    if (!pattern.test(text)) continue;
    return kind === 'excluded' && WELCOME.test(text) && !WONT.test(text) ? 'nice' : kind;
  }
  return EUROPEAN_PATTERNS.find(([, pattern]) => pattern.test(text))?.[0];
}

const WONT = /\bwon'?t[\s-]+haves?\b|\bwill not have\b|\bnot (?:a|the right) fit\b/i;

/**
 * Headings of postings written in German, French, Spanish, Italian, Portuguese or Dutch, often
 * over English text
 * ("Dein Profil", "Wünschenswert"). Consulted only when no English heading word matched.
 */
const EUROPEAN_HEADINGS: Readonly<Partial<Record<SectionKind, readonly string[]>>> = {
  nice: [
    // German
    'wünschenswert',
    'von vorteil',
    'pluspunkte',
    'idealerweise',
    'wäre schön',
    'schön wäre',
    'kein muss',
    'optional',
    // French
    'atouts',
    'un plus',
    'serait un plus',
    'les plus',
    'les petits plus',
    'petits plus',
    'bonus',
    'souhaité',
    'souhaités',
    'souhaitée',
    'souhaitées',
    'apprécié',
    'appréciés',
    'appréciée',
    'appréciées',
    // Spanish
    'deseable',
    'deseables',
    'valorable',
    'se valorará',
    'será un plus',
    // Italian
    'titolo preferenziale',
    'preferenziale',
    'gradito',
    'gradita',
    'graditi',
    'costituisce un plus',
    'è un plus',
    // Portuguese
    'diferenciais',
    'desejável',
    'desejáveis',
    'será um diferencial',
    // Dutch
    'een pré',
    'pré',
    'pluspunten',
    'mooi meegenomen',
    'gewenst',
    // Polish
    'mile widziane',
    'dodatkowym atutem',
  ],
  must: [
    // "Muss:" over the must-haves, as German postings label them ("kein Muss" is nice).
    'muss',
    'musskriterien',
    'dein profil',
    'ihr profil',
    'das bringst du mit',
    'das bringen sie mit',
    'was du mitbringst',
    'was sie mitbringen',
    'anforderungen',
    'voraussetzungen',
    'qualifikationen',
    'was wir erwarten',
    'was wir suchen',
    'dein skillset',
    'votre profil',
    'ton profil',
    'profil recherché',
    'compétences requises',
    'prérequis',
    'exigences',
    'qualifications requises',
    'ce que nous recherchons',
    'tu perfil',
    'su perfil',
    'perfil buscado',
    'requisitos',
    'lo que buscamos',
    'qué buscamos',
    'requisiti',
    'il tuo profilo',
    'profilo ricercato',
    'cosa cerchiamo',
    'competenze richieste',
    'o que buscamos',
    'o que procuramos',
    'seu perfil',
    'jouw profiel',
    'uw profiel',
    'wat vragen wij',
    'wat vragen we',
    'wat we vragen',
    'wat verwachten we',
    'wat verwachten wij',
    'wat wij vragen',
    'wat breng je mee',
    'functie-eisen',
    'functie eisen',
    'vereisten',
    'wie ben jij',
    // "Compétences", "Kenntnisse", "Competencias": the skills asked, as the English "Skills".
    'compétences',
    'kenntnisse',
    'fähigkeiten',
    'kompetenzen',
    'competencias',
    'habilidades',
    'competenze',
    'competências',
    'vaardigheden',
    'umiejętności',
    // Polish
    'wymagania',
    'czego oczekujemy',
    'oczekujemy',
  ],
  benefits: [
    'was wir bieten',
    'wir bieten',
    'unser angebot',
    'deine vorteile',
    'ihre vorteile',
    'das bieten wir',
    'ce que nous offrons',
    'nous offrons',
    'ce que nous proposons',
    'avantages',
    'qué ofrecemos',
    'ofrecemos',
    'beneficios',
    'cosa offriamo',
    'offriamo',
    'o que oferecemos',
    'benefícios',
    'wat bieden wij',
    'wat wij bieden',
    'wij bieden',
    'arbeidsvoorwaarden',
    'oferujemy',
    'co oferujemy',
    'benefity',
  ],
  duties: [
    'deine aufgaben',
    'ihre aufgaben',
    'aufgaben',
    'das erwartet dich',
    'das erwartet sie',
    'deine rolle',
    'vos missions',
    'tes missions',
    'missions',
    'responsabilités',
    'le poste',
    'tus funciones',
    'funciones',
    'responsabilidades',
    'tus tareas',
    'el puesto',
    'responsabilità',
    'il ruolo',
    'cosa farai',
    'mansioni',
    'atividades',
    'jouw taken',
    'taken',
    'wat ga je doen',
    'de functie',
    'verantwoordelijkheden',
    'obowiązki',
    'zakres obowiązków',
    'twoje zadania',
  ],
  about: [
    'über uns',
    'wer wir sind',
    'das sind wir',
    'qui sommes-nous',
    'à propos',
    "l'entreprise",
    'quiénes somos',
    'sobre nosotros',
    'la empresa',
    'chi siamo',
    'sobre nós',
    'quem somos',
    'over ons',
    'wie zijn wij',
    'wie wij zijn',
    'het bedrijf',
  ],
  process: [
    'klingt gut',
    'bewerbung',
    'so bewirbst du dich',
    'bewerbungsprozess',
    'candidature',
    'postuler',
    'processus de recrutement',
    'proceso de selección',
    'cómo aplicar',
    'processo di selezione',
    'come candidarsi',
    'candidatura',
    'processo seletivo',
    'sollicitatie',
    'solliciteren',
    'procedure',
  ],
  location: [
    'standort',
    'arbeitsort',
    'lieu de travail',
    'ubicación',
    'locatie',
    'standplaats',
    'sede di lavoro',
    'localização',
  ],
};

const EUROPEAN_PATTERNS: readonly (readonly [SectionKind, RegExp])[] = Object.entries(
  EUROPEAN_HEADINGS,
).map(([kind, words]) => [
  kind as SectionKind,
  new RegExp(`(?<![\\p{L}])(?:${(words ?? []).map(escapeRegExp).join('|')})(?![\\p{L}])`, 'iu'),
]);
