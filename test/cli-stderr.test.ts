import { describe, expect, it } from 'vitest';
import { main } from '../src/cli/commands.js';

// What the CLI writes on stderr passes the same filter as its reports: the token from GITHUB_TOKEN and terminal
// control sequences never reach the terminal, whatever message carries them.

async function run(argv: string[], env: Record<string, string | undefined>): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(argv, { stdout: () => {}, stderr: (s) => (stderr += s), cwd: process.cwd(), env });
  return { code, stderr };
}

describe('CLI stderr', () => {
  const token = 'ghp_0123456789abcdefghijABCDEFGHIJ012345';

  it('never prints the token, even in a message that echoes it', async () => {
    const r = await run(['check', '--repo', `/nonexistent/${token}`, '--base', 'HEAD'], { GITHUB_TOKEN: token });
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('/nonexistent/***');
    expect(r.stderr).not.toContain(token);
  });

  it('strips terminal control sequences from what it echoes', async () => {
    const r = await run(['check', '--repo', '/nonexistent/\u001b[2J\u001b]0;title\u0007x', '--base', 'HEAD'], {});
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain('/nonexistent/');
    expect(r.stderr.includes('\u001b') || r.stderr.includes('\u0007')).toBe(false);
  });
});
