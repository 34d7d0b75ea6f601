import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { anchoredId, formatFromExtension, parseReqIf, parseRequirementFile } from '../src/parsers/requirements/index.js';
import { TestRepo } from './helpers/git-repo.js';
import { checkPullRequestIn, pullRequestRepo } from './helpers/trace-check.js';

// ReqIF: a StrictDoc export and a Polarion export from StrictDoc's tests, then the traceability gate on a real
// repository with `format: reqif`.

const DIR = 'test/fixtures/real/reqif-strictdoc';
const STRICTDOC = readFileSync(`${DIR}/input.reqif`, 'utf8');
const POLARION = readFileSync(`${DIR}/polarion-sample.reqif`, 'utf8');
const REQ = { isId: anchoredId('REQ-[0-9]+') };
const ANONYMIZED = { isId: anchoredId('\\.\\.\\.Anonymized-[0-9]+\\.\\.\\.') };

describe('ReqIF (StrictDoc export)', () => {
  it('reads spec objects: id from ReqIF.ForeignID, title from ReqIF.Name, the relation as a parent; the section is not a requirement', () => {
    const r = parseReqIf(STRICTDOC, 'reqs/srs.reqif', REQ);
    expect(r.findings).toEqual([]);
    expect(r.requirements).toEqual([
      { id: 'REQ-001', title: 'Requirement #1', text: '', file: 'reqs/srs.reqif', line: 132, format: 'reqif' },
      { id: 'REQ-002', title: 'Requirement #2', text: '', parents: ['REQ-001'], file: 'reqs/srs.reqif', line: 149, format: 'reqif' },
    ]);
    expect(STRICTDOC.split('\n')[131]).toContain('<SPEC-OBJECT IDENTIFIER="028355047b9b4cb7b0cc6831000aaecc">');
    // The section holds only a ReqIF.ChapterName.
    expect(STRICTDOC).toContain('THE-VALUE="Section #1"');
  });

  it('id_attribute names another attribute to take the ids from', () => {
    const r = parseReqIf(STRICTDOC, 'srs.reqif', { isId: anchoredId('Requirement #[0-9]+') }, { id_attribute: 'ReqIF.Name' });
    expect(r.requirements.map((x) => [x.id, x.parents])).toEqual([
      ['Requirement #1', undefined],
      ['Requirement #2', ['Requirement #1']],
    ]);
  });

  it('an id that does not match id_pattern is an error at the object, not a silent skip', () => {
    const r = parseReqIf(STRICTDOC, 'srs.reqif', { isId: anchoredId('SRS-[0-9]+') });
    expect(r.requirements).toEqual([]);
    expect(r.findings).toEqual([
      expect.objectContaining({
        severity: 'error',
        line: 132,
        message: expect.stringContaining('has the id "REQ-001", which does not match id_pattern'),
      }),
      expect.objectContaining({
        severity: 'error',
        line: 149,
        message: expect.stringContaining('has the id "REQ-002", which does not match id_pattern'),
      }),
    ]);
  });
});

describe('ReqIF (Polarion export)', () => {
  it('names values by their definition LONG-NAME, reads XHTML text as plain text, skips headings', () => {
    const r = parseReqIf(POLARION, 'p.reqif', ANONYMIZED);
    expect(r.findings).toEqual([]);
    expect(r.requirements).toEqual([
      {
        id: '...Anonymized-1890729041...',
        title: '...Anonymized-8651603154...',
        text: 'Someformattedcontent.',
        file: 'p.reqif',
        line: 137,
        format: 'reqif',
      },
    ]);
    expect(POLARION).toContain('<xhtml:div>Some<xhtml:span>formatted</xhtml:span>content.</xhtml:div>');
  });

  it('XHTML blocks and line breaks become lines', () => {
    const doc = POLARION.replace(
      '<xhtml:div>Some<xhtml:span>formatted</xhtml:span>content.</xhtml:div>',
      '<xhtml:div><xhtml:p>The pump shall stop.</xhtml:p><xhtml:p>Within <xhtml:b>1 s</xhtml:b>.<xhtml:br/>Always &amp; everywhere.</xhtml:p></xhtml:div>',
    );
    expect(parseReqIf(doc, 'p.reqif', ANONYMIZED).requirements[0]!.text).toBe('The pump shall stop.\nWithin 1 s.\nAlways & everywhere.');
  });
});

