/**
 * A reference as academic CVs list their papers: the authors, then the title, then the venue.
 * "R. Halmágyi, D. Kertész, G. Tóth-Baranyi. Lambda-schedule pruning for fast relative binding
 * free energies. J. Chem. Theory Comput. 20, 1187–1199 (2024)." (initials first), or
 * "Halmágyi, R., & Kertész, D. (2024). Lambda-schedule pruning …. J. Chem. …" (APA).
 */
const INITIALS = String.raw`(?:\p{Lu}\.[\s-]?){1,3}`;
// "de Vries", "van der Berg": a surname may open with its particles.
const PARTICLES = String.raw`(?:(?:de|van|von|der|den|da|di|del|della|la|le|du|dos|das|ten|ter|bin|al)\s)*`;
const SURNAME = String.raw`${PARTICLES}\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?`;
const INITIALS_FIRST = `${INITIALS}\\s*${SURNAME}`;
const SEPARATOR = String.raw`,?\s*(?:and\s+|&\s*)?`;
const AUTHORS_INITIALS_FIRST = new RegExp(
  String.raw`^(${INITIALS_FIRST}(?:${SEPARATOR}${INITIALS_FIRST})*(?:,?\s*et al\.?)?)\.\s+([^.?!]{12,}[.?!])(?:\s+\S|$)`,
  'u',
);
const SURNAME_FIRST = `${SURNAME},\\s*${INITIALS}`;
const AUTHORS_APA = new RegExp(
  String.raw`^(${SURNAME_FIRST}(?:${SEPARATOR}${SURNAME_FIRST})*(?:,?\s*et al\.?)?)\s*\(((?:19|20)\d\d)\w?\)\.\s+([^.?!]{12,}[.?!])(?:\s|$)`,
  'u',
);

export interface Citation {
  authors: string;
  title: string;
  /** What follows the title: the journal, volume, pages, year. */
  rest: string;
  year?: string;
}

export function readCitation(text: string): Citation | undefined {
  const apa = AUTHORS_APA.exec(text);
  if (apa?.[1] && apa[3]) {
    return {
      authors: apa[1],
      title: apa[3].replace(/\.$/, ''),
      rest: text.slice(apa[0].length).trim(),
      year: apa[2],
    };
  }
  const plain = AUTHORS_INITIALS_FIRST.exec(text);
  if (!plain?.[1] || !plain[2]) return undefined;
  const at = plain[1].length + 1;
  const rest = text.slice(at).trim().slice(plain[2].length).trim();
  return { authors: plain[1], title: plain[2].replace(/\.$/, ''), rest };
}
