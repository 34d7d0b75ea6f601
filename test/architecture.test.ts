import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// The layers of src/ and which may import which: data flows one way (policy → facts → rules → engine → report →
// publish), and the core (the Rule contract, Facts, findings and results, the shared option schemas) imports none
// of them. Every import of every src/**/*.ts file is read with the TypeScript parser and checked against the
// matrix below; a violation names the importing file, the imported file and both layers. There is no allowlist: a
// type that a lower layer needs lives in src/core/, or the lower layer declares the structural view it reads.
// The entry points (the CLI and the action) hold no file, process, git or format code of their own, and no module
// only re-exports another (the shims left from moving the core types are gone).

type Layer = 'core' | 'util' | 'parsers' | 'policy' | 'rules' | 'facts' | 'github' | 'engine' | 'report' | 'publish' | 'app' | 'entry';

/** The layer of a path under src/ (by its first folder, or the file itself at the top). */
const LAYER_OF: Record<string, Layer> = {
  core: 'core',
  util: 'util',
  'version.ts': 'util',
  parsers: 'parsers',
  policy: 'policy',
  rules: 'rules',
  // Approval tallies shared by the reviews, protected-files and updated-with rules (and the release record).
  approvals: 'rules',
  facts: 'facts',
  // The GitHub API client: I/O, used by the facts, the publishers and the entry points.
  github: 'github',
  engine: 'engine',
  report: 'report',
  publish: 'publish',
  app: 'app',
  // Post-market surveillance: a use case, like those in app/.
  monitor: 'app',
  cli: 'entry',
  'cli.ts': 'entry',
  action: 'entry',
  'action.ts': 'entry',
};

/** Which layers each layer may import (itself included). */
const ALLOWED: Record<Layer, readonly Layer[]> = {
  core: ['core', 'util'],
  util: ['util'],
  parsers: ['core', 'util', 'parsers'],
  policy: ['core', 'util', 'parsers', 'policy'],
  rules: ['core', 'util', 'parsers', 'rules'],
  facts: ['core', 'util', 'parsers', 'github', 'facts'],
  github: ['util', 'github'],
  engine: ['core', 'util', 'parsers', 'policy', 'rules', 'engine'],
  // report may also import parsers' types (TYPE_ONLY below), nothing that does work.
  report: ['core', 'util', 'report'],
  publish: ['core', 'util', 'github', 'report', 'publish'],
  app: ['core', 'util', 'parsers', 'policy', 'rules', 'facts', 'github', 'engine', 'report', 'publish', 'app'],
  entry: ['core', 'util', 'parsers', 'policy', 'rules', 'facts', 'github', 'engine', 'report', 'publish', 'app', 'entry'],
};

/** Imports allowed when they bring types only (`import type`). */
const TYPE_ONLY: Partial<Record<Layer, readonly Layer[]>> = {
  report: ['parsers'],
};

export interface ImportEdge {
  /** Repo-relative path of the importing file. */
  from: string;
  /** Repo-relative path the specifier resolves to (with the .ts the .js stands for). */
  to: string;
  line: number;
  typeOnly: boolean;
}

/** The relative imports, re-exports and dynamic imports of one file, resolved; packages are left out. */
export function importsOf(file: string, text: string): ImportEdge[] {
  return specifiersOf(file, text)
    .filter((s) => s.specifier.startsWith('.'))
    .map((s) => ({
      from: file,
      to: posix
        .normalize(posix.join(posix.dirname(file), s.specifier))
        .replace(/\.js$/, '.ts')
        .replace(/\.mjs$/, '.mts'),
      line: s.line,
      typeOnly: s.typeOnly,
    }));
}

export interface ImportSpecifier {
  /** As written: a relative path or a package (`node:fs`, `yaml`). */
  specifier: string;
  line: number;
  typeOnly: boolean;
}

