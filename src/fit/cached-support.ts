import type { ProfileSupport } from '../answer/support.ts';

/**
 * The same support, remembering each answer for the life of one fit: a requirement's text is
 * looked up by several judges, and the same technology named in several requirements.
 */
export function cachedSupport(support: ProfileSupport): ProfileSupport {
  const memo = <T>(look: (text: string) => T) => {
    const seen = new Map<string, T>();
    return (text: string): T => {
      let found = seen.get(text);
      if (found === undefined) {
        found = look(text);
        seen.set(text, found);
      }
      return found;
    };
  };
  return {
    supportFor: memo((term) => support.supportFor(term)),
    certification: memo((term) => support.certification(term)),
    technologiesIn: memo((text) => support.technologiesIn(text)),
    groupsIn: memo((text) => support.groupsIn(text)),
    search: (text, limit) => support.search(text, limit),
    linesMatching: (pattern) => support.linesMatching(pattern),
    years: () => support.years(),
    location: () => support.location(),
    availability: () => support.availability(),
  };
}
