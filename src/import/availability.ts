/**
 * When and how the owner can be hired, as they put it: "Open to remote contract work from
 * January 2027", "Available for freelance projects", "Not looking for new roles".
 */
const AVAILABILITY =
  /(?:^|[.!?]\s+|\n|,\s+but\s+|;\s+|\bavailability\s*:\s*|\s+and\s+am\s+(?=open to\b|available\b))\s*((?:(?:I['’]m|I am|currently|now)\s+)*(?:open to|available (?:for|from|to|as|in|starting)|not available|unavailable|looking for|seeking|not (?:actively |currently )?(?:looking|job[- ]hunting|job[- ]seeking)|not (?:currently )?taking (?:on )?(?:new |any )?|accepting|taking on|booked until|on the market|available)\b(?:\b(?:max|min|approx|incl|ca|e\.g|i\.e|etc|vs)\.|\.(?=[A-Za-z0-9])|[^.!?\n])*[.!?]?)/i;
// A full stop inside a word ("kamau.dev", "3.5") ends no sentence.
// "Available for" must be about work, not "available for questions on Discord".
const ABOUT_WORK =
  /\b(?:work|roles?|positions?|jobs?|opportunit\w*|contracts?|contracting|freelance|consulting|projects?|engagements?|hire|hiring|employment|full[- ]time|part[- ]time|remote|relocat\w*|gigs?|clients?|from|starting|until|as of|20\d\d)\b/i;

// A sentence runs past an abbreviation's dot: "(max. 1 day/week)".
// "I'm not looking right now, but I'm open to staff roles" (or "… looking — but I'm open to
// …"): the open door is the news ("…, so I
// am available from September" too), and so
// is "… ends in August: available from September", and "I have room for one freelance
// project from February 2027". A label "Status: Open to work" says less
// than a sentence elsewhere.
const OPEN_TO =
  /(?:^|[.!?]\s+|\n|,\s+(?:(?:but|so|and)\s+)?|\s[—–]\s+(?:(?:but|so|and)\s+)?|;\s+|:\s+(?=available\b)|\bavailability\s*:\s*)\s*((?:(?:I['’]m|I am|currently|now)\s+)*(?:open to|available (?:for|from|to|as|in|starting)|I (?:have|['’]ve got) (?:room|capacity|time) for)\b(?:\b(?:max|min|approx|incl|ca|e\.g|i\.e|etc|vs)\.|\.(?=[A-Za-z0-9])|[^.!?\n])*[.!?]?)/i;

// "Availability: from 1 February 2027 · remote": the label says what the rest of the line is,
// before any "open to" sentence that follows it.
// "**Verfügbarkeit:** Kündigungsfrist 3 Monate", "Disponibilité : préavis de 2 mois".
const LABELLED =
  /(?:^|\n|[.!?]\s+|[·|•]\s*)\**(?:availability|verfügbarkeit|disponibilit[éeà]|disponibilidad|beschikbaarheid)\**\s*:\s*\**\s*([^\s*][^\n*]*)/iu;

// "My notice period is three months, so I could start in March 2027", "Available from January
// 2027 with 4 weeks' notice", "Available with four weeks' notice": when, said apart from what the owner is looking for.
const STARTS =
  /(?:^|[.!?]\s+)((?:[^.!?\n]*\bnotice period\b[^.!?\n]*|[^.!?\n]*\b(?:I|I['’]d|I would)\s+(?:could|can|would be able to|am able to|will be able to)\s+start\b[^.!?\n]*|(?:I['’]m\s+|I am\s+)?[Aa]vailable\s+(?:from|starting|as of|in)\s+[^.!?\n]*\b(?:19|20)\d\d\b[^.!?\n]*|(?:I['’]m\s+|I am\s+)?[Aa]vailable\s+(?:with|on|after)\s+[^.!?\n]*\bnotice\b[^.!?\n]*)[.!?]?)/i;

/**
 * "Estoy abierta a nuevas oportunidades 100 % remotas", "Je suis ouverte à de nouvelles
 * missions", "Ich bin offen für neue Projekte": the open door, as other languages write it.
 */
const OPEN_ELSEWHERE =
  /(?:^|[.!?]\s+|\n)((?:estoy|estou|je suis|ich bin)?\s*(?:abiert[oa]s?|abert[oa]s?|ouverte?s?|offen|disponibles?|disponível)\s+(?:a|à|para|pour|für|ab)\s+[^.!?\n]*[.!?]?)/iu;
const WORK_ELSEWHERE =
  /(?:oportunidad|oportunidade|opportunit|trabajo|trabalho|empleo|emprego|contrato|proyecto|projeto|projet|mission|stelle|projekt|remot|télétravail)/i;

// Notice and start, as other languages say them.
const NOTICE_ELSEWHERE =
  /\b(?:kündigungsfrist|verfügbar ab|ab sofort|préavis|disponible|preaviso|incorporación|preavviso|opzegtermijn|per direct)/iu;

function openDoorElsewhere(text: string): string | undefined {
  const sentence = OPEN_ELSEWHERE.exec(text)?.[1]?.trim().replace(/[.!]$/, '');
  if (!sentence || !WORK_ELSEWHERE.test(sentence) || sentence.split(/\s+/).length > 40)
    return undefined;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

export function availabilityFromProse(text: string): string | undefined {
  const match = LABELLED.exec(text) ?? OPEN_TO.exec(text) ?? AVAILABILITY.exec(text);
  const sentence = match?.[1]?.trim().replace(/[.!]$/, '');
  const labelled = LABELLED.exec(text)?.[1]?.trim();
  // A label in another language says it is about work: "Verfügbarkeit: Kündigungsfrist …".
  if (labelled && NOTICE_ELSEWHERE.test(labelled)) return labelled.replace(/[.!]$/, '');
  if (!sentence || !ABOUT_WORK.test(sentence) || sentence.split(/\s+/).length > 30)
    return openDoorElsewhere(text);
  const own = sentence.replace(/^(?:I['’]m|I am)\s+(?:currently\s+|now\s+)?/i, '');
  const said = own.charAt(0).toUpperCase() + own.slice(1);
  const starts = STARTS.exec(text);
  const when = starts?.[1]?.trim().replace(/[.!]$/, '');
  const [a, b] = [said.toLowerCase(), when?.toLowerCase() ?? ''];
  if (!starts || !when || a.includes(b) || b.includes(a))
    return b.includes(a) ? (when ?? said) : said;
  // Both, in the order the text says them.
  return starts.index < (match?.index ?? 0) ? `${when}. ${said}` : `${said}. ${when}`;
}

/**
 * "Notice period: 3 months", "I could start in March 2027": when the owner could start, for a
 * profile that says nothing else about being available.
 */
export function startFromProse(text: string): string | undefined {
  const when = STARTS.exec(text)?.[1]?.trim().replace(/[.!]$/, '');
  return when && /\b(?:19|20)\d\d\b|\bmonths?\b|\bweeks?\b|\bdays?\b/.test(when) ? when : undefined;
}
