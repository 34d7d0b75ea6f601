import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ActionRunner } from './helpers/action-runner.js';
import { FakeGitHub } from './helpers/fake-github.js';
import { prEvent, TestRepo } from './helpers/git-repo.js';
import { toAnnotations } from '../src/report/annotations.js';
import { escapeHtml, escapeMarkdown } from '../src/report/escape.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { clearSecrets, redactSecrets, registerSecret, sanitizeOutput, stripControls } from '../src/report/redact.js';
import { log } from '../src/publish/runner.js';
import { writeWorkflowAnnotations } from '../src/publish/workflow-annotations.js';
import type { EvaluationResult } from '../src/core/types.js';

// Secrets are redacted before any escaping, and terminal control sequences from repository content never reach
// a log or an annotation.

const SHAPED = [
  'ghs_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghp_abcdefghijklmnopqrstuvwxyz0123456789',
  'gho_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghu_16C7e42F292c6912E7710c838347Ae178B4a',
  'ghr_1B4a2e77838347a7E420ce178F2E7c6912E169246c34E1ccbF66C46812d16D5B1A9Dc86A1498',
  'github_pat_11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ012345',
];

function result(message: string, file = 'src/a.ts'): EvaluationResult {
  return {
    schema: 'sdlc-gate/result@1',
    status: 'fail',
    base: 'b'.repeat(40),
    head: 'h'.repeat(40),
    policy: { path: '.github/sdlc-gate.yml', ref: 'b'.repeat(40), sha256: '0'.repeat(64) },
    gates: [
      {
        id: 'reviews',
        rule: 'reviews',
        level: 'error',
        status: 'error',
        summary: message,
        findings: [{ severity: 'error', message, file, line: 3 }],
      },
    ],
  };
}

afterEach(() => {
  clearSecrets();
  vi.restoreAllMocks();
});

describe('token redaction', () => {
  it.each(SHAPED)('redacts a token shaped %s, plain and after Markdown escaping', (token) => {
    const message = `HttpError: Bad credentials for ${token} (401)`;
    expect(redactSecrets(message)).toBe('HttpError: Bad credentials for *** (401)');
    expect(escapeMarkdown(message)).not.toMatch(/gh[pousr]|github\\?_pat/);
    expect(escapeMarkdown(message)).toContain('\\*\\*\\*');
    expect(escapeHtml(message)).not.toContain(token.slice(0, 10));
    // An already escaped token (as it would be in a rendered report) is caught at the writer too.
    expect(redactSecrets(escapeMarkdownNoRedact(token))).toBe('***');
  });

  it('redacts the registered token value whatever its shape, and its escaped form', () => {
    registerSecret('s3cr3t-value_with.punct');
    const md = renderMarkdown({ result: result('the API said: token s3cr3t-value_with.punct is bad'), notes: [] }, { maxLength: 60_000 });
    expect(md).not.toContain('s3cr3t');
    expect(redactSecrets('x s3cr3t\\-value\\_with\\.punct y')).toBe('x *** y');
  });

  it('redacts a token glued to the word before it', () => {
    expect(redactSecrets(`x-token:abc${SHAPED[0]}`)).toBe('x-token:abc***');
  });

  it('leaves ordinary text alone', () => {
    for (const text of ['ghs_short', 'the ghost_of a chance', 'github_pat_', 'sha ghs1234567890abcdefghijkl'])
      expect(redactSecrets(text)).toBe(text);
  });

  it('keeps tokens out of annotations and the workflow log', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    const annotations = toAnnotations(result(`bad credentials ${SHAPED[0]}`, `docs/${SHAPED[1]}.md`));
    expect(JSON.stringify(annotations)).not.toMatch(/ghs_|ghp_/);
    writeWorkflowAnnotations(annotations);
    log.warning(`the API answered 401 for ${SHAPED[5]}`);
    log.setFailed(`failed with ${SHAPED[2]}`);
    process.exitCode = undefined;
    const out = writes.join('');
    expect(out).toContain('::error');
    expect(out).toContain('::warning::');
    expect(out).not.toMatch(/gh[pousr]_|github_pat_/);
  });
});

