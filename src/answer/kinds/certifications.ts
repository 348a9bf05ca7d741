import { WORKING_TOWARD } from '../../knowledge/plans.ts';
import type { Snippet, Tech } from '../knowledge-index.ts';
import { claimAbsence } from '../pipeline/absence.ts';
import { article, bullets, reply } from '../pipeline/reply.ts';
import {
  type AnswerKind,
  type Candidate,
  type Knowledge,
  type Question,
  SCORES,
} from '../pipeline/types.ts';
import { contentStems, normalize } from '../text.ts';
import { CERTIFICATE_LEVELS, CERTIFICATIONS } from '../vocabulary/certifications.ts';
import { acronymGroup, subjectOf, unknownAcronym } from './certificate-subject.ts';
import { naming, ofTier, otherTier, TIER } from './certificate-tiers.ts';
import { certificationLines, listAll, ofYear } from './certifications-list.ts';

// A TLS certificate ("client certificate", "certificate pinning") is a skill, not a credential:
// the words around it are written once, for every pattern below.
const TLS_BEFORE = String.raw`ssl|tls|x\.?509|client|server`;
const TLS_AFTER = 'pinning|rotation|management|authority|authorities|transparency|renewal|chain';
const CREDENTIAL = String.raw`(?<!\b(?:${TLS_BEFORE})\s)\bcertificates?\b(?!\s+(?:${TLS_AFTER}))`;
/** The words that ask for a certificate outright. */
const ASKED_WORDS = /\b(?:certified|certifications?|certs?)\b/i;

/**
 * A line saying a certification is held: "AWS Certified …", "… Certificate", "accredited",
 * "passed the Google Cloud Professional Data Engineer exam".
 */
const CERTIFICATION_WORD = new RegExp(
  String.raw`\b(?:certified|certifications?|accredit\w*|licen[cs]ed)\b|\bpassed (?:the |my |an? )?[^.;]{0,80}?\bexams?\b|${CREDENTIAL}`,
  'i',
);

// "the AWS SAA-C03?", "AZ-104", "1Z0-819", "SY0-701": a certificate's exam code asks for the
// certificate, and names the "no"; "SHA-256" or "AES-128" is no exam.
const EXAM_CODE =
  /\b(?!(?:SHA|AES|RSA|ISO|IEC|DDR|USB|MIL|UTF|RFC|PEP|JSR|CVE|ECMA)-)(?=[A-Z\d]*[A-Z])[A-Z\d]{2,3}-[A-Z]?\d{2,3}\b/i;

/** A certificate asked for in so many words, not a TLS certificate ("certificate pinning"). */
const ASKS_CERTIFICATE = new RegExp(`${ASKED_WORDS.source}|${CREDENTIAL}|${EXAM_CODE.source}`, 'i');

const TLS_CERTIFICATE = new RegExp(
  String.raw`\b(?:${TLS_BEFORE})\s+certificates?\b|\bcertificates?\s+(?:${TLS_AFTER})\b`,
  'i',
);

/**
 * "she's an AWS solutions architect associate, right?": a cloud vendor's certificate asked by
 * its name and tier, without the word "certified".
 */
const CLOUD_TIER =
  /\b(?:aws|azure|gcp|google cloud)\b.{0,40}\b(?:associate|professional|specialty|practitioner|fundamentals)\b/i;

const EXPIRED = /\b(?:expired|lapsed|no longer valid)\b/i;
// Work toward a certificate, or one said to be in progress or scheduled.
const IN_PROGRESS = new RegExp(`${WORKING_TOWARD.source}|\\b(?:in progress|scheduled)\\b`, 'i');
/** "AWS certification", "Azure certification": any of a vendor's certificates. */
const VENDOR_LEVEL = /\bcertification$/i;

/** A certificate's line with the date its record gives ("certifications[1]" → its year). */
function withDate(k: Knowledge, where: string, text: string): string {
  const index = /^certifications\[(\d+)\]/.exec(where)?.[1];
  const year = index === undefined ? undefined : k.profile.certifications[Number(index)]?.year;
  return year ? `${text} ${year}` : text;
}

