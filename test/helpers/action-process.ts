import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FakeGitHub } from './fake-github.js';

/** The bundled action (dist/index.js, `npm run bundle`), run as the Actions runner runs it, against a fake GitHub. */
export const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: string;
  /** The JSON result file's text ('' when none was written). */
  resultJson: string;
  seconds: number;
}

export class ActionRunner {
  readonly dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-action-'));
  constructor(readonly api: FakeGitHub) {}

  async run(opts: { workspace: string; event: unknown; inputs: Record<string, string> }): Promise<ActionRun> {
    const eventPath = join(this.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(opts.event));
    const summaryPath = join(this.dir, 'summary.md');
    const outputPath = join(this.dir, 'output.txt');
    const resultPath = join(this.dir, 'sdlc-gate-result.json');
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    rmSync(resultPath, { force: true });
    const inputs: Record<string, string> = { policy: '.github/sdlc-gate.yml', comment: 'always', 'check-run': 'true', 'check-name': 'sdlc-gate', 'fail-on': 'error', 'timeout-seconds': '30', ...opts.inputs };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: this.dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: this.api.url,
      GITHUB_REPOSITORY: 'acme/pump',
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: this.dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    const started = Date.now();
    const r = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { env, cwd: opts.workspace });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code, stdout, stderr });
      });
    });
    const seconds = (Date.now() - started) / 1000;
    let resultJson = '';
    try {
      resultJson = readFileSync(resultPath, 'utf8');
    } catch {
      // none written
    }
    return { ...r, summary: readFileSync(summaryPath, 'utf8'), outputs: readFileSync(outputPath, 'utf8'), resultJson, seconds };
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
