import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// A real git repository built in the test, with a fixed identity so it works on a machine without git config.

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export class TestRepo {
  readonly dir: string;
  constructor(prefix = 'sdlc-gate-test-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix));
    this.git('init', '-q', '-b', 'main');
  }

  git(...args: string[]): string {
    return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], { cwd: this.dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  }

  write(files: Record<string, string | null>): this {
    for (const [path, content] of Object.entries(files)) {
      const full = join(this.dir, path);
      if (content === null) rmSync(full, { force: true, recursive: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
    return this;
  }

  symlink(path: string, target: string): this {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    symlinkSync(target, full);
    return this;
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export function writeJson(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, JSON.stringify(value, null, 2));
  return path;
}

export function prEvent(number: number, baseSha: string, headSha: string, extra: Record<string, unknown> = {}) {
  return {
    action: 'synchronize',
    number,
    pull_request: {
      number,
      title: 'Raise the bolus limit',
      body: 'Fixes #12',
      labels: [],
      user: { login: 'dana' },
      base: { sha: baseSha, ref: 'main' },
      head: { sha: headSha, ref: 'feature' },
      ...extra,
    },
    repository: { name: 'pump', owner: { login: 'acme' }, full_name: 'acme/pump' },
  };
}

export function apiReview(id: number, login: string, state: string, commitId: string, at = '2026-01-01T10:00:00Z') {
  return { id, user: { login }, state, commit_id: commitId, submitted_at: at, body: '' };
}
