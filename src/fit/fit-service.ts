import type { AskContext } from '../answer/answer.ts';
import type { Profile } from '../knowledge/schema.ts';
import type { UnansweredLog } from '../service/unanswered-log.ts';
import { createFit, type Fit } from './fit.ts';
import type { FitReport } from './report.ts';

/** What surfaces call for a job-description fit. */
export interface FitSource {
  fit(text: string, context: AskContext): FitReport;
}

export interface FitServiceOptions {
  /** The knowledge now served; read on every call, so a reload is followed. */
  profile: () => Profile;
  /** Requirement lines that could not be classified are kept here, beside unanswered questions. */
  unanswered?: UnansweredLog;
}

/** Fits job descriptions against the served profile and logs what it could not classify. */
export function createFitService(options: FitServiceOptions): FitSource {
  let built: { profile: Profile; fit: Fit } | undefined;
  const current = (): Fit => {
    const profile = options.profile();
    if (built?.profile !== profile) built = { profile, fit: createFit(profile) };
    return built.fit;
  };
  return {
    fit(text, context) {
      const report = current().fit(text);
      for (const line of report.unclassified) {
        options.unanswered?.record({
          surface: context.surface,
          userId: context.userId,
          question: `Job requirement: ${line}`,
        });
      }
      return report;
    },
  };
}
