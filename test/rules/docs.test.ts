import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import { OPTIONS_BEGIN, OPTIONS_END, optionsTable, renderIndex, typeOf } from '../../scripts/gates-index.mjs';
import { RULES } from '../../src/rules/index.js';

// Adding a gate is one rule folder and one registry line; its page, its test file and the docs index must follow.
// `npm run docs:gates` rewrites the generated parts; this test fails while they are stale or a piece is missing.

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

describe('the gates documentation follows the registry', () => {
  it('docs/gates/README.md lists exactly the registered rules with their descriptions', () => {
    expect(read('docs/gates/README.md'), 'docs/gates/README.md is stale: run npm run docs:gates').toBe(renderIndex(RULES));
  });

  for (const rule of RULES) {
    describe(rule.name, () => {
      it(`has docs/gates/${rule.name}.md with the options its schema states`, () => {
        const path = `docs/gates/${rule.name}.md`;
        expect(
          existsSync(new URL(path, root)),
          `${path} is missing: write it (what the gate proves, options, findings and fixes, an example), then run npm run docs:gates`,
        ).toBe(true);
        const page = read(path);
        const begin = page.indexOf(OPTIONS_BEGIN);
        const end = page.indexOf(OPTIONS_END);
        expect(begin >= 0 && end > begin, `${path} has no generated options block: run npm run docs:gates`).toBe(true);
        expect(page.slice(begin + OPTIONS_BEGIN.length, end).trim(), `${path}'s options are stale: run npm run docs:gates`).toBe(
          optionsTable(rule),
        );
      });

      it(`has test/rules/${rule.name}.test.ts with table cases through the rule tester`, () => {
        const path = `test/rules/${rule.name}.test.ts`;
        expect(existsSync(new URL(path, root)), `${path} is missing`).toBe(true);
        expect(read(path), `${path} has no ruleTester('${rule.name}') cases`).toContain(`ruleTester('${rule.name}')`);
      });
    });
  }

  it('reads the types of the schemas the rules use', () => {
    expect(typeOf({ type: 'integer' })).toBe('integer');
    expect(typeOf({ enum: ['native', 'rdm'] })).toBe('"native" or "rdm"');
    expect(typeOf({ anyOf: [{ const: 'auto' }, { type: 'array', items: { type: 'string', format: 'repo-glob' } }] })).toBe(
      '"auto" or list of glob',
    );
    expect(
      optionsTable({ options: { type: 'object', required: ['a'], properties: { a: { type: 'string', description: 'x | y' } } } }),
    ).toContain('| `a` | string | (required) | x \\| y |');
  });
});

// The README is a map of links into docs/: a page moved or a heading renamed must not leave a link behind.

interface MdNode {
  type: string;
  url?: string;
  depth?: number;
  children?: MdNode[];
  position?: { start: { line: number } };
}

const parse = (text: string) => fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }) as unknown as MdNode;

function walk(node: MdNode, visit: (n: MdNode) => void): void {
  visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}

/** GitHub's anchors of a page's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function anchors(text: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  walk(parse(text), (n) => {
    if (n.type !== 'heading') return;
    const base = toString(n as never)
      .trim()
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    out.add(count ? `${base}-${count}` : base);
  });
  return out;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(new URL(dir, root), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? markdownFiles(`${dir}${e.name}/`) : e.name.endsWith('.md') ? [`${dir}${e.name}`] : [],
  );
}

describe('links in the README and docs/', () => {
  for (const file of ['README.md', ...markdownFiles('docs/')]) {
    it(`every relative link of ${file} leads to a file (and heading) that exists`, () => {
      const broken: string[] = [];
      walk(parse(read(file)), (n) => {
        if (n.type !== 'link' || !n.url || /^[a-z]+:/i.test(n.url)) return;
        const [path, fragment] = n.url.split('#') as [string, string | undefined];
        const target = path ? normalize(join(dirname(file), decodeURIComponent(path))) : file;
        const where = `${file}:${n.position?.start.line}: ${n.url}`;
        if (!existsSync(new URL(target, root))) broken.push(`${where} (no file ${target})`);
        else if (fragment && target.endsWith('.md') && !anchors(read(target)).has(fragment))
          broken.push(`${where} (no heading #${fragment} in ${target})`);
      });
      expect(broken).toEqual([]);
    });
  }

  it('finds a broken link and a missing heading', () => {
    expect(anchors('# The policy: org-wide policies\n## Org-wide policies\n## Org-wide policies\n')).toEqual(
      new Set(['the-policy-org-wide-policies', 'org-wide-policies', 'org-wide-policies-1']),
    );
  });
});
