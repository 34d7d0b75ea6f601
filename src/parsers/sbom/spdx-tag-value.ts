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
      if (issues.length < 20) issues.push({ severity: 'error', message: `line ${i + 1} is not "Tag: Value" (${JSON.stringify(raw.slice(0, 60))}) — fix or regenerate the document`, line: i + 1 });
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
        issues.push({ severity: 'error', message: `the <text> block of ${m[1]} opened on line ${start} is never closed with </text> — the file is truncated or malformed`, line: start });
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

export function readTagValueSbom(path: string, text: string, detection: SbomDetection): SbomReadResult {
  const { pairs, issues } = parseTagValue(text);
  if (!detection.specVersion || !['2.2', '2.3'].includes(detection.specVersion)) {
    return { detection, issues: [{ severity: 'error', message: `declares SPDXVersion "${detection.specVersion ?? ''}", which is not a version this gate knows (2.2, 2.3) — regenerate it as SPDX 2.3`, line: pairs.find((p) => p.tag === 'SPDXVersion')?.line ?? 1 }] };
  }
  const doc = new Map<string, TagValue>();
  const creators: string[] = [];
  const packages: SbomComponent[] = [];
  const seenPackageTags: Map<string, TagValue>[] = [];
  const dependencies: SbomDependency[] = [];
  const describes: string[] = [];
  const otherIds: string[] = [];
  const supportPairs = new Map<SbomComponent, [string, string][]>();
  const pairsOf = (c: SbomComponent): [string, string][] => {
    let list = supportPairs.get(c);
    if (!list) supportPairs.set(c, (list = []));
    return list;
  };
  // Each package's licences as a set too, so a package with many licence lines is not searched once per line.
  const licenseSets = new Map<SbomComponent, Set<string>>();
  const licensesOf = (c: SbomComponent): Set<string> => {
    let set = licenseSets.get(c);
    if (!set) licenseSets.set(c, (set = new Set(c.licenses)));
    return set;
  };
  let section: 'document' | 'package' | 'file' | 'snippet' | 'license' = 'document';
  let current: SbomComponent | undefined;
  let annotationTarget: string | undefined;
  const byRef = new Map<string, SbomComponent>();

  for (const p of pairs) {
    switch (p.tag) {
      case 'PackageName':
        section = 'package';
        current = { name: p.value, licenses: [], pointer: `line ${p.line}`, line: p.line };
        packages.push(current);
        seenPackageTags.push(new Map());
        continue;
      case 'FileName':
        section = 'file';
        current = undefined;
        continue;
      case 'SnippetSPDXID':
        section = 'snippet';
        current = undefined;
        otherIds.push(p.value);
        continue;
      case 'LicenseID':
        section = 'license';
        current = undefined;
        continue;
      case 'Relationship': {
        const m = /^(\S+)\s+(\S+)\s+(\S+)/.exec(p.value);
        if (!m) {
          issues.push({ severity: 'error', message: `line ${p.line}: Relationship "${p.value}" is not "<element> <TYPE> <element>"`, line: p.line });
          continue;
        }
        dependencies.push({ ref: m[1]!, type: m[2]!, dependsOn: [m[3]!], pointer: `line ${p.line}`, line: p.line });
        if (m[2] === 'DESCRIBES' && m[1] === 'SPDXRef-DOCUMENT') describes.push(m[3]!);
        continue;
      }
      case 'SPDXREF':
        annotationTarget = p.value;
        continue;
      case 'AnnotationComment': {
        const target = annotationTarget ? byRef.get(annotationTarget) : current;
        if (target) {
          const list = pairsOf(target);
          for (const pair of annotationPairs(p.value)) list.push(pair);
        }
        annotationTarget = undefined;
        continue;
      }
    }
    if (section === 'document') {
      if (p.tag === 'Creator') creators.push(p.value);
      else if (!doc.has(p.tag)) doc.set(p.tag, p);
      continue;
    }
    if (section === 'file' || section === 'snippet') {
      if (p.tag === 'SPDXID') otherIds.push(p.value);
      continue;
    }
    if (section !== 'package' || !current) continue;
    seenPackageTags[seenPackageTags.length - 1]!.set(p.tag, p);
    switch (p.tag) {
      case 'SPDXID':
        current.ref = p.value;
        byRef.set(p.value, current);
        break;
      case 'PackageVersion':
        current.version = p.value;
        break;
      case 'PackageSupplier':
        current.supplier = spdxParty(p.value) ?? current.supplier;
        break;
      case 'PackageOriginator':
        current.supplier ??= spdxParty(p.value);
        break;
      case 'PackageLicenseConcluded':
      case 'PackageLicenseDeclared':
        if (!SPDX_NO_VALUE.has(p.value) && !licensesOf(current).has(p.value)) {
          licensesOf(current).add(p.value);
          current.licenses.push(p.value);
        }
        break;
      case 'ExternalRef': {
        const [, type, locator] = p.value.split(/\s+/);
        applyExternalRef(current, type ?? '', locator ?? '');
        break;
      }
      case 'ValidUntilDate':
        pairsOf(current).push(['endOfSupport', p.value]);
        break;
    }
  }
  for (const [c, list] of supportPairs) {
    const support = supportFromPairs(list);
    if (support) c.support = support;
  }

  // What the JSON schema would say for JSON: the fields the specification requires.
  for (const tag of DOC_REQUIRED) {
    if (tag === 'Creator' ? creators.length === 0 : !doc.has(tag)) {
      issues.push({ severity: 'error', message: `the document has no ${tag}, which SPDX ${detection.specVersion} requires`, line: 1 });
    }
  }
  packages.forEach((c, i) => {
    for (const tag of PACKAGE_REQUIRED) {
      if (!seenPackageTags[i]!.has(tag)) issues.push({ severity: 'error', message: `line ${c.line}: package "${c.name}" has no ${tag}, which SPDX ${detection.specVersion} requires`, line: c.line });
    }
  });
  const created = doc.get('Created');
  const document = spdxDocument({
    path,
    encoding: 'tag-value',
    specVersion: detection.specVersion,
    authors: creators,
    timestamp: created?.value,
    packages,
    dependencies,
    describes,
    otherIds,
    linesOf: () => new Map(),
  });
  document.issues.push(...issues);
  return { detection, document, issues: [] };
}
