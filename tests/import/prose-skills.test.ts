import { describe, expect, it } from 'vitest';
import { skillPhrasesFromProse } from '../../src/import/prose-skills.ts';

describe('skills named in sentences', () => {
  it('reads the phrases a cue introduces, cut where the phrase ends', () => {
    expect(
      skillPhrasesFromProse([
        'I specialise in capacity planning for large fleets.',
        'My thesis was on anomaly detection in network traffic.',
        'I contribute small fixes to the Prometheus Operator and kube-state-metrics when I can.',
      ]),
    ).toEqual([
      'capacity planning',
      'anomaly detection',
      'Prometheus Operator',
      'kube-state-metrics',
    ]);
  });

  it('reads a list after a colon, without its head nouns and asides', () => {
    expect(
      skillPhrasesFromProse([
        'My team owns the platform: the Kubernetes clusters (forty of them), the service mesh and the observability stack.',
      ]),
    ).toEqual(['Kubernetes', 'service mesh', 'observability']);
  });

  it('reads the topics listed after an intro line, but no thing done', () => {
    expect(
      skillPhrasesFromProse([
        "Things I'm happy to talk about:",
        "SLOs, error budgets and alerting that people don't hate",
        'Growing engineers into SREs',
      ]),
    ).toEqual(['SLOs', 'error budgets', 'alerting']);
  });

  it('reads nothing from sentences without a cue', () => {
    expect(skillPhrasesFromProse(['I like long walks and good coffee.'])).toEqual([]);
  });
});

describe('practices the owner says they do', () => {
  it.each([
    ["I've mentored around a dozen engineers into SRE roles.", ['mentoring']],
    ['I coach two new leads each quarter.', ['coaching']],
    ['My mentor taught me Go.', []],
    ['I mentored the migration plan.', []],
  ])('"%s" gives %j', (text, phrases) => {
    expect(skillPhrasesFromProse([text])).toEqual(phrases);
  });
});
