import type { Award, Certification } from '../knowledge/schema.ts';

// A title that names a certificate: "Acme Certified Developer", "Cloud Security Certification".
const NAMES_CERTIFICATE = /\bcertifi(?:ed|cation|cate)\b/i;

const PENDING = /\b(?:expected|scheduled|booked|in progress|planned|preparing)\b/i;

// A highlight that reports one held: "Passed the Acme Certified Developer exam in 2023".
const EARNED =
  /^(?:passed|earned|obtained|achieved|received|gained|completed)\s+(?:the\s+|an?\s+)?([^.;]*?\bcertifi(?:ed|cation|cate)\b[^.;]*?)(?:\s+(?:exam|examination|test))?(?:\s+(?:in|on)\s+((?:19|20)\d\d))?(?:\s*\(.*\))?\s*[.;]?$/i;

/**
 * The awards whose titles name a certificate, as certifications (older résumés had no field for
 * them). Wording such as "expected" or "scheduled" names one not held yet, so it is left out.
 */
export function certificatesAmongAwards(awards: readonly Award[]): Certification[] {
  return awards
    .filter((award) => NAMES_CERTIFICATE.test(award.title) && !PENDING.test(award.title))
    .map((award) => {
      const certification: Certification = { name: award.title };
      if (award.awarder) certification.issuer = award.awarder;
      if (award.date) certification.year = award.date;
      return certification;
    });
}

/** "Passed the Acme Certified Developer exam in 2023" → that certificate, held since 2023. */
export function certificateFromHighlight(text: string): Certification | undefined {
  const match = EARNED.exec(text.trim());
  const name = match?.[1]?.trim();
  if (!name || !/^\p{Lu}/u.test(name) || name.split(/\s+/).length > 12) return undefined;
  return match?.[2] ? { name, year: match[2] } : { name };
}
