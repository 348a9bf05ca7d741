// A word that denies what follows it in its clause: "no Swift", "never used PHP", "not Java".
const DENIAL =
  /(?:^|[^\p{L}])(?:no|not|never|without|nor|neither|don['’]t|doesn['’]t|didn['’]t|won['’]t|can['’]t|cannot|haven['’]t|hasn['’]t|isn['’]t|aren['’]t|except|rather than|instead of)(?![\p{L}])(?!\s+only\b)/iu;

/**
 * Whether the name at `at` stands in a clause that denies it: the words since the clause began
 * (a full stop, colon, semicolon, bracket or "but") hold a denial.
 */
export function ruledOut(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const opened = Math.max(
    before.search(/[.;:!?()\n][^.;:!?()\n]*$/),
    before.search(/\bbut\b(?!.*\bbut\b)[^.;:!?()\n]*$/i),
  );
  return DENIAL.test(before.slice(opened + 1));
}
