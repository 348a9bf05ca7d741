import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { slackConfigFromEnv } from '../../adapters/slack/config.ts';
import { createSlackSurface } from '../../adapters/slack/index.ts';
import { createWebSurface, WEB_DEFAULTS } from '../../adapters/web/index.ts';
import { createAssistant, staticAnswerSource } from '../../src/answer/assistant.ts';
import { createHttpServer, type HttpServer } from '../../src/http-server.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { surfaceDeps } from '../support/surface-deps.ts';
import { captureLogger } from './log-capture.ts';

const servers: HttpServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const source = () => staticAnswerSource(createAssistant(loadKnowledge('knowledge/profile.yaml')));

describe('repeated log lines', () => {
  it('are written in full 20 times, then summarised once per interval with their count', async () => {
    const log = captureLogger({ sampling: { first: 20, intervalMs: 100 } });
    for (let i = 0; i < 5_000; i++) log.logger.warn({ i }, 'same warning');
    log.logger.warn('a different warning');
    expect(log.records().filter((r) => r.msg === 'same warning')).toHaveLength(20);
    await new Promise((r) => setTimeout(r, 150));
    const summary = log.records().filter((r) => r.suppressed !== undefined);
    expect(summary).toHaveLength(1);
    expect(summary[0]).toMatchObject({ level: 40, suppressed: 4_980 });
    expect(summary[0]?.msg).toMatch(/^4980 more like this in the last 0\.1 s: same warning$/);
    // A new interval starts afresh.
    log.logger.warn('same warning');
    expect(log.records().filter((r) => r.msg === 'same warning')).toHaveLength(21);
  });

  it('a flood of unsigned requests to /slack/events costs a few lines, not one each', async () => {
    const log = captureLogger();
    const slack = createSlackSurface(
      slackConfigFromEnv({
        SLACK_BOT_TOKEN: 'xoxb-1-2-abc',
        SLACK_SIGNING_SECRET: 'a1b2c3d4e5f60718293a4b5c6d7e8f90',
        SLACK_API_URL: 'http://127.0.0.1:9/api/',
      }),
      surfaceDeps({ source: source(), logger: log.logger }),
    );
    const http = createHttpServer({ logger: log.logger, routes: slack.routes ?? [] });
    servers.push(http);
    const { port } = await http.listen(0, '127.0.0.1');
    const statuses = await Promise.all(
      Array.from({ length: 300 }, () =>
        fetch(`http://127.0.0.1:${port}/slack/events`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"type":"event_callback"}',
        }).then((r) => r.status),
      ),
    );
    expect(new Set(statuses)).toEqual(new Set([401]));
    // 20 refusals in full (the rest summarised when the interval ends), plus start-up lines.
    const refused = log.records().filter((r) => r.msg === 'slack request refused');
    expect(refused).toHaveLength(20);
    expect(log.records().filter((r) => r.level >= 30).length).toBeLessThanOrEqual(22);
  });

  it('a client that gives up mid-upload is logged without a stack trace', async () => {
    const log = captureLogger();
    const web = createWebSurface(
      { maxBodyBytes: WEB_DEFAULTS.maxBodyBytes },
      surfaceDeps({ source: source(), logger: log.logger }),
    );
    const http = createHttpServer({ logger: log.logger, routes: web.routes ?? [] });
    servers.push(http);
    const { port } = await http.listen(0, '127.0.0.1');
    const socket = connect(port, '127.0.0.1');
    await new Promise((r) => socket.once('connect', r));
    socket.write(
      'POST /api/ask HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: 9000\r\n\r\n{"question":"',
    );
    await new Promise((r) => setTimeout(r, 50));
    socket.destroy();
    const deadline = Date.now() + 2000;
    while (!log.records().some((r) => r.level >= 40) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 20));
    }
    const failures = log.records().filter((r) => r.level >= 40);
    expect(failures.length).toBeGreaterThan(0);
    expect(log.text()).not.toMatch(/"stack"/);
  });
});
