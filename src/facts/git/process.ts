import { execFile, spawn } from 'node:child_process';
import { FactError } from '../../core/types.js';

// Running git: one command with its whole output (execGit), or a long one streamed (streamGit). An argument list,
// never a shell; no prompts, no optional locks, the C locale; bounded by time and by output size.

const GIT_TIMEOUT_MS = 60_000;
/** A scan streams many files through one process; it is bounded by time as a whole. */
const SCAN_TIMEOUT_MS = 10 * 60_000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;

/** Runs git in `dir` with an argument list (never a shell), literal pathspecs and no prompts; its whole output. */
export function execGit(dir: string, args: string[], timeoutMs = GIT_TIMEOUT_MS): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['-C', dir, '--literal-pathspecs', '-c', 'core.quotePath=false', ...args],
      {
        encoding: 'buffer',
        maxBuffer: MAX_GIT_OUTPUT,
        timeout: timeoutMs,
        env: gitEnv(),
      },
      (error, stdout, stderr) => {
        if (error) {
          const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
          reject(new GitError(`git ${args[0]} failed: ${detail}`));
        } else resolve(stdout);
      },
    );
  });
}

export class GitError extends FactError {
  override name = 'GitError';
}

/**
 * A scan's failure as the user reads it: what git was doing, and — where the message has no advice of its own (git
 * answered what the gate cannot read, or stopped early) — what to do next. Errors that are not git's pass as they are.
 */
export function withNextStep(error: Error, doing: string): Error {
  if (!(error instanceof GitError) || error.message.includes(' — ')) return error;
  return new GitError(
    `${error.message} (${doing}) — re-run the job; if it fails again, the checkout or its git is broken: check out afresh, and report it with \`git --version\` if it persists`,
  );
}

export function gitEnv(): NodeJS.ProcessEnv {
  return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}

/**
 * Runs git over many files with its output handed to `onOutput` chunk by chunk (and `input` written to it), and
 * settles once: with what `onClose` answers when git has finished, or rejects on the first error — a handler that
 * throws, git that cannot start, the scan's time limit — killing git. What git sends after that is not handed on.
 */
export function streamGit<T>(
  dir: string,
  args: string[],
  handlers: { doing: string; input?: string; onOutput(chunk: Buffer): void; onClose(code: number | null, stderr: string): T },
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    // No stdin unless there is input: git grep may refuse a pattern and exit before an empty stdin is closed (EPIPE).
    const child = spawn('git', ['-C', dir, '--literal-pathspecs', ...args], {
      env: gitEnv(),
      stdio: [handlers.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const command = `git ${args[0]}`;
    let settled = false;
    let stderr = '';
    const finish = (outcome: { error: Error } | { value: T }) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if ('error' in outcome) {
        child.kill();
        reject(withNextStep(outcome.error, `${command} ${handlers.doing}`));
      } else resolve(outcome.value);
    };
    const timer = setTimeout(
      () =>
        finish({
          error: new GitError(
            `${command} did not finish ${handlers.doing} within ${SCAN_TIMEOUT_MS / 60_000} minutes — narrow the files the policy's globs match`,
          ),
        }),
      SCAN_TIMEOUT_MS,
    );
    child.stdout!.on('data', (chunk: Buffer) => {
      if (settled) return;
      try {
        handlers.onOutput(chunk);
      } catch (e) {
        finish({ error: e as Error });
      }
    });
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 4096) stderr += chunk.toString('utf8');
    });
    child.on('error', (e) =>
      finish({ error: new GitError(`${command} failed: ${e.message} — check that git is installed and the checkout is readable`) }),
    );
    child.on('close', (code) => {
      if (settled) return;
      try {
        finish({ value: handlers.onClose(code, stderr) });
      } catch (e) {
        finish({ error: e as Error });
      }
    });
    if (child.stdin) {
      child.stdin.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message}`) }));
      child.stdin.end(handlers.input);
    }
  });
}
