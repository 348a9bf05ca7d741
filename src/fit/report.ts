import { z } from 'zod';

export const RequirementKindSchema = z.enum(['must', 'nice']);
export const RequirementStatusSchema = z.enum(['met', 'partial', 'missing']);

/** One requirement read from the job description, judged against the knowledge. */
export const FitRequirementSchema = z.object({
  /** The requirement as the job description states it. */
  requirement: z.string(),
  kind: RequirementKindSchema,
  status: RequirementStatusSchema,
  /** Lines of the knowledge that support it; empty when missing. */
  evidence: z.array(z.string()),
  /** The nearest things the profile does have, for a partial or missing requirement. */
  closest: z.array(z.string()),
  /**
   * For a line asking several things ("Strong Python and experience with PyTorch or
   * TensorFlow"), how each stands; the row's status combines them.
   */
  parts: z.array(z.object({ text: z.string(), status: RequirementStatusSchema })).optional(),
});

/** The whole match report: every surface renders this and nothing else. */
export const FitReportSchema = z.object({
  /** Two or three honest sentences: how many requirements met, the main gaps. */
  summary: z.string(),
  /** Share of requirements met (partial counts half), must-haves weighted double; 0..1. */
  coverage: z.number().min(0).max(1),
  requirements: z.array(FitRequirementSchema),
  /** Requirement lines the reader found but could not judge against the knowledge. */
  unclassified: z.array(z.string()),
});

export type RequirementKind = z.infer<typeof RequirementKindSchema>;
export type RequirementStatus = z.infer<typeof RequirementStatusSchema>;
export type FitRequirement = z.infer<typeof FitRequirementSchema>;
export type FitReport = z.infer<typeof FitReportSchema>;