/** A certificate said to be in progress, or dated after today. */
function notYet(text: string): boolean {
  if (IN_PROGRESS.test(text)) return true;
  const dates = [...text.matchAll(/\b(20\d\d)(?:-(\d\d)(?:-(\d\d))?)?\b/g)];
  if (dates.length === 0) return false;
  const now = new Date();
  return dates.every(([, y, m, d]) => {
    const when = new Date(Number(y), Number(m ?? 12) - 1, Number(d ?? 28));
    return when.getTime() > now.getTime();
  });
}

const PHRASES = [
  'certification',
  'certifications',
  'certified',
  'certificate',
  'certificates',
  'credential',
  // "is he an ISO 13485 lead auditor?": a qualification that a certificate grants.
  'lead auditor',
  'lead assessor',
  'certified auditor',
];

/**
 * "Is he certified in Docker?", "does she have the CEH?": answered from the certifications
 * alone. A skill is not a certification: "lists Docker as a skill; no Docker certification is in
 * the profile".
 */
export const certifications: AnswerKind = {
  name: 'certifications',
  ceiling: SCORES.certification,
  topic: 'certifications',
  intent: {
    phrases: PHRASES,
    weight: 7,
    extra: () => CERTIFICATIONS.flatMap((c) => c.words),
  },
  propose(q, k) {
    // "does he have a GitHub Actions certification?": "GitHub" may pull the intent to contact
    // details, but a certificate asked for is answered from the certificates alone.
    if (q.intent !== 'certifications' && !ASKS_CERTIFICATE.test(q.text) && !CLOUD_TIER.test(q.text))
      return undefined;
    // "does he know certificate pinning?": a TLS certificate is a skill, not a credential.
    if (TLS_CERTIFICATE.test(q.text) && !ASKED_WORDS.test(q.text)) return undefined;
    // As read and as typed: "kubernetes" is read "kubernete", and the certificate's name has
    // the plural.
    const joined = ` ${q.tokens.join(' ')} ${normalize(q.text).replace(/[^\p{L}\d+#-]+/gu, ' ')} `;
    // "an Oracle Java certification": the skill the profile lists is the one asked about.
    // "does he know terraform?" then "certified?": the technology the conversation is about.
    const tech = q.techs.find((t) => t.listed) ?? q.techs[0] ?? followedUp(q);
    // A vendor's certificate counts as named only when it is about the technology asked, if
    // any: "Oracle Java" is no Oracle Database certificate.
    const named = CERTIFICATIONS.find(
      (c) =>
        c.words.some((w) => joined.includes(` ${w} `)) &&
        (!tech ||
          c.name.toLowerCase().includes(tech.name.toLowerCase()) ||
          c.about?.some((a) => a === tech.name.toLowerCase())),
    );
    // "certified in functional safety (ISO 26262)?": a subject no vocabulary names is asked
    // about as written.
    const subject =
      named || tech ? undefined : (subjectOf(q.text) ?? unknownAcronym(k, q.categories, q.text));
    // "is she Java certified?" where "Java" names a group of the profile's skills after a
    // technology; a field's group ("cloud") is no certificate's subject.
    const label = named || tech || subject ? undefined : q.categories[0]?.label.toLowerCase();
    const group = label
      ? k.index.techs.find((t) => t.vocabularyName?.toLowerCase() === label && isToolName(t))?.name
      : undefined;
    // "is she cdisc certified?" where "CDISC" names a group of standards: an acronym is a
    // subject a certificate can have, a field's word ("cloud") is not.
    const acronym = label && !group ? acronymGroup(k, q.categories[0]?.categoryId) : undefined;
    // "did he get certified in 2021?": the year is when, not what.
    if (subject && /^(?:19|20)\d\d$/.test(subject)) return ofYear(k, subject);
    const asked = named?.name ?? tech?.name ?? subject ?? group ?? acronym;
    // A subject's own words on a line that also says "certified" make the "no" false.
    // With a level ("Platform Developer II", "AZ-104") only the whole name will do: "Platform
    // Developer I" holds the other words.
    const levelled =
      subject !== undefined && /\b(?:I{1,3}|IV|V)$|\b\p{L}{1,4}-\d{2,4}\b/u.test(subject);
    const near = levelled ? [subject] : (subject?.match(/[\p{L}\d]{4,}/gu) ?? []);
    // "does he have the CKA": what the certificate is about, held as a skill, is said beside it.
    const about = tech ?? (named ? listedAbout(k, named.about) : undefined);
    const candidate = asked
      ? askedAbout(k, asked, named?.words ?? [], about, near, q.text, beyond(k, q, tech, named))
      : listAll(k, q);
    return {
      ...(named ? spelledOut(candidate, named) : candidate),
      state: { techs: [], topic: 'certifications' },
    };
  },
  suggestion: (k) =>
    k.profile.certifications.length ? `Which certifications does ${k.firstName} have?` : undefined,
};

