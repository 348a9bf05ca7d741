import { listKind } from './list-kind.ts';

/** "What is he learning now?": what the owner is exploring. */
export const exploring = listKind({
  name: 'exploring',
  topic: 'exploring',
  phrases: [
    'learning',
    'learn',
    'exploring',
    'explore',
    'studying',
    'interested in',
    'interest',
    'these days',
    'curious',
    'future',
    'growing',
    // "what's he digging into lately, anything he's trying to level up on?"
    'lately',
    'digging into',
    'level up',
    'upskilling',
    'trying to learn',
    // "is he picking up any new tech at the moment?"
    'picking up',
    'pick up',
    'new tech',
    'new skills',
  ],
  weight: 5,
  items: (p) => p.exploring,
  title: 'Currently exploring',
  lead: '{name} is currently exploring:',
  missing: {
    what: 'current learning or exploration',
    cues: ['learning', 'exploring', 'interested in', 'curious'],
  },
  suggestion: 'What is {name} exploring now?',
});
