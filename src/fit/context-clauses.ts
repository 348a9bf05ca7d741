/**
 * What the team tells beside the ask: why ("because you'd rather …", "since that's where half
 * the work is"), what it is for ("so they can fix the dashboard"), what it runs ("; we run on EKS, RDS and MSK", ", all our calls are gRPC") and
 * what the ask is not ("not just used an ORM once"). None of it is asked of the candidate, and
 * the technologies in it are no requirement.
 */
const CONTEXT_CLAUSES: readonly RegExp[] = [
  /,?\s+because\s+(?:you|we|they|our|it)\b.*$/i,
  /,?\s+since\s+(?:that|this|it)(?:['’]s|\s+is)\b.*$/i,
  // "… is a hard requirement since everyone here is on call for their own services".
  /,?\s+since\s+(?:everyone|everybody|we|we['’]re|our|all\s+of\s+us|each\s+of\s+us)\b.*$/i,
  // "…, since the mobile and web teams are about to start sharing one": what the team is doing.
  /,\s+since\s+(?:the|their|our|your|its)\s+(?:[\w-]+\s+){0,5}(?:is|are|was|were|will|have|has|need|needs)\b.*$/i,
  /\s*[,;:—–-]\s*(?:we|our\s+team|the\s+team)\s+(?:use|uses|run|runs|are using|work with|build on|have)\b.*$/i,
  /\s*[,;]\s*all\s+(?:of\s+)?our\b.*$/i,
  /,?\s+not\s+just\b.*$/i,
  // "a bit of React so they can fix the admin dashboard when it breaks": what it is for.
  /,?\s+so\s+(?:that\s+)?(?:they|you|we|he|she)\s+(?:can|could|will)\b.*$/i,
  // "our old checkout is still Vue 2 so Vue experience helps": what the team runs, then the ask.
  /^\s*(?:our|the)\s+(?:[\w-]+\s+){0,5}(?:is|are|was|were|runs?|uses?)\s+(?:still\s+)?[^,;]{1,60}?\s+so\s+(?=\S)/i,
  // "Some React/TypeScript to help out on the internal billing admin panel": what it is for.
  /,?\s+to\s+(?:help|pitch\s+in|chip\s+in)(?:\s+out)?\s+(?:on|with)\b.*$/i,
  // "React + TypeScript for our operator dashboard": the team's own product the skill is for.
  // Not where: "two days a week in our Lisbon office" is asked.
  // "für unsere internen Admin-Tools", "para o nosso app", "pour notre outil": the same.
  /\s+(?:for\s+our|für\s+unsere[nmrs]?|pour\s+(?:notre|nos)|para\s+(?:o\s+|a\s+)?(?:nuestr[oa]s?|noss[oa]s?)|per\s+(?:il\s+|la\s+)?(?:nostr[oaie]))\s+(?![^,;()]*\b(?:office|offices|hq|headquarters|site|campus|studio|büro|bureau|oficina|escritório|ufficio)\b)[^,;()]*$/iu,
  // "(we use Vitest + Playwright but whatever you know is fine)": the team's tools, in brackets.
  /\s*\((?:we|our\s+team|the\s+team)\s+(?:use|run|are using|work with)\b[^()]*\)/gi,
];

/** The requirement's text without those clauses; the text as it was when nothing else is left. */
export function withoutContext(text: string): string {
  const out = CONTEXT_CLAUSES.reduce((rest, clause) => rest.replace(clause, ''), text).trim();
  return out === '' ? text : out;
}
