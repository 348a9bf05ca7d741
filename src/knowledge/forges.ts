/**
 * A project's link to its code on a public forge ("https://github.com/owner/repo"): what shows
 * the work is in the open, for the answer's "any open source?" and the fit's "open-source
 * contributions" alike. An account's page alone is no repository.
 */
const REPOSITORY_URL =
  /^https?:\/\/(?:www\.)?(?:github|gitlab|codeberg)\.(?:com|org)\/[^/\s]+\/[^/\s]+/;

export const isPublicRepository = (url: string): boolean => REPOSITORY_URL.test(url);
