import { countriesIn } from '../knowledge/places.ts';
import { withoutTechnicalRemote } from './remote-work.ts';
import { LOCATION_CUE } from './requirement-cues.ts';

const ASKS_THE_READER =
  /\b(?:you|your|you're|you’re|candidates?|applicants?|must|required|requires?|need to|needs to|should|able to|willing|needs? (?:people|someone|folks|engineers|developers|candidates)|can only (?:hire|consider|accept|take on))\b/i;

const REQUIRED_LABEL =
  /\b(?:requirements?|hard (?:thing|rule|limit)|must(?:[\s-]haves?)?|important|note|non[\s-]negotiable|deal[\s-]?breakers?|essential|mandatory)\b/i;

/** A sentence mainly about where the work happens ("Remote within EU time zones"). */
export function isLocationRequirement(text: string): boolean {
  // "Bazaarly is India's fastest-growing app: 18M monthly users …": a long sentence that asks
  // nothing of the reader tells about the company, wherever it is.
  if (text.split(/\s+/).length > 18 && !ASKS_THE_READER.test(text)) return false;
  // "IaC: TF (modules, remote state)": a line labelled with another topic is about that topic.
  const label = /^([^:]{2,30}):\s/.exec(text)?.[1];
  const placeLabel = (l: string) =>
    LOCATION_CUE.test(l) || /-based\b|\blocation\b/i.test(l) || countriesIn(l).length > 0;
  // "One hard requirement, sorry: you need to be based in the EU": a label that only says the
  // line is required names no topic.
  if (label !== undefined && !placeLabel(label) && !REQUIRED_LABEL.test(label)) return false;
  // "You communicate clearly in writing: we're remote-first": the place is the reason given.
  const reason =
    /^(.+?)(?::|\s[—–]|\s-)\s+(?:we|we're|we’re|our|as|since|because|it's|it’s)\b/i.exec(text)?.[1];
  if (reason !== undefined && !placeLabel(reason) && reason.split(/\s+/).length >= 3) return false;
  // "Remote Config", "Office 365": a cue word that starts a product's name says nothing of place.
  // "Remote UK/EU" names a place after the word, not a product.
  // "Firebase (analytics, remote config)": a technical "remote" in lower case says nothing either.
  const withoutProducts = withoutTechnicalRemote(text).replace(
    /\b(?:Remote|Office|Hybrid)\s+(?![A-Z]{2,4}\b)[A-Z0-9][\w.-]*/g,
    (named) => (countriesIn(named).length > 0 ? named : ''),
  );
  return (
    LOCATION_CUE.test(withoutProducts) &&
    // "5+ yrs backend, remote EU" asks for years too; "they tried last year" tells a story.
    !/\b(?:experience|\d+\s*\+?\s*(?:years?|yrs?)|(?:several|many|a few|some) years|skills?|knowledge|worked with|familiar\w*|proficien\w*)\b/i.test(
      text,
    )
  );
}
