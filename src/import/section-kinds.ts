import { unspaceLetters } from './letter-spacing.ts';
import { tidyName } from './markdown-lines.ts';

/** What a profile section holds, decided from its heading. */
export type SectionKind =
  | 'about'
  | 'skills'
  | 'expertise'
  | 'impact'
  | 'experience'
  | 'work'
  | 'projects'
  | 'education'
  | 'certifications'
  | 'languages'
  | 'industries'
  | 'contact'
  | 'principles'
  | 'exploring'
  | 'faq'
  | 'publications'
  | 'availability'
  | 'awards'
  | 'personal'
  | 'interests'
  | 'volunteer';

// Headings people actually write, compared lower-cased with emoji, punctuation and a leading
// "my" removed. "Work" alone is decided by its content (see the importer).
const HEADINGS: Record<SectionKind, readonly string[]> = {
  about: [
    'about',
    'about me',
    'summary',
    'bio',
    'biography',
    'introduction',
    'intro',
    'profile',
    'professional summary',
    'personal statement',
    'overview',
    'who i am',
    'who am i',
    // Terminal-flavoured and greeting headings: "## $ whoami", "## cat about.md", "## Hello".
    'whoami',
    'cat about md',
    'about md',
    'readme',
    'hello',
    'hello world',
    // A job site's export closes with what fits nowhere else, all of it about the owner.
    'additional information',
    'additional info',
    // German, French, Spanish.
    'kurzprofil',
    'über mich',
    'uber mich',
    'profil',
    'profil professionnel',
    'à propos',
    'a propos',
    'à propos de moi',
    'résumé professionnel',
    'perfil',
    'perfil profesional',
    'sobre mí',
    'sobre mi',
    'resumen',
    'resumen profesional',
    'zusammenfassung',
    'berufsprofil',
    // Portuguese, Italian.
    'sobre mim',
    'sobre',
    'quem sou eu',
    'resumo',
    'resumo profissional',
    'perfil profissional',
    'chi sono',
    'su di me',
    'profilo',
    'profilo professionale',
    'profiel',
    'over mij',
    'samenvatting',
    'persoonlijk profiel',
  ],
  skills: [
    'skills',
    'top skills',
    'key skills',
    'core skills',
    'tech stack',
    'technologies',
    'toolbox',
    'technical skills',
    'digital skills',
    'computer skills',
    'it skills',
    'job related skills',
    'tools',
    'tools and technologies',
    'technologies and tools',
    'languages and tools',
    'stack',
    'skills and tools',
    'skill set',
    'skillset',
    'tech',
    'toolkit',
    'what i use',
    'what i work with',
    'what i build with',
    'tools i use',
    'tech i use',
    'things i use',
    'stuff i use',
    'what i use daily',
    // German, French, Spanish.
    'kenntnisse',
    'it kenntnisse',
    'fachkenntnisse',
    'edv kenntnisse',
    'technische kenntnisse',
    'fähigkeiten',
    'kompetenzen',
    'fachliche kompetenzen',
    'compétences',
    'compétences techniques',
    'outils',
    'habilidades',
    'conocimientos',
    'conocimientos técnicos',
    'competencias',
    'aptitudes',
    'herramientas',
    // "Tecnologías", "Technologien": the stack, as other languages head it.
    'tecnologias',
    'tecnologías',
    'technologien',
    // Portuguese, Italian.
    'tecnologias e ferramentas',
    'ferramentas',
    'competências',
    'competências técnicas',
    'conhecimentos',
    'conhecimentos técnicos',
    'habilidades técnicas',
    'stack tecnológica',
    'competenze',
    'competenze tecniche',
    'tecnologie',
    'strumenti',
    'conoscenze informatiche',
    'vaardigheden',
    'technische vaardigheden',
    'kennis',
    'kennis en vaardigheden',
    'competenties',
    'ict vaardigheden',
  ],
  expertise: [
    'core expertise',
    'expertise',
    'what i do',
    'areas of expertise',
    'specialties',
    'specialities',
    'focus areas',
    'core competencies',
    'research interests',
    'research areas',
  ],
  impact: [
    'engineering impact',
    'impact',
    'achievements',
    'highlights',
    'key achievements',
    'accomplishments',
    'key highlights',
    'things im proud of',
    'what im proud of',
    'proud of',
  ],
  experience: [
    'experience',
    'work experience',
    'employment',
    'employment history',
    'professional experience',
    'work history',
    'career',
    'career history',
    'career so far',
    'my career so far',
    'career timeline',
    'jobs',
    'past jobs',
    'jobs i have had',
    'jobs ive had',
    'where ive been',
    'where i have been',
    'where ive worked',
    'where i have worked',
    // Academic CVs: "Academic positions", "Appointments".
    'academic positions',
    'academic appointments',
    'appointments',
    'positions',
    'positions held',
    'research positions',
    // German, French, Spanish.
    'berufserfahrung',
    'beruflicher werdegang',
    'werdegang',
    'berufliche erfahrung',
    'berufspraxis',
    'expérience professionnelle',
    'expériences professionnelles',
    'expérience',
    'expériences',
    'parcours professionnel',
    'experiencia laboral',
    'experiencia profesional',
    'experiencia',
    'trayectoria profesional',
    // Portuguese, Italian.
    'experiência',
    'experiências',
    'experiência profissional',
    'experiências profissionais',
    'histórico profissional',
    'trajetória profissional',
    'esperienza',
    'esperienze',
    'esperienza professionale',
    'esperienze professionali',
    'esperienza lavorativa',
    'esperienze lavorative',
    'werkervaring',
    'werkervaringen',
    'loopbaan',
    'ervaring',
    'arbeidsverleden',
  ],
  work: ['work'],
  projects: [
    'projects',
    'selected work',
    'featured projects',
    'portfolio',
    'selected projects',
    'side projects',
    'open source',
    'open source contributions',
    'things i have built',
    'things ive built',
    'things i built',
    'stuff ive built',
    'what ive built',
    'research and projects',
    'projects and research',
    'recent work',
    'case studies',
    // Academic CVs: "Software", the packages the owner maintains.
    'software',
    'research software',
    'open source software',
    'software packages',
    'packages',
    'libraries',
    // German, French, Spanish.
    'projekte',
    'projekterfahrung',
    'ausgewählte projekte',
    'projets',
    'projets personnels',
    'proyectos',
    'proyectos destacados',
    // Portuguese, Italian.
    'projetos',
    'projetos em destaque',
    'projetos pessoais',
    'principais projetos',
    'progetti',
    'progetti personali',
    'projecten',
  ],
  education: [
    'education',
    'academic background',
    'academics',
    'studies',
    // Certificates listed with the degrees are told apart line by line.
    'education and certifications',
    'education and certification',
    'education and certificates',
    'education and certs',
    'education and training',
    // German, French, Spanish.
    'ausbildung',
    'studium',
    'schulbildung',
    'bildungsweg',
    'akademischer werdegang',
    'formation',
    'formations',
    'études',
    'parcours académique',
    'formación',
    'formación académica',
    'educación',
    'estudios',
    // Portuguese, Italian.
    'formação',
    'formação acadêmica',
    'formação académica',
    'educação',
    'escolaridade',
    'istruzione',
    'formazione',
    'istruzione e formazione',
    'titoli di studio',
    'opleiding',
    'opleidingen',
    'onderwijs',
  ],
  certifications: [
    'certifications',
    'certificates',
    'certification',
    'licenses and certifications',
    'certifications and licenses',
    // German, French, Spanish.
    'zertifikate',
    'zertifizierungen',
    'certificats',
    'certificaciones',
    'certificados',
    // Portuguese, Italian.
    'certificações',
    'certificazioni',
    'certificati',
    'certificaten',
    'cursussen',
    'cursussen en certificaten',
    'cursussen en trainingen',
    'trainingen',
  ],
  languages: [
    'languages',
    'spoken languages',
    // Europass: the mother tongue and the grid of other languages open "Personal skills".
    'personal skills',
    'language skills',
    'language',
    'languages spoken',
    // German, French, Spanish.
    'sprachen',
    'sprachkenntnisse',
    'fremdsprachen',
    'langues',
    'compétences linguistiques',
    'idiomas',
    'lenguas',
    // Portuguese, Italian.
    'línguas',
    'lingue',
    'conoscenze linguistiche',
    'competenze linguistiche',
    'talen',
    'talenkennis',
  ],
  industries: ['industries', 'domains', 'industries and domains', 'sectors', 'domain experience'],
  contact: [
    'contact',
    'contact me',
    'contacts',
    'connect',
    'connect with me',
    'lets connect',
    'reach me',
    'reach out',
    'find me',
    'find me on',
    'where to find me',
    'get in touch',
    'say hi',
    'say hello',
    'hire me',
    'contact info',
    'contact information',
    'socials',
    'social',
    'links',
    // German, French, Spanish.
    'kontakt',
    'kontaktdaten',
    'coordonnées',
    'contacto',
    'datos de contacto',
    // Portuguese, Italian.
    'contato',
    'contatos',
    'como me encontrar',
    'onde me encontrar',
    'redes sociais',
    'fale comigo',
    'contatti',
    'contactgegevens',
  ],
  principles: [
    'principles',
    'engineering principles',
    'values',
    'core values',
    'how i work',
    'philosophy',
    'engineering philosophy',
  ],
  exploring: [
    'currently exploring',
    'exploring',
    'learning',
    'currently learning',
    'now learning',
    'what im learning',
    'what i am learning',
    'learning now',
    'what im exploring',
    'currently',
  ],
  faq: ['faq', 'faqs', 'frequently asked questions', 'questions', 'q and a'],
  publications: [
    'publications',
    'talks',
    'talks and writing',
    'writing and talks',
    'writing',
    'writing and speaking',
    'speaking and writing',
    'speaking',
    'talks and articles',
    'articles and talks',
    'articles',
    'blog posts',
    'selected writing',
    'selected talks',
    'conference talks',
    'papers',
    'podcasts',
    'talks and publications',
    'publications and talks',
    'presentations',
    // German, French, Spanish.
    'veröffentlichungen',
    'vorträge',
    'publikationen',
    'vorträge und veröffentlichungen',
    'publications et conférences',
    'conférences',
    'publicaciones',
    'conferencias',
    'charlas',
    // Portuguese, Italian.
    'publicações',
    'palestras',
    'pubblicazioni',
    'publicaties',
    'presentaties',
  ],
  availability: [
    'availability',
    'status',
    'current status',
    'open to work',
    'currently available',
    'available for',
    // A personal site's "Working with me", "Hire me": when and how the owner takes work.
    'working with me',
    'work with me',
    'hire me',
    'hiring me',
    // "What I'm looking for next": the work wanted, and when.
    'what im looking for',
    'what im looking for next',
    'what i am looking for',
    'looking for',
    'whats next',
    'what next',
    'next role',
    // German, French, Spanish.
    'verfügbarkeit',
    'disponibilité',
    'disponibilidad',
    // Portuguese, Italian.
    'disponibilidade',
    'disponibilità',
    'beschikbaarheid',
  ],
  personal: [
    'persönliche daten',
    'persönliche angaben',
    'angaben zur person',
    'zur person',
    'personalien',
    'données personnelles',
    'informations personnelles',
    'état civil',
    'datos personales',
    'información personal',
    'personal details',
    'personal information',
    'personal data',
    // Portuguese, Italian.
    'dados pessoais',
    'informações pessoais',
    'dati personali',
    'informazioni personali',
    'personalia',
    'persoonlijke gegevens',
  ],
  volunteer: [
    'volunteering',
    'volunteer',
    // "Community": organising and mentoring, as READMEs head it ("Comunidad" in Spanish).
    'community',
    'comunidad',
    'comunidade',
    'communauté',
    'volunteer work',
    'volunteer experience',
    'volunteering and community',
    'community and volunteering',
    'community involvement',
    'giving back',
    'pro bono',
    // German, French, Spanish.
    'ehrenamt',
    'ehrenamtliches engagement',
    'bénévolat',
    'voluntariado',
    'volontariato',
    'vrijwilligerswerk',
  ],
  interests: [
    'interests',
    'hobbies',
    'interessen',
    'hobbys',
    'freizeit',
    'centres dintérêt',
    'centres dintérêts',
    'loisirs',
    'intereses',
    'aficiones',
    'pasatiempos',
    // Portuguese, Italian.
    'interesses',
    'passatempos',
    'interessi',
    'passatempi',
    'hobby',
    'interesses',
    'nevenactiviteiten',
    // "Outside work": what the owner does for fun, told as a list or a line.
    'outside work',
    'outside of work',
    'outside the office',
    'off the clock',
    'away from the keyboard',
    'when im not coding',
    'life outside work',
    'fuera del codigo',
    'fuera del código',
    'fuera del trabajo',
  ],
  awards: [
    'awards',
    'honors',
    'honours',
    'awards and honors',
    'awards and honours',
    'honors and awards',
    'honours and awards',
    'recognition',
    'awards and recognition',
    // German, French, Spanish.
    'auszeichnungen',
    'preise',
    'distinctions',
    'prix',
    'premios',
    'reconocimientos',
  ],
};

