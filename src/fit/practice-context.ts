import type { ProfileSupport } from '../answer/support.ts';
import { technologyNamed } from '../answer/vocabulary/index.ts';
import type { Judgement } from './judgement.ts';

/**
 * Practices and settings a requirement may wrap around its tools: "Cloud security on AWS",
 * "card payments in a mobile app", "modelled a warehouse (Snowflake)". The tools alone do not
 * show the practice; the profile has to say it somewhere.
 */
const PRACTICES: readonly (readonly [pattern: RegExp, query: string, tag?: string])[] = [
  [/\bsecur(?:ity|ing|e)\b/i, 'security', 'security'],
  [/\baccessib(?:le|ility)\b/i, 'accessibility', 'accessibility'],
  [/\bpayments?\b/i, 'payments', 'payments'],
  [/\bmobile\b/i, 'mobile', 'mobile'],
  [/\bcompliance\b/i, 'compliance'],
  [/\bprivacy\b/i, 'privacy'],
  // "profile React Native performance (Hermes, Flipper)": building with it is not tuning it.
  [
    /\bprofil(?:e|ing)\b[^.]{0,40}\bperformance\b|\bperformance\s+(?:profiling|tuning|optimi[sz]ation)\b/i,
    'performance',
  ],
  // "cost optimization on GCP": running GCP is not cutting its bill.
  [/\bcost[- ]?(?:optimi[sz]\w*|reduction|efficien\w*|savings?|management)\b|\bfinops\b/i, 'cost'],
  // "deploying models on Kubernetes": running Kubernetes is not serving machine learning.
  [
    /(?<!\b(?:data|domain|object|business|threat|pricing|entity|view|mental|operating|role|access)\s)\bmodels\b/i,
    'machine learning',
  ],
];

/**
 * A requirement met through its tools is only close when it also asks for a practice the
 * knowledge never mentions: knowing AWS is not doing cloud security.
 */
export function withPracticeChecked(
  text: string,
  judgement: Judgement,
  support: ProfileSupport,
): Judgement {
  if (judgement.status !== 'met') return judgement;
  // Only a tool the profile has says the practice: "(TalkBack, content descriptions)" names
  // accessibility's tools, which a profile without them does not show.
  const tags = new Set(
    support
      .technologiesIn(text)
      .filter((name) => support.supportFor(name).status !== 'absent')
      .flatMap((name) => technologyNamed(name)?.tags ?? []),
  );
  const unshown = PRACTICES.filter(
    ([pattern, query, tag]) =>
      pattern.test(text) && !(tag && tags.has(tag)) && support.search(query, 1).length === 0,
  );
  if (unshown.length === 0) return judgement;
  return { status: 'partial', evidence: judgement.evidence, closest: judgement.evidence };
}
