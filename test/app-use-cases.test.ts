import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/app/errors.js';
import { traceWorkTree } from '../src/app/trace.js';
import { validatePolicy } from '../src/app/validate.js';
import type { GateConfig } from '../src/policy/types.js';
import { gateOptionsOf } from '../src/core/rule.js';
import { traceability } from '../src/rules/traceability/index.js';
import { TestRepo } from './helpers/git-repo.js';

// The use cases take plain inputs and return values: nothing printed, no exit code — the CLI and the action decide that.

describe('use cases in src/app', () => {
  const repo = new TestRepo('sdlc-gate-app-');
  repo.write({
    '.github/sdlc-gate.yml': 'version: 1\ngates:\n  traceability:\n    requirements: [docs/srs.md]\n',
    'docs/srs.md': '# SRS\n\n## REQ-1 Bolus limit\n\nThe pump limits a bolus.\n',
    'test/bolus.test.ts': '// REQ-1\n',
    'bad.yml': 'version: 1\ngates:\n  reviews:\n    approvals: many\n',
  });
  repo.commit('initial');
  afterAll(() => repo.remove());

  it('validate returns what it found: valid with its gates, invalid with file:line errors, missing', async () => {
    expect(await validatePolicy({ cwd: repo.dir })).toMatchObject({
      kind: 'valid',
      path: '.github/sdlc-gate.yml',
      gates: ['traceability'],
    });
    const invalid = await validatePolicy({ cwd: repo.dir, policy: 'bad.yml' });
    expect(invalid).toMatchObject({ kind: 'invalid', errors: [expect.objectContaining({ file: 'bad.yml', line: 4 })] });
    expect(await validatePolicy({ cwd: repo.dir, policy: 'nope.yml' })).toEqual({ kind: 'missing', path: 'nope.yml' });
  });

  it('trace returns the rendered matrix and its counts; an invalid policy comes back as errors, bad usage as a UsageError', async () => {
    const traced = await traceWorkTree({ cwd: repo.dir, format: 'csv' });
    expect(traced).toMatchObject({ ok: true, counts: { requirements: 1, untested: 0 }, compared: false });
    expect(traced.ok && traced.rendered).toContain('REQ-1');
    expect(await traceWorkTree({ cwd: repo.dir, policy: 'bad.yml', format: 'markdown' })).toMatchObject({
      ok: false,
      errors: [expect.objectContaining({ file: 'bad.yml' })],
    });
    await expect(traceWorkTree({ cwd: repo.dir, gate: 'nope', format: 'markdown' })).rejects.toBeInstanceOf(UsageError);
    await expect(traceWorkTree({ cwd: repo.dir, base: 'no-such-ref', format: 'markdown' })).rejects.toThrow(
      /--base no-such-ref is not a commit/,
    );
  });

  it('gateOptionsOf refuses a gate of another rule', () => {
    const gate: GateConfig = { id: 'reviews', rule: 'reviews', level: 'error', options: { approvals: 1 } };
    expect(() => gateOptionsOf(gate, traceability)).toThrow(/runs rule reviews, not traceability/);
    expect(gateOptionsOf({ ...gate, id: 't', rule: 'traceability', options: { requirements: ['docs/srs.md'] } }, traceability)).toEqual({
      requirements: ['docs/srs.md'],
    });
  });
});
