import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, tempWorkspace } from '../support/process.ts';

/** Whether something accepts connections on the port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

describe('npm start', () => {
  it('runs the compiled server, reloads edited knowledge, and SIGTERM to npm stops it', async () => {
    const workspace = tempWorkspace();
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? workspace.dir,
        PORT: '0',
        KNOWLEDGE_PATH: workspace.knowledge,
        UNANSWERED_LOG: `${workspace.dir}/unanswered.jsonl`,
        LOG_PRETTY: 'false',
        // The test polls for the reload; the default limit would refuse it after five questions.
        RATE_LIMIT_MAX: '1000',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let out = '';
      const port = await new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no start within 30 s:\n${out}`)), 30_000);
        npm.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = out.match(/Open http:\/\/localhost:(\d+) to chat/);
          if (match) {
            clearTimeout(timer);
            resolve(Number(match[1]));
          }
        });
        npm.once('exit', () => reject(new Error(`npm exited before serving:\n${out}`)));
      });
      const reply = await fetch(`http://127.0.0.1:${port}/api/ask`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ question: 'Does he know Kubernetes?' }),
      });
      expect(reply.status).toBe(200);

      // Hot reload parses on a worker thread: the compiled server must find the compiled worker.
      const ask = async () => {
        const res = await fetch(`http://127.0.0.1:${port}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ question: 'Where is he based?' }),
        });
        return ((await res.json()) as { text: string }).text;
      };
      const yaml = readFileSync(workspace.knowledge, 'utf8');
      writeFileSync(workspace.knowledge, yaml.replace(/location: .*/, 'location: Reloadville'));
      let text = await ask();
      for (let i = 0; i < 100 && !text.includes('Reloadville'); i++) {
        await new Promise((r) => setTimeout(r, 100));
        text = await ask();
      }
      expect(text).toContain('Reloadville');

      const exited = new Promise((resolve) => npm.once('exit', resolve));
      npm.kill('SIGTERM');
      await exited;
      // The server went with npm rather than staying behind, still answering.
      let open = true;
      for (let i = 0; i < 50 && open; i++) {
        open = await listening(port);
        if (open) await new Promise((r) => setTimeout(r, 100));
      }
      expect(open).toBe(false);
    } finally {
      if (npm.exitCode === null) npm.kill('SIGKILL');
      workspace.cleanup();
    }
  }, 60_000);
});
