import type { AskContext } from '../answer/answer.ts';
import type { Profile } from '../knowledge/schema.ts';
import { createFit, type Fit } from './fit.ts';
import type { FitReport } from './report.ts';

/** What the conversation handler calls for a job-description fit. */
export interface FitSource {
  fit(text: string, context: AskContext): FitReport;
}

export interface FitServiceOptions {
  /** The knowledge now served; read on every call, so a reload is followed. */
  profile: () => Profile;
}

/** Fits job descriptions against the profile served now, rebuilding only after a reload. */
export function createFitService(options: FitServiceOptions): FitSource {
  let built: { profile: Profile; fit: Fit } | undefined;
  const current = (): Fit => {
    const profile = options.profile();
    if (built?.profile !== profile) built = { profile, fit: createFit(profile) };
    return built.fit;
  };
  return { fit: (text) => current().fit(text) };
}
