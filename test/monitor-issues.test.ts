import { describe, expect, it } from 'vitest';
import { decodeMarker, encodeMarker, issueTitle } from '../src/publish/issues.js';
import type { MonitorFinding } from '../src/core/monitor.js';
import { parseState } from '../src/monitor/state.js';

// The tracking issue's hidden marker (the action's state) and title; the CLI's state file.

const finding = (over: Partial<MonitorFinding> = {}): MonitorFinding => ({
  key: 'GHSA-F9XV-Q969-PQX4 npm/yaml',
  id: 'GHSA-f9xv-q969-pqx4',
  aliases: ['CVE-2023-2251'],
  component: 'yaml',
  purl: 'pkg:npm/yaml@2.2.1',
  severity: 'high',
  kev: false,
  failing: true,
  status: 'open',
  assessment: null,
  fixed_versions: ['2.2.2'],
  url: 'https://osv.dev/vulnerability/GHSA-f9xv-q969-pqx4',
  first_seen: '2026-01-01T00:00:00.000Z',
  respond_by: '2026-01-31T00:00:00.000Z',
  remediate_by: '2026-03-02T00:00:00.000Z',
  overdue: false,
  passed: null,
  ...over,
});

describe('tracking issue marker', () => {
  it('round-trips, and survives hostile text in keys (no "-->" can end the comment early)', () => {
    const data = {
      key: 'GHSA-X npm/--><script>',
      first_seen: '2026-01-01T00:00:00.000Z',
      refs: { 'v1 -->': { status: 'open' as const, purl: 'pkg:npm/x@1', id: 'GHSA-X', component: 'x' } },
      announced: ['respond' as const],
    };
    const marker = encodeMarker(data);
    expect(marker.slice(4, -4)).not.toContain('--');
    expect(marker.slice(4, -3)).not.toContain('>');
    expect(decodeMarker(`text before\n${marker}\nafter`)).toEqual(data);
  });

  it('refuses a marker that is not ours or is damaged', () => {
    expect(decodeMarker('no marker')).toBeUndefined();
    expect(decodeMarker('<!-- sdlc-gate:monitor !!!! -->')).toBeUndefined();
    expect(
      decodeMarker(`<!-- sdlc-gate:monitor ${Buffer.from('{"key":"k","first_seen":"yesterday"}').toString('base64url')} -->`),
    ).toBeUndefined();
  });
});

describe('tracking issue title', () => {
  it('names the CVE, the OSV id, the component, the severity, KEV, and the refs still open', () => {
    const title = issueTitle({
      entries: [
        { ref: 'v1.2.0', finding: finding() },
        { ref: 'v1.3.0', finding: finding({ kev: true }) },
        { ref: 'main', finding: finding({ status: 'assessed' }) },
      ],
    });
    expect(title).toBe('CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high — v1.2.0, v1.3.0');
    const kev = issueTitle({ entries: [{ ref: 'v1', finding: finding({ kev: true }) }] });
    expect(kev).toBe('CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high (KEV) — v1');
    const long = issueTitle({ entries: Array.from({ length: 60 }, (_, i) => ({ ref: `v1.${i}.0`, finding: finding() })) });
    expect(long.length).toBeLessThanOrEqual(250);
  });
});

describe('monitor state file', () => {
  it('keeps first sight, normalised, and refuses what is not a state', () => {
    const s = parseState(
      JSON.stringify({
        schema: 'sdlc-gate/monitor-state@1',
        items: {
          k: {
            first_seen: '2026-01-01',
            refs: { v1: { status: 'open', purl: 'pkg:npm/x@1', id: 'X', component: 'x' }, bad: { status: 'gone' } },
          },
        },
      }),
      's.json',
    );
    expect(s.items.k).toEqual({
      first_seen: '2026-01-01T00:00:00.000Z',
      refs: { v1: { status: 'open', purl: 'pkg:npm/x@1', id: 'X', component: 'x' } },
    });
    expect(() => parseState('{', 's.json')).toThrow(/s\.json is not valid JSON/);
    expect(() => parseState('{"schema":"sdlc-gate/monitor-state@1","items":{"k":{"first_seen":"soon"}}}', 's.json')).toThrow(
      /item "k" has no valid first_seen/,
    );
  });
});

describe('syncIssues against the loopback API', () => {
  it('closes its own new issue as a duplicate when another run opened one for the same vulnerability first', async () => {
    const { FakeGitHub } = await import('./helpers/fake-github.js');
    const { createClient } = await import('../src/github/client.js');
    const { syncIssues } = await import('../src/publish/issues.js');
    const api = new FakeGitHub({ owner: 'acme', repo: 'pump' });
    await api.start();
    try {
      const client = createClient({
        token: 'test-token',
        baseUrl: api.url,
        deadline: AbortSignal.timeout(20_000),
        requestTimeoutMs: 5_000,
        retries: 0,
        retryDelayMs: 10,
        maxRateLimitWaitMs: 1_000,
      });
      // The other run's issue, opened after this run listed the issues (so this run did not see it).
      api.state.issues.push({
        number: 101,
        title: 'CVE-2023-2251 (GHSA-f9xv-q969-pqx4) in yaml — high — v1',
        body: encodeMarker({ key: finding().key, first_seen: finding().first_seen, refs: {}, announced: [] }),
        state: 'open',
        labels: ['vulnerability'],
        user: { login: 'github-actions[bot]', type: 'Bot' },
        created_at: '2026-01-01T00:00:00Z',
        updated_at: '2026-01-01T00:00:00Z',
      });
      const result = {
        schema: 'sdlc-gate/monitor@1' as const,
        status: 'fail' as const,
        now: '2026-01-02T00:00:00.000Z',
        default_branch: 'main',
        fail_on: 'high' as const,
        respond_within_days: 30,
        remediate_within_days: 60,
        problems: [],
        unchecked: [],
        components_not_checked: 0,
        not_watched: [],
        refs: [
          {
            ref: 'v1',
            kind: 'tag' as const,
            sha: 'a'.repeat(40),
            sboms: ['sbom.json'],
            checked: true,
            problems: [],
            findings: [finding()],
            not_checked: [],
            components_checked: 1,
          },
        ],
      };
      const done = await syncIssues(
        { client, owner: 'acme', repo: 'pump', labels: ['vulnerability'] },
        result,
        new Map(),
        'github-actions[bot]',
      );
      expect(done.created).toEqual([]);
      expect(done.closed).toEqual([102]);
      expect(api.state.issues.find((i) => i.number === 102)).toMatchObject({ state: 'closed', state_reason: 'not_planned' });
      expect(api.state.comments[102]![0]!.body).toContain('Duplicate of #101');
      expect(api.state.issues.find((i) => i.number === 101)!.state).toBe('open');
      // An incomplete result writes nothing.
      await expect(
        syncIssues(
          { client, owner: 'acme', repo: 'pump', labels: ['vulnerability'] },
          { ...result, unchecked: ['v1'] },
          new Map(),
          'github-actions[bot]',
        ),
      ).rejects.toThrow(/incomplete/);
    } finally {
      await api.stop();
    }
  });
});
