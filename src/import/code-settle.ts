import type { Profile } from '../knowledge/schema.ts';
import type { CodeProfile } from './code-profile.ts';

/**
 * The identity a README's code states wins over what the page around it suggests: the code's
 * `name` is the full name (a greeting's "Hi, I'm Sam" gives the short one), its role, place,
 * years and availability are the owner's own words for them.
 */
export function settleCodeIdentity(
  identity: Profile['identity'],
  code: CodeProfile,
  greetingName: string,
): void {
  if (code.name && code.name !== greetingName) {
    identity.name = code.name;
    const first = greetingName.split(/\s+/)[0] ?? '';
    if (first && code.name.toLowerCase().startsWith(first.toLowerCase()))
      identity.shortName = first;
  }
  if (code.title) identity.title = code.title;
  if (code.location) identity.location = code.location;
  if (code.pronouns) identity.pronouns = code.pronouns;
  if (code.years) identity.yearsOfExperience = code.years;
  if (code.availability) identity.availability = code.availability;
}
