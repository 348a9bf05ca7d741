// A word that denies what follows it in its clause: "no Swift", "never used PHP", "not Java".
const DENIAL =
  /(?:^|[^\p{L}])(?:no|not|never|without|nor|neither|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|cannot|haven['’]t|hasn['’]t|isn['’]t|aren['’]t|except|rather than|instead of)(?![\p{L}])(?!\s+only\b)/iu;

/**
 * Whether the name at `at` stands in a clause that denies it: the words since the clause began
 * (a full stop, colon, semicolon, bracket or "but") hold a denial.
 */
export function ruledOut(text: string, at: number): boolean {
  const before = text.slice(0, at);
  if (deniedBeforeColon(before)) return true;
  const opened = Math.max(
    before.search(/[.;:!?()\n][^.;:!?()\n]*$/),
    before.search(/\bbut\b(?!.*\bbut\b)[^.;:!?()\n]*$/i),
  );
  return DENIAL.test(before.slice(opened + 1));
}

const DENIED_LABEL = /\b(?:not|never|don['’]t|won['’]t|no longer)\b/i;

/**
 * "not on the list on purpose: Java", "Things I won't touch: PHP": a label that denies, then
 * the few names it denies after its colon.
 */
function deniedBeforeColon(before: string): boolean {
  const clause = before.slice(before.search(/[.;!?()\n][^.;!?()\n]*$/) + 1);
  const colon = clause.lastIndexOf(':');
  if (colon < 0 || !DENIED_LABEL.test(clause.slice(0, colon))) return false;
  return (
    clause
      .slice(colon + 1)
      .trim()
      .split(/\s+/)
      .filter(Boolean).length <= 6
  );
}