// "Tools & tech I use": the pair may say whose they are.
const TOOLS_HEADING =
  /^(?:tech|tools|stack|technologies|toolbox|toolkit)(?: i\b| and (?:tools|workflows?|technologies|tech|frameworks|languages|platforms|practices)(?: i\b.*)?$)/;

const BY_HEADING = new Map<string, SectionKind>(
  Object.entries(HEADINGS).flatMap(([kind, names]) =>
    names.map((name) => [name, kind as SectionKind] as const),
  ),
);

const SQUASHED = new Map([...BY_HEADING].map(([name, kind]) => [name.replace(/ /g, ''), kind]));

function bracketless(heading: string): string {
  return tidyName(heading.replace(/\s*\([^()]*\)\s*$/, ''))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The kind of section a heading announces, or `undefined` for one kept as it is. */
export function sectionKind(written: string): SectionKind | undefined {
  const heading = unspaceLetters(written);
  const key = tidyName(heading)
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^my /, '');
  // "Research & Projects", "Weekend projects": a heading that says projects holds projects;
  // "Tech I reach for", "Tools & workflow", "Stack I love" hold skills.
  const named =
    BY_HEADING.get(key) ??
    // "WORKEXPERIENCE": letter-spaced words that lost the gap between them.
    (key.includes(' ') ? undefined : SQUASHED.get(key)) ??
    // "Projekte (Auswahl)", "Langues (niveau)": a bracket qualifies the heading.
    BY_HEADING.get(bracketless(heading));
  // "About me — how a nurse ended up writing firmware": a sentence, not a section's name.
  if (named || key.split(' ').length > 7) return named;
  return (
    // "Schooling & certs", "Degrees and licences": the education reader tells the lines apart.
    (/\b(?:education|schooling|studies|degrees?)\b/.test(key) &&
    /\b(?:cert\w*|licen[cs]es?)\b/.test(key)
      ? 'education'
      : undefined) ??
    (/\bprojects\b/.test(key) ? 'projects' : undefined) ??
    // "Things I've written", "Recent writing", "From my blog".
    (/\b(?:talks|publications|articles|blog(?: posts?)?|writing|written|wrote)\b/.test(key)
      ? 'publications'
      : undefined) ??
    (/\b(?:reach me|contact|get in touch|find me)\b/.test(key) ? 'contact' : undefined) ??
    (/\bproud\b/.test(key) ? 'impact' : undefined) ??
    // "Industry experience", "Research experience", "Relevant work history".
    // "Research and industry experience": two kinds of it, joined.
    (/^(?:[\p{L}]+ (?:and )?){0,3}(?:experience|employment|work history)$/u.test(key) &&
    !/\b(?:language|volunteer\w*|teaching)\b/.test(key)
      ? 'experience'
      : undefined) ??
    (TOOLS_HEADING.test(key) ? 'skills' : undefined) ??
    // "Skills matrix", "Competency overview": a table or list of the skills.
    (/^(?:skills?|competenc(?:e|es|y|ies)|tech(?:nical)? skills?) (?:matrix|overview|summary|inventory|grid|table|at a glance)$/.test(
      key,
    )
      ? 'skills'
      : undefined) ??
    // "Selected engagements", "Client assignments": a contractor's jobs, client by client.
    (/^(?:[\p{L}]+ ){0,2}(?:engagements|assignments|contracts)$/u.test(key)
      ? 'experience'
      : undefined) ??
    // "Certs & stuff", "Certificates & badges": the certificates reader tells awards and
    // degrees among them apart.
    (/\b(?:certs?|certificates?|certifications?)\b/.test(key) &&
    !/\b(?:skills?|tech\w*|tools|stack|languages)\b/.test(key)
      ? 'certifications'
      : undefined) ??
    // "Grants & Awards", "Fellowships and honours".
    (/\b(?:awards?|honou?rs|grants|fellowships|prizes)\b/.test(key) ? 'awards' : undefined) ??
    joinedHeadings(heading)
  );
}

/**
 * "Ausbildung / Studium", "Hobbys / Interessen", "Zertifikate / Weiterbildungen": two names of
 * one section, joined; the first one the vocabulary knows names it, when the other names no
 * different kind.
 */
function joinedHeadings(heading: string): SectionKind | undefined {
  const parts = heading.split(/\s*(?:\/|&|\+|\bund\b|\bet\b|\by\b|\be\b)\s*/i).filter(Boolean);
  if (parts.length < 2) return undefined;
  const kinds = parts.map((part) => BY_HEADING.get(bracketless(part)));
  const known = kinds.filter((kind): kind is SectionKind => kind !== undefined);
  return known.length > 0 && known.every((kind) => kind === known[0]) ? known[0] : undefined;
}
