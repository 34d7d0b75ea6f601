import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { pypiName } from '../lockfiles/purl.js';
import type { Finding } from '../../core/types.js';
import type { Nodes, Root, Table } from 'mdast';
import { MarkdownReadError, parseBlocks, renderedText } from '../gfm-markdown.js';

// Reads a SOUP list (IEC 62304 8.1.2): the native YAML list, or OpenRegulatory's Markdown table. Pure; what cannot
// be read is a finding with its line, and the entries that could be read are still returned.

export type SoupFormat = 'native' | 'openregulatory';

export const SOUP_FIELDS = ['name', 'version', 'ecosystem', 'manufacturer', 'purpose', 'requirements', 'risk', 'anomalies'] as const;

export interface SoupEntry {
  name: string;
  version: string;
  /** The purl type (npm, pypi, golang, ...); undefined when the list does not say. */
  ecosystem?: string;
  manufacturer?: string;
  purpose?: string;
  requirements?: string;
  risk?: string;
  anomalies?: { reviewed?: string; reference?: string };
  line: number;
  /** Lines of the fields that are present, for findings about one of them. */
  lines: Partial<Record<(typeof SOUP_FIELDS)[number], number>>;
}

export interface SoupRead {
  entries: SoupEntry[];
  findings: Finding[];
}

/** Ecosystem names people write, as purl types. */
const ECOSYSTEM_ALIASES: Record<string, string> = {
  go: 'golang',
  golang: 'golang',
  rubygems: 'gem',
  ruby: 'gem',
  python: 'pypi',
  pip: 'pypi',
  javascript: 'npm',
  typescript: 'npm',
  node: 'npm',
  'node.js': 'npm',
  rust: 'cargo',
  crates: 'cargo',
  java: 'maven',
  kotlin: 'maven',
  'c#': 'nuget',
  '.net': 'nuget',
  php: 'composer',
  packagist: 'composer',
};

export function normalizeEcosystem(e: string): string {
  const lower = e.trim().toLowerCase();
  return ECOSYSTEM_ALIASES[lower] ?? lower;
}

/** How a package is identified across the SOUP list and the lockfiles: ecosystem and name, normalized as purls are. */
export function packageKey(ecosystem: string | undefined, name: string): string {
  const eco = ecosystem ? normalizeEcosystem(ecosystem) : '*';
  const n = eco === 'pypi' ? pypiName(name) : ['npm', 'nuget', 'golang', 'composer', '*'].includes(eco) ? name.toLowerCase() : name;
  return `${eco}/${n}`;
}

export function parseSoupList(text: string, file: string, format: SoupFormat = 'native'): SoupRead {
  return format === 'openregulatory' ? parseOpenRegulatory(text, file) : parseNative(text, file);
}

/** One item of a native SOUP list as an entry, or undefined after its finding when it is not a mapping or lacks name or version. */
function nativeSoupEntry(
  item: unknown,
  i: number,
  file: string,
  lineOf: (n: Node | undefined | null) => number,
  findings: Finding[],
): SoupEntry | undefined {
  const line = lineOf(item as Node);
  if (!isMap(item)) {
    findings.push(err(`${file}: item ${i + 1} is not a mapping — write it as "- name: ..., version: ...".`, file, line));
    return undefined;
  }
  const fields: Record<string, unknown> = {};
  const fieldLines: SoupEntry['lines'] = {};
  for (const pair of item.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!(SOUP_FIELDS as readonly string[]).includes(key)) {
      findings.push({
        severity: 'warning',
        message: `${file}: item ${i + 1} has "${key}", which the SOUP format does not define (${SOUP_FIELDS.join(', ')}) — it is ignored.`,
        file,
        line: lineOf(pair.key as Node),
      });
      continue;
    }
    fields[key] = (pair.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? (isScalar(pair.value) ? pair.value.value : pair.value);
    fieldLines[key as keyof SoupEntry['lines']] = lineOf((pair.value ?? pair.key) as Node);
  }
  const str = (k: string) => {
    const v = fields[k];
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'object') {
      findings.push(
        err(
          `${file}: ${k} of item ${i + 1} must be text — write it on one line or as a block scalar.`,
          file,
          fieldLines[k as keyof SoupEntry['lines']] ?? line,
        ),
      );
      return undefined;
    }
    const s = String(v).trim();
    return s === '' || s === '~' || s === 'null' ? undefined : s;
  };
  const name = str('name');
  const version = str('version');
  if (!name || !version) {
    findings.push(
      err(
        `${file}: item ${i + 1} lacks ${!name && !version ? 'name and version' : !name ? 'name' : 'version'} — every SOUP item needs a name and the exact version used.`,
        file,
        line,
      ),
    );
    return undefined;
  }
  const entry: SoupEntry = { name, version, line, lines: fieldLines };
  const ecosystem = str('ecosystem');
  if (ecosystem) entry.ecosystem = normalizeEcosystem(ecosystem);
  for (const k of ['manufacturer', 'purpose', 'requirements', 'risk'] as const) {
    const v = str(k);
    if (v !== undefined) entry[k] = v;
  }
  const anomalies = fields.anomalies;
  if (anomalies !== undefined && anomalies !== null) {
    if (typeof anomalies !== 'object' || Array.isArray(anomalies)) {
      findings.push(
        err(`${file}: anomalies of ${name} must be {reviewed: YYYY-MM-DD, reference: URL}.`, file, fieldLines.anomalies ?? line),
      );
    } else {
      const a = anomalies as Record<string, unknown>;
      const text = (v: unknown) => (v === undefined || v === null || typeof v === 'object' ? undefined : String(v).trim() || undefined);
      entry.anomalies = {
        ...(text(a.reviewed) ? { reviewed: text(a.reviewed) } : {}),
        ...(text(a.reference) ? { reference: text(a.reference) } : {}),
      };
    }
  }
  return entry;
}

