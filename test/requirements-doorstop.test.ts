import { gateContext } from '../src/policy/context.js';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createFacts } from '../src/facts/facts.js';
import { GitRepo } from '../src/facts/git/index.js';
import { gitSources } from '../src/facts/local.js';
import { parseDoorstopItem, parseDoorstopSettings, pyRepr } from '../src/parsers/requirements/doorstop.js';
import { anchoredId, DEFAULT_ID_PATTERN } from '../src/parsers/requirements/index.js';
import { readRequirementSources } from '../src/rules/common/requirement-sources.js';
import { traceability, type TraceabilityOptions } from '../src/rules/traceability/index.js';
import { DEFAULT_TESTS } from '../src/rules/traceability/matrix.js';
import type { GateOutcome } from '../src/core/rule.js';
import { TestRepo } from './helpers/git-repo.js';
import { plainFacts, policy } from './helpers/plain-facts.js';

// Doorstop as Doorstop itself reads it, on files from Doorstop's own repository (test/fixtures/real/doorstop-*,
// see PROVENANCE): default UIDs (REQ001) with no id_pattern, .doorstop.skip, itemformat, inactive and non-normative
// items, and the link and review stamps Doorstop wrote — recomputed as Doorstop's Item.stamp() computes them.

const REAL = new URL('./fixtures/real/', import.meta.url).pathname;

function tree(dir: string, under: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name !== 'PROVENANCE') files[`${under}${relative(dir, full)}`] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  return files;
}

const DOORSTOP = tree(join(REAL, 'doorstop-reqs'), '');
/** A test that cites every requirement of the fixture, so only the stamps can fail the gate. */
const CITING = { 'test/test_reqs.py': '# REQ001 REQ003 REQ004 REQ011 REQ012 REQ013\n# TUT001 TUT002 TUT017\n# EXT001 EXT002\n' };

function options(o: Partial<TraceabilityOptions> = {}): TraceabilityOptions {
  return {
    requirements: ['reqs'],
    id_pattern: DEFAULT_ID_PATTERN,
    tests: DEFAULT_TESTS,
    reference_pattern: null,
    junit: [],
    require_tests: 'all',
    unknown_references: 'error',
    duplicate_ids: 'error',
    suspect: 'error',
    unreviewed: 'error',
    ...o,
  };
}

/** Python's hashlib.sha256 over str() of each value, urlsafe_b64encode: Doorstop's Stamp.digest. */
function digest(...values: string[]): string {
  const h = createHash('sha256');
  for (const v of values) h.update(v);
  // Python's urlsafe_b64encode keeps the "=" padding.
  return h.digest('base64').replace(/\+/g, '-').replace(/\//g, '_');
}

const repos: TestRepo[] = [];
afterAll(() => repos.forEach((r) => r.remove()));

/** The gate on a real git repository: base is the first commit, head the last. */
async function gate(commits: Record<string, string | null>[], o: Partial<TraceabilityOptions> = {}) {
  const t = new TestRepo();
  repos.push(t);
  const shas = commits.map((files, i) => t.write(files).commit(`commit ${i}`));
  const pr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: shas[0]!, headSha: shas[shas.length - 1]! };
  const facts = createFacts({ pr, ...gitSources(new GitRepo(t.dir), pr), reviews: async () => [], teamMembers: async () => [] });
  const outcome = (await traceability.evaluate(options(o), facts, gateContext(policy(), 'traceability'))) as GateOutcome;
  return { ...outcome, problems: outcome.findings.filter((f) => f.severity !== 'notice') };
}

