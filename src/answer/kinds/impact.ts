import { listKind } from './list-kind.ts';

/** "What has she achieved?": the impact lines. */
export const impact = listKind({
  name: 'impact',
  topic: 'impact',
  phrases: [
    'accomplishment',
    'accomplished',
    'achieved',
    'achievement',
    'achievements',
    'impact',
    'proud',
    'proudest',
    'most proud',
    'best work',
    'greatest',
    'biggest',
    'highlight',
    'highlights',
    'win',
    'wins',
    'result',
    'results',
    'track record',
    'contribution',
    'success',
  ],
  weight: 6,
  items: (p) => [
    ...p.impact,
    ...p.awards.map((a) => [a.title, a.awarder, a.date].filter(Boolean).join(', ')),
  ],
  title: 'Engineering impact',
  lead: "Highlights of {name}'s impact:",
  missing: {
    what: 'achievements',
    cues: ['achieved', 'award', 'improved', 'reduced', 'increased', 'led'],
  },
  suggestion: 'What has {name} achieved?',
});
