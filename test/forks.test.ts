import { readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseResult } from '../src/action/publish-result.js';
import { writeWorkflowAnnotations } from '../src/publish/workflow-annotations.js';
import type { Annotation } from '../src/report/annotations.js';
import { ActionRunner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { prEvent, TestRepo } from './helpers/git-repo.js';

// Pull requests from forks get a read-only token: findings go to workflow commands (of which a step shows ten
// of each kind), and the two-workflow pattern publishes the uploaded result from a workflow_run job.

const POLICY = `version: 1
gates:
  policy-integrity:
    rule: protected-files
    paths: ["docs/sop/**"]
    from: [quinn]
`;

const ann = (level: Annotation['annotation_level'], i: number): Annotation => ({
  path: `f${i}`,
  start_line: 1,
  end_line: 1,
  annotation_level: level,
  title: 't',
  message: `${level} ${i}`,
});

describe('workflow annotations when the check run cannot be written', () => {
  it('writes the most important nine errors (one is left for the step failure), ten warnings, and one line for the rest', () => {
    const lines: string[] = [];
    const out = {
      error: (m: string) => lines.push(`error ${m}`),
      warning: (m: string) => lines.push(`warning ${m}`),
      notice: (m: string) => lines.push(`notice ${m}`),
    };
    const all = [
      ...Array.from({ length: 12 }, (_, i) => ann('warning', i)),
      ...Array.from({ length: 25 }, (_, i) => ann('failure', i)),
      ann('notice', 0),
    ];
    const { written, left } = writeWorkflowAnnotations(all, out);
    expect(lines.filter((l) => l.startsWith('error'))).toEqual(Array.from({ length: 9 }, (_, i) => `error failure ${i}`));
    expect(lines.filter((l) => l.startsWith('warning'))).toHaveLength(10);
    expect(written).toBe(20);
    expect(left).toBe(18);
    expect(lines.at(-1)).toBe(
      'notice 18 more findings are not shown as annotations (16 errors, 2 warnings): GitHub shows 10 of each kind per step. The job summary lists every finding.',
    );
  });

  it('writes every annotation and no extra line when they fit', () => {
    const lines: string[] = [];
    const out = { error: (m: string) => lines.push(m), warning: (m: string) => lines.push(m), notice: (m: string) => lines.push(m) };
    writeWorkflowAnnotations([ann('failure', 1), ann('warning', 2)], out);
    expect(lines).toEqual(['failure 1', 'warning 2']);
  });
});

describe('the result file is validated strictly', () => {
  const valid = {
    schema: 'sdlc-gate/result@1',
    status: 'fail',
    base: 'a'.repeat(40),
    head: 'b'.repeat(40),
    policy: { path: '.github/sdlc-gate.yml', ref: 'a'.repeat(40), sha256: 'c'.repeat(64) },
    gates: [
      {
        id: 'g',
        rule: 'reviews',
        level: 'error',
        status: 'fail',
        summary: 's',
        findings: [{ severity: 'error', message: 'm', file: 'x', line: 2 }],
      },
    ],
  };
  it('accepts a result as sdlc-gate writes it', () => {
    expect(parseResult(JSON.stringify(valid), 'r.json').gates[0]!.id).toBe('g');
  });
  it.each([
    ['not JSON', '{', /r\.json is not JSON/],
    [
      'an unknown key',
      JSON.stringify({ ...valid, extra: 1 }),
      /r\.json is not a sdlc-gate\/result@1 result: \/ has an unknown key "extra"/,
    ],
    ['another schema', JSON.stringify({ ...valid, schema: 'sdlc-gate/result@2' }), /\/schema must be equal to constant/],
    ['a bad head', JSON.stringify({ ...valid, head: 'HEAD' }), /\/head must match pattern/],
    [
      'a finding with an unknown key',
      JSON.stringify({ ...valid, gates: [{ ...valid.gates[0], findings: [{ severity: 'error', message: 'm', html: '<b>' }] }] }),
      /\/gates\/0\/findings\/0 has an unknown key "html"/,
    ],
    ['a pass its gates contradict', JSON.stringify({ ...valid, status: 'pass' }), /says "pass" but its gates say "fail"/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseResult(text, 'r.json')).toThrow(message);
  });
});

describe('the result file reader scales linearly', () => {
  it('8x the findings takes well under 24x the time (best of 11, interleaved)', () => {
    const text = (n: number) =>
      JSON.stringify({
        schema: 'sdlc-gate/result@1',
        status: 'fail',
        base: 'a'.repeat(40),
        head: 'b'.repeat(40),
        policy: { path: 'p', ref: '', sha256: '' },
        gates: Array.from({ length: 10 }, (_, g) => ({
          id: `g${g}`,
          rule: 'reviews',
          level: 'error',
          status: 'fail',
          summary: 's',
          findings: Array.from({ length: n }, (_, i) => ({
            severity: 'error',
            message: `finding ${i} ${'x'.repeat(50)}`,
            file: `src/f${i}.ts`,
            line: i + 1,
          })),
        })),
      });
    // CPU time of this process (other processes on a shared machine do not count), interleaved, the best of 11
    // each: a garbage collector's pause is noise, not growth.
    const small = text(100);
    const large = text(800);
    const cpu = (t: string) => {
      const before = process.cpuUsage();
      parseResult(t, 'r.json');
      const used = process.cpuUsage(before);
      return (used.user + used.system) / 1000;
    };
    // Warm-up of both sizes: the validator's compilation and the JIT's first optimisation are not growth.
    for (let k = 0; k < 2; k++) {
      cpu(small);
      cpu(large);
    }
    let bestSmall = Number.POSITIVE_INFINITY;
    let bestLarge = Number.POSITIVE_INFINITY;
    for (let k = 0; k < 11; k++) {
      bestSmall = Math.min(bestSmall, cpu(small));
      bestLarge = Math.min(bestLarge, cpu(large));
    }
    const ratio = bestLarge / Math.max(bestSmall, 0.5);
    expect(ratio).toBeLessThan(24);
  });
});

describe('forks, end to end', () => {
  const repo = new TestRepo('sdlc-gate-forks-');
  let api: FakeGitHub;
  let runner: ActionRunner;
  let base = '';
  let head = '';

  beforeAll(() => {
    repo.write({ '.github/sdlc-gate.yml': POLICY, 'README.md': 'x\n' });
    base = repo.commit('base');
    repo.write(Object.fromEntries(Array.from({ length: 14 }, (_, i) => [`docs/sop/sop-${i}.md`, `${i}\n`])));
    head = repo.commit('sops');
  });
  afterAll(() => repo.remove());
  beforeEach(async () => {
    const pr = {
      ...prEvent(42, base, head).pull_request,
      state: 'open',
      head: { sha: head, ref: 'feature', repo: { owner: { login: 'forker' } } },
    };
    api = new FakeGitHub({ owner: 'acme', repo: 'pump', pulls: { 42: pr }, comments: { 42: [] }, reviews: { 42: [] } });
    await api.start();
    runner = new ActionRunner(api);
  });
  afterEach(async () => {
    await api.stop();
    runner.remove();
  });

  it('a read-only token: nine findings as errors and one notice that says how many more and where they are', async () => {
    api.addFault({ method: 'POST', path: /\/check-runs$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    api.addFault({ method: 'POST', path: /\/comments$/, status: 403, body: { message: 'Resource not accessible by integration' } });
    const r = await runner.run({ workspace: repo.dir, event: prEvent(42, base, head) });
    expect(r.code).toBe(1);
    const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error file=') || l.startsWith('::error title=policy-integrity'));
    expect(errors).toHaveLength(9);
    expect(r.stdout).toMatch(/::notice title=sdlc-gate::5 more findings are not shown as annotations \(5 errors\)/);
    // Each write was sent once: a 403 is an answer.
    expect(api.requestsTo('POST', /\/check-runs$/)).toHaveLength(1);
    expect(api.requestsTo('POST', /\/comments$/)).toHaveLength(1);
  });

  it('publish-result: the uploaded result is published on the head commit under its own check name, and the comment on the fork PR', async () => {
    const first = await runner.run({
      workspace: repo.dir,
      event: prEvent(42, base, head),
      inputs: { 'check-run': 'false', comment: 'never' },
    });
    expect(first.outputs.status).toBe('fail');
    const uploaded = join(runner.dir, 'uploaded.json');
    writeFileSync(uploaded, readFileSync(first.outputs['result-file']!, 'utf8'));
    const before = api.requests.length;
    const workflowRun = {
      action: 'completed',
      workflow_run: { head_sha: head, head_branch: 'feature', head_repository: { owner: { login: 'forker' } }, pull_requests: [] },
    };
    const r = await runner.run({
      workspace: runner.dir,
      event: workflowRun,
      eventName: 'workflow_run',
      inputs: { 'publish-result': uploaded },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(api.state.checkRuns).toHaveLength(1);
    expect(api.state.checkRuns[0]).toMatchObject({ name: 'sdlc-gate (uploaded result)', head_sha: head, conclusion: 'failure' });
    expect(api.state.checkRuns[0]!.annotations).toHaveLength(14);
    expect(api.state.comments[42]).toHaveLength(1);
    expect(api.state.comments[42]![0]!.body).toContain('a pass here is not evidence');
    // Nothing is evaluated: no review, tree or content read.
    expect(api.requests.slice(before).filter((q) => /reviews|contents|trees/.test(q.path))).toHaveLength(0);
  });

  it('publish-result: a passing uploaded result is neutral under its own name, never a pass of the required check', async () => {
    const result = {
      schema: 'sdlc-gate/result@1',
      status: 'pass',
      base,
      head,
      policy: { path: '.github/sdlc-gate.yml', ref: base, sha256: 'c'.repeat(64) },
      gates: [],
    };
    const uploaded = join(runner.dir, 'uploaded.json');
    writeFileSync(uploaded, JSON.stringify(result));
    const workflowRun = {
      workflow_run: { head_sha: head, head_branch: 'feature', head_repository: { owner: { login: 'forker' } }, pull_requests: [] },
    };
    const r = await runner.run({
      workspace: runner.dir,
      event: workflowRun,
      eventName: 'workflow_run',
      inputs: { 'publish-result': uploaded },
    });
    expect(r.code).toBe(0);
    expect(api.state.checkRuns.map((c) => [c.name, c.conclusion])).toEqual([['sdlc-gate (uploaded result)', 'neutral']]);
  });

  it.each([
    [
      'a file with an unknown key',
      (p: string) =>
        writeFileSync(
          p,
          JSON.stringify({
            schema: 'sdlc-gate/result@1',
            status: 'pass',
            base: 'a'.repeat(40),
            head: 'b'.repeat(40),
            policy: { path: 'p', ref: '', sha256: '' },
            gates: [],
            x: 1,
          }),
        ),
      /has an unknown key "x"/,
    ],
    [
      'a result about another commit',
      (p: string) =>
        writeFileSync(
          p,
          JSON.stringify({
            schema: 'sdlc-gate/result@1',
            status: 'pass',
            base: 'a'.repeat(40),
            head: 'b'.repeat(40),
            policy: { path: 'p', ref: '', sha256: '' },
            gates: [],
          }),
        ),
      /is about bbbbbbb, but the workflow run that triggered this job is about/,
    ],
    ['a symlink', (p: string) => symlinkSync('/etc/hostname', p), /is not a regular file/],
  ])('publish-result refuses %s with a clear error and writes nothing', async (_name, make, message) => {
    const uploaded = join(runner.dir, 'uploaded.json');
    make(uploaded);
    const workflowRun = {
      workflow_run: { head_sha: head, head_branch: 'feature', head_repository: { owner: { login: 'forker' } }, pull_requests: [] },
    };
    const r = await runner.run({
      workspace: runner.dir,
      event: workflowRun,
      eventName: 'workflow_run',
      inputs: { 'publish-result': uploaded },
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(message);
    expect(r.stderr).toBe('');
    expect(api.requests.filter((q) => q.method !== 'GET')).toHaveLength(0);
  });
});
