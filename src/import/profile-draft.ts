import type { Profile } from '../knowledge/schema.ts';

/** Everything a reader fills in besides the identity, which is settled last. */
export type ProfileDraft = Omit<Profile, 'identity' | 'version' | '$schema'>;

export function emptyDraft(): ProfileDraft {
  return {
    summary: [],
    expertise: [],
    impact: [],
    industries: [],
    skills: [],
    projects: [],
    roles: [],
    education: [],
    certifications: [],
    languages: [],
    publications: [],
    awards: [],
    volunteer: [],
    interests: [],
    principles: [],
    exploring: [],
    contact: { other: [] },
    faq: [],
    sections: [],
  };
}
