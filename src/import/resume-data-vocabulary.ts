/**
 * The names people give the fields of a résumé kept as data (Jekyll and Hugo `_data` files,
 * a personal site's `cv.json`, exports of résumé builders), each beside the JSON Resume field
 * that holds the same fact. Keys are compared with case, spaces, `_` and `-` ignored, so
 * `start_date`, `start-date` and `startDate` are one name. The first name found wins.
 */

/** The owner's own fields: `basics` in JSON Resume. */
export const PERSON_FIELDS = {
  name: ['name', 'fullname', 'yourname'],
  label: ['label', 'headline', 'title', 'role', 'jobtitle', 'position', 'tagline', 'profession'],
  email: ['email', 'mail', 'emailaddress'],
  phone: ['phone', 'mobile', 'telephone', 'tel', 'phonenumber', 'cell'],
  url: ['website', 'url', 'homepage', 'site', 'web', 'blog'],
  summary: ['summary', 'about', 'bio', 'aboutme', 'objective', 'intro', 'introduction'],
  location: ['location', 'city', 'address', 'basedin', 'residence'],
  image: ['image', 'photo', 'avatar', 'picture'],
  profiles: ['profiles', 'social', 'socials', 'socialnetworks', 'networks', 'sociallinks', 'links'],
  availability: ['availability', 'status', 'opento', 'available'],
} as const;

/** Mappings that hold the owner's fields one level down (`contact: {email: …}`). */
export const PERSON_BLOCKS = [
  'basics',
  'contact',
  'contacts',
  'personal',
  'personalinfo',
  'info',
  'header',
  'about',
  'me',
];

/**
 * Lists kept one level down, each as `{items: […]}` or `{content: "…"}` (a résumé builder's
 * export: `sections: {experience: {items: […]}}`); read as if each list were at the top.
 */
export const SECTION_BLOCKS = ['sections'];

/** Keys of an entry that only a builder needs (its id, whether it shows): not the owner's. */
export const ENTRY_NOISE = ['id', 'visible', 'hidden', 'columns', 'separatelinks'];

/** A whole résumé nested under one key (`resume:`, `cv:`); read as if it were the top. */
export const WRAPPERS = ['resume', 'cv', 'data', 'profile', 'content'];

/** Profile networks written as their own key (`github: jdoe`), with where a username lives. */
export const NETWORKS: Readonly<Record<string, { label: string; base: string }>> = {
  github: { label: 'GitHub', base: 'https://github.com/' },
  gitlab: { label: 'GitLab', base: 'https://gitlab.com/' },
  linkedin: { label: 'LinkedIn', base: 'https://www.linkedin.com/in/' },
  twitter: { label: 'Twitter', base: 'https://twitter.com/' },
  x: { label: 'X', base: 'https://x.com/' },
  stackoverflow: { label: 'Stack Overflow', base: '' },
  mastodon: { label: 'Mastodon', base: '' },
  bluesky: { label: 'Bluesky', base: 'https://bsky.app/profile/' },
  medium: { label: 'Medium', base: 'https://medium.com/@' },
  devto: { label: 'DEV', base: 'https://dev.to/' },
  youtube: { label: 'YouTube', base: '' },
  kaggle: { label: 'Kaggle', base: 'https://www.kaggle.com/' },
  orcid: { label: 'ORCID', base: 'https://orcid.org/' },
  googlescholar: { label: 'Google Scholar', base: '' },
};

