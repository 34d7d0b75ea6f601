import { describe, it } from 'vitest';
import { anchoredId, coverageTagPattern, parseOpenFastTrace, parseReqIf, parseSphinxNeeds } from '../src/parsers/requirements/index.js';
import { referenceMatcher } from '../src/rules/traceability/matrix.js';
import { expectLinear } from './helpers/scaling.js';

// The OpenFastTrace, Sphinx-Needs and ReqIF readers take time linear in their input (helpers/scaling.ts: n and 8n
// in one run, failing on growth well beyond 8×): many items, one item with many links, and lines built to make a
// backtracking pattern slow.

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const lines = (n: number, line: (i: number) => string) => range(n).map(line).join('');
// `fixed`: the size given is large enough to time (no doubling), and small enough that the 8n input does not
// spend its time in the garbage collector of a large heap (JSON.parse alone grows faster than linear there).
const linear = async <T>(what: string, build: (n: number) => T, read: (input: T) => unknown, n: number, fixed = false) => {
  const s = await expectLinear(what, build, read, { n, fixed });
  if (process.env.SCALING_REPORT)
    console.info(`${what}: n=${s.n} ${s.small.toFixed(1)} ms, 8n ${s.large.toFixed(1)} ms, ratio ${s.ratio.toFixed(1)}`);
};

describe('OpenFastTrace', () => {
  it('many items, and one item with many Covers entries', async () => {
    await linear(
      'OFT items',
      (n) =>
        lines(
          n,
          (i) => `### Item ${i}\n\`dsn~item-${i}~1\`\n\nThe pump shall do ${i}.\n\nCovers:\n\n* \`req~r-${i}~1\`\n\nNeeds: impl, utest\n\n`,
        ),
      (t) => parseOpenFastTrace(t, 'd.md'),
      3000,
    );
    await linear(
      'OFT covers',
      (n) => `\`dsn~a~1\`\nNeeds: utest\nCovers:\n${lines(n, (i) => `* [\`req~r-${i}~1\`](x.md#r-${i})\n`)}`,
      (t) => parseOpenFastTrace(t, 'd.md'),
      1000,
    );
  });

  it('long lines of near-ids, forwarding arrows and bullets', async () => {
    await linear(
      'OFT near-ids',
      (n) => `\`dsn~a~1\`\nNeeds: utest\nCovers:\n* ${'a~b-'.repeat(n)}\nDescription:\n${'x~y~'.repeat(n)}\n${'a -->'.repeat(n)}\n`,
      (t) => parseOpenFastTrace(t, 'd.md'),
      250_000,
      true,
    );
    await linear(
      'OFT long words',
      (n) => `\`dsn~a~1\`\nNeeds:\n* ${'a'.repeat(n)}\nCovers:\n* ${'b'.repeat(n)}\n${'c'.repeat(n)}\n`,
      (t) => parseOpenFastTrace(t, 'd.md'),
      1_000_000,
      true,
    );
  });

  it('coverage tags in test files, and many on one line', async () => {
    const match = referenceMatcher({ id_pattern: '[A-Z]+-[0-9]+', reference_pattern: coverageTagPattern() });
    await linear(
      'OFT tags',
      (n) => lines(n, (i) => `    // [utest->dsn~item-${i}~1]\n    @Test void t${i}() {}\n`),
      (t) => match(t, 't.java'),
      500,
    );
    await linear(
      'OFT tags on one line',
      (n) => `// ${lines(n, (i) => `[utest->dsn~a-${i}~1] [utest->dsn~b~1 `)}\n`,
      (t) => match(t, 't.java'),
      2000,
    );
  });
});