function parseNative(text: string, file: string): SoupRead {
  const lines = new LineCounter();
  // Every scalar is read as text: a version 1.10 must not become the number 1.1.
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false, schema: 'failsafe' });
  const lineOf = (n: Node | undefined | null) => (n && n.range ? lines.linePos(n.range[0]).line : 1);
  if (doc.errors.length) {
    return {
      entries: [],
      findings: doc.errors
        .slice(0, 5)
        .map((e) =>
          err(`${file} is not valid YAML (${e.message.split('\n')[0]}) — fix the SOUP list.`, file, lines.linePos(e.pos[0]).line),
        ),
    };
  }
  const root = doc.contents;
  if (!isSeq(root)) {
    if (root === null || (isScalar(root) && (root.value === null || root.value === ''))) return { entries: [], findings: [] };
    return {
      entries: [],
      findings: [
        err(
          `${file} must be a YAML list of SOUP items (- name: ..., version: ..., ecosystem: ...) — fix its structure.`,
          file,
          lineOf(root as Node),
        ),
      ],
    };
  }
  const entries: SoupEntry[] = [];
  const findings: Finding[] = [];
  root.items.forEach((item, i) => {
    const entry = nativeSoupEntry(item, i, file, lineOf, findings);
    if (entry) entries.push(entry);
  });
  return { entries, findings };
}

// OpenRegulatory's SOUP list is a Markdown table, read as GitHub renders it (GFM, by micromark: a table in a code block
// or an HTML comment is no table); its columns are found by their headers (case-insensitive).
const COLUMNS: Record<string, string[]> = {
  name: ['package name', 'name', 'soup name', 'soup', 'package', 'library'],
  version: ['version'],
  ecosystem: ['ecosystem', 'programming language', 'language'],
  manufacturer: ['manufacturer', 'supplier', 'vendor', 'website'],
  purpose: ['purpose', 'description'],
  requirements: ['requirements'],
  risk: ['risk level', 'risk'],
  reviewed: ['last verified at', 'last verified', 'reviewed', 'anomalies reviewed'],
  reference: ['anomaly list', 'anomalies', 'known anomalies', 'website'],
};

function parseOpenRegulatory(text: string, file: string): SoupRead {
  const findings: Finding[] = [];
  const entries: SoupEntry[] = [];
  let root: Root;
  try {
    root = parseBlocks(text);
  } catch (e) {
    if (!(e instanceof MarkdownReadError)) throw e;
    return { entries, findings: [err(`${file} cannot be read as Markdown: ${e.message} — shorten the nesting.`, file, e.line ?? 1)] };
  }
  let found = false;
  // The tables GitHub shows (not those in code blocks or HTML comments), wherever they are (a quote, a list item).
  const stack: Nodes[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'table') {
      if (readTable(node, file, entries, findings)) found = true;
    } else if ('children' in node && node.type !== 'paragraph' && node.type !== 'heading') {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
    }
  }
  if (!found)
    findings.push(
      err(
        `${file} has no SOUP table (a Markdown table with "Package Name" and "Version" columns) — add it, or set format: native.`,
        file,
        1,
      ),
    );
  return { entries, findings };
}

/** Reads one table's rows into entries, when its header names a package name and a version column; false otherwise. */
function readTable(table: Table, file: string, entries: SoupEntry[], findings: Finding[]): boolean {
  const [head, ...rows] = table.children;
  if (!head) return false;
  const headers = head.children.map((c) => renderedText(c).toLowerCase());
  const col = (k: string) => COLUMNS[k]!.map((n) => headers.indexOf(n)).find((x) => x >= 0);
  if (col('name') === undefined || col('version') === undefined) return false;
  const at: Record<string, number | undefined> = Object.fromEntries(Object.keys(COLUMNS).map((k) => [k, col(k)]));
  for (const row of rows) {
    const c = row.children.map((cell) => renderedText(cell));
    const get = (k: string) => {
      const v = at[k] === undefined ? undefined : c[at[k]!];
      return v && !/^(-|—|n\/a|tbd)?$/i.test(v) ? v : undefined;
    };
    const line = row.position?.start.line ?? 1;
    const name = get('name');
    const version = get('version');
    if (!name && !version) continue;
    if (!name || !version) {
      findings.push(err(`${file}: this SOUP row lacks ${!name ? 'a package name' : 'a version'} — fill it in.`, file, line));
      continue;
    }
    const lines = Object.fromEntries(SOUP_FIELDS.map((f) => [f, line])) as SoupEntry['lines'];
    const entry: SoupEntry = { name, version, line, lines };
    const eco = get('ecosystem');
    if (eco) entry.ecosystem = normalizeEcosystem(eco);
    const manufacturer = get('manufacturer');
    if (manufacturer) entry.manufacturer = manufacturer;
    // The template has no purpose column: its Requirements column answers "why did we import this library?".
    const requirements = get('requirements');
    const purpose = get('purpose') ?? requirements;
    if (purpose) entry.purpose = purpose;
    if (requirements) entry.requirements = requirements;
    const risk = get('risk');
    if (risk) entry.risk = risk;
    const reviewed = get('reviewed');
    const reference = get('reference');
    if (reviewed || reference) entry.anomalies = { ...(reviewed ? { reviewed } : {}), ...(reference ? { reference } : {}) };
    entries.push(entry);
  }
  return true;
}

function err(message: string, file: string, line: number): Finding {
  return { severity: 'error', message, file, line };
}
