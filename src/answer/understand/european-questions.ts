/**
 * Questions typed in Portuguese, Spanish, French, German or Italian ("onde ele mora?", "Wo
 * arbeitet er derzeit?", "¿cómo lo puedo contactar?"): their asking words said in the English the
 * kinds read. Only a question with a word no English question uses is glossed, and only the
 * words of the table change; names and technologies stay as typed.
 */
const GLOSSES: readonly (readonly [english: string, words: string])[] = [
  ['he', 'ele él il er lui ihn'],
  ['she', 'ela ella elle'],
  ['where', 'onde dónde donde où wo dove'],
  ['lives', 'mora vive habite wohnt abita reside'],
  ['work', 'trabalha trabaja travaille arbeitet lavora'],
  [
    'currently',
    'atualmente actualmente actuellement derzeit zurzeit aktuell attualmente agora ahora maintenant jetzt',
  ],
  ['company', 'empresa entreprise firma unternehmen azienda société'],
  ['years', 'anos años ans années année jahre jahren anni'],
  ['experience', 'xp experiência experiencia expérience erfahrung esperienza'],
  ['how many', 'quantos quantas qts cuántos cuantos cuántas combien quanti'],
  [
    'contact',
    'contactar contatar contacter kontaktieren erreichen contattare contato contacto kontakt',
  ],
  ['how', 'como cómo comment'],
  ['knows', 'sabe conoce conhece connaît kennt conosce domina maîtrise beherrscht'],
  ['uses', 'usa utiliza utilise nutzt verwendet'],
  ['certified', 'certificado certificada certifié certifiée zertifiziert certificato certificata'],
  [
    'certification',
    'certificação certificación certificat zertifikat certificazione certificações',
  ],
  ['has', 'tem tiene possède besitzt'],
  ['write', 'escribes escribe escreve écris écrire schreib schreibe scrivi'],
  ['speaks', 'fala habla parle spricht parla'],
  ['languages', 'idiomas línguas langues sprachen lingue'],
  ['available', 'disponível disponibles verfügbar disponibile'],
  ['salary', 'salário salario salaire gehalt stipendio'],
  ['what', 'qué quê quoi'],
  ['which', 'qual cuál quel quelle welche welcher quale'],
  ['projects', 'projetos proyectos projets projekte progetti'],
  ['skills', 'habilidades compétences fähigkeiten kenntnisse competenze'],
  ['degree', 'diploma diplôme abschluss titulación graduação'],
];

const BY_WORD = new Map<string, string>(
  GLOSSES.flatMap(([english, words]) => words.split(' ').map((w) => [w, english] as const)),
);

/** Words no English question uses: one of them marks the question as another language's. */
const FOREIGN = new Set(
  'certificado certificada certifié certifiée zertifiziert certificação certificación sabe ele ela él ella elle onde dónde où mora trabalha trabaja travaille arbeitet derzeit zurzeit atualmente actualmente actuellement empresa entreprise unternehmen anos años jahre quantos qts cuántos combien contactar contatar contacter kontaktieren erreichen cómo comment conhece conoce connaît kennt tem tiene escribes escreve écris schreib fala habla parle spricht idiomas línguas langues sprachen qué quê qual cuál quel quelle welche você usted vous lo puedo pode peut kann ist hat sind está es il er wo'.split(
    ' ',
  ),
);

const WORD = /[\p{L}\p{M}]+/gu;

/** The question with its asking words said in English, when it is in one of those languages. */
export function glossEuropeanQuestion(text: string): string | undefined {
  const words = (text.toLowerCase().match(WORD) ?? []) as string[];
  const marked = new Set(words.filter((w) => FOREIGN.has(w))).size;
  // "is it in Lisbon?": "il" or "es" alone is no other language; two marks are.
  if (marked < 2 && !words.some((w) => FOREIGN.has(w) && w.length >= 4)) return undefined;
  let changed = false;
  const glossed = text.replace(WORD, (word) => {
    const english = BY_WORD.get(word.toLowerCase());
    if (!english) return word;
    changed = true;
    return english;
  });
  if (!changed) return undefined;
  // Word order the kinds read: "onde ele trabalha" is "where does he work", "me escribes" is
  // "write me".
  return glossed
    .replace(/[¿¡]/g, '')
    .replace(
      /\bwhere (?:(he|she) )?work(?: (he|she))?\b/i,
      (_, a, b) => `where does ${a ?? b ?? 'he'} work`,
    )
    .replace(/\bme write\b/i, 'write me');
}