/** A bare "certified?" just after one technology was asked about: that technology. */
function followedUp(q: Question): Tech | undefined {
  const about = q.state?.techs;
  if (about?.length !== 1 || q.categories.length > 0 || q.tokens.length > 4) return undefined;
  return subjectOf(q.text) ? undefined : about[0];
}

/** The profile's listed technology a certificate is about ("kubernetes" for the CKA). */
function listedAbout(k: Knowledge, about: readonly string[] | undefined): Tech | undefined {
  const names = new Set((about ?? []).map((a) => a.toLowerCase()));
  return k.index.techs.find(
    (t) =>
      t.listed &&
      (names.has(t.name.toLowerCase()) || names.has((t.vocabularyName ?? '').toLowerCase())),
  );
}

/** "no CKA certification" → "no CKA (Certified Kubernetes Administrator) certification". */
function spelledOut(candidate: Candidate, named: { name: string; words: readonly string[] }) {
  const long = named.words.find((w) => w.includes(' ') && w.length > named.name.length);
  if (!long || named.name.includes(' ')) return candidate;
  const full = long.replace(
    /(^|\s)(\p{L})/gu,
    (_, space: string, c: string) => space + c.toUpperCase(),
  );
  const text = candidate.answer.text.replace(
    `no ${named.name} certification`,
    `no ${named.name} (${full}) certification`,
  );
  return { ...candidate, answer: { ...candidate.answer, text } };
}

/**
 * The technology as the asker wrote it, with the profile's name beside it: "google cloud
 * certified?" → "Google Cloud (GCP)".
 */
function spelled(asked: string, tech: Tech | undefined, typed: string): string {
  if (!tech || asked !== tech.name) return asked;
  const text = ` ${typed.toLowerCase().replace(/[^\p{L}\d+#.]+/gu, ' ')} `;
  if (text.includes(` ${tech.name.toLowerCase()} `)) return asked;
  const alias = tech.aliases
    .filter((a) => a.includes(' ') && text.includes(` ${a.toLowerCase()} `))
    .sort((a, b) => b.length - a.length)[0];
  if (!alias) return asked;
  const shown = alias.replace(
    /(^|\s)(\p{L})/gu,
    (_, space: string, c: string) => space + c.toUpperCase(),
  );
  return `${shown} (${tech.name})`;
}

/** The yes (or "not any more", "not yet") for a certificate the profile lists. */
function heldAnswer(
  k: Knowledge,
  held: readonly { where: string; text: string }[],
  asked: string,
  lines: readonly string[],
): Candidate {
  const evidence = k.index.snippets.filter((s) => held.some((e) => e.where === s.where));
  const all = lines.length > 1 ? `\n\nAll certifications:\n${bullets(lines)}` : '';
  const named =
    held.map((e) => `**${e.text}**`).join(', ') ||
    withArticle(/certifi/i.test(asked) ? asked : `${asked} certification`);
  // A certificate the profile says has expired was held, and is not held now.
  const expired = held.length > 0 && held.every((e) => EXPIRED.test(e.text));
  // One dated after today, or said to be in progress, is not held yet.
  const pending = held.length > 0 && held.every((e) => notYet(withDate(k, e.where, e.text)));
  const text = expired
    ? `**Not any more** — ${k.firstName} held ${named}; the profile says it has expired.${all}`
    : pending
      ? `**Not yet** — ${k.firstName}'s profile lists ${named}, dated ahead or in progress: it is not shown as held yet.${all}`
      : `**Yes** — ${k.firstName} holds ${named}.${all}`;
  return {
    kind: 'certifications',
    score: SCORES.certification,
    why: `${asked}: certified`,
    evidence,
    answer: reply('certifications', 'Certifications', text),
  };
}

