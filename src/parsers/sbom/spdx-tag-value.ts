import { annotationPairs, applyExternalRef, SPDX_NO_VALUE, spdxDocument, spdxParty } from './spdx-json.js';
import { supportFromPairs } from './support.js';
import type { SbomComponent, SbomDependency, SbomDetection, SbomIssue, SbomReadResult } from './types.js';

// SPDX 2.2/2.3 tag-value (https://spdx.github.io/spdx-spec/v2.3/conformance/): "Tag: Value" lines, multi-line
// values inside <text>...</text>, comments starting with "#". A package starts at PackageName; a file at
// FileName; a snippet at SnippetSPDXID. There is no maintained JavaScript parser, hence this one.

export interface TagValue {
  tag: string;
  value: string;
  line: number;
}

/** The tag-value pairs, with the line each starts on; lines that are not pairs become issues. */
export function parseTagValue(text: string): { pairs: TagValue[]; issues: SbomIssue[] } {
  const pairs: TagValue[] = [];
  const issues: SbomIssue[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    if (raw.trim() === '' || raw.trimStart().startsWith('#')) continue;
    const m = /^\s*([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$/.exec(raw);
    if (!m) {
      if (issues.length < 20)
        issues.push({
          severity: 'error',
          message: `line ${i + 1} is not "Tag: Value" (${JSON.stringify(raw.slice(0, 60))}) — fix or regenerate the document`,
          line: i + 1,
        });
      continue;
    }
    let value = m[2]!.trim();
    const start = i + 1;
    if (value.startsWith('<text>')) {
      // Each line is searched for the end once (not the growing block again), so a long block reads in linear time.
      const parts = [value.slice(6)];
      let j = i;
      let close = parts[0]!.indexOf('</text>');
      while (close < 0 && j + 1 < lines.length) {
        const next = lines[++j]!;
        parts.push(next);
        close = next.indexOf('</text>');
      }
      if (close < 0) {
        issues.push({
          severity: 'error',
          message: `the <text> block of ${m[1]} opened on line ${start} is never closed with </text> — the file is truncated or malformed`,
          line: start,
        });
        break;
      }
      parts[parts.length - 1] = parts[parts.length - 1]!.slice(0, close);
      value = parts.join('\n').trim();
      i = j;
    }
    pairs.push({ tag: m[1]!, value, line: start });
  }
  return { pairs, issues };
}

const DOC_REQUIRED = ['SPDXVersion', 'DataLicense', 'SPDXID', 'DocumentName', 'DocumentNamespace', 'Creator', 'Created'];
const PACKAGE_REQUIRED = ['SPDXID', 'PackageDownloadLocation'];

/** What one pass over the pairs collects. */
interface TagValueCollection {
  doc: Map<string, TagValue>;
  creators: string[];
  packages: SbomComponent[];
  seenPackageTags: Map<string, TagValue>[];
  dependencies: SbomDependency[];
  describes: string[];
  otherIds: string[];
  supportPairs: Map<SbomComponent, [string, string][]>;
  // Each package's licences as a set too, so a package with many licence lines is not searched once per line.
  licenseSets: Map<SbomComponent, Set<string>>;
  section: 'document' | 'package' | 'file' | 'snippet' | 'license';
  current: SbomComponent | undefined;
  annotationTarget: string | undefined;
  byRef: Map<string, SbomComponent>;
  issues: SbomIssue[];
}

function pairsOf(st: TagValueCollection, c: SbomComponent): [string, string][] {
  let list = st.supportPairs.get(c);
  if (!list) st.supportPairs.set(c, (list = []));
  return list;
}

function licensesOf(st: TagValueCollection, c: SbomComponent): Set<string> {
  let set = st.licenseSets.get(c);
  if (!set) st.licenseSets.set(c, (set = new Set(c.licenses)));
  return set;
}

export function readTagValueSbom(path: string, text: string, detection: SbomDetection): SbomReadResult {
  const { pairs, issues } = parseTagValue(text);
  if (!detection.specVersion || !['2.2', '2.3'].includes(detection.specVersion)) {
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message: `declares SPDXVersion "${detection.specVersion ?? ''}", which is not a version this gate knows (2.2, 2.3) — regenerate it as SPDX 2.3`,
          line: pairs.find((p) => p.tag === 'SPDXVersion')?.line ?? 1,
        },
      ],
    };
  }
  const st = collectTagValuePairs(pairs, issues);
  requiredTagIssues(st, detection.specVersion);
  const created = st.doc.get('Created');
  const document = spdxDocument({
    path,
    encoding: 'tag-value',
    specVersion: detection.specVersion,
    authors: st.creators,
    timestamp: created?.value,
    packages: st.packages,
    dependencies: st.dependencies,
    describes: st.describes,
    otherIds: st.otherIds,
    linesOf: () => new Map(),
  });
  document.issues.push(...issues);
  return { detection, document, issues: [] };
}

