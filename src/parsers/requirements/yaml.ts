import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../../types.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';

// Requirements in YAML: a list of items, a map of id → item, or {requirements: [...]}. Item fields: id, title,
// text (also `statement`/`description`), class, parents (also `links`). Unknown fields are ignored.

export function parseYamlRequirements(text: string, file: string, ctx: ParseContext): ParsedRequirements {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: false });
  const findings: Finding[] = [];
  if (doc.errors.length) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line ?? lines.linePos(e.pos[0]).line;
    findings.push({
      severity: 'error',
      message: `${file} is not valid YAML (${e.message.split('\n')[0]}); its requirements were not read — fix the YAML at this line.`,
      file,
      line,
    });
    return { requirements: [], findings };
  }
  const lineOf = (node: Node | null | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  let root: unknown = doc.contents;
  if (isMap(root) && root.has('requirements')) root = root.get('requirements', true);
  const requirements: Requirement[] = [];

  const take = (item: unknown, idFromKey: string | undefined, line: number) => {
    if (!isMap(item)) {
      findings.push({ severity: 'error', message: `${file}: a requirement must be a mapping with id, title and text — fix this entry.`, file, line });
      return;
    }
    const field = (...names: string[]) => {
      for (const n of names) {
        const v = item.get(n, true);
        if (v !== undefined && v !== null) return v as unknown;
      }
      return undefined;
    };
    const idNode = field('id', 'uid', 'UID');
    const id = idFromKey ?? (isScalar(idNode) ? String(idNode.value ?? '').trim() : '');
    if (!id) {
      findings.push({ severity: 'error', message: `${file}: this requirement has no id — add "id: <an id matching id_pattern>".`, file, line });
      return;
    }
    if (!ctx.isId(id)) {
      findings.push({
        severity: 'error',
        message: `${file}: "${id}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
        file,
        line,
      });
      return;
    }
    const str = (n: unknown) => (isScalar(n) && n.value !== null && n.value !== undefined ? String(n.value) : undefined);
    const parentsNode = field('parents', 'links', 'parent');
    const parents = isSeq(parentsNode)
      ? parentsNode.items.flatMap((p) => (isScalar(p) ? [String(p.value)] : isMap(p) ? p.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : []))
      : str(parentsNode)
        ? [str(parentsNode)!]
        : undefined;
    const cls = str(field('class', 'safety_class'));
    requirements.push({
      id,
      title: (str(field('title', 'name', 'header')) ?? '').trim(),
      text: (str(field('text', 'statement', 'description')) ?? '').trim(),
      ...(cls ? { class: cls } : {}),
      ...(parents?.length ? { parents } : {}),
      file,
      line,
      format: 'yaml',
    });
  };

  if (isSeq(root)) {
    for (const item of root.items) take(item, undefined, lineOf(item as Node));
  } else if (isMap(root)) {
    for (const pair of root.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : '';
      take(pair.value, key, lineOf(pair.key as Node));
    }
  } else if (root !== null && root !== undefined) {
    findings.push({
      severity: 'error',
      message: `${file} holds neither a list of requirements, a map of id → requirement, nor {requirements: [...]} — reshape it.`,
      file,
      line: lineOf(root as Node),
    });
  }
  return { requirements, findings };
}