describe('ReqIF input that is not read', () => {
  it('a DOCTYPE is refused with its line; malformed XML and other XML are errors', () => {
    const doctype = STRICTDOC.replace('<REQ-IF ', '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n<REQ-IF ');
    expect(parseReqIf(doctype, 'a.reqif', REQ)).toEqual({
      requirements: [],
      findings: [expect.objectContaining({ severity: 'error', line: 2, message: expect.stringContaining('declares external entities') })],
    });
    expect(parseReqIf(STRICTDOC.replace('</SPEC-OBJECTS>', ''), 'a.reqif', REQ).findings[0]).toMatchObject({
      severity: 'error',
      message: expect.stringContaining('is not well-formed XML'),
    });
    expect(parseReqIf('<?xml version="1.0"?>\n<testsuites/>', 'a.reqif', REQ).findings[0]!.message).toContain(
      'not a ReqIF document (no <REQ-IF> root)',
    );
  });

  it('is chosen by the .reqif extension and dispatched with the source options', () => {
    expect(formatFromExtension('reqs/export.reqif')).toBe('reqif');
    const r = parseRequirementFile(
      { path: 'x.reqif', format: 'reqif', options: { id_attribute: 'ReqIF.Name' } },
      STRICTDOC,
      'Requirement #[0-9]+',
    );
    expect(r.requirements.map((x) => x.id)).toEqual(['Requirement #1', 'Requirement #2']);
  });
});

describe('traceability gate with format: reqif', () => {
  const POLICY = 'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: reqs/, format: reqif }\n';
  const repos: TestRepo[] = [];
  afterAll(() => repos.forEach((r) => r.remove()));

  it('fails naming the spec object no test cites; passes once each is cited', async () => {
    const { repo, base, head } = pullRequestRepo(POLICY, {
      'reqs/srs.reqif': STRICTDOC,
      'test/stop.test.ts': "it('stops (REQ-002)', () => {});\n",
    });
    repos.push(repo);
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    expect(r.gates[0]).toMatchObject({
      status: 'fail',
      summary: expect.stringMatching(/^2 requirements: 1 tested, 1 untested, 0 unknown references/),
    });
    expect(r.gates[0]!.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'reqs/srs.reqif',
        line: 132,
        message: expect.stringContaining('REQ-001 "Requirement #1" (class B) has no test: no test file cites REQ-001'),
      }),
    ]);

    repo.write({ 'test/first.test.ts': "it('first (REQ-001)', () => {});\n" });
    const fixed = repo.commit('test REQ-001');
    const ok = await checkPullRequestIn(repo, base, fixed);
    expect(ok.code).toBe(0);
    expect(ok.gates[0]).toMatchObject({ status: 'pass', summary: '2 requirements: 2 tested, 0 untested, 0 unknown references, 0 suspect' });
  });

  it('a spec object whose text the pull request changes, with no test changed, is suspect (read at base in the same format)', async () => {
    const repo = new TestRepo();
    repos.push(repo);
    const policy =
      'version: 1\ngates:\n  traceability:\n    requirements:\n      - { path: reqs/srs.reqif, format: reqif, id_attribute: ReqIF.ForeignID }\n';
    repo.write({
      '.github/sdlc-gate.yml': policy,
      'reqs/srs.reqif': STRICTDOC,
      'test/all.test.ts': "it('both (REQ-001, REQ-002)', () => {});\n",
    });
    const base = repo.commit('requirements and tests');
    repo.write({ 'reqs/srs.reqif': STRICTDOC.replace('THE-VALUE="Requirement #1"', 'THE-VALUE="Requirement #1, within 100 ms"') });
    const head = repo.commit('REQ-001 tightened');
    const r = await checkPullRequestIn(repo, base, head);
    expect(r.code).toBe(1);
    expect(r.gates[0]!.findings.filter((f) => f.severity === 'error')).toEqual([
      expect.objectContaining({
        file: 'reqs/srs.reqif',
        line: 132,
        message: expect.stringContaining(
          'REQ-001 "Requirement #1, within 100 ms" changed in this pull request (reqs/srs.reqif:132), but none of its tests did: test/all.test.ts:1',
        ),
      }),
    ]);
  });
});
