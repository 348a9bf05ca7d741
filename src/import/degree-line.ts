import { cleanSegment, DEGREE, INSTITUTION, segments } from './entry-text.ts';

/** Reading a degree line: the school, the degree, its field and what is said of the study. */

export interface DegreeLine {
  institution?: string;
  degree?: string;
  field?: string;
  /** Parts that are none of these once all three are known: "thesis on …". */
  other?: string[];
}

const ASIAN_DEGREE =
  /^\s*(硕士|碩士|本科|学士|學士|博士|修士|석사|학사|박사)(?:学位|學位|課程|과정)?\s+/u;

/** Reads "BSc Computer Science — University of Porto" and similar. */
export function readDegreeLine(text: string): DegreeLine {
  // "硕士 浙江大学 · 计算机技术": the degree in Chinese, Japanese or Korean, then school and field.
  const asian = ASIAN_DEGREE.exec(text);
  if (asian?.[1]) {
    const [institution, field, ...other] = segments(text.slice(asian[0].length));
    const out: DegreeLine = { degree: asian[1] };
    if (institution) out.institution = institution;
    if (field) out.field = field;
    if (other.length > 0) out.other = other;
    return out;
  }
  const out: DegreeLine = {};
  for (let part of segments(text)) {
    if (!out.institution && INSTITUTION.test(part) && !DEGREE.test(part)) {
      // "Ph.D., Mechanical Engineering (Robotics), Delft University …": the field comes first.
      const pieces = part.split(/,\s+(?![^(]*\))/);
      const schoolAt = pieces.findIndex((piece) => INSTITUTION.test(piece));
      if (out.degree && !out.field && schoolAt > 0) {
        out.field = pieces.slice(0, schoolAt).join(', ');
        part = pieces.slice(schoolAt).join(', ');
      }
      const { name, notes } = withoutStudyNotes(part);
      out.institution = name;
      if (notes.length > 0) out.other = [...(out.other ?? []), ...notes];
    } else if (!out.degree && DEGREE.test(part)) {
      const degree = readDegree(part);
      // "B.Eng. in Computer Engineering, University of Science and Technology": the school
      // follows the field after a comma.
      const school = degree.field ? /^(.+?),\s+(.+)$/.exec(degree.field) : null;
      if (school?.[1] && school[2] && INSTITUTION.test(school[2]) && !out.institution) {
        degree.field = school[1];
        out.institution = school[2];
      }
      Object.assign(out, degree);
    } else if (out.institution && INSTITUTION.test(part) && !DEGREE.test(part))
      // A faculty and its university: "… and Technology – The University of Đà Nẵng".
      out.institution = `${out.institution} – ${part}`;
    else if (!out.institution && !out.degree) out.institution = part;
    else if (out.degree && !out.field) Object.assign(out, shortFormApart(out.degree, part));
    else {
      out.other ??= [];
      out.other.push(part);
    }
  }
  return out;
}

/**
 * "Master of Science - MS, Informatics", as LinkedIn writes a degree: the short form of the
 * degree, then the field. The short form goes with the degree.
 */
function shortFormApart(degree: string, part: string): { degree: string; field: string } {
  const short = /^([A-Z][A-Za-z.]{1,5}),\s+(.+)$/.exec(part);
  const initials = degree
    .split(/\s+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  if (short?.[1] && short[2] && short[1].replace(/[.a-z]/g, '') === initials)
    return { degree: `${degree} (${short[1]})`, field: short[2] };
  return { degree, field: part };
}

// What is said of the study, not of the school: "(part-time)", "First Class Honours", "GPA 3.9".
const STUDY_NOTE =
  /^\(?(?:part-?time|full-?time|distance|online|evening|exchange|honou?rs|first class|(?:upper |lower )?second class|distinction|merit|with honou?rs|(?:summa |magna )?cum laude|gpa\b|grade\b|thesis\b|dean'?s list|scholarship)/i;

/** "University College Dublin (UCD), (part-time), First Class Honours" → the name and notes. */
function withoutStudyNotes(written: string): { name: string; notes: string[] } {
  // "University of Waterloo, 2017 (part-time, while working at Northcove)": a closing bracket.
  const bracket = /\s*\(([^()]+)\)\s*$/.exec(written);
  const aside = bracket?.[1] && STUDY_NOTE.test(bracket[1]) ? bracket[1] : undefined;
  const text = aside && bracket ? written.slice(0, bracket.index) : written;
  const parts = text.split(/,\s+(?![^(]*\))/);
  const notes = parts.filter((part, i) => i > 0 && STUDY_NOTE.test(part.trim()));
  const name = parts.filter((part) => !notes.includes(part)).join(', ');
  const all = [
    ...notes.map((n) => n.trim().replace(/^\((.*)\)$/, '$1')),
    ...(aside ? [aside] : []),
  ];
  return { name: name.trim().replace(/,$/, ''), notes: all };
}

function readDegree(text: string): { degree: string; field?: string } {
  // "Bachelor of Computer Science, Software Engineering": the degree's name runs to the comma.
  const named = /^((?:Bachelor|Master|Doctor|Associate)(?:'s)? of [^,]+?)(?:,\s*(.+))?$/i.exec(
    text,
  );
  if (named?.[1] && !/\s+in\s+/i.test(named[1])) {
    return named[2]
      ? { degree: named[1].trim(), field: named[2].trim() }
      : { degree: named[1].trim() };
  }
  // "Licenciatura en Ciencias de la Computación", "Bacharel em Sistemas de Informação".
  const inField = /^(.+?)\s+(?:in|en|em)\s+(.+)$/i.exec(text);
  if (inField?.[1] && inField[2]) return { degree: inField[1].trim(), field: inField[2].trim() };
  const match = DEGREE.exec(text);
  // "Master's degree, Human-Computer Interaction", as LinkedIn writes it: "degree" is the
  // degree's own word, not its field.
  let degree = match?.[0].trim() ?? text;
  const word = /^\s*degree\b/i.exec(text.slice(degree.length));
  if (/['’]s$/.test(degree) && word) degree = `${degree}${word[0]}`;
  // "Diplom-Ingenieur (Dipl.-Ing.), Electrical Engineering": the short form belongs to the degree.
  const short = /^\s*\([^()]{1,20}\)/.exec(text.slice(degree.length));
  if (short) degree = text.slice(0, degree.length + short[0].length).trim();
  const field = cleanSegment(text.slice(degree.length).replace(/^\s*(?:,|in|of|en|em)\s+/i, ''));
  return field ? { degree, field } : { degree };
}

export function looksLikeDegree(text: string): boolean {
  return DEGREE.test(text.trim()) || INSTITUTION.test(text);
}
