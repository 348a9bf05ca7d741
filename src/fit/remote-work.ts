/**
 * "Remote" in a technology's name or a technical phrase: "Firebase remote config", "remote
 * state", "remote procedure calls". Such a "remote" says nothing of where the work happens, so it
 * is taken out before place words are read.
 */
const TECHNICAL_REMOTE =
  /\bremote(?=[\s-]+(?:config(?:uration)?s?|control(?:s|led|ler)?|procedures?|desktops?|debug(?:ging|ger)?|sensing|execution|cach(?:e|es|ing)|state|repos?|repositor(?:y|ies)|branch(?:es)?|servers?|apis?|calls?|sessions?|devices?|management|flags?|attestation|wipe|shells?|hosts?|builds?)\b)/gi;

export function withoutTechnicalRemote(text: string): string {
  return text.replace(TECHNICAL_REMOTE, ' ');
}
