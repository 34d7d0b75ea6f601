import type { Finding } from '../../core/types.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';

// StrictDoc (.sdoc): blocks opened by a line "[REQUIREMENT]" (or another element type such as
// [COMPOSITE_REQUIREMENT] or a custom grammar element), followed by "FIELD: value" lines; a value ">>>" runs over
// the next lines up to "<<<". Relations are "- TYPE: Parent" + "  VALUE: <UID>" entries under RELATIONS (REFS in
// older documents). Sections ([SECTION] … [/SECTION], [[SECTION]] … [[/SECTION]]) only group. An element with no UID
// cannot be cited, so it is a finding.
// As StrictDoc reads them: `TYPE: Child` names a requirement that derives from this one (the reverse of Parent);
// `TYPE: File` links the requirement to a file (VALUE, or PATH), and a test file linked so cites it; a composite
// node ([[REQUIREMENT]] … [[/REQUIREMENT]], a grammar element with IS_COMPOSITE) is a requirement whose children are
// nested in it; a document whose OPTIONS say `RELATION_FIELD: MID` identifies its nodes by that field (MID), in
// relations and in source-code markers alike, so that field is the requirement's id.

const NOT_REQUIREMENTS = new Set([
  'DOCUMENT',
  'SECTION',
  'TEXT',
  'FREETEXT',
  'GRAMMAR',
  'DOCUMENT_FROM_FILE',
  'DOCUMENT_CONFIG',
  'DOCUMENT_VIEW',
]);
const BLOCK = /^\[\[?(\/?)([A-Z][A-Z0-9_]*)\]\]?\s*$/;
const FIELD = /^([A-Z][A-Z0-9_]*):(?:[ \t](.*))?$/;

interface Element {
  type: string;
  line: number;
  fields: Map<string, string>;
  parents: string[];
  children: string[];
  files: string[];
}

export function parseStrictDoc(text: string, file: string, ctx: ParseContext): ParsedRequirements {
  const lines = text.split(/\r?\n/);
  const findings: Finding[] = [];
  const elements: Element[] = [];
  let current: Element | undefined;
  let inRelations = false;
  let pendingRelation: { type?: string; value?: string } | undefined;
  let inDocument = false;
  let relationField = 'UID';
  const flushRelation = () => {
    const r = pendingRelation;
    pendingRelation = undefined;
    if (!current || !r?.value) return;
    const type = (r.type ?? 'Parent').toLowerCase();
    if (type === 'parent') current.parents.push(r.value);
    else if (type === 'child') current.children.push(r.value);
    else if (type === 'file') current.files.push(r.value);
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const block = BLOCK.exec(line);
    if (block) {
      flushRelation();
      inRelations = false;
      current = undefined;
      inDocument = !block[1] && block[2] === 'DOCUMENT';
      if (!block[1] && !NOT_REQUIREMENTS.has(block[2]!)) {
        current = { type: block[2]!, line: i + 1, fields: new Map(), parents: [], children: [], files: [] };
        elements.push(current);
      }
      continue;
    }
    if (inDocument) {
      const option = /^[ \t]+RELATION_FIELD:[ \t]*(\S+)[ \t]*$/.exec(line);
      if (option) relationField = option[1]!;
      continue;
    }
    if (!current) continue;
    if (line.trim() === '') {
      flushRelation();
      inRelations = false;
      continue;
    }
    if (inRelations) {
      const entry = /^-\s+([A-Z_]+):\s*(.*)$/.exec(line);
      const cont = /^\s+([A-Z_]+):\s*(.*)$/.exec(line);
      if (entry) {
        flushRelation();
        pendingRelation = {};
        assignRelation(pendingRelation, entry[1]!, entry[2]!);
        continue;
      }
      if (cont && pendingRelation) {
        assignRelation(pendingRelation, cont[1]!, cont[2]!);
        continue;
      }
      flushRelation();
      inRelations = false;
    }
    const field = FIELD.exec(line);
    if (!field) {
      findings.push({
        severity: 'error',
        message: `${file}: "${line.trim().slice(0, 60)}" is not a "FIELD: value" line of the [${current.type}] opened on line ${current.line} — fix the StrictDoc syntax.`,
        file,
        line: i + 1,
      });
      current = undefined;
      continue;
    }
    const [, name, raw = ''] = field;
    if (name === 'RELATIONS' || name === 'REFS') {
      inRelations = true;
      continue;
    }
    if (raw.trim() === '>>>') {
      const start = i;
      const body: string[] = [];
      for (i++; i < lines.length && lines[i] !== '<<<'; i++) body.push(lines[i]!);
      if (i >= lines.length) {
        findings.push({
          severity: 'error',
          message: `${file}: the multi-line ${name} opened with ">>>" on this line is never closed with "<<<" — close it.`,
          file,
          line: start + 1,
        });
        elements.splice(elements.indexOf(current), 1);
        current = undefined;
        break;
      }
      current.fields.set(name!, body.join('\n'));
    } else current.fields.set(name!, raw.trim());
  }
  flushRelation();

  const requirements: Requirement[] = [];
  for (const e of elements) {
    const uid = e.fields.get(relationField);
    if (!uid) {
      findings.push({
        severity: 'error',
        message: `${file}: the [${e.type}] on this line has no ${relationField}, so no test can cite it — add "${relationField}: <id>".`,
        file,
        line: e.line,
      });
      continue;
    }
    if (!ctx.isId(uid)) {
      findings.push({
        severity: 'error',
        message: `${file}: the ${relationField} "${uid}" does not match id_pattern, so no test can cite it — rename it or widen id_pattern.`,
        file,
        line: e.line,
      });
      continue;
    }
    const statement = e.fields.get('STATEMENT') ?? e.fields.get('DESCRIPTION') ?? e.fields.get('CONTENT') ?? '';
    const cls = e.fields.get('CLASS') ?? e.fields.get('SAFETY_CLASS');
    requirements.push({
      id: uid,
      title: e.fields.get('TITLE') ?? '',
      text: statement.trim(),
      ...(cls ? { class: cls } : {}),
      ...(e.parents.length ? { parents: e.parents } : {}),
      ...(e.children.length ? { children: e.children } : {}),
      ...(e.files.length ? { linkedFiles: e.files } : {}),
      file,
      line: e.line,
      format: 'strictdoc',
    });
  }
  return { requirements, findings };
}

function assignRelation(r: { type?: string; value?: string }, key: string, value: string) {
  if (key === 'TYPE') r.type = value.trim();
  else if (key === 'VALUE' || (key === 'PATH' && r.value === undefined)) r.value = value.trim();
}
