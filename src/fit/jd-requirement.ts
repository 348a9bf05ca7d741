import type { RequirementKind } from './report.ts';

/** One requirement as a job description states it, before it is judged. */
export interface JdRequirement {
  text: string;
  kind: RequirementKind;
  /** What the requirement is mainly about, when the reader can tell from its words alone. */
  topic: 'location' | 'seniority' | 'general';
  /** The job's title, when the text states one: the kind of work unnamed years are in. */
  role?: string;
  /** The earlier location line that "those countries" or "there" in this one points back to. */
  placeFrom?: string;
  /** Stated under a "Licenses / Certifications" heading: a certificate is what is asked. */
  certificate?: boolean;
  /** "At least three of the following: …": the options listed, and how many are asked for. */
  options?: { needed: number; items: string[] };
}