function collectTagValuePairs(pairs: readonly TagValue[], issues: SbomIssue[]): TagValueCollection {
  const st: TagValueCollection = {
    doc: new Map(),
    creators: [],
    packages: [],
    seenPackageTags: [],
    dependencies: [],
    describes: [],
    otherIds: [],
    supportPairs: new Map(),
    licenseSets: new Map(),
    section: 'document',
    current: undefined,
    annotationTarget: undefined,
    byRef: new Map(),
    issues,
  };
  for (const p of pairs) {
    if (structuralPair(st, p)) continue;
    if (st.section === 'document') {
      if (p.tag === 'Creator') st.creators.push(p.value);
      else if (!st.doc.has(p.tag)) st.doc.set(p.tag, p);
      continue;
    }
    if (st.section === 'file' || st.section === 'snippet') {
      if (p.tag === 'SPDXID') st.otherIds.push(p.value);
      continue;
    }
    if (st.section !== 'package' || !st.current) continue;
    st.seenPackageTags[st.seenPackageTags.length - 1]!.set(p.tag, p);
    packagePair(st, st.current, p);
  }
  for (const [c, list] of st.supportPairs) {
    const support = supportFromPairs(list);
    if (support) c.support = support;
  }
  return st;
}

/** A pair that starts a section, relates elements or annotates one; false for any other pair. */
function structuralPair(st: TagValueCollection, p: TagValue): boolean {
  switch (p.tag) {
    case 'PackageName':
      st.section = 'package';
      st.current = { name: p.value, licenses: [], pointer: `line ${p.line}`, line: p.line };
      st.packages.push(st.current);
      st.seenPackageTags.push(new Map());
      return true;
    case 'FileName':
      st.section = 'file';
      st.current = undefined;
      return true;
    case 'SnippetSPDXID':
      st.section = 'snippet';
      st.current = undefined;
      st.otherIds.push(p.value);
      return true;
    case 'LicenseID':
      st.section = 'license';
      st.current = undefined;
      return true;
    case 'Relationship': {
      const m = /^(\S+)\s+(\S+)\s+(\S+)/.exec(p.value);
      if (!m) {
        st.issues.push({
          severity: 'error',
          message: `line ${p.line}: Relationship "${p.value}" is not "<element> <TYPE> <element>"`,
          line: p.line,
        });
        return true;
      }
      st.dependencies.push({ ref: m[1]!, type: m[2]!, dependsOn: [m[3]!], pointer: `line ${p.line}`, line: p.line });
      if (m[2] === 'DESCRIBES' && m[1] === 'SPDXRef-DOCUMENT') st.describes.push(m[3]!);
      return true;
    }
    case 'SPDXREF':
      st.annotationTarget = p.value;
      return true;
    case 'AnnotationComment': {
      const target = st.annotationTarget ? st.byRef.get(st.annotationTarget) : st.current;
      if (target) {
        const list = pairsOf(st, target);
        for (const pair of annotationPairs(p.value)) list.push(pair);
      }
      st.annotationTarget = undefined;
      return true;
    }
  }
  return false;
}

/** A pair inside a package section. */
function packagePair(st: TagValueCollection, current: SbomComponent, p: TagValue): void {
  switch (p.tag) {
    case 'SPDXID':
      current.ref = p.value;
      st.byRef.set(p.value, current);
      break;
    case 'PackageVersion':
      // NOASSERTION and NONE are no version (as in JSON).
      if (!SPDX_NO_VALUE.has(p.value)) current.version = p.value;
      break;
    case 'PackageSupplier':
      current.supplier = spdxParty(p.value) ?? current.supplier;
      break;
    case 'PackageOriginator':
      current.supplier ??= spdxParty(p.value);
      break;
    case 'PackageLicenseConcluded':
    case 'PackageLicenseDeclared':
      if (!SPDX_NO_VALUE.has(p.value) && !licensesOf(st, current).has(p.value)) {
        licensesOf(st, current).add(p.value);
        current.licenses.push(p.value);
      }
      break;
    case 'ExternalRef': {
      const [, type, locator] = p.value.split(/\s+/);
      applyExternalRef(current, type ?? '', locator ?? '');
      break;
    }
    case 'ValidUntilDate':
      pairsOf(st, current).push(['endOfSupport', p.value]);
      break;
  }
}

/** What the JSON schema would say for JSON: the fields the specification requires. */
function requiredTagIssues(st: TagValueCollection, specVersion: string): void {
  for (const tag of DOC_REQUIRED) {
    if (tag === 'Creator' ? st.creators.length === 0 : !st.doc.has(tag)) {
      st.issues.push({ severity: 'error', message: `the document has no ${tag}, which SPDX ${specVersion} requires`, line: 1 });
    }
  }
  st.packages.forEach((c, i) => {
    for (const tag of PACKAGE_REQUIRED) {
      if (!st.seenPackageTags[i]!.has(tag))
        st.issues.push({
          severity: 'error',
          message: `line ${c.line}: package "${c.name}" has no ${tag}, which SPDX ${specVersion} requires`,
          line: c.line,
        });
    }
  });
}
