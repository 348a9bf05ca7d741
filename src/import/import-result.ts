import type { Profile, Pronouns } from '../knowledge/schema.ts';

export interface ImportOptions {
  /**
   * How answers refer to the owner. Default: a "Pronouns: she/her" line in the profile,
   * else they/them/their.
   */
  pronouns?: Pronouns;
}

export interface ImportResult {
  profile: Profile;
  /** What was mapped where, one line each: `Tech Stack → 6 categories, 23 skills`. */
  notes: string[];
  /** What the source got wrong but the import could live with. */
  warnings?: string[];
}

export const DEFAULT_PRONOUNS: Pronouns = Object.freeze({
  subject: 'they',
  object: 'them',
  possessive: 'their',
});

/** The plural ending of a count in a note: "1 role", "2 roles". */
export function plural(n: number): string {
  return n === 1 ? '' : 's';
}
