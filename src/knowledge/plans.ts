/**
 * How the knowledge says that something is planned, not had: the importer writes a task list's
 * unticked item ("- [ ] CKAD (studying)") as "Planned: CKAD (studying)", and a line may say a
 * certificate's exam is booked or being studied for. Neither is evidence of holding it.
 */
export const PLANNED_PREFIX = 'Planned: ';

/** A task list's unticked item, as the importer words it. */
export const isPlanned = (text: string): boolean => text.startsWith(PLANNED_PREFIX);

/** "exam booked for Feb", "book the AWS exam", "studying for the CKA": work toward a certificate. */
export const WORKING_TOWARD =
  /\b(?:exam booked|booked for|book(?:ed)? the\b.{0,60}\bexam|studying for|preparing for)\b/i;

/** A line that tells of a plan or of work toward something, not of having it. */
export const tellsOfPlan = (text: string): boolean => isPlanned(text) || WORKING_TOWARD.test(text);

/**
 * A skill's note that says it is being learned ("learning", "currently learning", "in
 * progress"), as `<Skill name="eBPF" level="learning" />` lists it: named, not yet known.
 */
export const isLearningNote = (note: string | undefined): boolean =>
  note !== undefined &&
  /^(?:(?:currently|still|now)\s+)?(?:learning|studying|in progress|exploring)\b/i.test(note);

const LEARNING_WORD =
  /\b(?:learn(?:ing)?|studying|picking up|getting into|exploring|dabbling (?:in|with)|tinkering with|playing (?:with|around with))\b/i;

/**
 * "…, and I'm slowly learning Zig because a friend won't stop talking about it": the clause
 * that names the thing says it is being learned, before naming it.
 */
export function learnsIn(text: string, names: readonly string[]): boolean {
  const lower = names.map((n) => n.toLowerCase()).filter(Boolean);
  const clauses = text.split(/[,;.!?]\s+|\s+(?:and|but|while)\s+/i);
  const naming = clauses.filter((c) => lower.some((n) => c.toLowerCase().includes(n)));
  return (
    naming.length > 0 &&
    naming.every((clause) => {
      const at = LEARNING_WORD.exec(clause);
      const name = Math.min(
        ...lower.map((n) => clause.toLowerCase().indexOf(n)).filter((i) => i >= 0),
      );
      return at !== null && at.index < name;
    })
  );
}
