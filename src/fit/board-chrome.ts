/**
 * What a job board prints around a posting when the page is copied whole: LinkedIn's buttons,
 * match widgets and company card; USAJOBS's overview of administrative fields. None of it asks
 * anything of the candidate, so those lines are blanked before the posting is read.
 */

/** Buttons, widgets and counters of a job page: a line that is only one of them. */
const CHROME_LINE =
  /^(?:easy apply(?:\s+save)?|save|message|job poster|(?:…|\.\.\.)?\s*show (?:more|less)|show match details|is this information helpful\?.*|set alert(?: for similar jobs)?|post a job|looking for talent\?|\+ follow|follow|try premium.*|see how you compare.*|promoted by hirer.*|responses managed off linkedin|meet the hiring team|\d[\d,.]*\s*k?\s+followers|criteria provided by job poster|.{2,60}\s·\s(?:1st|2nd|3rd\+?)|\d+ skills? (?:on|missing on|missing from) your profile|(?:[✓✗]\s*[^✓✗]+\s*){2,}|[\d,]+ on linkedin|\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\+?\s+employees(?:\s+·.*)?|.*·\s*\d[\d,]*(?:\s*[-–]\s*\d[\d,]*)?\+?\s+employees(?:\s+·.*)?)$/i;

/**
 * "Telework eligible", "Drug test", "Promotion potential" with their values on the next line:
 * a public-sector board's fields about the post's administration, never an ask. Fields that do
 * ask ("Security clearance", "Location") are not among them.
 */
const ADMIN_FIELD =
  /^(?:telework eligible|remote job|travel required|relocation expenses reimbursed|appointment type|work schedule|service|promotion potential|job family \(series\)|supervisory status|drug test|position sensitivity and risk|trust determination process|announcement number|control number|pay scale & grade|open & closing dates|accepting applications|this job is open to|clarification from the agency|hiring path|who may apply)$/i;

/**
 * A chat's own lines under a message: "3 replies", "View thread", and the reactions,
 * ":eyes: 6  :rocket: 3" or "👀 6  🚀 3".
 */
const CHAT_CHROME =
  /^(?:\d+\s+(?:replies|reply|new replies)(?:\s+last reply .*)?|view thread|(?:(?::[a-z0-9_+-]+:|\p{Extended_Pictographic}\uFE0F?)\s*\d+\s*)+)$/iu;

/** The lines with the job board's chrome and administrative fields blanked. */
export function withoutBoardChrome(raws: readonly string[]): string[] {
  const out = [...raws];
  for (let i = 0; i < out.length; i++) {
    const line = (out[i] ?? '').trim();
    if (CHROME_LINE.test(line) || CHAT_CHROME.test(line)) out[i] = '';
    else if (ADMIN_FIELD.test(line)) {
      out[i] = '';
      // The value under it: one short line.
      const value = out[i + 1]?.trim() ?? '';
      if (value !== '' && value.split(/\s+/).length <= 14 && !ADMIN_FIELD.test(value))
        out[i + 1] = '';
    }
  }
  return out;
}
