import { listKind } from './list-kind.ts';

/** "How does she work?": the engineering principles. */
export const principles = listKind({
  name: 'principles',
  topic: 'principles',
  phrases: [
    'principle',
    'principles',
    'value',
    'values',
    'philosophy',
    'approach',
    'believe',
    'belief',
    'mindset',
    'how does he work',
    'how does she work',
    'how do they work',
    'engineering culture',
    'way of working',
    // "what's her process when starting a project?": how the owner works, step by step.
    'process',
    'her process',
    'his process',
    'their process',
    'her process when',
    'his process when',
    'their process when',
    'workflow',
    'methodology',
  ],
  weight: 6,
  items: (p) => p.principles,
  title: 'Engineering principles',
  lead: "{name}'s engineering principles:",
  missing: { what: 'principles', cues: ['believe', 'principle', 'philosophy', 'value'] },
  suggestion: "What are {name}'s engineering principles?",
});
