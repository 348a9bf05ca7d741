import { readFileSync } from 'node:fs';
import { importJsonResume } from '../../src/import/json-resume.ts';
import { importMarkdownProfile } from '../../src/import/markdown-profile.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Profile, Pronouns } from '../../src/knowledge/schema.ts';

/** A profile as `portfolio-bot import` makes it from a markdown README: no hand edits. */
const imported = (file: string, pronouns: Pronouns) => () =>
  importMarkdownProfile(readFileSync(file, 'utf8'), { pronouns }).profile;
const importedJson = (file: string, pronouns: Pronouns) => () =>
  importJsonResume(JSON.parse(readFileSync(file, 'utf8')), { pronouns }).profile;
const she = { subject: 'she', object: 'her', possessive: 'her' };
const he = { subject: 'he', object: 'him', possessive: 'his' };
const shipped = () => loadKnowledge('knowledge/profile.yaml');

export interface QuestionSet {
  name: string;
  file: string;
  profile: () => Profile;
  /** Written by someone who never saw the engine: held to a lower floor. */
  blind?: boolean;
  /** A floor of its own, for a set measured blind whose misses need more than words. */
  floor?: { overall: number; perKind: number };
  /** The file name its answers are recorded under. */
  snapshot: string;
}

/** The project's question sets, each with the profile it asks about. */
export const QUESTION_SETS: QuestionSet[] = [
  {
    name: 'the shipped profile',
    file: 'tests/eval/shipped-profile.jsonl',
    profile: shipped,
    snapshot: 'shipped-profile',
  },
  {
    name: 'the shipped profile imported from its README',
    file: 'tests/eval/shipped-profile.jsonl',
    profile: imported('tests/fixtures/profiles/fahad-khan.md', he),
    snapshot: 'shipped-profile-imported',
  },
  {
    name: 'an imported data engineer with roles and education',
    file: 'tests/eval/data-engineer.jsonl',
    profile: imported('tests/fixtures/profiles/ingrid-solberg-mensah.md', she),
    snapshot: 'data-engineer',
  },
  {
    name: 'an imported mobile engineer in the GitHub template shape, with badges',
    file: 'tests/eval/mobile-engineer.jsonl',
    profile: imported('tests/fixtures/profiles/priya-raman.md', she),
    snapshot: 'mobile-engineer',
  },
  {
    name: 'an imported platform engineer whose facts are in prose (written blind to the engine)',
    file: 'tests/eval/platform-engineer.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/pham-thu-ha.md', she),
    snapshot: 'platform-engineer',
  },
  {
    name: 'an imported ML engineer with a skills table (written blind to the engine)',
    file: 'tests/eval/ml-engineer.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/nadia-okonkwo.md', she),
    snapshot: 'ml-engineer',
  },
  {
    name: 'an imported engineering manager with no H1 and skills in sentences (written blind)',
    file: 'tests/eval/engineering-manager.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/dan-okafor.md', he),
    snapshot: 'engineering-manager',
  },
  {
    name: 'an imported security engineer with a whoami section (written blind)',
    file: 'tests/eval/security-engineer.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/ingrid-vasquez-holm.md', she),
    snapshot: 'security-engineer',
  },
  {
    name: 'an imported design engineer with a website',
    file: 'tests/eval/design-engineer.jsonl',
    profile: imported('tests/fixtures/profiles/tomas-arvelo.md', he),
    snapshot: 'design-engineer',
  },
  {
    name: 'the shipped profile, asked by someone who never saw the engine',
    file: 'tests/eval/shipped-profile-blind.jsonl',
    blind: true,
    profile: shipped,
    snapshot: 'shipped-profile-blind',
  },
  {
    name: 'an imported mobile engineer with badges and a stack list (written blind)',
    file: 'tests/eval/mobile-engineer-badges.jsonl',
    blind: true,
    floor: { overall: 0.85, perKind: 0.8 },
    profile: imported('tests/fixtures/profiles/arjun-mehta.md', he),
    snapshot: 'mobile-engineer-badges',
  },
  {
    name: 'an imported frontend engineer whose README is a résumé (written blind)',
    file: 'tests/eval/frontend-engineer-resume.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/amara-okafor.md', she),
    snapshot: 'frontend-engineer-resume',
  },
  {
    name: 'an imported SRE lead whose whole profile is prose (written blind)',
    file: 'tests/eval/sre-lead-prose.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/placement/prose.md', she),
    snapshot: 'sre-lead-prose',
  },
  {
    name: 'an imported ML engineer from a JSON Resume (written blind)',
    file: 'tests/eval/ml-engineer-json-resume.jsonl',
    blind: true,
    profile: importedJson('tests/fixtures/profiles/placement/resume.json', he),
    snapshot: 'ml-engineer-json-resume',
  },
  {
    name: 'an imported backend engineer from a plain-text résumé (written blind)',
    file: 'tests/eval/backend-engineer-plain-text.jsonl',
    blind: true,
    profile: imported('tests/fixtures/profiles/mathieu-kowalczyk.txt', he),
    snapshot: 'backend-engineer-plain-text',
  },
  {
    name: 'an imported backend and mobile engineer from a JSON Resume (written blind)',
    file: 'tests/eval/mobile-engineer-json-resume.jsonl',
    blind: true,
    profile: importedJson('tests/fixtures/profiles/valentina-ospina.json', she),
    snapshot: 'mobile-engineer-json-resume',
  },
];

/** The shared development set, beside the clone in CI; skipped when absent. */
export const SHARED_DEV_SET: QuestionSet = {
  name: 'the shared development set',
  file: '../shared/eval/dev.jsonl',
  profile: shipped,
  snapshot: 'shared-dev',
};
