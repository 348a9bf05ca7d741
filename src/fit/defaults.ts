/** Tuning numbers for the job-description fit, in one place. */
export const FIT_DEFAULTS = Object.freeze({
  /** A pasted job description longer than this is refused: no real one needs more. */
  maxTextLength: 20_000,
  /** A line this long or shorter, with no sentence ending, may be a heading. */
  maxHeadingLength: 60,
  /** A requirement longer than this is cut (on a word) in the report. */
  maxRequirementLength: 300,
  /** Evidence lines kept per requirement. */
  maxEvidence: 3,
  /** Closest listed skills named for a missing requirement. */
  maxClosest: 3,
  /**
   * A missing technology is close (partial) when the profile lists one of the same kind, for
   * kinds at most this many technologies of the vocabulary share (observability, testing), not
   * broad ones (language, database).
   */
  maxSiblingKindSize: 20,
  /**
   * Bullets under no heading are a requirements list when at least this many, and this share, of
   * them say they are requirements in their own words.
   */
  specList: Object.freeze({ minCued: 2, minCuedShare: 0.25 }),
  /** Years short of the asked number still counted as close ("partial"). */
  closeYears: 2,
  /** An office this far from the profile's city, or nearer, is within a daily commute. */
  commuteKm: 100,
  /** Years of experience a seniority word usually stands for. */
  seniorityYears: Object.freeze({
    junior: 0,
    mid: 2,
    senior: 5,
    lead: 6,
    staff: 8,
    principal: 10,
  }),
});

export type FitDefaults = typeof FIT_DEFAULTS;
