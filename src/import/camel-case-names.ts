/**
 * Product names written in camel case ("WorkManager", "VoiceOver", "UIKit", "iOS"): a word that
 * changes case inside is a made name, not an English word, so in what a role or a project did
 * it names a tool the vocabulary may not know yet.
 */

const WORD = /(?<![\p{L}\d@/.#-])[\p{L}][\p{L}\d]*(?![\p{L}\d@/-]|\.\p{L})/gu;
// "WorkManager", "iOS", "TalkBack": a lower-case letter then a capital; "UIKit": initials
// then a word.
const CAMEL = /\p{Ll}\p{Lu}|^\p{Lu}{2,}\p{Ll}{2,}$/u;
// Degrees are not tools, nor fields and practices ("AppSec", "DevOps", "FinTech", "SaaS").
const NOT_A_TOOL = /^(?:PhD|DPhil|MSc|BSc|MEng|BEng|MBA|MPhil|LLM)$|(?:Ops|Sec|Tech|aaS)$/;

export function camelCaseNames(text: string, exclude: readonly string[] = []): string[] {
  const excluded = new Set(exclude.flatMap((name) => name.toLowerCase().split(/\s+/)));
  const names = (text.match(WORD) ?? []).filter(
    (word) => CAMEL.test(word) && !NOT_A_TOOL.test(word) && !excluded.has(word.toLowerCase()),
  );
  return [...new Set(names)];
}
