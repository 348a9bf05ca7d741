/**
 * Pastimes an "about me" names in passing: "When I'm not on a laptop I'm probably sailing a
 * small dinghy, baking sourdough or complaining about the trains", "Outside work I climb and
 * cook for far too many people", "In my free time I paint". One interest per item, as written.
 */
const OFF_WORK =
  /\b(?:when I['’]m not [^,.;!?]{3,40}?,?\s+I['’]m\s+(?:probably\s+|usually\s+|often\s+|mostly\s+)?|outside (?:of )?work,?\s+I(?:['’]m)?\s+|in my (?:free|spare) time,?\s+I(?:['’]m)?\s+)([^.;!?]+)/gi;

// What follows an item that says more of it than its name: "…, which I …", "… for far too …".
const TAIL = /\s+(?:that|which|who|with|for|on weekends)\b.*$/i;

export function interestsFromProse(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(OFF_WORK)) {
    const items = (match[1] ?? '')
      .split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/)
      .map((item) => item.replace(TAIL, '').trim())
      // "sailing …", "baking sourdough": a pastime is said as what one is doing; "I mentor
      // junior data scientists" outside work is volunteering, not a pastime.
      .filter((item) => item.split(/\s+/).length <= 8 && /^\p{Ll}+ing\b/u.test(item));
    found.push(...items);
  }
  return [...new Set(found)];
}