describe("Doorstop's own requirement tree", () => {
  it('reads default UIDs (REQ001, TUT001) with the default id_pattern; non-normative items are not requirements', async () => {
    const r = await gate([{ ...DOORSTOP, ...CITING }]);
    expect(r.summary).toMatch(/^11 requirements: 11 tested, 0 untested/);
    // REQ002 ("Composition Features") is a non-normative heading: not a requirement, nothing to test.
    expect(r.problems.map((f) => f.message).filter((m) => m.includes('REQ002'))).toEqual([]);
  });

  it('the link stamps Doorstop wrote match the stamps recomputed from the parents; the one unreviewed item is found', async () => {
    // TUT017's text was edited after its last review in Doorstop's repository: Doorstop itself reports "unreviewed changes".
    const r = await gate([{ ...DOORSTOP, ...CITING }]);
    expect(r.problems.map((f) => [f.severity, f.file, f.line, f.message])).toEqual([
      [
        'error',
        'reqs/tutorial/TUT017.yml',
        1,
        'TUT017 has unreviewed changes: its text, links or references changed since it was reviewed (stamp uPOK_klxAHJRhHZmfgD1HJSs1Gs39jKv2uvlInyl1Ec= stored, DlCVmbAzNGXlsAArv2n5Kgdj9c_uyjBQzI7WKzoObE8= now) — review it, then run "doorstop review TUT017" and commit.',
      ],
    ]);
    expect((await gate([{ ...DOORSTOP, ...CITING }], { unreviewed: 'off' })).problems).toEqual([]);
  });

  it("a stamp is Doorstop's: sha256 over uid, text and ref (+ references), URL-safe base64", () => {
    const ctx = { isId: () => true };
    const req004 = parseDoorstopItem(DOORSTOP['reqs/REQ004.yml']!, 'reqs/REQ004.yml', ctx, { prefix: 'REQ', sep: '' }).doorstop![0]!;
    const expected = digest('REQ004', 'Doorstop **shall** support formatting within linkable text.', '');
    expect(req004.stamp).toBe(expected);
    // The stamp TUT001 stores for its link to REQ004, as Doorstop wrote it.
    expect(DOORSTOP['reqs/tutorial/TUT001.yml']).toContain(`- REQ004: ${expected}`);
    // References take part as Python's str() of the list of {type, path, sha} dicts; the reviewed stamp Doorstop wrote matches.
    const ext = parseDoorstopItem(
      DOORSTOP['reqs/ext/EXT001.yml']!,
      'reqs/ext/EXT001.yml',
      ctx,
      parseDoorstopSettings(DOORSTOP['reqs/ext/.doorstop.yml']!, 'x').settings,
    ).doorstop![0]!;
    const refs = pyRepr([
      { type: 'file', path: 'reqs/ext/test.file', sha: '24d9b35c727e6c78676c2ad378a8c3c47cfb539f3583d3cd9e1eafee51d5679d' },
    ]);
    expect(refs).toBe(
      "[{'type': 'file', 'path': 'reqs/ext/test.file', 'sha': '24d9b35c727e6c78676c2ad378a8c3c47cfb539f3583d3cd9e1eafee51d5679d'}]",
    );
    expect(ext.reviewedStamp).toBe(digest('EXT001', 'Test where we calculate the SHA', '', refs));
    expect(ext.reviewed).toBe(ext.reviewedStamp);
  });

  it("a parent's text edited: every link to it is suspect, with both UIDs — at any commit, not only in the pull request that changed it", async () => {
    const edited = DOORSTOP['reqs/REQ004.yml']!.replace('linkable text.', 'linkable text, tables included.');
    const newStamp = digest('REQ004', 'Doorstop **shall** support formatting within linkable text, tables included.', '');
    const before = 'T2tSkn27DO3GXvagwOgNNLvhW4FPNg9gyLfru-l9hWQ=';
    const suspect = (uid: string, line: number) => [
      `reqs/tutorial/${uid}.yml`,
      line,
      `Suspect link: ${uid} links to REQ004 (reqs/REQ004.yml:1), which changed since the link was last reviewed (stamp ${before} stored, ${newStamp} now) — review ${uid} against REQ004, then run "doorstop clear ${uid} REQ004" and commit.`,
    ];
    // Base and head are the same commit: nothing changed in "this" pull request, the links are suspect all the same.
    const r = await gate([{ ...DOORSTOP, ...CITING, 'reqs/REQ004.yml': edited }], { unreviewed: 'off' });
    expect(r.problems.map((f) => [f.file, f.line, f.message])).toEqual([suspect('TUT001', 7), suspect('TUT002', 7), suspect('TUT017', 7)]);
    // And REQ004 itself is now unreviewed.
    const all = await gate([{ ...DOORSTOP, ...CITING, 'reqs/REQ004.yml': edited }]);
    expect(all.problems.map((f) => f.message.slice(0, 33))).toContain('REQ004 has unreviewed changes: it');
    // Whitespace Doorstop strips (trailing blank lines, trailing spaces) changes no stamp.
    const reflowed = DOORSTOP['reqs/REQ004.yml']!.replace('linkable text.\n', 'linkable text.   \n\n');
    expect((await gate([{ ...DOORSTOP, ...CITING, 'reqs/REQ004.yml': reflowed }], { unreviewed: 'off' })).problems).toEqual([]);
  });

  it('a link to a UID that no item defines is an error at the link', async () => {
    const r = await gate([{ ...DOORSTOP, ...CITING, 'reqs/REQ013.yml': null }], { unreviewed: 'off' });
    expect(r.problems.map((f) => [f.file, f.line, f.message])).toContainEqual([
      'reqs/tutorial/TUT002.yml',
      10,
      'TUT002 links to REQ013, which no Doorstop item in the requirements sources defines — fix the link, or add the document that holds REQ013 to the requirements sources.',
    ]);
  });

  it('a link to a requirement another source defines (Markdown) is no unknown item; one defined nowhere still is', async () => {
    const md = { 'docs/srs.md': '## REQ013 Defined in Markdown\n\nThe text.\n' };
    const r = await gate([{ ...DOORSTOP, ...CITING, ...md, 'reqs/REQ013.yml': null }], {
      requirements: ['reqs', 'docs/srs.md'],
      id_pattern: '[A-Z]+[0-9]+',
      unreviewed: 'off',
    });
    expect(r.problems.map((f) => f.message).filter((m) => m.includes('no Doorstop item'))).toEqual([]);
    const gone = await gate([{ ...DOORSTOP, ...CITING, 'reqs/REQ013.yml': null }], {
      requirements: ['reqs', 'docs/srs.md'],
      id_pattern: '[A-Z]+[0-9]+',
      unreviewed: 'off',
    });
    expect(gone.problems.map((f) => f.message).filter((m) => m.includes('no Doorstop item'))).toHaveLength(1);
  });

  it('files in a document that are not items (test.file, a wrong extension) are skipped as Doorstop skips them', async () => {
    const r = await readRequirementSources(['reqs'], plainFacts({ head: DOORSTOP }), { id_pattern: '[A-Z]+[0-9]+' });
    expect(r.findings).toEqual([]);
    expect(r.requirements.map((x) => x.id).sort()).toEqual([
      'EXT001',
      'EXT002',
      'REQ001',
      'REQ003',
      'REQ004',
      'REQ011',
      'REQ012',
      'REQ013',
      'TUT001',
      'TUT002',
      'TUT017',
    ]);
  });
});

