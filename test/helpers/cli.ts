import { spawnSync } from 'node:child_process';

/** The bundled CLI, run as a user runs it: plain node, no node_modules needed. */
export const CLI = new URL('../../dist/cli/index.js', import.meta.url).pathname;

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the bundled CLI synchronously with a timeout, so a hang fails the test instead of stalling it. */
export function runCli(args: string[], options: { cwd?: string; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    encoding: 'utf8',
    timeout: options.timeout ?? 30_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
