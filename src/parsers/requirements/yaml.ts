import jsYaml from 'js-yaml';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import type { Finding } from '../../core/types.js';
import type { ParseContext, ParsedRequirements, Requirement } from './types.js';
import { FIELD_NAMES, isPlainMap, lineList, plainRequirement, yamlRequirement } from './yaml-lines.js';

// Requirements in YAML: a list of items, a map of id → item, or {requirements: [...]}. Item fields: id, title,
// text (also `statement`/`description`), class, parents (also `links`). Unknown fields are ignored.

export function parseYamlRequirements(text: string, file: string, ctx: ParseContext): ParsedRequirements {
  return lineList(text, file, ctx) ?? parseDeclinedYaml(text, file, ctx);
}

/** A file the line reading declined: the quick reading (js-yaml), else the full one. */
export function parseDeclinedYaml(text: string, file: string, ctx: ParseContext): ParsedRequirements {
  return quickList(text, file, ctx) ?? parseYamlRequirementsFully(text, file, ctx);
}

/** One item of the full reading: a requirement pushed, or a finding for an entry that is not one. */
function takeYamlItem(
  item: unknown,
  idFromKey: string | undefined,
  line: number,
  file: string,
  ctx: ParseContext,
  out: { requirements: Requirement[]; findings: Finding[] },
): void {
  const { requirements, findings } = out;
  if (!isMap(item)) {
    findings.push({
      severity: 'error',
      message: `${file}: a requirement must be a mapping with id, title and text — fix this entry.`,
      file,
      line,
    });
    return;
  }
  const field = (names: readonly string[]) => {
    for (const n of names) {
      const v = item.get(n, true);
      if (v !== undefined && v !== null) return v as unknown;
    }
    return undefined;
  };
  const idNode = field(FIELD_NAMES.id);
  const id = idFromKey ?? (isScalar(idNode) ? String(idNode.value ?? '').trim() : '');
  if (!id) {
    findings.push({
      severity: 'error',
      message: `${file}: this requirement has no id — add "id: <an id matching id_pattern>".`,
      file,
      line,
    });
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
  const parentsNode = field(FIELD_NAMES.parents);
  const parents = isSeq(parentsNode)
    ? parentsNode.items.flatMap((p) =>
        isScalar(p) ? [String(p.value)] : isMap(p) ? p.items.map((pair) => String(isScalar(pair.key) ? pair.key.value : pair.key)) : [],
      )
    : str(parentsNode)
      ? [str(parentsNode)!]
      : undefined;
  requirements.push(
    yamlRequirement(
      id,
      { title: str(field(FIELD_NAMES.title)), text: str(field(FIELD_NAMES.text)), class: str(field(FIELD_NAMES.class)), parents },
      file,
      line,
    ),
  );
}

/** The reference reading of any document, with positions for every node and a finding for every problem. */
export function parseYamlRequirementsFully(text: string, file: string, ctx: ParseContext): ParsedRequirements {
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

  const take = (item: unknown, idFromKey: string | undefined, line: number) =>
    takeYamlItem(item, idFromKey, line, file, ctx, { requirements, findings });

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

// The common case, fast: a list of well-formed requirements (bare or under `requirements:`) is read with js-yaml,
// several times quicker than the full reading, which stays the reference. Whatever the quick reading cannot vouch
// for — anchors, aliases and tags (their positions and resolution differ), duplicate keys, another shape, any
// entry that would be a finding — is left to the full reading, so the two never give different answers.

/** The YAML 1.2 core schema as the full reading resolves plain scalars (js-yaml's own differs, e.g. on 0b101). */
const CORE_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsYaml.Type('tag:yaml.org,2002:null', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:~|[Nn]ull|NULL)?$/.test(s),
      construct: () => null,
    }),
    new jsYaml.Type('tag:yaml.org,2002:bool', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(s),
      construct: (s: string) => s[0] === 't' || s[0] === 'T',
    }),
    new jsYaml.Type('tag:yaml.org,2002:int', {
      kind: 'scalar',
      resolve: (s: string) => /^(?:0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+)$/.test(s),
      construct: (s: string) =>
        s.startsWith('0o') ? parseInt(s.slice(2), 8) : s.startsWith('0x') ? parseInt(s.slice(2), 16) : parseInt(s, 10),
    }),
    new jsYaml.Type('tag:yaml.org,2002:float', {
      kind: 'scalar',
      resolve: (s: string) =>
        /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(
          s,
        ),
      construct: (s: string) => (/nan$/i.test(s) ? NaN : /inf$/i.test(s) ? (s[0] === '-' ? -Infinity : Infinity) : parseFloat(s)),
    }),
  ],
});

/** A node property (anchor, tag) or an alias where one can stand; prose that merely looks like one only costs speed. */
const NODE_PROPERTY = /(?:^[ \t]*|[-:?,[{][ \t]+|[[{,])[&*!]/m;

/** The first character of the node that opens at `position` (after spaces, line breaks and comments), and its line. */
function firstToken(text: string, position: number, line: number): { line: number; first: string } {
  let at = position;
  let lineNo = line + 1;
  for (;;) {
    const c = text[at];
    if (c === ' ' || c === '\t' || c === '\r') at++;
    else if (c === '\n') {
      at++;
      lineNo++;
    } else if (c === '#') {
      while (at < text.length && text[at] !== '\n') at++;
    } else return { line: lineNo, first: c ?? '' };
  }
}

/** The quick reading; undefined where it declines (the full reading then answers). */
export function quickList(text: string, file: string, ctx: ParseContext): ParsedRequirements | undefined {
  if (NODE_PROPERTY.test(text)) return undefined;
  // Where each mapping starts (the line of its first key, or of its "{"), from the first time the parser closes it.
  const starts = new Map<object, number>();
  const open: { line: number; first: string }[] = [];
  // A quoted scalar or flow collection over several lines: the full reading holds them to indentation rules that
  // js-yaml does not, so such a document is left to it.
  let spansLines = false;
  let data: unknown;
  try {
    data = jsYaml.load(text, {
      schema: CORE_SCHEMA,
      listener(event, state) {
        if (event === 'open') open.push(firstToken(text, state.position, state.line));
        else {
          const { line, first } = open.pop()!;
          if (isPlainMap(state.result) && !starts.has(state.result)) starts.set(state.result, line);
          if (`"'[{`.includes(first) && state.line + 1 > line) spansLines = true;
        }
      },
    });
  } catch {
    return undefined;
  }
  if (spansLines) return undefined;
  if (data === undefined || data === null) return { requirements: [], findings: [] };
  const list = isPlainMap(data) && Object.hasOwn(data, 'requirements') ? data.requirements : data;
  if (!Array.isArray(list)) return undefined;
  const requirements: Requirement[] = [];
  for (const item of list) {
    const line = isPlainMap(item) ? starts.get(item) : undefined;
    const requirement = isPlainMap(item) && line !== undefined ? plainRequirement(item, file, line, ctx) : undefined;
    if (!requirement) return undefined;
    requirements.push(requirement);
  }
  return { requirements, findings: [] };
}
