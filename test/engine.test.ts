import { describe, expect, it } from 'vitest';
import { evaluate } from '../src/engine/evaluate.js';
import { RULES } from '../src/rules/index.js';
import type { Rule } from '../src/core/rule.js';
import { plainFacts, policy, pr, review } from './helpers/plain-facts.js';
import { gateConfig as gate, META, runGates as run } from './helpers/rule-tester.js';

describe('engine', () => {
  it('skips gates whose when does not hold, and says why', async () => {
    const gates = [
      gate('by-path', {}, { rule: 'reviews', when: { paths: ['src/dosing/**'] } }),
      gate('by-class', {}, { rule: 'reviews', when: { class: ['C'] } }),
      gate('by-label', {}, { rule: 'reviews', when: { labels: ['release'] } }),
    ];
    const r = await run(gates, { changed: ['src/ui/a.ts'], reviews: [] });
    expect(r.gates.map((g) => [g.status, g.summary])).toEqual([
      ['skip', 'skipped: no changed file matches src/dosing/**'],
      ['skip', 'skipped: no changed file is in a class C software item'],
      ['skip', 'skipped: the pull request has none of the labels release'],
    ]);
    expect(r.status).toBe('pass');
  });

  it('applies when every condition holds (class from the item, labels from the PR)', async () => {
    const g = gate('c', {}, { rule: 'reviews', when: { class: ['C'], labels: ['release'] } });
    const r = await run([g], { pr: pr({ labels: ['release'] }), changed: ['src/dosing/rate.ts'], reviews: [] });
    expect(r.gates[0]!.status).toBe('fail');
  });

  it('a level warning gate warns and does not fail the result', async () => {
    const r = await run([gate('reviews', {}, { level: 'warning' })], { reviews: [] });
    expect(r.gates[0]!.status).toBe('warn');
    expect(r.status).toBe('pass');
  });

  it('turns a throwing rule into error, and fetches shared facts once', async () => {
    const boom: Rule = {
      name: 'boom',
      description: '',
      optionsSchema: {},
      evaluate: async () => {
        throw new TypeError('bad\nsecond line');
      },
    };
    const facts = plainFacts({ reviews: [review('erin', 'APPROVED')] });
    const p = policy({
      gates: [
        gate('a', {}, { rule: 'reviews' }),
        gate('b', {}, { rule: 'reviews' }),
        { id: 'x', rule: 'boom', level: 'warning', options: {} },
      ],
    });
    const r = await evaluate(p, facts, [...RULES, boom], META);
    expect(r.gates[2]).toMatchObject({ status: 'error', summary: 'could not be evaluated: bad' });
    expect(r.status).toBe('fail');
    expect(facts.calls.reviews).toBe(1);
    expect(facts.calls.changedFiles).toBeUndefined();
  });
});
