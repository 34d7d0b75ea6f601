import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IdIndex } from '../src/rules/traceability/id-index.js';
import { expectLinear } from './helpers/scaling.js';

// The scan's index of ids must answer exactly as a Map keyed by the id strings: the digits' count and value stand
// for the id only where the prefix is the same.

const idLike = fc.oneof(
  fc.tuple(fc.constantFrom('REQ-', 'REQ', 'SRS-', 'REQ-0', 'XREQ-', '', 'req-'), fc.stringMatching(/^[0-9]{0,12}$/)).map(([p, d]) => p + d),
  // Few numbers with leading zeros: the same value in several lengths, and under several prefixes.
  fc.tuple(fc.constantFrom('REQ-', 'SRS-', ''), fc.constantFrom('', '0', '00'), fc.nat(12)).map(([p, z, n]) => `${p}${z}${n}`),
  fc.string({ maxLength: 6 }),
);

describe('IdIndex', () => {
  it('answers as a Map of the same ids, whatever the order they come in', () => {
    fc.assert(
      fc.property(fc.array(idLike, { maxLength: 60 }), (ids) => {
        const index = new IdIndex<number>();
        const map = new Map<string, number>();
        ids.forEach((id, i) => {
          expect(index.get(id), id).toBe(map.get(id));
          if (!map.has(id)) {
            map.set(id, i);
            index.set(id, i);
          }
        });
        for (const id of ids) expect(index.get(id)).toBe(map.get(id));
        expect([...index.byId]).toEqual([...map]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps ids apart that differ only in leading zeros, prefix or length', () => {
    const index = new IdIndex<string>();
    for (const id of ['REQ-7', 'REQ-07', 'REQ-007', 'REQ-1234567890', 'REQ-0123456789', 'SRS-7', 'XREQ-7', '7', 'REQ-']) index.set(id, id);
    for (const id of ['REQ-7', 'REQ-07', 'REQ-007', 'REQ-1234567890', 'REQ-0123456789', 'SRS-7', 'XREQ-7', '7', 'REQ-'])
      expect(index.get(id)).toBe(id);
    for (const id of ['REQ-0007', 'REQ-70', 'REQ-8', 'SRS-07', 'REQ7', 'REQ-234567890']) expect(index.get(id)).toBeUndefined();
  });

  it('takes ids in time linear in their count, dense or spread over the numbers', async () => {
    await expectLinear(
      'lookups of new and known ids',
      (n) => Array.from({ length: n }, (_, i) => `REQ-${(i * 7_919_813) % 999_999_999}`),
      (ids) => {
        const index = new IdIndex<number>();
        for (let i = 0; i < ids.length; i++) if (index.get(ids[i]!) === undefined) index.set(ids[i]!, i);
        for (const id of ids) index.get(id);
      },
      { n: 5_000 },
    );
  });
});
