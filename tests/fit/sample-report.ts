import type { AskContext } from '../../src/answer/answer.ts';
import type { FitSource } from '../../src/fit/fit-service.ts';
import type { FitReport } from '../../src/fit/report.ts';

/** A report like the fit returns, with one requirement of each status and one unclassified line. */
export const SAMPLE_REPORT: FitReport = {
  summary:
    "Fahad's profile meets 2 of 3 must-haves and 0 of 1 nice-to-have. Not shown in the profile: AWS Certified Solutions Architect.",
  coverage: 0.6,
  requirements: [
    {
      requirement: '5+ years of backend experience',
      kind: 'must',
      status: 'met',
      evidence: ['6+ of experience (profile)'],
      closest: [],
    },
    {
      requirement: 'Strong Go or Python',
      kind: 'must',
      status: 'met',
      evidence: ['Go (skills: Backend)'],
      closest: [],
    },
    {
      requirement: 'AWS Certified Solutions Architect',
      kind: 'must',
      status: 'missing',
      evidence: [],
      closest: ['AWS (a skill, not a certification)'],
    },
    {
      requirement: 'Rust <@everyone>',
      kind: 'nice',
      status: 'partial',
      evidence: [],
      closest: ['Go'],
    },
  ],
  unclassified: ['A great sense of humour'],
};

/** A fit that records what it was given and answers {@link SAMPLE_REPORT}. */
export function recordingFit(): FitSource & { texts: string[]; contexts: AskContext[] } {
  const texts: string[] = [];
  const contexts: AskContext[] = [];
  return {
    texts,
    contexts,
    fit(text, context) {
      texts.push(text);
      contexts.push(context);
      if (text.includes('explode')) throw new Error('the fit exploded');
      return SAMPLE_REPORT;
    },
  };
}
