import { EXPERIENCE_WORDS } from '../import/european-words.ts';

/** Words by which a job description's sentences say what they are. */

/** "Expérience", "Erfahrung", "experiência": the word for experience other languages ask with. */
export const EXPERIENCE_ABROAD = String.raw`(?<!\p{L})(?:${EXPERIENCE_WORDS.join('|')})`;

/**
 * Inline words that make a requirement a nice-to-have wherever it stands; in chat, "… would be
 * 🔥" says the same with an emoji.
 */
export const NICE_CUE =
  /\b(?:a plus|an? (?:big |huge |real |major |massive |definite |strong )?(?:plus|bonus|advantage)|(?:big|huge|major|massive|real) (?:plus|bonus)|(?:is|are|would be) an (?:added )?asset|(?<!\b(?:referral|signing|sign-on|annual|performance|cash|yearly|quarterly|retention|relocation|holiday|christmas|year-end|target)\s)bonus(?!\s+(?:scheme|plan|pool|structure|programme|program|payments?))|nice[\s-]+to[\s-]+haves?|preferred|preferably|ideally|desirable|would be (?:great|nice|helpful|useful|handy|a plus)|(?:would|will) (?:also )?be (?:very )?welcome|(?:is|are) (?:also |very |always )?welcome(?= too| as well|\s*[.!]|$)|even better|would make (?:[\w']+\s+){0,4}(?:a lot |much )?easier|advantageous|not (?:required|a must)|great if|nice if|(?:is|are) (?:also )?(?:nice|a nice extra)(?=\s*(?:[,.;!]|$))|(?:we'd|they'd|would) (?:also )?love(?! to hear)|helpful|also nice|(?:experience|knowledge|familiarity) helps|nice extras?|(?<=\()(?:nice|optional|plus)(?=\)))\b|\bwould be (?:\p{Extended_Pictographic}|:[a-z0-9_+-]+:)/iu;

/** Words that make a sentence outside any requirements section read as one. */
export const REQUIREMENT_CUE =
  /\b(?:non[\s-]negotiable|(?:has|have|needs?) to be (?:second nature|a given)|(?:is|are) needed|nice extras?|you(?:'ll| will|'d| would)? (?:have|bring|need|should|must)|(?<!\bwhat )(?:they|we|the (?:client|team|company))(?:'d| would)? (?:also )?(?:want|expect|need|require)\b(?!\s+to\s)|(?:is|are) (?:key|essential|crucial|vital|a must|(?:also )?expected)|you (?:know|can|write|care|live|speak|understand|enjoy)|you(?:'ve| have) (?:built|designed|shipped|owned|led|worked|used|run|orchestrated|deployed|maintained|managed)|you(?:'ve| have| are)|we(?:'re| are) looking for|(?:they|we|the (?:client|company|team)) can only (?:hire|consider|accept|take on)|looking for (?:someone|an?\b|engineers?|people)|must|required|requirements?|experience (?:with|in|of|building|designing|running|using)|\d+\s*\+?\s*(?:-|–|to)?\s*\d*\s*\+?\s*(?:years?|yrs?)(?![\s-]old\b)|proficien\w*|familiar\w*|knowledge of|expertise|background in|degree|certifi\w*|fluen\w+|comfortable (?:with|in|working|writing|leading|owning|presenting)|someone (?:who|that)(?:'s| is| has)|hands-on|a plus|bonus|nice[\s-]+to[\s-]+have|preferred|ideally)\b/i;

/**
 * "You orchestrate work with Airflow today": a sentence describing the reader in the present
 * tense says who is wanted. What the reader will do or get is the job, not a requirement.
 */
export const DESCRIBES_YOU =
  // "You're comfortable picking apart a design": the reader as they are, not what they will get.
  /^you(?:'re|’re)\s+(?!going\b|joining\b|getting\b|welcome\b|free\b)|^you\s+(?!will\b|would\b|could\b|may\b|might\b|shall\b|join\b|get\b|receive\b|report\b|work\b|help\b|own\b|lead\b|partner\b)[a-z]+(?<!ed)\b/i;

const PLACE_WORDS =
  /\b(?:in|from|at) (?:our|the) (?:[\w-]+\s+){0,3}(?:studio|hq|headquarters|hub|campus)\b|\b(?:remote|on-?site|onsite|hybrid|relocat\w*|based in|located in|time ?zones?|(?<!\b(?:back|front|box|middle)[\s-])office|in-office|visa|work permit|right to work|(?:who|that|you) (?:live|lives|reside|resides) in|vous r[ée]sidez|r[ée]sider (?:en|au|à|dans)|bas[ée]e? (?:en|au|à)|wohnhaft|wohnsitz|resid(?:ir|es|e) en)\b/iu;
// Time zones in capitals only: "est" is French for "is" ("la doc est en anglais").
const TIME_ZONES = /\b(?:UTC|GMT|CET|CEST|EST|EDT|PST|PDT)\b|\butc\b/;

export const LOCATION_CUE = {
  test: (text: string): boolean => PLACE_WORDS.test(text) || TIME_ZONES.test(text),
};

/** Words that say where the work happens: such a sentence is a location requirement. */
export const WORK_PLACE =
  /\b(?:remote|on-?site|onsite|hybrid|in[\s-]office|relocat\w*|based in|time ?zones?)\b|\b(?:days?|times?) (?:a|per) week in\b|\b(?:in|from|at) (?:our|the) (?:[\w-]+\s+){0,3}(?:office|studio|hq|headquarters|hub|campus)\b[^.;]*\b(?:days?|times?) (?:a|per) week\b|\b(?:who|that) (?:live|lives|reside|resides) in\b/i;

/**
 * "Client has an on-site chef", "We offer a gym": a sentence about what the employer has or gives
 * describes the employer, whatever place words it holds.
 */
export const EMPLOYER_FACT =
  // "We make websites, campaigns and …": what the employer does, whatever aside follows.
  /^we\s+(?:make|build|ship|design|create|like|love|run|sell|serve)\b(?!.*\b(?:you(?:'ll|\s+will)?\s+(?:need|must|should)|must|required)\b)|^we(?:'re|’re|\s+are)\s+(?:a|an|\d+|\w+\s+of)\s(?!.*\byou)|^(?:we|our\s+\w+|the\s+(?:client|company|team|office)|client|company|there(?:'s|\s+is|\s+are))\s+(?:has|have|offers?|provides?|gives?)\b(?!.*\b(?:you|must|required|days?|weeks?)\b)/i;

/**
 * "Our E2E suite is in Playwright", "our services are written in Go", "they use OpenTelemetry
 * and Grafana": in a post with no
 * requirements heading, what the team's own work is built with is what the hire will need.
 */
export const STACK_STATEMENT =
  /^[Oo]ur\b[^.;]*?\b(?:is|are)\s+(?:(?:all\s+)?(?:written|built)\s+)?(?:in|with)\s+\p{Lu}|\b(?:[Ww]e|[Tt]hey)\s+use\s+\p{Lu}/u;

/**
 * "Have you shipped an app to the App Store?", "Is Kotlin your everyday language?": a question
 * put to the reader about themselves asks for what a "yes" would show.
 */
export const QUESTION_TO_READER =
  /^(?:have|had|are|were|can|could|do|did|would|will|is)\s+(?:you\b|\S.*\byour?\b)[^?]*\?\s*$/i;

const MONEY =
  /(?:[€£$₹¥]|\b(?:EUR|GBP|USD|CHF|INR|Rs\.?)\s?)\d[\d.,]*\s?[kKmM]?(?:\s?(?:-|–|to)\s?[€£$₹¥]?\d[\d.,]*\s?[kKmM]?)?/g;
const PAY_WORDS =
  /\b(?:up to|plus|and|base|salary|pay|equity|bonus|stock|share options|options|OTE|ESOPs?|LPA|CTC|gross|per (?:year|annum|month|hour)|a year|p\.?a\.?|DOE)\b/gi;

/**
 * "budget is 40–55 LPA + ESOPs, referral bonus is ₹1.5L …": a sentence about the pay or the
 * referral reward offers something; its "bonus" is money, not a nice-to-have.
 */
export const PAY_STATEMENT =
  /^(?:the\s+|our\s+)?(?:budget|salary(?:\s+(?:range|band))?|base pay|pay(?:\s+range)?|compensation|comp|CTC|referral bonus|(?:the\s+)?package)\s+(?:is|are|of|will be)\b|^(?:the\s+)?(?:interview(?:ing)?\s+|hiring\s+|recruitment\s+)?process\s+(?:is|will be|looks like)\b/i;

/**
 * "Meaningful equity (ESOP, 4-year vest with a 1-year cliff)", "Stock options for everyone": a
 * share in the company offered; its "4-year" is a vesting schedule, no years asked.
 */
export const EQUITY_OFFER =
  /^(?:(?:meaningful|generous|competitive|significant|real|early[\s-]stage|attractive)\s+)?(?:equity|stock options?|share options?|ESOPs?|RSUs?|options)\b|\bvest(?:s|ing|ed)?\b[^.;]*\bcliff\b/i;

/** "€90-110k + equity": a line made of pay alone offers something; it asks for nothing. */
export function isPayOnly(text: string): boolean {
  if (!new RegExp(MONEY.source).test(text)) return false;
  return (
    text
      .replace(MONEY, '')
      .replace(PAY_WORDS, '')
      .replace(/\b\d{1,3}(?:\.\d+)?\s?%/g, '')
      .replace(/\/\s?(?:yr|year|hr|hour|mo|month|day|annum|wk|week)\b/gi, '')
      .replace(/[\s+&,/()·|–-]/g, '') === ''
  );
}

/** "or" in the languages job descriptions are written in: "Playwright ou Cypress", "oder". */
// "Spark o Databricks": Italian, Spanish and Portuguese write "o" ("ou") for "or".
export const OR_WORD = /\b(?:or|ou|oder|o)\b/i;