/** The lists of a résumé: JSON Resume's name first, then the names people use. */
export const SECTIONS = {
  work: [
    'work',
    'experience',
    'experiences',
    'jobs',
    'positions',
    'employment',
    'workexperience',
    'professionalexperience',
    'employmenthistory',
    'workhistory',
    'career',
  ],
  education: ['education', 'schools', 'studies', 'academics', 'academic'],
  skills: [
    'skills',
    'skillset',
    'technicalskills',
    'techstack',
    'technologies',
    'competencies',
    'expertise',
  ],
  projects: ['projects', 'sideprojects', 'portfolio', 'opensource', 'personalprojects'],
  languages: ['languages', 'spokenlanguages', 'languageskills'],
  certificates: [
    'certificates',
    'certifications',
    'licenses',
    'licences',
    'licensesandcertifications',
    'credentials',
  ],
  awards: ['awards', 'honors', 'honours', 'achievements', 'prizes'],
  publications: ['publications', 'papers', 'articles', 'writing'],
  talks: ['talks', 'presentations', 'speaking', 'conferences'],
  volunteer: ['volunteer', 'volunteering', 'volunteerwork'],
  interests: ['interests', 'hobbies'],
  references: ['references', 'testimonials', 'recommendations'],
} as const;
export type SectionKind = keyof typeof SECTIONS;

/** A résumé has at least one of these lists; a config file's `jobs:` is no list of jobs. */
export const RESUME_LISTS: readonly SectionKind[] = ['work', 'education', 'skills', 'projects'];

const DATES = {
  startDate: ['startdate', 'start', 'from', 'since', 'begin', 'started'],
  endDate: ['enddate', 'end', 'to', 'until', 'ended', 'finish'],
  span: ['dates', 'period', 'date', 'year', 'duration', 'years', 'when', 'time', 'timeline'],
} as const;
const HIGHLIGHTS = [
  'highlights',
  'achievements',
  'bullets',
  'responsibilities',
  'accomplishments',
  'duties',
  'tasks',
  'points',
  'items',
];
const LINK = ['url', 'link', 'website', 'homepage', 'href'];
const TECH = [
  'keywords',
  'tech',
  'stack',
  'technologies',
  'techstack',
  'tools',
  'tags',
  'builtwith',
  'languages',
  'skills',
];

/**
 * The fields of one entry of each list. `span` is a date range in one field ("2019 – present");
 * `tech` names the tools a job used; `roles` holds a company's several positions.
 */
export const ENTRY_FIELDS: Readonly<
  Record<SectionKind, Readonly<Record<string, readonly string[]>>>
