import { listKind } from './list-kind.ts';

/** "What is he best at?": the areas of expertise. */
export const expertise = listKind({
  name: 'expertise',
  topic: 'expertise',
  phrases: [
    'expertise',
    'specialize',
    'specialise',
    'specialty',
    'speciality',
    'strength',
    'strengths',
    'good at',
    'best at',
    'focus',
    'core',
    'area of expertise',
    'niche',
    // "whats his strongest area", "main area", "what's her forte".
    'strongest area',
    'strongest skill',
    'strongest at',
    'main area',
    'forte',
    'specialization',
    'specialisation',
    // An academic CV's "Research interests": the areas worked in.
    'research interest',
    'research interests',
    'research area',
    'research focus',
  ],
  weight: 5,
  items: (p) => p.expertise,
  title: 'Core expertise',
  lead: "{name}'s core expertise:",
  missing: { what: 'areas of expertise', cues: ['specialize', 'specialise', 'expertise', 'focus'] },
  suggestion: "What is {name}'s core expertise?",
});
