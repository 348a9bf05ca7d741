/**
 * The data-protection consent a European CV closes with: "Wyrażam zgodę na przetwarzanie moich
 * danych osobowych …" (RODO), "Autorizzo il trattamento dei miei dati personali …" (GDPR),
 * "I hereby consent to the processing of my personal data …". It is the sender's permission to
 * the recruiter, no fact about the owner: the paragraph is left out, and the report says so.
 */
const CONSENT =
  /^[ \t]*(?:<(?:sub|small|i|em)>\s*)?[*_]*(?:I (?:hereby )?(?:agree|consent|authori[sz]e)\b[^\n]*\b(?:personal data|data protection|GDPR)|Wyrażam zgodę na przetwarzanie|Autorizzo il trattamento|Acconsento al trattamento|Ich (?:willige|stimme)\b[^\n]*\b(?:Daten|Datenschutz)|J['’]autorise\b[^\n]*\bdonnées personnelles|Autorizo (?:el|o) tratamiento|Ik geef toestemming\b[^\n]*\bpersoonsgegevens)[^\n]*$/gimu;

export function withoutConsentClause(text: string): { text: string; removed: number } {
  let removed = 0;
  const out = text.replace(CONSENT, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}