> = {
  work: {
    name: ['name', 'company', 'employer', 'organization', 'organisation', 'client', 'firm'],
    position: ['position', 'title', 'role', 'jobtitle'],
    ...DATES,
    location: ['location', 'city', 'place'],
    summary: ['summary', 'description', 'about', 'details', 'overview'],
    highlights: HIGHLIGHTS,
    url: LINK,
    tech: TECH,
    roles: ['roles', 'positions', 'titles'],
  },
  education: {
    institution: [
      'institution',
      'school',
      'university',
      'college',
      'name',
      'organization',
      'organisation',
    ],
    studyType: ['studytype', 'degree', 'qualification', 'diploma'],
    area: [
      'area',
      'field',
      'major',
      'subject',
      'fieldofstudy',
      'program',
      'programme',
      'course',
      'study',
    ],
    ...DATES,
    score: ['score', 'gpa', 'grade', 'grades'],
    courses: ['courses', 'coursework', 'modules'],
    url: LINK,
  },
  skills: {
    name: ['name', 'title', 'category', 'group', 'label', 'area', 'skill'],
    keywords: [
      'keywords',
      'items',
      'list',
      'skills',
      'technologies',
      'tools',
      'details',
      'values',
      'tags',
    ],
    level: ['level', 'proficiency', 'rating', 'percent', 'score', 'years'],
  },
  projects: {
    name: ['name', 'title', 'project'],
    description: ['description', 'summary', 'about', 'details', 'blurb'],
    url: [...LINK, 'github', 'repo', 'repository', 'source', 'demo'],
    keywords: TECH,
    highlights: HIGHLIGHTS,
    roles: ['roles', 'role'],
    ...DATES,
  },
  languages: {
    language: ['language', 'name', 'lang'],
    fluency: ['fluency', 'proficiency', 'description', 'level'],
  },
  certificates: {
    name: ['name', 'title', 'certificate', 'certification', 'license', 'licence'],
    issuer: [
      'issuer',
      'authority',
      'by',
      'organization',
      'organisation',
      'issuedby',
      'provider',
      'from',
    ],
    date: ['date', 'year', 'issued', 'when', 'obtained'],
    url: [...LINK, 'credential', 'verify', 'credentialurl'],
  },
  awards: {
    title: ['title', 'name', 'award'],
    awarder: ['awarder', 'by', 'issuer', 'from', 'organization', 'organisation'],
    date: ['date', 'year', 'when'],
    summary: ['summary', 'description', 'details'],
  },
  publications: {
    name: ['name', 'title'],
    publisher: [
      'publisher',
      'venue',
      'journal',
      'conference',
      'event',
      'where',
      'at',
      'publication',
    ],
    releaseDate: ['releasedate', 'date', 'year', 'published', 'when'],
    url: [...LINK, 'doi'],
    summary: ['summary', 'description', 'abstract', 'details'],
  },
  talks: {
    name: ['name', 'title', 'talk'],
    publisher: ['event', 'conference', 'venue', 'where', 'at', 'publisher', 'location'],
    releaseDate: ['date', 'year', 'when', 'releasedate'],
    url: [...LINK, 'slides', 'video', 'recording'],
    summary: ['summary', 'description', 'abstract', 'details'],
  },
  volunteer: {
    organization: ['organization', 'organisation', 'name', 'company'],
    position: ['position', 'role', 'title'],
    ...DATES,
    summary: ['summary', 'description', 'details'],
    highlights: HIGHLIGHTS,
    url: LINK,
  },
  interests: {
    name: ['name', 'title', 'interest'],
    keywords: ['keywords', 'items', 'list', 'details'],
  },
  references: {
    name: ['name', 'author', 'by', 'from'],
    reference: ['reference', 'text', 'quote', 'testimonial', 'content', 'description'],
  },
};

/** The field a list's entry fills when it is a bare string ("Go", "AWS Solutions Architect"). */
export const BARE_ENTRY: Readonly<Partial<Record<SectionKind, string>>> = {
  skills: 'name',
  projects: 'name',
  languages: 'language',
  certificates: 'name',
  awards: 'title',
  publications: 'name',
  talks: 'name',
  interests: 'name',
  references: 'reference',
};

/** Fields that hold lists of text; the rest hold one text each. */
export const LIST_FIELDS = new Set(['highlights', 'keywords', 'courses', 'roles', 'tech']);

/** Keys that describe the file or the site, not the owner: not imported, only noted. */
export const FILE_KEYS = [
  'layout',
  'permalink',
  'theme',
  'design',
  'locale',
  'settings',
  'rendercvsettings',
  'meta',
  'metadata',
  'version',
  '$schema',
  'schema',
  'lang',
  'sitemap',
  'seo',
  'analytics',
  'baseurl',
  'draft',
  'weight',
  'menu',
  'type',
];

/** A key as this vocabulary writes it: lower case, without spaces, `_` or `-`. */
export function vocabularyKey(key: string): string {
  return key.toLowerCase().replace(/[\s_-]+/g, '');
}

/** The fields of one social profile (`social: [{name: GitHub, url: …}]`). */
export const PROFILE_FIELDS = {
  network: ['network', 'name', 'label', 'platform', 'service', 'site', 'title', 'icon'],
  url: ['url', 'link', 'href'],
  username: ['username', 'user', 'handle', 'id'],
} as const;

/** The parts of a location written as a mapping. */
export const LOCATION_FIELDS = {
  address: ['address', 'street'],
  postalCode: ['postalcode', 'zip', 'postcode'],
  city: ['city', 'town'],
  region: ['region', 'state', 'province'],
  countryCode: ['countrycode', 'country'],
} as const;
