import { describe, expect, it } from 'vitest';
import { createOsvSource } from '../src/facts/osv.js';
import { startFakeOsv } from './helpers/fake-osv.js';

// The OSV client never reads an answer it cannot trust as "no vulnerabilities": a result whose vulns are not a list
// of ids is refused (a FactError the gate and the monitor report), on a loopback OSV that counts the requests.

describe('OSV client: answers it cannot trust', () => {
  const client = () => createOsvSource({ requestTimeoutMs: 2000, retries: 2, retryDelayMs: 5 });

  for (const [what, result] of [
    ['vulns that are not a list', { vulns: { id: 'GHSA-x' } }],
    ['a vulnerability without an id', { vulns: [{ modified: '2024-01-01T00:00:00Z' }] }],
    ['a vulnerability that is not an object', { vulns: ['GHSA-x'] }],
  ] as const) {
    it(`refuses ${what}`, async () => {
      const osv = await startFakeOsv({ records: [], vulnsByPurl: {}, resultFor: { 'pkg:npm/b@1.0.0': result } });
      try {
        await expect(client()(osv.url, ['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0'])).rejects.toThrow(
          /answered results\[1\] \(pkg:npm\/b@1\.0\.0\) with vulns that are not a list of \{"id": "…"\} — the answer cannot be trusted/,
        );
        // One request, not retried (the answer came; it is wrong), and no record fetched.
        expect(osv.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v1/querybatch']);
      } finally {
        await osv.close();
      }
    });
  }

  it('reads an empty result as no vulnerabilities, as OSV writes it', async () => {
    const osv = await startFakeOsv({ records: [], vulnsByPurl: {}, resultFor: { 'pkg:npm/b@1.0.0': { vulns: [] } } });
    try {
      const scan = await client()(osv.url, ['pkg:npm/a@1.0.0', 'pkg:npm/b@1.0.0']);
      expect([...scan]).toEqual([
        ['pkg:npm/a@1.0.0', []],
        ['pkg:npm/b@1.0.0', []],
      ]);
    } finally {
      await osv.close();
    }
  });
});
