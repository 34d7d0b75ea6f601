import { describe, expect, it } from 'vitest';
import { detectRepositoryUrl, normalizeRepoUrl, repoUrlFromEnv, repoUrlProblem, webUrlFromRemote } from '../src/facts/repo-url.js';
import { blobLinks } from '../src/report/trace-html.js';

// The repository's web address that the HTML matrix links to: from --repo-url, the event's environment, or the
// origin remote; only https addresses, never with credentials.

describe('webUrlFromRemote', () => {
  it.each([
    ['https://github.com/acme/pump.git', 'https://github.com/acme/pump'],
    ['https://github.com/acme/pump', 'https://github.com/acme/pump'],
    ['https://github.com/acme/pump/', 'https://github.com/acme/pump'],
    ['https://x-access-token:ghs_secret@github.com/acme/pump.git', 'https://github.com/acme/pump'],
    ['git@github.com:acme/pump.git', 'https://github.com/acme/pump'],
    ['git@github.com:acme/pump', 'https://github.com/acme/pump'],
    ['ssh://git@github.com/acme/pump.git', 'https://github.com/acme/pump'],
    ['ssh://git@ghe.example.com:2222/acme/pump.git', 'https://ghe.example.com/acme/pump'],
    ['git@gitlab.example.com:group/sub/pump.git', 'https://gitlab.example.com/group/sub/pump'],
    ['  https://GitHub.com/acme/pump.git\n', 'https://github.com/acme/pump'],
  ])('%s → %s', (remote, web) => {
    expect(webUrlFromRemote(remote)).toBe(web);
  });

  it.each([
    ['a local path', '/srv/git/pump.git'],
    ['a relative path', '../pump'],
    ['a Windows path', 'C:\\repos\\pump'],
    ['plain http', 'http://github.com/acme/pump.git'],
    ['git protocol', 'git://github.com/acme/pump.git'],
    ['a file URL', 'file:///srv/git/pump.git'],
    ['no owner', 'https://github.com/pump'],
    ['a dot segment', 'git@github.com:acme/../pump.git'],
    ['nothing', ''],
    ['a control character', 'https://github.com/acme/pump\u0007'],
  ])('%s is no web address', (_what, remote) => {
    expect(webUrlFromRemote(remote)).toBeUndefined();
  });
});

describe('--repo-url', () => {
  it('takes an https address of a repository, without .git or a trailing slash', () => {
    expect(repoUrlProblem('https://github.com/acme/pump')).toBeUndefined();
    expect(normalizeRepoUrl('https://github.com/acme/pump.git/')).toBe('https://github.com/acme/pump');
    expect(normalizeRepoUrl('https://gitlab.example.com/group/sub/pump')).toBe('https://gitlab.example.com/group/sub/pump');
  });

  it('refuses anything else, saying what to give', () => {
    expect(repoUrlProblem('http://github.com/acme/pump')).toBe(
      '--repo-url must be an https:// address of the repository (such as https://github.com/owner/repo), not "http://github.com/acme/pump"',
    );
    expect(repoUrlProblem('javascript:alert(1)')).toMatch(/^--repo-url must be an https:\/\/ address/);
    expect(repoUrlProblem('github.com/acme/pump')).toMatch(/^--repo-url must be an https:\/\/ address/);
    expect(repoUrlProblem('https://token@github.com/acme/pump')).toMatch(/must not carry credentials/);
    expect(repoUrlProblem('https://github.com/acme/pump?tab=readme')).toMatch(/without a query or fragment/);
    expect(repoUrlProblem('https://github.com/acme')).toMatch(/must name the repository/);
  });
});

describe('the event', () => {
  it('is GITHUB_REPOSITORY on GITHUB_SERVER_URL, github.com when the server is unset', () => {
    expect(repoUrlFromEnv({ GITHUB_REPOSITORY: 'acme/pump', GITHUB_SERVER_URL: 'https://ghe.example.com/' })).toBe(
      'https://ghe.example.com/acme/pump',
    );
    expect(repoUrlFromEnv({ GITHUB_REPOSITORY: 'acme/pump' })).toBe('https://github.com/acme/pump');
    expect(repoUrlFromEnv({ GITHUB_REPOSITORY: 'acme/pump', GITHUB_SERVER_URL: 'http://ghe.example.com' })).toBeUndefined();
    expect(repoUrlFromEnv({ GITHUB_REPOSITORY: 'acme' })).toBeUndefined();
    expect(repoUrlFromEnv({})).toBeUndefined();
  });
});

describe('detectRepositoryUrl', () => {
  const repo = (remote: string | Error) => ({
    run: async (args: string[]) => {
      expect(args).toEqual(['remote', 'get-url', 'origin']);
      if (remote instanceof Error) throw remote;
      return `${remote}\n`;
    },
  });
  const env = { GITHUB_REPOSITORY: 'acme/from-event' };

  it('prefers the flag, then the event, then the origin remote', async () => {
    expect(
      await detectRepositoryUrl({ flag: 'https://github.com/acme/flag.git', env, repo: repo('git@github.com:acme/remote.git') }),
    ).toEqual({
      url: 'https://github.com/acme/flag',
      source: 'flag',
    });
    expect(await detectRepositoryUrl({ env, repo: repo('git@github.com:acme/remote.git') })).toEqual({
      url: 'https://github.com/acme/from-event',
      source: 'event',
    });
    expect(await detectRepositoryUrl({ env: {}, repo: repo('git@github.com:acme/remote.git') })).toEqual({
      url: 'https://github.com/acme/remote',
      source: 'remote',
    });
  });

  it('is none without a usable remote', async () => {
    expect(await detectRepositoryUrl({ env: {}, repo: repo(new Error("error: No such remote 'origin'")) })).toBeUndefined();
    expect(await detectRepositoryUrl({ env: {}, repo: repo('/srv/git/pump.git') })).toBeUndefined();
  });
});

describe('blobLinks', () => {
  const sha = 'a'.repeat(40);
  it('links a place to the file at the commit, each path segment encoded', () => {
    expect(blobLinks('https://github.com/acme/pump', sha)!.href('docs/srs.md', 12)).toBe(
      `https://github.com/acme/pump/blob/${sha}/docs/srs.md#L12`,
    );
    expect(blobLinks('https://github.com/acme/pump', sha)!.href('docs/a b#1?.md', 3)).toBe(
      `https://github.com/acme/pump/blob/${sha}/docs/a%20b%231%3F.md#L3`,
    );
  });

  it('makes none for an address that is not https, or without a commit', () => {
    expect(blobLinks('http://github.com/acme/pump', sha)).toBeUndefined();
    expect(blobLinks('javascript:alert(1)//x/y', sha)).toBeUndefined();
    expect(blobLinks(undefined, sha)).toBeUndefined();
    expect(blobLinks('https://github.com/acme/pump', '(no commit yet)')).toBeUndefined();
    expect(blobLinks('https://github.com/acme/pump', undefined)).toBeUndefined();
  });
});
