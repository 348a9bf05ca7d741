/**
 * A job board's facts box as Ashby or Lever print it: "**Location**" on a line of its own and
 * "Remote (UTC+3 to UTC+9)" on the next. Such a pair is read as the one line "**Location:**
 * Remote (UTC+3 to UTC+9)", as boards that keep them on one line write it; facts written side
 * by side on one line are read one a line.
 */
const FACT_LABEL =
  /^\s*(?:\*\*|__)?(Location|Location Type|Locations|Workplace(?: Type)?|Work(?:ing)? Model|Remote|Time ?zones?|Experience|Years of Experience|Seniority|Level)(?:\*\*|__)?\s*:?\s*$/i;

// "**Team:** Buyer App · **Type:** Full-time · **Experience:** 5+ years": facts side by side.
const SIDE_BY_SIDE = /\s+[·|•]\s+(?=(?:\*\*|__)[^*_]{2,30}:(?:\*\*|__))/;

export function stackedLabels(given: readonly string[]): string[] {
  const lines = given.flatMap((line) =>
    /^\s*(?:\*\*|__)[^*_]{2,30}:(?:\*\*|__)/.test(line) ? line.split(SIDE_BY_SIDE) : [line],
  );
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const label = FACT_LABEL.exec(lines[i] ?? '')?.[1];
    const value = (lines[i + 1] ?? '').trim();
    if (label && value !== '' && !/^(?:#|[-*•]\s|\*\*|__)/.test(value)) {
      out.push(`**${label}:** ${value}`);
      i++;
    } else out.push(lines[i] ?? '');
  }
  return out;
}