describe('Sphinx-Needs', () => {
  const ctx = { isId: anchoredId('[A-Z]+_[0-9]+') };
  const need = (i: number, links = 1) => ({
    id: `REQ_${i}`,
    title: `Need ${i}`,
    content: `The pump shall do ${i}.`,
    links: range(links).map((l) => `SPEC_${l}`),
    status: 'open',
    parts: { 1: { id: '1' } },
  });
  it('many needs over several versions, and one need with many links', async () => {
    const doc = (n: number, versions: number) =>
      JSON.stringify(
        {
          current_version: 'v0',
          versions: Object.fromEntries(
            range(versions).map((v) => [`v${v}`, { needs: Object.fromEntries(range(n).map((i) => [`REQ_${i}`, need(i)])) }]),
          ),
        },
        null,
        2,
      );
    await linear(
      'needs.json needs',
      (n) => doc(n, 3),
      (t) => parseSphinxNeeds(t, 'n.json', ctx),
      1000,
      true,
    );
    await linear(
      'needs.json links',
      (n) => JSON.stringify({ current_version: '1', versions: { 1: { needs: { REQ_1: need(1, n) } } } }),
      (t) => parseSphinxNeeds(t, 'n.json', ctx),
      2000,
    );
    // Needs whose "id" is missing: the line search gives up at the first, rather than searching again for each.
    await linear(
      'needs.json no ids',
      (n) =>
        JSON.stringify({
          current_version: '1',
          versions: { 1: { needs: Object.fromEntries(range(n).map((i) => [`REQ_${i}`, { title: `"id": "x${i}"` }])) } },
        }),
      (t) => parseSphinxNeeds(t, 'n.json', ctx),
      4000,
      true,
    );
  });
});

describe('ReqIF', () => {
  const ctx = { isId: anchoredId('REQ-[0-9]+') };
  const object = (i: number) =>
    `<SPEC-OBJECT IDENTIFIER="o${i}"><VALUES><ATTRIBUTE-VALUE-STRING THE-VALUE="REQ-${i}"><DEFINITION><ATTRIBUTE-DEFINITION-STRING-REF>ReqIF.ForeignID</ATTRIBUTE-DEFINITION-STRING-REF></DEFINITION></ATTRIBUTE-VALUE-STRING>` +
    `<ATTRIBUTE-VALUE-XHTML><DEFINITION><ATTRIBUTE-DEFINITION-XHTML-REF>ReqIF.Text</ATTRIBUTE-DEFINITION-XHTML-REF></DEFINITION><THE-VALUE><xhtml:div><xhtml:p>The pump shall do <xhtml:b>${i}</xhtml:b>.</xhtml:p></xhtml:div></THE-VALUE></ATTRIBUTE-VALUE-XHTML></VALUES></SPEC-OBJECT>\n`;
  const relation = (i: number, target = 0) =>
    `<SPEC-RELATION IDENTIFIER="r${i}"><SOURCE><SPEC-OBJECT-REF>o${i}</SPEC-OBJECT-REF></SOURCE><TARGET><SPEC-OBJECT-REF>o${target}</SPEC-OBJECT-REF></TARGET></SPEC-RELATION>\n`;
  const doc = (objects: string, relations: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>\n<REQ-IF xmlns="http://www.omg.org/spec/ReqIF/20110401/reqif.xsd" xmlns:xhtml="http://www.w3.org/1999/xhtml"><CORE-CONTENT><REQ-IF-CONTENT>\n<SPEC-OBJECTS>\n${objects}</SPEC-OBJECTS>\n<SPEC-RELATIONS>\n${relations}</SPEC-RELATIONS>\n</REQ-IF-CONTENT></CORE-CONTENT></REQ-IF>\n`;
  it('many spec objects with relations, and one object with many relations', async () => {
    await linear(
      'ReqIF objects',
      (n) =>
        doc(
          lines(n, object),
          lines(n, (i) => relation(i, Math.max(0, i - 1))),
        ),
      (t) => parseReqIf(t, 'r.reqif', ctx),
      200,
    );
    await linear(
      'ReqIF relations',
      (n) =>
        doc(
          object(0) + object(1),
          lines(n, () => relation(1, 0)),
        ),
      (t) => parseReqIf(t, 'r.reqif', ctx),
      2000,
    );
  });
});