describe('control sequences', () => {
  const ESC = '\u001b';
  it.each([
    ['CSI colour', `${ESC}[31mred${ESC}[0m`, 'red'],
    ['CSI with intermediates', `a${ESC}[?25lb${ESC}[2 qc`, 'abc'],
    ['8-bit CSI', 'a\u009b31mb', 'ab'],
    ['OSC hyperlink (BEL)', `${ESC}]8;;https://evil.example${ESC}\\click${ESC}]8;;\u0007`, 'click'],
    ['OSC title, unterminated', `x${ESC}]0;pwned`, 'x'],
    ['lone ESC at the end', `x${ESC}`, 'x'],
    ['ESC before a newline', `x${ESC}\ny`, 'x\ny'],
    ['two-byte ESC sequence', `a${ESC}cb`, 'ab'],
    ['other C0, DEL and C1', 'a\u0000b\u0007c\rd\u007fe\u0085f', 'abcdef'],
    ['newline and tab kept', 'a\tb\nc', 'a\tb\nc'],
    ['a workflow command smuggled after CR', 'ok\r::add-mask::x', 'ok::add-mask::x'],
  ])('strips %s', (_name, input, expected) => {
    expect(stripControls(input)).toBe(expected);
  });

  it('reach no annotation and no log line', () => {
    const writes: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => (writes.push(String(chunk)), true));
    const annotations = toAnnotations(result(`${ESC}[2J${ESC}]0;title\u0007cleared`, `src/${ESC}[31mx.ts`));
    writeWorkflowAnnotations(annotations);
    log.info(`read ${ESC}[1mbold${ESC}[0m`);
    const out = writes.join('');
    expect(out).toContain('cleared');
    expect(out).toContain('file=src/x.ts');
    // eslint-disable-next-line no-control-regex -- no control character may reach the log
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  });

  it('grows linearly in the text (a reader of PR content)', () => {
    const unit = `${ESC}[31m${ESC}]8;;x${ESC}ghs_${'a'.repeat(30)} github_pat_github_pat_ ${ESC}`;
    const time = (n: number) => {
      const text = unit.repeat(n);
      let best = Infinity;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        sanitizeOutput(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    // Sizes of 0.6 MB and 4.8 MB, each the best of 3 after a warm-up (a tiny input would run in cache and flatter the ratio).
    time(64_000);
    const small = time(8_000);
    const large = time(64_000);
    expect(large / Math.max(small, 1)).toBeLessThan(24);
  });
});

/** Markdown escaping of a token without the redaction, as another renderer might produce it. */
function escapeMarkdownNoRedact(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`);
}

// End to end through the bundled action (dist/index.js, `npm run bundle`) and the loopback fake GitHub.
describe('the bundled action writes no secret and no control sequence', () => {
  const TOKEN = 'ghs_redactionE2eToken0123456789abcdefAB';
  const OTHER = 'ghp_someoneElsesToken0123456789abcdefXYZ';
  const ESC = '\u001b';
  const repo = new TestRepo('sdlc-gate-redaction-');
  let api: FakeGitHub;
  let runner: ActionRunner;
  let base = '';
  let head = '';

  beforeAll(async () => {
    repo.write({
      '.github/sdlc-gate.yml':
        'version: 1\ngates:\n  reviews:\n    approvals: 1\n  sops:\n    rule: updated-with\n    changed: ["docs/**"]\n    require: ["CHANGELOG.md"]\n',
      'README.md': 'x\n',
    });
    base = repo.commit('base');
    repo.write({ [`docs/${ESC}]0;pwned${ESC}\\${ESC}[31mred.md`]: 'x\n' });
    head = repo.commit('a file whose name carries terminal escapes');
    api = new FakeGitHub({
      owner: 'acme',
      repo: 'pump',
      pulls: { 42: prEvent(42, base, head).pull_request },
      comments: { 42: [] },
      reviews: { 42: [] },
      teams: {},
    });
    await api.start();
    runner = new ActionRunner(api);
  });
  afterAll(async () => {
    await api.stop();
    runner.remove();
    repo.remove();
  });

  it('redacts a token that an API error echoes, before escaping, in every output; strips escapes from the log', async () => {
    // The reviews endpoint answers with an error that quotes the run's token and another token-shaped string.
    api.addFault({
      method: 'GET',
      path: /\/pulls\/42\/reviews$/,
      status: 422,
      body: { message: `Validation failed for ${TOKEN} (also ${OTHER})` },
    });
    const r = await runner.run({ workspace: repo.dir, event: prEvent(42, base, head), inputs: { token: TOKEN, 'check-run': 'false' } });
    expect(r.code).toBe(1);
    const published = JSON.stringify(api.state.comments) + JSON.stringify(api.state.checkRuns);
    const stdout = r.stdout.split('\n').slice(1).join('\n'); // line 1 is ::add-mask:: registering the token
    expect(r.stdout.split('\n')[0]).toBe(`::add-mask::${TOKEN}`);
    // The error reached the report (so the test can fail), with the secrets replaced.
    expect(r.resultJson).toContain('Validation failed for *** (also ***)');
    expect(r.summary).toContain('Validation failed for \\*\\*\\* \\(also \\*\\*\\*\\)');
    for (const text of [stdout, r.stderr, r.summary, JSON.stringify(r.outputs), r.resultJson, published]) {
      expect(text).not.toMatch(/gh[pousr]\\?_|redactionE2eToken|someoneElsesToken/);
    }
    // The file name's escapes reach neither the workflow annotations nor any other log line.
    expect(stdout).toMatch(/::error title=sops \(updated-with\),file=docs\/red\.md,/);
    expect(stdout).not.toContain(ESC);
    // eslint-disable-next-line no-control-regex -- no control character may reach the log
    expect(stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }, 120_000);
});
