import type { Certification, Education, Publication } from '../knowledge/schema.ts';
import { takeYear } from './entry-dates.ts';
import { DEGREE, INSTITUTION, looksLikeJobTitle, segments, splitList } from './entry-text.ts';

/**
 * Entries an owner writes as sentences instead of lists: certificates ("I hold the CKA
 * certification"), studies ("I studied Computer Science at AGH University"), talks ("my talk
 * "Deleting Alerts Is a Feature" at SREcon"). Each reader returns only what a sentence says.
 * Past jobs told so are read in prose-roles.ts.
 */

// "I hold the …", and "I studied at … and hold the …" later in a sentence of the owner's.
const HOLDS =
  /\bI(?:\s+(?:also\s+|now\s+|currently\s+)?(?:hold|have|earned|passed|got|gained|completed|became|am|did|obtained|achieved)|['’]m|\s[^.]{0,160}?\band\s+(?:also\s+)?(?:hold|earned|passed|gained))\s+(?:also\s+)?((?:the\s+|an?\s+)?[^.]*?\bcertifi(?:cation|cate|ed)s?\b[^.]*)/i;

// One line under a label of its own: "Certified: ARM Accredited Engineer (AAE) · ISTQB Foundation Level", "Certs — CKA, CKAD".
// "📜 **Certificações:** Meta Front-End Developer · …": an emoji may lead, the label may be the
// profile's own language.
const LABELLED_CERTIFICATES =
  /(?:^[^\p{L}\p{N}]*|[.!?]\s+)(?:certified|certifications?|certificates?|certs|certificações|certificados|certificaciones|zertifikate|zertifizierungen|certificazioni|certificaten)(?:,[^:\n]{1,30})?\s*(?::|—|–)\s*([^\n]+?)(?:\.(?:\s|$)|$)/iu;

export function labelledCertificates(text: string): Certification[] {
  const list = LABELLED_CERTIFICATES.exec(text)?.[1];
  if (!list) return [];
  // "IAAP CPACC (Certified Professional …), 2021": a year after a comma is the item's own.
  const items = splitList(list).reduce<string[]>((out, item) => {
    const short = /^([A-Z][A-Z0-9]{1,7})(\s*\(?(?:19|20)\d\d\)?)?$/.exec(item);
    const previous = out.at(-1);
    if (/^\(?(?:19|20)\d\d\)?$/.test(item) && out.length > 0) out.push(`${out.pop()} ${item}`);
    // "Certified Kubernetes Application Developer, CKAD (2022)": its own initials, not another.
    else if (short?.[1] && previous && initialsOf(previous) === short[1])
      out.push(`${out.pop()} (${short[1]})${short[2] ?? ''}`);
    else out.push(item);
    return out;
  }, []);
  return items
    .filter((name) => /^[\p{Lu}\d]/u.test(name) && name.split(' ').length <= 12)
    .map((name) => withYear(name, /\s*\(?(\d{4})\)?\s*$/))
    .filter((certificate) => certificate.name !== '');
}

/** "Certified Kubernetes Application Developer" → "CKAD". */
function initialsOf(name: string): string {
  return (name.match(/\b\p{Lu}/gu) ?? []).join('');
}

/** "CKA (2023)" → the name and its year, the year as `pattern` finds it at the end. */
function withYear(name: string, pattern: RegExp): Certification {
  const year = pattern.exec(name);
  return year?.[1] ? { name: name.slice(0, year.index).trim(), year: year[1] } : { name };
}

/**
 * "I became a Chartered Engineer (CEng, MIET) with the IET in 2019", "I'm a Registered
 * Professional Engineer": a professional title conferred by a body is held like a certificate.
 */
const CONFERRED =
  /\bI(?:\s+(?:became|qualified as|am|was made)|['’]m)\s+(?:also\s+)?(?:an?\s+)?((?:Chartered|Certified|Registered|Licensed|Incorporated)\s+(?:\p{Lu}[\p{L}-]*\s+){0,3}?\p{Lu}[\p{L}-]*(?:\s+\([^()]{2,40}\))?)(?:\s+(?:with|by|through|from)\s+(?:the\s+)?(\p{Lu}[\p{L}&-]*(?:\s+\p{Lu}[\p{L}&-]*){0,4}))?(?:\s+in\s+((?:19|20)\d\d))?/u;

// "Certified Functional Safety Engineer (TÜV Rheinland, ISO 26262) since 2019.": a sentence
// that opens with the title held, as a summary states it.
const TITLE_SENTENCE =
  /(?:^|[.!?]\s+)((?:Chartered|Certified|Registered|Licensed)\s+(?:\p{Lu}[\p{L}-]*\s+){0,4}\p{Lu}[\p{L}-]*(?:\s+\([^()]{2,80}\))?)(?:\s+since\s+((?:19|20)\d\d))?\s*[.!?]?(?:\s|$)/u;

function conferredTitle(text: string): Certification[] {
  const opening = TITLE_SENTENCE.exec(text);
  if (opening?.[1]) return [{ name: opening[1], ...(opening[2] ? { year: opening[2] } : {}) }];
  const m = CONFERRED.exec(text);
  if (!m?.[1]) return [];
  return [{ name: m[1], ...(m[2] ? { issuer: m[2] } : {}), ...(m[3] ? { year: m[3] } : {}) }];
}

const CERTIFIED_WHEN =
  /^(\p{Lu}[^()]{3,80}?)\s*(?:\(\s*certified(?:\s+in)?\s+((?:19|20)\d\d)\s*\)|,\s*certified(?:\s+in)?\s+((?:19|20)\d\d))$/u;

/**
 * "AWS Certified Developer – Associate (2023)" on a line of its own, wherever it stands: a
 * certificate's name, not a sentence about one.
 */
export function certificateLine(line: string): Certification | undefined {
  const text = line.trim().replace(/[.;]$/, '');
  // "Google Associate Android Developer (certified 2020)": the name, said to be certified.
  const said = CERTIFIED_WHEN.exec(text);
  if (said?.[1] && !/^I\b/.test(said[1]) && said[1].split(/\s+/).length <= 10)
    return { name: said[1], year: said[2] ?? said[3] ?? '' };
  if (!/\bCertified\b/.test(text) || /^I\b|\bI\s/.test(text) || text.split(/\s+/).length > 12)
    return undefined;
  return withYear(text, /\s*\((\d{4})\)\s*$/);
}

/**
 * "passed the Google Cloud Professional Data Engineer exam (01/2025)", "passed the CKA (Certified
 * Kubernetes Administrator) exam back in 2020", "I passed the Associate
 * Android Developer exam from Google back in 2020": a certificate told as its exam.
 */
const PASSED_EXAM =
  /\bpassed (?:the|my|an?)\s+(\p{Lu}[^.;()]{1,80}?(?:\s*\([^()]{2,60}\))?)\s+(?:certification\s+)?exam\b(?:\s+(?:from|by|with)\s+(\p{Lu}[\p{L}&.-]*(?:\s\p{Lu}[\p{L}&.-]*)*))?(?:[^.;]*?\b((?:19|20)\d{2})\b)?/gu;

export function passedExams(text: string): Certification[] {
  return [...text.matchAll(PASSED_EXAM)].flatMap(([, name, issuer, year]) =>
    name ? [{ name, ...(issuer ? { issuer } : {}), ...(year ? { year } : {}) }] : [],
  );
}

/** "I hold the Certified Kubernetes Administrator (CKA) certification and the …" */
export function certificationsFromProse(text: string): Certification[] {
  const clause = HOLDS.exec(text)?.[1];
  const passed = passedExams(text);
  // "I passed the CKA (Certified Kubernetes Administrator) exam back in 2020": the exam names it.
  if (!clause || (passed.length > 0 && /\bexam\b/i.test(clause)))
    return passed.length > 0 ? passed : conferredTitle(text);
  // "…, mostly because Kestrel paid for the exam and I was too stubborn to fail it": the
  // reason told after the certificates names none.
  const listed = outsideBrackets(clause).split(REASON_AFTER)[0] ?? '';
  return listed
    .split(/,\s*(?:and\s+)?|\s+and\s+(?=the\b|an?\b|\p{Lu})/u)
    .map((part) => part.replace(/\u0000/g, ','))
    .map((part) =>
      part
        .replace(/^(?:the|an?|both)\s+/i, '')
        .replace(/\s+cert(?:ification|ificate)?s?\b.*$/i, '')
        // "… (CSM) through Scrum Alliance in 2017, mostly so …": the issuer and the rest go.
        .replace(/\s+(?:through|from|by|via)\s+\S.*$/u, '')
        .trim(),
    )
    .filter((name) => /^\p{Lu}/u.test(name) && !/^I\b/.test(name) && name.split(' ').length <= 12)
    .map(spelledOutCertificate);
}

const REASON_AFTER =
  /,\s+(?:mostly|mainly|partly|largely|just|only)?\s*(?:because|since|as(?!\s+well\b)|which|though|but)\b/i;

/** Commas inside brackets hidden (as NUL) so a list splits only between its items. */
function outsideBrackets(text: string): string {
  let depth = 0;
  return [...text]
    .map((char) => {
      if (char === '(') depth++;
      if (char === ')') depth = Math.max(0, depth - 1);
      return char === ',' && depth > 0 ? '\u0000' : char;
    })
    .join('');
}

/** "WAS (Web Accessibility Specialist, 2021)" → "Web Accessibility Specialist", 2021. */
function spelledOutCertificate(name: string): Certification {
  const short = /^(\p{Lu}[\p{Lu}\d-]{1,9})\s*\((\p{Lu}[^(),]{3,80}?),\s*((?:19|20)\d\d)\)$/u.exec(
    name,
  );
  if (short?.[1] && short[2] && short[3]) return { name: short[2].trim(), year: short[3] };
  return withYear(name, /\((\d{4})\)\s*$/);
}

// "at the University of Strathclyde I joined …": the pronoun starts the next clause.
const INSTITUTION_NAME =
  "(?:the\\s+)?\\p{Lu}[\\p{L}.&'’-]*(?:\\s+(?:(?:of|and|for|the|de|da|di|du|des|del|la|le|y|à)\\s+){0,2}(?!I\\b)\\p{Lu}[\\p{L}.&'’()-]*)*";
const STUDIED = new RegExp(
  `\\b(?:I\\s+)?(?:studied|graduated in|read|did (?:a|my) (?:degree|master'?s|bachelor'?s) in)\\s+([\\p{L} &-]+?)\\s+at\\s+(${INSTITUTION_NAME})`,
  'gu',
);

// A study named before its school: "Ingénieur d'État in Electrical Engineering", "BSc Physics".
const STUDY =
  /\b(?:degree|diploma|graduated?|ingénieur|ingeniero|ingenier[ií]a|engenheiro|engenharia|licen[cs]iatura)\b|^(?:\S+\s+){0,3}\S+\s+in\s+\p{Lu}/iu;

/** A school by its name: "École Centrale", "University of Minho", not "grad school". */
function namesSchool(text: string): boolean {
  const word = INSTITUTION.exec(text)?.[0] ?? '';
  return word !== '' && (/^\p{Lu}/u.test(word) || /\b\p{Lu}{2,}\b/u.test(text));
}

/**
 * A line that is a degree on its own: "Ingénieur d'État in Electrical Engineering — École
 * Mohammadia d'Ingénieurs (EMI), Rabat, 2016". The school is the part that names one; the
 * study is the part before it, and only a line that names a study counts.
 */
export function degreeFromLine(written: string): Education | undefined {
  // "2014 — MSc in Computer Science, Masaryk University, Brno. First job.": a timeline's event,
  // its first sentence the degree and its year the year it was finished.
  const event = /^((?:19|20)\d\d)\s*[—–:-]\s*(.+?[.!?])\s+\p{Lu}/u.exec(written);
  const finished = event?.[2] ? degreeFromLine(event[2].replace(/\.$/, '')) : undefined;
  if (finished && event?.[1]) return { ...finished, end: finished.end ?? event[1] };
  // "BA in Economics at Université Laval. The courses …": sentences are prose, read as such.
  if (written.length > 240 || /(?:\p{Ll}{2,}|\))[.!?]\s+\p{Lu}/u.test(written)) return undefined;
  // "…, Universidad Austral de Chile (2011–2016)": the years the study took, set apart.
  const range = TRAILING_RANGE.exec(written);
  const line = range ? written.slice(0, range.index) : written;
  const read = degreeOnLine(line);
  if (read && range?.[1] && range[2]) {
    read.start = range[1];
    read.end = range[2];
  }
  return read;
}

const TRAILING_RANGE = /,?\s*\(?((?:19|20)\d\d)\s*[–—-]\s*((?:19|20)\d\d)\)?\.?\s*$/;

function degreeOnLine(line: string): Education | undefined {
  const studiedAt = fieldAtSchool(line) ?? degreeFromSchool(line);
  if (studiedAt) return studiedAt;
  const parts = segments(line.replace(/\s+[—–]\s+/g, ', '));
  const at = parts.findIndex((part) => namesSchool(part) && !DEGREE.test(part));
  // "Dalhousie University, Bachelor of Computer Science, 2016": the school first, then the degree.
  const after = parts[at + 1];
  const degreeAfter =
    at === 0 && after && DEGREE.test(after) ? after.replace(/,?\s*\(?\d{4}\)?\.?$/, '') : undefined;
  const study = at > 0 ? parts[at - 1] : degreeAfter;
  // "I grew up in Beirut — moved to Québec for grad school": a life, not a degree.
  if (study && /^(?:I|we|my|our)\b/i.test(study)) return undefined;
  const institution = parts[at]?.replace(/,?\s*\(?\d{4}\)?\.?$/, '').trim();
  if (!study || !institution || !(DEGREE.test(study) || STUDY.test(study))) return undefined;
  const education: Education = { institution, details: [] };
  const inField = /^(.+?)\s+in\s+(.+)$/i.exec(study);
  education.degree = (inField?.[1] ?? study).trim();
  if (inField?.[2]) education.field = inField[2].trim();
  const year = takeYear(parts.slice(at).join(', '))?.year;
  if (year) education.end = year;
  return education;
}

/**
 * "Computer Engineering at UdelaR (Universidad de la República), class of 2017": a field at a
 * school with the year it ended. A job at an institute ("Research engineer at …") is no study.
 */
function fieldAtSchool(line: string): Education | undefined {
  const match =
    /^(\p{Lu}[\p{L} &-]{2,60}?)\s+at\s+(.+?),?\s+(?:class of\s+|graduated\s+)?(\d{4})\.?$/u.exec(
      line,
    );
  const [, field, school, year] = match ?? [];
  if (!field || !school || !year || looksLikeJobTitle(field) || !namesSchool(school))
    return undefined;
  return { institution: school.replace(/,$/, '').trim(), field, end: year, details: [] };
}

// "BSc in Information Systems from UFPE (2021)", "Bacharel em Sistemas de Informação pela UFPE":
// a degree, its field, and the school it came from, however short the school's name.
const DEGREE_FROM =
  /^(.+?)\s+(?:in|em|en|di)\s+(.+?)\s+(?:from|at|pela|pelo|por la|por el|presso)\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}.&'’ -]{1,80}?)\s*(?:[,–—-]\s*)?\(?((?:19|20)\d\d)?\)?\.?$/u;

function degreeFromSchool(line: string): Education | undefined {
  const [, degree, field, school, year] = DEGREE_FROM.exec(line) ?? [];
  if (!degree || !field || !school || !DEGREE.test(degree) || degree.split(' ').length > 4)
    return undefined;
  const education: Education = { institution: school.trim(), degree, field, details: [] };
  if (year) education.end = year;
  return education;
}

// "I studied at the University of X (BSc in Computer Science, 2012)": the school, then the degree;
// "… and finished a Master of Science in Computer Science in 2015": the degree said after it.
// "I studied at FEUP (Faculdade de Engenharia …) — integrated master's in …, 2016": the bracket
// spells the school out, the degree follows a dash.
const STUDIED_AT = new RegExp(
  `\\bI\\s+(?:studied|graduated)\\s+(?:at|from)\\s+(${INSTITUTION_NAME})\\s*(?:\\(([^()]+)\\))?(?:\\s*[—–]\\s+([^.;]+?)(?=[.;](?:\\s|$)|$)|\\s+and\\s+(?:finished|completed|earned|got|did|took)\\s+(?:an?\\s+|my\\s+)?([^.;]+?)(?=[.;](?:\\s|$)|$))?`,
  'gu',
);

const DEGREE_KIND =
  /^(?:an?\s+)?(?:(?:integrated|joint|dual|double|combined|honou?rs|(?:three|four|five|\d)-year)\s+)+/i;

function studiedAt(text: string): Education[] {
  return [...text.matchAll(STUDIED_AT)].flatMap((m) => {
    const bracketIsDegree = m[2] !== undefined && DEGREE.test(m[2]);
    // "I studied at Ghent University (UGent) and finished a Master of Science in …, 2015".
    const told = bracketIsDegree ? m[2] : (m[3] ?? m[4]);
    const school = m[1]?.replace(/^the\s+/i, '').trim();
    const institution = school && m[2] && !bracketIsDegree ? `${school} (${m[2]})` : school;
    const year = takeYear(told ?? '');
    // "… in Computer Science in 2015": the year's "in" goes with it.
    const study = (year?.rest ?? told ?? '').trim().replace(/[\s,]+(?:in|of|from)$/i, '');
    const inField = /^(.+?)\s+in\s+(.+)$/i.exec(study);
    const degree = (inField?.[1] ?? study).trim();
    // "an integrated master's", "a joint BSc": the kind of degree, then the degree.
    const bare = degree.replace(DEGREE_KIND, '');
    if (!institution || !DEGREE.test(bare)) return [];
    const education: Education = { institution, degree, details: [] };
    if (inField?.[2]) education.field = inField[2].trim();
    if (year) education.end = year.year;
    return [education];
  });
}

// "BA in Economics at Université Laval", "a BSc in Computer Science from Concordia University", "a DESS (graduate diploma) in Business Intelligence at X".
// "B.Sc. in computer science at the Université du Québec", "DEC in 3D animation at the Cégep de
// Matane": the field may be written in lower case or open with a figure.
const DEGREE_IN_AT = new RegExp(
  `\\b((?:[BM]\\.?(?:Sc|S|A|Eng|Tech|Ed|Phil|FA)\\.?|Ph\\.?D\\.?|MBA|BBA|DESS|DEA|DEC|DUT|BTS|HND|LLB|LLM|MPhil|[Bb]achelor['’]?s?|[Mm]aster['’]?s?)(?:\\s+\\([^()]{2,40}\\))?)\\s+(?:degree\\s+)?in\\s+([\\p{L}\\d][\\p{L}\\d &-]{2,60}?)\\s+(?:at|from)\\s+(${INSTITUTION_NAME})`,
  'gu',
);

function degreeInFieldAt(text: string): Education[] {
  return [...text.matchAll(DEGREE_IN_AT)].flatMap((m) => {
    const institution = m[3]
      ?.split(/\.\s/)[0]
      ?.replace(/^the\s+/i, '')
      .replace(/\.$/, '')
      .trim();
    if (!institution || !m[1] || !m[2]) return [];
    const education: Education = { institution, degree: m[1], field: m[2].trim(), details: [] };
    // "…, graduating in 2009": the year the sentence goes on to give.
    const after = text.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/)[0] ?? '';
    // "… from Concordia University in 2014", "… (2016)": the year right after the school.
    const year =
      /^\s*(?:in\s+|\(|,\s*)((?:19|20)\d\d)\b/.exec(after)?.[1] ??
      /\b(?:graduat\w*|finish\w*|class of)\s+(?:in\s+)?((?:19|20)\d\d)\b/i.exec(after)?.[1];
    if (year) education.end = year;
    return [education];
  });
}

// "MSc in Geoinformatics, University of Twente, 2015.": a degree, its school and year as a sentence.
const DEGREE_IN_COMMA = new RegExp(
  `(?:^|[.!?]\\s+)((?:[BM]\\.?(?:Sc|S|A|Eng|Tech|Ed|Phil|FA)\\.?|Ph\\.?D\\.?|MBA|BBA|MPhil|LLB|LLM|[Bb]achelor['’]?s?|[Mm]aster['’]?s?)(?:\\s+degree)?)\\s+in\\s+(\\p{Lu}[\\p{L} &-]{2,60}?),\\s+(${INSTITUTION_NAME})(?:,\\s+((?:19|20)\\d\\d))?(?=[.;]|$)`,
  'gu',
);

function degreeInFieldComma(text: string): Education[] {
  return [...text.matchAll(DEGREE_IN_COMMA)].flatMap((m) => {
    const institution = m[3]?.replace(/^the\s+/i, '').trim();
    if (!institution || !m[1] || !m[2] || !namesSchool(institution)) return [];
    const education: Education = { institution, degree: m[1], field: m[2].trim(), details: [] };
    if (m[4]) education.end = m[4];
    return [education];
  });
}

// "I did the twelve-week full-time course at Northcoders", "I completed a coding bootcamp with
// Le Wagon in 2019": a career changer's training, named by who gave it.
const COURSE_AT =
  /\bI\s+(?:did|completed|attended|took|finished|went through)\s+(?:the|a|an)\s+((?:[\p{L}\d-]+\s+){0,4}?(?:bootcamp|course|programme|program))\s+(?:at|with)\s+(\p{Lu}[\p{L}\p{N}&.'’-]*(?:\s+\p{Lu}[\p{L}\p{N}&.'’-]*){0,3})/gu;

function coursesAt(text: string): Education[] {
  return [...text.matchAll(COURSE_AT)].flatMap((m) => {
    const [, course, school] = m;
    if (!course || !school) return [];
    const education: Education = { institution: school, degree: course, details: [] };
    // "In 2015 I did …": the year may open the sentence.
    const opened = Math.max(0, text.lastIndexOf('. ', m.index));
    const sentence =
      text.slice(opened, m.index + m[0].length) +
      (text.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/)[0] ?? '');
    const year = /\b((?:19|20)\d\d)\b/.exec(sentence)?.[1];
    if (year) education.end = year;
    return [education];
  });
}

