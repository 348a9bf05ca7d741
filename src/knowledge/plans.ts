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
