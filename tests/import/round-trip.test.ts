import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createAssistant } from '../../src/answer/assistant.ts';
import { parseEvalSet, scoreCase } from '../../src/answer/evaluate.ts';
import { importProfile } from '../../src/import/import-profile.ts';
import { toKnowledgeYaml } from '../../src/import/knowledge-yaml.ts';
import { parseKnowledge } from '../../src/knowledge/load.ts';
import type { Profile } from '../../src/knowledge/schema.ts';

const DIR = 'tests/fixtures/profiles/round-trip';
const QUESTIONS = parseEvalSet(readFileSync(`${DIR}/lena-marchetti.questions.jsonl`, 'utf8'));

/** The questions the profile answers as the set expects. */
function passing(profile: Profile): string[] {
  const assistant = createAssistant(profile);
  return QUESTIONS.filter((c, i) => scoreCase(assistant, c, `round-trip-${i}`).passed).map(
    (c) => c.id,
  );
}

/** Imports a source file, writes the knowledge YAML and loads it back as `validate` would. */
async function roundTrip(file: string): Promise<Profile> {
  const { profile } = await importProfile(readFileSync(`${DIR}/${file}`));
  const yaml = toKnowledgeYaml(profile, { schema: '../knowledge/profile.schema.json' });
  return parseKnowledge(yaml, file);
}

describe('an imported profile answers as the hand-written one does', () => {
  const handWritten = parseKnowledge(readFileSync(`${DIR}/lena-marchetti.yaml`, 'utf8'), 'yaml');

  it('the hand-written knowledge answers every question of the set', () => {
    expect(passing(handWritten)).toEqual(QUESTIONS.map((c) => c.id));
  });

  it.each(['lena-marchetti.md', 'lena-marchetti.resume.json'])(
    '%s, imported, written and loaded back, answers the same questions',
    async (file) => {
      const imported = await roundTrip(file);
      expect(passing(imported)).toEqual(passing(handWritten));
    },
  );
});