/** Every module one file imports, re-exports, imports dynamically or requires, as written. */
export function specifiersOf(file: string, text: string): ImportSpecifier[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edges: ImportSpecifier[] = [];
  const add = (specifier: ts.Expression, node: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(specifier)) return;
    edges.push({ specifier: specifier.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, typeOnly });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      const named = clause?.namedBindings && ts.isNamedImports(clause.namedBindings) ? clause.namedBindings.elements : undefined;
      const typeOnly = !!clause && (clause.isTypeOnly || (!clause.name && !!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
      add(node.moduleSpecifier, node, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      const named = node.exportClause && ts.isNamedExports(node.exportClause) ? node.exportClause.elements : undefined;
      add(node.moduleSpecifier, node, node.isTypeOnly || (!!named && named.length > 0 && named.every((e) => e.isTypeOnly)));
    } else if (
      ts.isCallExpression(node) &&
      node.arguments[0] &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require'))
    ) {
      add(node.arguments[0], node, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal as ts.Expression, node, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** The layer of a src/ path, or undefined for a path outside src/ or a folder the matrix does not know. */
export function layerOf(path: string): Layer | undefined {
  const parts = path.split('/');
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return LAYER_OF[parts[1]!];
}

/** Every edge that breaks the layers, as "from:line -> to (layer -> layer)". There is no allowlist: fix the edge. */
export function layerViolations(edges: readonly ImportEdge[]): string[] {
  const out: string[] = [];
  for (const e of edges) {
    const from = layerOf(e.from);
    const to = layerOf(e.to);
    if (!from) {
      out.push(`${e.from}: in no layer — add its folder to LAYER_OF in test/architecture.test.ts`);
      continue;
    }
    if (!to) {
      out.push(`${e.from}:${e.line} -> ${e.to}: imports a path in no layer`);
      continue;
    }
    if (ALLOWED[from].includes(to)) continue;
    if (e.typeOnly && TYPE_ONLY[from]?.includes(to)) continue;
    out.push(`${e.from}:${e.line} -> ${e.to} (${from} may not import ${to}${TYPE_ONLY[from]?.includes(to) ? ' except types' : ''})`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = `${dir}/${d.name}`;
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(m?ts)$/.test(d.name) && !d.name.endsWith('.d.ts') && !d.name.endsWith('.d.mts') ? [path] : [];
  });
}

const ROOT = new URL('..', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, ROOT), 'utf8');

function srcEdges(): ImportEdge[] {
  return srcFiles().flatMap((file) => importsOf(file, read(file)));
}

function srcFiles(): string[] {
  const root = new URL('src', ROOT).pathname;
  return sourceFiles(root).map((abs) => `src${abs.slice(root.length)}`);
}

/** The one module a file does nothing but re-export (a shim kept for an old import path), or undefined. */
export function forwardsTo(file: string, text: string): string | undefined {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const targets = new Set<string>();
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier) return undefined;
    targets.add(importsOf(file, statement.getText(source))[0]?.to ?? '');
  }
  return targets.size === 1 ? [...targets][0] : undefined;
}

describe('the import graph', () => {
  const edges = srcEdges();

  it('reads the imports of the whole source tree', () => {
    // Guards the scan itself: an empty or tiny graph would pass every check below.
    expect(edges.length).toBeGreaterThan(300);
    expect(new Set(edges.filter((e) => layerOf(e.from) === 'parsers').map((e) => e.from)).size).toBeGreaterThan(10);
    expect(edges.some((e) => e.from === 'src/engine/evaluate.ts' && e.to === 'src/core/rule.ts')).toBe(true);
  });

  it('keeps the layers: core, parsers and report import nothing above them; policy and rules not each other', () => {
    expect(layerViolations(edges)).toEqual([]);
  });
});

/** The entry points: they parse arguments and inputs, call a use case in src/app/, and hand its output to report/publish. */
const isEntry = (file: string) => layerOf(file) === 'entry';

/**
 * What an entry point may not import: the file system and processes (src/facts and src/publish do the I/O), git
 * (src/facts/git), and the parsers and renderers of formats (src/parsers and src/report hold them).
 */
const ENTRY_MAY_NOT_IMPORT: readonly { test: (specifier: string, resolved: string) => boolean; what: string }[] = [
  { test: (s) => /^(node:)?(fs|fs\/promises|child_process)$/.test(s), what: 'file or process I/O belongs in src/facts or src/publish' },
  { test: (_, to) => to.startsWith('src/facts/git/'), what: 'git belongs in src/facts (through a use case in src/app)' },
  {
    test: (s) =>
      /^(micromark|mdast-|unified$|remark|fast-xml-parser$|saxes$|yaml$|js-yaml$|smol-toml$|@cyclonedx\/|handlebars$|ejs$)/.test(s),
    what: 'parsing and rendering formats belongs in src/parsers and src/report',
  },
];

/** The imports of an entry-point file that reach for I/O, git or a format library itself. */
export function entryViolations(file: string, text: string): string[] {
  if (!isEntry(file)) return [];
  return specifiersOf(file, text).flatMap(({ specifier, line }) => {
    const to = specifier.startsWith('.') ? posix.normalize(posix.join(posix.dirname(file), specifier)) : specifier;
    const rule = ENTRY_MAY_NOT_IMPORT.find((r) => r.test(specifier, to));
    return rule ? [`${file}:${line} imports ${specifier}: ${rule.what}`] : [];
  });
}

describe('the entry points (src/cli.ts, src/cli/, src/action.ts, src/action/)', () => {
  const files = srcFiles().filter(isEntry);

  it('are found', () => {
    for (const f of ['src/cli.ts', 'src/action.ts', 'src/cli/commands.ts', 'src/action/run.ts']) expect(files).toContain(f);
  });

  it('hold no file, process, git or format code: they import none of it', () => {
    expect(files.flatMap((f) => entryViolations(f, read(f)))).toEqual([]);
  });

  it('the check sees each kind of import, static, dynamic and required, and leaves other layers alone', () => {
    const text = [
      "import { readFileSync } from 'node:fs';",
      "import { GitRepo } from '../facts/git/index.js';",
      "const cp = await import('child_process');",
      "const y = require('yaml');",
      "import { renderMarkdown } from '../report/markdown.js';",
      "import { writeOutputFile } from '../publish/output-file.js';",
      "import { parseArgs } from 'node:util';",
    ].join('\n');
    expect(entryViolations('src/cli/x.ts', text)).toEqual([
      'src/cli/x.ts:1 imports node:fs: file or process I/O belongs in src/facts or src/publish',
      'src/cli/x.ts:2 imports ../facts/git/index.js: git belongs in src/facts (through a use case in src/app)',
      'src/cli/x.ts:3 imports child_process: file or process I/O belongs in src/facts or src/publish',
      'src/cli/x.ts:4 imports yaml: parsing and rendering formats belongs in src/parsers and src/report',
    ]);
    expect(entryViolations('src/action.ts', "import { promises } from 'fs';")).toHaveLength(1);
    expect(entryViolations('src/facts/local.ts', text)).toEqual([]);
  });
});

describe('the module tree', () => {
  it('has no shim left from the move to core/ (import src/core/types.ts and src/core/rule.ts directly)', () => {
    for (const gone of ['src/types.ts', 'src/rules/rule.ts']) expect(existsSync(new URL(gone, ROOT)), gone).toBe(false);
  });

  it('has no module that only re-exports another one (import the module it forwards to)', () => {
    expect(srcFiles().filter((file) => forwardsTo(file, read(file)) !== undefined)).toEqual([]);
  });

  it('sees a forwarding module, and not a barrel of several modules', () => {
    expect(forwardsTo('src/types.ts', "// moved\nexport * from './core/types.js';")).toBe('src/core/types.ts');
    expect(
      forwardsTo('src/rules/rule.ts', "export type { Rule } from '../core/rule.js';\nexport { defineRule } from '../core/rule.js';"),
    ).toBe('src/core/rule.ts');
    expect(forwardsTo('src/facts/git/index.ts', "export * from './repo.js';\nexport * from './tree.js';")).toBeUndefined();
    expect(forwardsTo('src/parsers/osv.ts', "export type { OsvEvent } from '../core/osv.js';\nexport const x = 1;")).toBeUndefined();
  });
});

describe('the layer check', () => {
  const edgesOf = (file: string, text: string) => importsOf(file, text);

  it('reports a core module importing the policy, and policy and rules importing each other', () => {
    const edges = [
      ...edgesOf('src/core/rule.ts', "import type { Policy } from '../policy/types.js';"),
      ...edgesOf('src/policy/schema.ts', "import { RULES } from '../rules/index.js';"),
      ...edgesOf('src/rules/soup/index.ts', "export { classifier } from '../../policy/classify.js';"),
      // A parser is text in, values out: it reads nothing through the facts.
      ...edgesOf('src/parsers/x/index.ts', "import { GitRepo } from '../../facts/git/index.js';"),
    ];
    expect(layerViolations(edges)).toEqual([
      'src/core/rule.ts:1 -> src/policy/types.ts (core may not import policy)',
      'src/policy/schema.ts:1 -> src/rules/index.ts (policy may not import rules)',
      'src/rules/soup/index.ts:1 -> src/policy/classify.ts (rules may not import policy)',
      'src/parsers/x/index.ts:1 -> src/facts/git/index.ts (parsers may not import facts)',
    ]);
  });

  it('reads dynamic imports and type-only imports, and lets report take parsers types only', () => {
    const text = [
      "import type { SbomDocument } from '../parsers/sbom/types.js';",
      "import { readSbom } from '../parsers/sbom/index.js';",
      "const m = await import('../facts/facts.js');",
      "import { x } from 'yaml';",
    ].join('\n');
    const edges = edgesOf('src/report/x.ts', text);
    expect(edges.map((e) => [e.to, e.line, e.typeOnly])).toEqual([
      ['src/parsers/sbom/types.ts', 1, true],
      ['src/parsers/sbom/index.ts', 2, false],
      ['src/facts/facts.ts', 3, false],
    ]);
    expect(layerViolations(edges)).toEqual([
      'src/report/x.ts:2 -> src/parsers/sbom/index.ts (report may not import parsers except types)',
      'src/report/x.ts:3 -> src/facts/facts.ts (report may not import facts)',
    ]);
  });

  it('reports the edges the renovation removed, were they to come back, and a file in an unknown folder', () => {
    const edges = [
      ...edgesOf('src/engine/check.ts', "import type { FactSources } from '../facts/facts.js';"),
      ...edgesOf('src/report/trace-formats.ts', "import { countMatrix } from '../rules/traceability/index.js';"),
      ...edgesOf('src/publish/issues.ts', "import type { MonitorResult } from '../monitor/monitor.js';"),
      ...edgesOf('src/facts/refs.ts', "import type { MonitorSources } from '../monitor/monitor.js';"),
      ...edgesOf('src/report/release-html.ts', "import type { ReleaseRecord } from '../app/release.js';"),
    ];
    expect(layerViolations(edges)).toEqual([
      'src/engine/check.ts:1 -> src/facts/facts.ts (engine may not import facts)',
      'src/report/trace-formats.ts:1 -> src/rules/traceability/index.ts (report may not import rules)',
      'src/publish/issues.ts:1 -> src/monitor/monitor.ts (publish may not import app)',
      'src/facts/refs.ts:1 -> src/monitor/monitor.ts (facts may not import app)',
      'src/report/release-html.ts:1 -> src/app/release.ts (report may not import app)',
    ]);
    expect(layerViolations(edgesOf('src/misc/x.ts', "import { a } from '../util/text.js';"))).toEqual([
      'src/misc/x.ts: in no layer — add its folder to LAYER_OF in test/architecture.test.ts',
    ]);
  });
});
