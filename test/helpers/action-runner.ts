import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** A loopback stand-in for the API: where it listens, and the repository it serves. */
export interface LoopbackApi {
  readonly url: string;
  readonly state: { owner: string; repo: string };
}

// Runs the bundled action (dist/index.js) as the Actions runner does: a child process with the runner's
// environment, GITHUB_API_URL pointed at a FakeGitHub.

export const ACTION = new URL('../../dist/index.js', import.meta.url).pathname;
export const TOKEN = 'ghs_runnerSecretToken0123456789abcdefABCDEF';

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** The JSON result file's text ('' when none was written). */
  resultJson: string;
  /** Wall-clock time of the run, ms. */
  ms: number;
}

function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const re = /^([^<\n]+)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const m of text.matchAll(re)) outputs[m[1]!] = m[3]!;
  return outputs;
}

export class ActionRunner {
  readonly dir = mkdtempSync(join(tmpdir(), 'sdlc-gate-runner-'));
  constructor(readonly api: LoopbackApi) {}

  run(opts: {
    workspace: string;
    event: unknown;
    eventName?: string;
    ref?: string;
    inputs?: Record<string, string>;
    env?: Record<string, string>;
  }): Promise<RunResult> {
    const eventPath = join(this.dir, 'event.json');
    writeFileSync(eventPath, JSON.stringify(opts.event));
    const summaryPath = join(this.dir, 'summary.md');
    const outputPath = join(this.dir, 'output.txt');
    const resultPath = join(this.dir, `${opts.inputs?.['check-name'] ?? 'sdlc-gate'}-result.json`);
    writeFileSync(summaryPath, '');
    writeFileSync(outputPath, '');
    rmSync(resultPath, { force: true });
    const inputs: Record<string, string> = {
      token: TOKEN,
      policy: '.github/sdlc-gate.yml',
      comment: 'always',
      'check-run': 'true',
      'check-name': 'sdlc-gate',
      'fail-on': 'error',
      'timeout-seconds': '30',
      ...opts.inputs,
    };
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? this.dir,
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
      GITHUB_EVENT_PATH: eventPath,
      ...(opts.ref ? { GITHUB_REF: opts.ref } : {}),
      GITHUB_API_URL: this.api.url,
      GITHUB_SERVER_URL: 'http://127.0.0.1',
      GITHUB_REPOSITORY: `${this.api.state.owner}/${this.api.state.repo}`,
      GITHUB_RUN_ID: '77',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_WORKSPACE: opts.workspace,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_OUTPUT: outputPath,
      RUNNER_TEMP: this.dir,
      GIT_CONFIG_NOSYSTEM: '1',
      GIT_CONFIG_GLOBAL: '/dev/null',
    };
    for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.toUpperCase()}`] = v;
    Object.assign(env, opts.env);
    const t0 = performance.now();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [ACTION], { env, cwd: opts.workspace });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.stderr.on('data', (d) => (stderr += d));
      const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        const resultJson = existsSync(resultPath) ? readFileSync(resultPath, 'utf8') : '';
        resolve({
          code,
          stdout,
          stderr,
          summary: readFileSync(summaryPath, 'utf8'),
          outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
          resultJson,
          ms: performance.now() - t0,
        });
      });
    });
  }

  remove() {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
