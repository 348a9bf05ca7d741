/**
 * Ordinary words that mean the same thing in a profile, so a question finds a line written in
 * other words: "payments work" finds "Stripe billing", "has he managed people?" finds "Led the
 * backend team", "where's his code?" finds GitHub.
 *
 * A curated table rather than word vectors: the meanings a recruiter's questions need are few
 * and specific to résumés (general-purpose vectors put "billing" near "invoice" but also near
 * "advertising"), the table is readable and reviewable, costs nothing to load, and each group
 * can be tested. Each group lists words (any form; they are stemmed at load), and every word of
 * a group reaches the lines holding any other.
 */
export const RELATED_WORDS: readonly (readonly string[])[] = [
  ['payment', 'payments', 'billing', 'checkout', 'invoicing', 'invoice', 'stripe', 'subscription'],
  ['lead', 'led', 'leadership', 'manage', 'managed', 'management', 'manager', 'head', 'headed'],
  ['people', 'team', 'teams', 'staff', 'reports', 'engineers', 'hire', 'hired', 'hiring'],
  [
    'mentor',
    'mentored',
    'mentoring',
    'mentorship',
    'coach',
    'coached',
    'coaching',
    'teach',
    'taught',
  ],
  ['achievement', 'accomplishment', 'impact', 'result', 'win', 'proud', 'highlight', 'award'],
  ['code', 'github', 'gitlab', 'repository', 'repositories', 'repo', 'repos', 'source'],
  ['based', 'located', 'location', 'live', 'lives', 'living', 'city', 'country', 'reside'],
  ['start', 'available', 'availability', 'notice', 'join', 'begin', 'open'],
  [
    'talk',
    'talks',
    'speak',
    'spoken',
    'speaking',
    'speaker',
    'spoke',
    'conference',
    'meetup',
    'keynote',
    'presented',
    'presentation',
  ],
  [
    'writing',
    'article',
    'articles',
    'blog',
    'post',
    'posts',
    'wrote',
    'publication',
    'paper',
    'published',
  ],
  ['reduce', 'reduced', 'cut', 'lower', 'lowered', 'decrease', 'shrink', 'slash', 'trim'],
  [
    'improve',
    'improved',
    'boost',
    'enhance',
    'speed',
    'faster',
    'optimize',
    'optimise',
    'optimized',
  ],
  ['build', 'built', 'create', 'created', 'develop', 'developed', 'ship', 'shipped'],
  ['migrate', 'migrated', 'migration', 'port', 'ported', 'move', 'moved', 'rewrite'],
  ['performance', 'latency', 'throughput', 'fast', 'speed'],
  ['reliability', 'uptime', 'availability', 'resilience', 'incident', 'outage'],
  ['scale', 'scaling', 'scalable', 'scalability', 'growth', 'load'],
  ['security', 'secure', 'vulnerability', 'vulnerabilities', 'pentest', 'threat'],
  ['volunteer', 'volunteering', 'nonprofit', 'charity', 'community', 'pro bono'],
  ['hobby', 'hobbies', 'interest', 'interests', 'free time', 'spare time', 'outside work', 'fun'],
  ['salary', 'rate', 'rates', 'compensation', 'pay'],
  ['remote', 'relocate', 'relocation', 'onsite', 'hybrid', 'timezone'],
  ['degree', 'education', 'university', 'college', 'studied', 'study', 'school'],
  ['open source', 'oss', 'contributor', 'contribution', 'contributions', 'maintainer'],
];
