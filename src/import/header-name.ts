import { escapeRegExp } from '../knowledge/escape-regexp.ts';
import { ACADEMIC_TITLES } from './european-words.ts';
import { tidyName } from './line-text.ts';

// Degrees and honorifics around a name: "Ilse Verhoeven, Ph.D.", "Dr. Ana Lee", "Sam Ortiz MBA",
// "Katharina Pühringer, Dipl.-Ing. (FH)", "Juan Pérez, MSc".
const ACADEMIC = ACADEMIC_TITLES.map(escapeRegExp)
  .sort((a, b) => b.length - a.length)
  .join('|');
const NAME_SUFFIX = new RegExp(`(?:,?\\s+(?:${ACADEMIC})(?!\\p{L}))+$`, 'u');
const NAME_PREFIX = new RegExp(`^(?:(?:Mr|Ms|Mrs|Mx|${ACADEMIC})\\.?\\s+)+(?=\\p{Lu}\\p{Ll})`, 'u');

export function nameFromHeading(text: string): string {
  // "Hola 👋, soy Bruno", "Salut, je suis Léa", "Hallo, ich bin Jonas": the same, as other
  // languages say it.
  const intro =
    /\b(?:I['’]m|I am|this is|it['’]s|soy|me llamo|je suis|je m['’]appelle|ich bin|sou|sono|mi chiamo|ik ben|jestem|jag är|jeg er)\s+(.+?)[\s!.]*$/i.exec(
      text,
    );
  // "Hi there 👋 我是林浩然 (Lin Haoran)", "私は佐藤です", "저는 김민준입니다".
  const cjk =
    /(?:我是|我叫|我係|私は|僕は|저는)\s*(.+?)(?:です|입니다|이에요|예요)?[\s!.。！]*$/u.exec(text);
  // "Olá, eu sou a Larissa": Portuguese puts an article before the name.
  const introduced = (intro ?? cjk)?.[1]?.replace(/^[ao]\s+(?=\p{Lu})/u, '');
  const name = tidyName(introduced ?? withoutDocumentLabel(text))
    .replace(NAME_SUFFIX, '')
    .replace(NAME_PREFIX, '')
    .replace(/[!.,]+$/, '');
  return capitalisedName(name);
}

/** What a page calls itself beside the name: a file name, "README", "CV", "Résumé". */
const DOCUMENT_LABEL =
  /^(?:[\w-]+\.(?:md|markdown|txt|pdf|docx?|rst|adoc)|readme|changelog|cv|resume|résumé|curriculum vitae|portfolio|profile|about me|about)$/i;

/** "# CHANGELOG.md — Riku Halonen", "# CV: Ana Lima": the name beside the page's own label. */
function withoutDocumentLabel(text: string): string {
  const parts = text.split(/\s+[—–|·-]\s+|:\s+/);
  if (parts.length !== 2) return text;
  const [a = '', b = ''] = parts.map((p) => p.trim());
  return DOCUMENT_LABEL.test(a) ? b : DOCUMENT_LABEL.test(b) ? a : text;
}

/** "Katharina Pühringer, Dipl.-Ing. (FH)" → "Dipl.-Ing. (FH)": the titles the name carries. */
export function academicTitles(text: string): string | undefined {
  const suffix = NAME_SUFFIX.exec(tidyName(text))?.[0];
  const prefix = NAME_PREFIX.exec(tidyName(text))?.[0];
  const titles = [prefix, suffix].map((t) => t?.replace(/^,/, '').trim()).filter(Boolean);
  return titles.length > 0 ? titles.join(' ') : undefined;
}

/**
 * "LUKAS BRANDSTETTER", a CV's heading in capitals, is "Lukas Brandstetter" in a sentence;
 * 'MATHIEU "MATT" KOWALCZYK' is 'Mathieu "Matt" Kowalczyk'.
 */
function capitalisedName(name: string): string {
  if (!/\p{Lu}{2}/u.test(name) || /\p{Ll}/u.test(name)) return name;
  return name
    .toLowerCase()
    .replace(
      /(^|[\s'’"“(-])(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toUpperCase(),
    );
}