/** "I studied Computer Science at AGH University of Science and Technology in Kraków …" */
export function educationFromProse(text: string): Education[] {
  const out: Education[] = [
    ...studiedAt(text),
    ...degreeInFieldAt(text),
    ...degreeInFieldComma(text),
    ...coursesAt(text),
    ...labelledDegrees(text),
  ];
  for (const m of text.matchAll(STUDIED)) {
    const institution = m[2]
      ?.split(/\.\s/)[0]
      ?.replace(/^the\s+/i, '')
      .trim();
    if (!institution) continue;
    const education: Education = { institution, details: [] };
    if (m[1]) education.field = m[1].trim();
    // "… and finished a master's degree in 2012": the rest of the sentence.
    const rest = text.slice(m.index + m[0].length).split(/[.!?](?:\s|$)/)[0] ?? '';
    const degree = /\b(master'?s|bachelor'?s|PhD|doctorate|MSc|BSc|MA|BA)\b/i.exec(rest)?.[1];
    if (degree) education.degree = degree;
    const year = takeYear(rest)?.year;
    if (year) education.end = year;
    out.push(education);
  }
  return out;
}

// "… professional experience. Education: BSc in Computer Science, University of Tartu (2015). On
// the side …": a label inside the prose, its sentence the degree line.
const EDUCATION_LABEL =
  /\b(?:Education|Degree|Studies)\s*:\s*(.+?)(?:\.\s+(?=["“'‘(]?\p{Lu})|\.?$)/gu;

function labelledDegrees(text: string): Education[] {
  return [...text.matchAll(EDUCATION_LABEL)].flatMap((m) => degreeFromLine(m[1] ?? '') ?? []);
}

const TALK_WORDS =
  /\b(?:talks?|spoke\s+(?:at|on|about)|speaker|speaking\s+(?:at|on)|presented|keynote|gave|lightning|workshops?|panel|webinar)\b/i;
// Double quotes, or single ones that are not an apostrophe ("the agency's …").
const QUOTED =
  /["“”„«]([^"“”„«»]{4,120})["“”»]|(?<![\p{L}\p{N}])['‘]([^'‘’\n]{4,120})['’](?![\p{L}\p{N}])/gu;

const TALK_AT_BEFORE =
  /\b(?:[Tt]alks?|[Ss]poke|[Kk]eynote|[Pp]resented|[Pp]resentation)\b[^"“]*?\bat\s+((?:\p{Lu}[\p{L}\p{N}+&.-]*\s*?)+?)(?:\s+in\s+\p{Lu}[\p{L}'’-]+)?\s*[,:(—–-]?\s*$/u;

/** Sentences, a quoted title's own "?" or "." aside: "— "Offline-first? Syncing on 2G"". */
function sentencesOutsideQuotes(text: string): string[] {
  const kept = text.replace(/["“][^"“”\n]{4,120}["”]/g, (quote) =>
    quote.replace(/([.!?;])\s/g, '$1\u0000'),
  );
  return kept.split(/(?<=[.!?;])\s+/).map((sentence) => sentence.replace(/\u0000/g, ' '));
}

/**
 * Talks a sentence names: its quoted titles ("Deleting Alerts Is a Feature", which I gave at
 * SREcon EMEA 2022), or, after "Speaker at", each event it lists.
 */
const AT_IN_A_TALK_CALLED =
  /\bat\s+([\p{L}\p{N}][\p{L}\p{N}+&./-]*(?:\s+[\p{Lu}\d][\p{L}\p{N}+&.-]*){0,4})\s+in\s+a\s+(?:talk|session|keynote|presentation|lightning talk)\s+(?:called|titled|named)\s*[:—–-]?\s*[*_]*\s*$/u;

export function talksFromProse(text: string): Publication[] {
  const out: Publication[] = [];
  for (const sentence of sentencesOutsideQuotes(text)) {
    if (!TALK_WORDS.test(sentence)) continue;
    // "Speaker at X", and a job site's "Speaker – PyCon Argentina 2022: Talk: "…"".
    const speaker = /\bspeaker(?:\s+at|\s*[–—:])\s+(.+)$/i.exec(sentence)?.[1];
    // Each event: split at "and" and commas outside brackets and quotes.
    const events = speaker?.split(
      /\s+and\s+(?=(?:[^"“”]*["“”][^"“”]*["“”])*[^"“”]*$)|,\s+(?![^(]*\))(?=(?:[^"“”]*["“”][^"“”]*["“”])*[^"“”]*$)/,
    );
    for (const event of events ?? []) {
      const venue = event
        .replace(QUOTED, '')
        .replace(/\(\s*\)/g, '')
        .trim()
        .replace(/[\s:]*\b(?:talk|title|topic)\s*:?\s*[.;]?$/i, '')
        .replace(/\s*[.;:,]$/, '');
      const quoted = [...event.matchAll(QUOTED)][0];
      const title = (quoted?.[1] ?? quoted?.[2])?.trim();
      if (!/^\p{Lu}/u.test(venue)) continue;
      out.push({ kind: 'talk', title: title ?? venue, venue });
    }
    for (const m of sentence.matchAll(QUOTED)) {
      const title = (m[1] ?? m[2])?.trim().replace(/[.,]$/, '');
      if (!title || out.some((talk) => talk.title === title)) continue;
      // What follows the title up to the next one: "…" at X, and a lightning talk, "…", at Y.
      const rest = sentence.slice(m.index + m[0].length);
      const next = rest.search(/["“«]|(?<![\p{L}\p{N}])['‘](?=[^'‘’\n]{4,120}['’])/u);
      const after = next > 0 ? rest.slice(0, next) : rest;
      // "at /dev/world/2023 in Melbourne": an event whose name is not in capitals.
      const event = /^[\s,]*(?:at|for)\s+(\/[^\s,;]+)/u.exec(after)?.[1];
      // "… at DVCon Europe 2023 ("Title")": the venue may also come just before the title.
      const before = sentence.slice(0, m.index);
      const venue =
        event ??
        /\b(?:at|for)\s+((?:\p{Lu}[\p{L}\p{N}+&.-]*\s*)+\d{0,4})/u.exec(after)?.[1] ??
        /\bat\s+((?:\p{Lu}[\p{L}\p{N}+&.-]*\s+)+\d{4})\s*[(:—–-]?\s*$/u.exec(before)?.[1] ??
        // "I gave my first conference talk at PyCon UK in Cardiff, "Title"".
        TALK_AT_BEFORE.exec(before)?.[1] ??
        // "at droidcon Berlin 2022 in a talk called "Title"": an event whose brand is lower case.
        AT_IN_A_TALK_CALLED.exec(before)?.[1] ??
        // "Talk: "Idempotency keys in practice" — DevFest Nairobi 2023 (slides)".
        /^\s*[—–]\s*(\p{Lu}[^.;()"“]{2,60}?)\s*(?:\([^()]*\))?\s*[.;]?$/u.exec(after)?.[1];
      const talk: Publication = { kind: 'talk', title };
      if (venue?.trim()) talk.venue = venue.trim();
      const year =
        /\b(?:in|at)\s+((?:19|20)\d\d)\b/i.exec(after)?.[1] ??
        (next > 0 ? undefined : /\b(?:in|at)\s+((?:19|20)\d\d)\b/i.exec(sentence)?.[1]);
      if (year && !venue?.includes(year)) talk.date = year;
      out.push(talk);
    }
  }
  return out;
}