function askedAbout(
  k: Knowledge,
  asked: string,
  words: readonly string[],
  tech?: Tech,
  nearWords: readonly string[] = [],
  typed = '',
  subject: readonly string[] = [],
): Candidate {
  // "AWS Solutions Architect Professional" beside an Associate: the certificate without its
  // tier is looked up, and the tier judged below.
  const untiered = asked.replace(TIER, ' ').replace(/\s+/g, ' ').trim();
  const bare = k.support.certification(asked);
  const own = bare.held || untiered === asked ? bare : k.support.certification(untiered);
  // "AWS certified?" is held by a certificate the vendor's words name ("AWS Certified …"),
  // and "azure certified?" by any certificate that names Azure.
  const vendor = VENDOR_LEVEL.test(asked) && tech ? [tech.name] : [];
  const found = own.held
    ? own
    : ([...words, ...vendor].map((w) => k.support.certification(w)).find((h) => h.held) ?? own);
  const onSubject = naming(found, subject);
  const lines = certificationLines(k);
  // "the AWS Solutions Architect Professional?" beside an Associate: another tier, not held.
  const held = ofTier(onSubject, typed);
  if (onSubject.held && !held.held) return otherTier(k, onSubject.evidence, typed, lines);
  if (held.held) return heldAnswer(k, held.evidence, asked, lines);
  const asSkill = tech?.listed ? `${k.firstName} lists ${tech.name} as a skill, but ` : '';
  const others = lines.length ? ` Certifications it lists:\n${bullets(lines)}` : '';
  // The subject narrows a vendor's certificates the profile holds; with none held, the no is
  // about the vendor's or the technology's certificates at large.
  const phrase = found.held ? subject.map((w) => typedWord(typed, w)).join(' ') : '';
  const named = [spelled(asked, tech, typed).replace(VENDOR_LEVEL, '').trim(), phrase].join(' ');
  // "the AZ-400 Azure DevOps Engineer Expert cert?": the exam's code, as asked, names the no.
  const code = EXAM_CODE.exec(typed)?.[0];
  const whole = /certifi/i.test(asked) && !phrase;
  const base = whole ? asked : named.trim();
  const coded =
    code && !base.toLowerCase().includes(code.toLowerCase()) ? `${code} (${base})` : base;
  const what = whole ? coded : `${coded} certification`;
  // "AWS … machine learning": only a line with those words and a certificate's word says so.
  const which = phrase ? subjectTerms(tech?.name ?? named, phrase) : undefined;
  const no = `**No** — ${asSkill}no ${what} is in ${k.firstName}'s profile.${others}`;
  const claim = claimAbsence(
    k,
    {
      topic: 'certifications',
      what: `a ${what}`,
      terms: which?.terms ?? [
        `certified ${asked}`,
        `${asked} certified`,
        `${asked} certification`,
        `${asked} certificate`,
        ...words,
        // "Tulpbank paid for my CKA": a certificate of the technology, named anywhere, when
        // none was asked by name (the CKA does not answer for the CKS).
        ...(words.length === 0 && tech
          ? certificatesAbout([tech.name, tech.vocabularyName ?? ''])
          : []),
      ],
      // A certificate asked by name (CKS) is not near another about the same tool (CKA).
      near: {
        // A vendor's certificates ("Azure certification") are near any line naming the vendor.
        terms: which?.near ?? [
          ...nearTerms(asked, words.length > 0 && !VENDOR_LEVEL.test(asked) ? undefined : tech),
          ...nearWords,
        ],
        marker: CERTIFICATION_WORD,
      },
      ...SKILLS_NOT_CERTIFICATES,
      no,
    },
    'certifications',
    SCORES.certification,
  );
  return { ...claim, answer: { ...claim.answer, title: 'Certifications' } };
}

