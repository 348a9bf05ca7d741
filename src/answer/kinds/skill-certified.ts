/**
 * "kubernetes?" for someone who lists EKS and holds the CKA: the certificate the profile lists
 * for the technology is said beside the skill, as a recruiter would want to know.
 */
import type { Tech } from '../knowledge-index.ts';
import type { Knowledge } from '../pipeline/types.ts';
import { CERTIFICATIONS } from '../vocabulary/certifications.ts';

/** The profile's certificates about the technology, by its names or the certificate's own. */
export function certificatesFor(k: Knowledge, tech: Tech): string[] {
  if (k.profile.certifications.length === 0) return [];
  let found = remembered.get(tech);
  if (!found) {
    found = freshCertificatesFor(k, tech);
    remembered.set(tech, found);
  }
  return found;
}

/** One knowledge's techs are its own, and its certificates do not change: each read once. */
const remembered = new WeakMap<Tech, string[]>();

function freshCertificatesFor(k: Knowledge, tech: Tech): string[] {
  const names = [tech.name, ...tech.aliases]
    .filter((n) => n.length >= 3)
    .map((n) => n.toLowerCase());
  const short = CERTIFICATIONS.filter((c) => c.about?.some((a) => names.includes(a))).flatMap(
    (c) => c.words,
  );
  return k.profile.certifications
    .filter((c) => {
      const name = c.name.toLowerCase();
      const words = new Set(name.split(/[^\p{L}\d+#.]+/u));
      return (
        names.some((n) => (n.includes(' ') ? name.includes(n) : words.has(n))) ||
        short.some((w) => (w.includes(' ') ? name.includes(w) : words.has(w)))
      );
    })
    .map((c) => `**${c.name}**${c.year ? ` (${c.year})` : ''}`);
}
