import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.ts';
import { createFitService } from '../../src/fit/fit-service.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createUnansweredLog } from '../../src/service/unanswered-log.ts';
import { captureLogger } from '../service/log-capture.ts';
import { fakeIo } from '../support/cli-io.ts';

describe('requirements the fit cannot classify', () => {
  it('are logged like unanswered questions, so `report` shows them to the owner', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'fit-log-')), 'unanswered.jsonl');
    const unanswered = createUnansweredLog({ path, logger: captureLogger().logger, salt: 's' });
    const profile = loadKnowledge('knowledge/profile.yaml');
    const fit = createFitService({ profile: () => profile, unanswered });
    const report = fit.fit('## Requirements\n- Go\n- You are kind and curious', {
      surface: 'web',
      conversationId: 'fit',
      userId: '127.0.0.1',
    });
    expect(report.unclassified).toEqual(['You are kind and curious']);
    await unanswered.flush();

    const io = fakeIo();
    expect(await runCli(['report', '--log', path], io)).toBe(0);
    expect(io.out.join('\n')).toContain('"Job requirement: You are kind and curious"');
    expect(io.out.join('\n')).toContain('web');
    expect(io.out.join('\n')).not.toContain('Go"');
  });
});