/**
 * "Methoden: Scrum, …, ISTQB-Testprozesse": a skill named after a certifying body is a skill; a
 * skills line proves a certificate only when it says one.
 */
const SKILLS_NOT_CERTIFICATES = {
  ignore: (s: Snippet): boolean => s.where.startsWith('skills') && !CERTIFICATION_WORD.test(s.text),
  ignoreName: 'skills-not-certificates',
};

// Words of a question about a certificate that name none: the asking, the levels many vendors'
// certificates share ("Specialty", "Associate"), and whether it is still valid.
const NOT_SUBJECT = new Set(
  contentStems(
    [
      'certified certification certificate certs cert credential exam hold holds have has got get any',
      'level still valid current currently active expired expire expiry lapsed renewed renew date',
      ...CERTIFICATE_LEVELS,
    ].join(' '),
  ),
);

/**
 * "is he AWS certified machine learning specialty?": the words besides the technology that
 * name which of its certificates is asked about ("machine", "learning").
 */
function beyond(
  k: Knowledge,
  q: Question,
  tech: Tech | undefined,
  named: (typeof CERTIFICATIONS)[number] | undefined,
): string[] {
  // A certificate the vocabulary names ("CKA") is that one; a vendor's ("AWS certification")
  // may be any of theirs, and the other words say which. A body's ("ISTQB") tier or track
  // asked ("advanced test manager") says which of its certificates.
  const names = [...(tech ? [tech.name, ...tech.aliases] : []), ...(named?.words ?? [])];
  const own = new Set(contentStems(names.join(' ')));
  const owner = new Set(contentStems(k.profile.identity.name));
  const rest = q.stems.filter((s) => !own.has(s) && !NOT_SUBJECT.has(s) && !owner.has(s));
  if (named && !VENDOR_LEVEL.test(named.name)) {
    const tiers = q.stems.filter((s) => TIER_STEMS.has(s) && !own.has(s));
    const asked = new Set([...tiers, ...rest]);
    return tiers.length > 0 ? [...new Set(q.stems.filter((s) => asked.has(s)))] : [];
  }
  if (names.length === 0) return [];
  return rest;
}

/** Words that name a certificate's tier or track within a body's certificates. */
const TIER_STEMS = new Set(
  contentStems(
    'advanced expert professional associate specialty manager analyst architect developer administrator engineer practitioner',
  ),
);

/** What an absence of "AWS certified machine learning" is checked against. */
function subjectTerms(vendor: string, phrase: string) {
  return {
    terms: [`${vendor} ${phrase}`, `certified ${phrase}`, `${phrase} certification`],
    near: [phrase],
  };
}

/** A stem as the asker typed its word: "learn" → "learning". */
function typedWord(typed: string, stemmed: string): string {
  return typed.split(/[^\p{L}\d+#.-]+/u).find((w) => contentStems(w)[0] === stemmed) ?? stemmed;
}

/** The names of the certificates that certify any of `names`: "CKA", "CKS" for Kubernetes. */
function certificatesAbout(names: readonly string[]): string[] {
  const lower = new Set(names.map((n) => n.toLowerCase()));
  return CERTIFICATIONS.filter((c) => c.about?.some((a) => lower.has(a))).flatMap((c) => c.words);
}

/** The skill's names, and the certificates that certify it ("ScrumMaster" for Agile). */
function nearTerms(asked: string, tech?: Tech): string[] {
  const names = [asked, ...(tech && !tech.everydayWord ? tech.aliases : [])];
  return [...new Set([...names, ...certificatesAbout(names)])];
}

/** A technology's own name, not a field's: "Java", not "Cloud" or "Testing". */
function isToolName(tech: Tech): boolean {
  return !['concept', 'practice'].some((tag) => tech.tags.has(tag));
}

function withArticle(what: string): string {
  return `${article(what)} ${what}`;
}
