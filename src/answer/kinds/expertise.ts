import { listKind } from './list-kind.ts';
import { skills } from './skills.ts';

/** "What is he best at?": the areas of expertise. */
export const expertise = listKind({
  name: 'expertise',
  topic: 'expertise',
  phrases: [
    'expertise',
    'specialize',
    'specialise',
    'specialty',
    'expert',
    'expert in',
    'specialist',
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
  // "What's she best at?" of a profile without an expertise list: its skills, said to be that.
  instead(q, k) {
    const listed = skills.propose({ ...q, intent: 'skills' }, k);
    if (!listed?.answer.answered || k.profile.skills.length === 0) return undefined;
    const lead = `${k.firstName}'s profile names no areas of expertise as such; the skills it lists:`;
    const text = listed.answer.text.replace(/^.*\n/, `${lead}\n`);
    return { ...listed, kind: 'expertise', answer: { ...listed.answer, text, fields: [] } };
  },
});
