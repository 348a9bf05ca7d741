import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAssistant, staticAnswerSource } from '../../src/answer/assistant.ts';
import { runCli } from '../../src/app/cli.ts';
import { createConversation } from '../../src/conversation/handler.ts';
import { createFitService } from '../../src/fit/fit-service.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Profile } from '../../src/knowledge/schema.ts';
import { createScrubber } from '../../src/scrub.ts';
import { createUnansweredLog } from '../../src/service/unanswered-log.ts';
import { captureLogger } from '../service/log-capture.ts';
import { fakeIo } from '../support/cli-io.ts';

const context = { surface: 'web', conversationId: 'fit', userId: '127.0.0.1' };

describe('requirements the fit cannot classify', () => {
  it('are logged like unanswered questions, so `report` shows them to the owner', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fit-log-')), 'unanswered.jsonl');
    const { logger } = captureLogger();
    const unanswered = createUnansweredLog({ path, logger, salt: 's' });
    const profile = loadKnowledge('knowledge/profile.yaml');
    const conversation = createConversation({
      source: staticAnswerSource(createAssistant(profile)),
      logger,
      scrub: createScrubber([]),
      unanswered,
    });
    const reply = conversation.fit({
      surface: 'web',
      conversation: 'fit',
      asker: '127.0.0.1',
      text: '## Requirements\n- Go\n- You are kind and curious',
    });
    expect(reply.kind === 'report' && reply.report.unclassified).toEqual([
      'You are kind and curious',
    ]);
    await unanswered.flush();

    const io = fakeIo();
    expect(await runCli(['report', '--log', path], io)).toBe(0);
    expect(io.out.join('\n')).toContain('"Job requirement: You are kind and curious"');
    expect(io.out.join('\n')).toContain('web');
    expect(io.out.join('\n')).not.toContain('Go"');
  });
});

describe('the fit service', () => {
  it('follows a knowledge reload: the next fit reads the profile served now', () => {
    const first = loadKnowledge('knowledge/profile.yaml');
    const [category, ...rest] = first.skills;
    if (!category) throw new Error('the shipped profile lists skills');
    const rust = { name: 'Rust', aliases: [] };
    const withRust: Profile = {
      ...first,
      skills: [{ ...category, skills: [...category.skills, rust] }, ...rest],
    };
    let served = first;
    const fit = createFitService({ profile: () => served });
    const status = () => fit.fit('## Requirements\n- Rust', context).requirements[0]?.status;
    expect(status()).toBe('missing');
    served = withRust;
    expect(status()).toBe('met');
  });
});
