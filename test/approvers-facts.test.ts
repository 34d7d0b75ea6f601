import { describe, expect, it } from 'vitest';
import { commitFromApi, parsePermission } from '../src/facts/github.js';
import { parseCommitsJson, parseReviewsJson, permissionsOfReviews } from '../src/facts/local.js';

// What the facts make of GitHub's answers about who may approve (see docs/gates/reviews.md, "Who may approve").

describe('who may approve: reading GitHub', () => {
  it('reads a permission by its base role: maintain is write, triage is read, anything else is refused', () => {
    expect(['admin', 'maintain', 'write', 'triage', 'read', 'none'].map(parsePermission)).toEqual([
      'admin',
      'write',
      'write',
      'read',
      'read',
      'none',
    ]);
    expect(parsePermission('push')).toBeUndefined();
    expect(parsePermission(undefined)).toBeUndefined();
  });

  it("reads a commit's people as logins: web-flow is no one, an unlinked e-mail (null) is no one", () => {
    expect(commitFromApi({ sha: 'a', author: { login: 'dana' }, committer: { login: 'web-flow' } })).toEqual({ sha: 'a', author: 'dana' });
    expect(commitFromApi({ sha: 'b', author: null, committer: { login: 'erin' } })).toEqual({ sha: 'b', committer: 'erin' });
    expect(commitFromApi({ sha: 'c', author: { login: 'dependabot[bot]' }, committer: null })).toEqual({
      sha: 'c',
      author: 'dependabot[bot]',
    });
  });

  it("takes the CLI's permission field beside GitHub's review fields, refusing a value GitHub does not use and a reviewer given two", () => {
    const review = (id: number, login: string, extra: object = {}) => ({
      id,
      user: { login },
      state: 'APPROVED',
      commit_id: 'a',
      submitted_at: '2026-01-01T00:00:00Z',
      ...extra,
    });
    const reviews = parseReviewsJson(
      JSON.stringify([review(1, 'erin', { permission: 'maintain' }), review(2, 'Erin'), review(3, 'rita')]),
      'r.json',
    );
    expect(reviews.map((r) => r.permission)).toEqual(['write', undefined, undefined]);
    const permissions = permissionsOfReviews(reviews, 'r.json');
    expect(permissions.get('erin')).toBe('write');
    expect(permissions.get('rita')).toBeUndefined();
    expect(() => parseReviewsJson(JSON.stringify([review(1, 'erin', { permission: 'push' })]), 'r.json')).toThrow(
      'r.json: review [0] has "permission": "push"; use admin, maintain, write, triage, read or none',
    );
    const two = parseReviewsJson(
      JSON.stringify([review(1, 'erin', { permission: 'read' }), review(2, 'erin', { permission: 'write' })]),
      'r.json',
    );
    expect(() => permissionsOfReviews(two, 'r.json')).toThrow('r.json: the reviews of erin give two permissions, read and write');
  });

  it('reads a commits file as GitHub returns it, and refuses anything else', () => {
    expect(parseCommitsJson(JSON.stringify([{ sha: 'a', author: { login: 'dana' }, committer: { login: 'web-flow' } }]), 'c.json')).toEqual(
      [{ sha: 'a', author: 'dana' }],
    );
    expect(() => parseCommitsJson('{}', 'c.json')).toThrow('c.json must be a JSON array of commits with "sha"');
    expect(() => parseCommitsJson('[', 'c.json')).toThrow('c.json is not valid JSON');
  });
});