describe('Doorstop document kinds', () => {
  const FILES_MD = tree(join(REAL, 'doorstop-files-md'), 'reqs/');

  it('a document with .doorstop.skip is skipped, and a source that names only such documents is an error', async () => {
    const r = await readRequirementSources(['reqs'], plainFacts({ head: FILES_MD }), { id_pattern: '[A-Z]+[0-9]+' });
    expect(r.requirements).toEqual([]);
    expect(r.findings.map((f) => f.message)).toEqual([
      'The requirements source "reqs" names only Doorstop documents marked .doorstop.skip, so no requirement is read from it — remove the .doorstop.skip, or the source from the policy.',
    ]);
  });

  it('itemformat: markdown reads .md items (a first "# " line is the header) and skips .yml files', async () => {
    const head: Record<string, string> = { ...FILES_MD };
    delete head['reqs/files_md/.doorstop.skip'];
    const r = await readRequirementSources(['reqs'], plainFacts({ head }), { id_pattern: '[A-Z]+[0-9]+' });
    expect(r.requirements.map((x) => [x.id, x.title, x.line, x.parents])).toEqual([
      ['REQ001', 'Markdown Header', 14, ['SYS001', 'SYS002']],
    ]);
    expect(r.requirements[0]!.text).toMatch(/^Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod\ntempor/);
    expect(r.doorstop!.map((d) => d.links)).toEqual([
      [
        { uid: 'SYS001', stamp: null, line: 7 },
        { uid: 'SYS002', stamp: 'abc123', line: 8 },
      ],
    ]);
  });

  it('active: false items are not requirements', () => {
    const text = readFileSync(join(REAL, 'doorstop-inactive/REQ005.yml'), 'utf8');
    const r = parseDoorstopItem(text, 'reqs/REQ005.yml', { isId: anchoredId('REQ[0-9]+') }, { prefix: 'REQ', digits: 3 });
    expect(r.requirements).toEqual([]);
    expect(r.findings).toEqual([]);
    expect(r.doorstop!.map((d) => [d.uid, d.active])).toEqual([['REQ005', false]]);
  });
});

describe('Doorstop in a pull request', () => {
  it('a file Doorstop does not load (a .md in a YAML document) is no requirement at base either: editing it deletes nothing', async () => {
    const stray = (text: string) => `---\nactive: true\n---\n\n# Draft\n\n${text}\n`;
    const r = await gate(
      [{ ...DOORSTOP, ...CITING, 'reqs/REQ020.md': stray('A draft.') }, { 'reqs/REQ020.md': stray('A draft, edited.') }],
      { unreviewed: 'off' },
    );
    expect(r.findings.filter((f) => f.message.includes('REQ020'))).toEqual([]);
  });
});
