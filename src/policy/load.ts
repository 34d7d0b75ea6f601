import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import type { Rule } from '../core/rule.js';
import type { JsonSchema } from '../core/schemas.js';
import { policySchemas, TOP, validatorFor } from './compiled.js';
import { PRESETS } from './presets.js';
import { regexProblem } from './regex.js';
import { globProblem } from '../util/glob.js';
import { COMMON_GATE_KEYS, type GateConfig, type MonitorConfig, type Policy, type PolicyError, type SafetyClass } from './types.js';

// Loads a policy file: YAML with positions → JSON Schema checks → `extends` merged → a typed Policy.
// Pure: files named by `extends` come through the injected reader, so the caller decides the commit they are read at.

/** Reads a repo-relative file at the commit the policy comes from; undefined when absent. Throws on refused reads. */
export type PolicyFileReader = (path: string) => Promise<string | undefined>;

/** A policy file in another repository (`owner/repo/path@ref`), for org-wide policies. */
export interface RemotePolicyRef {
  owner: string;
  repo: string;
  path: string;
  ref: string;
}

/** Reads a file of another repository at a ref; `moving` is true when the ref is a branch rather than a SHA or tag. */
export type RemotePolicyReader = (ref: RemotePolicyRef) => Promise<{ text: string; moving: boolean } | undefined>;

export type LoadResult = { ok: true; policy: Policy; notes: string[] } | { ok: false; errors: PolicyError[] };

const REMOTE_EXTENDS = /^([A-Za-z0-9][A-Za-z0-9-]*)\/([A-Za-z0-9._-]+)\/([^@]+)@([^@\s]+)$/;

/** Files in one chain of `extends` (the policy itself included), and files loaded in all. */
export const MAX_EXTENDS_DEPTH = 8;
export const MAX_EXTENDS_FILES = 32;
/** YAML aliases are capped so an alias bomb is refused rather than expanded. */
const MAX_ALIAS_COUNT = 50;
const MAX_POLICY_BYTES = 1024 * 1024;

interface Layer {
  file: string;
  doc: Document.Parsed;
  lines: LineCounter;
  data: Record<string, unknown>;
}

/** A policy file in the walk of `extends`: `key` names it across repositories (`origin` is owner/repo@ref, or empty for this one). */
interface ExtendsSource {
  file: string;
  key: string;
  text: string;
  read: PolicyFileReader;
  origin: string;
}

interface Walk {
  readRemote?: RemotePolicyReader;
  notes: string[];
  errors: PolicyError[];
  /** Keys of every file loaded or being loaded. */
  loaded: Set<string>;
  /** This repository's policy files read, in the order they were read. */
  localFiles: string[];
  layers: Layer[];
  /** The validator of a layer's top level. */
  validateTop: ValidateFunction;
}

/** What an `extends` entry names, known before anything is read (so a repeated entry costs no read). */
function identifyExtends(name: string, origin: string): { key: string; file: string } | { error: string } {
  if (PRESETS[name] !== undefined) return { key: `preset:${name}`, file: `preset:${name}` };
  const central = REMOTE_EXTENDS.exec(name);
  if (central) return { key: `${central[1]}/${central[2]}@${central[4]}:${central[3]}`, file: name };
  const looksLikePath = name.includes('/') || /\.ya?ml$/.test(name);
  if (!looksLikePath) {
    return {
      error: `extends "${name}" is neither a built-in preset (${Object.keys(PRESETS).join(', ')}), nor a repo-relative .yml file, nor owner/repo/path@ref`,
    };
  }
  return { key: `${origin}:${name}`, file: name };
}

export class PolicyLoader {
  private readonly rules: Map<string, Rule>;
  private readonly schemas: Map<string, JsonSchema>;
  /** The validators loaded so far, by TOP or rule name: generated at build time, or compiled (src/policy/compiled.ts). */
  private readonly validators = new Map<string, Promise<ValidateFunction>>();

  constructor(rules: readonly Rule[]) {
    this.rules = new Map(rules.map((r) => [r.name, r]));
    this.schemas = policySchemas(rules);
  }

  /** The validator of the top level (TOP) or of a rule's gates, loaded once. */
  private validator(key: string): Promise<ValidateFunction> {
    let validate = this.validators.get(key);
    if (!validate) this.validators.set(key, (validate = validatorFor(key, this.schemas.get(key)!)));
    return validate;
  }

  /** Parses and validates `text` (the file at `file`), following `extends` through `read`. */
  async load(file: string, text: string, read: PolicyFileReader, readRemote?: RemotePolicyReader): Promise<LoadResult> {
    const errors: PolicyError[] = [];
    const notes: string[] = [];
    const walk: Walk = {
      readRemote,
      notes,
      errors,
      loaded: new Set([`:${file}`]),
      localFiles: [],
      layers: [],
      validateTop: await this.validator(TOP),
    };
    await this.collectLayers({ file, key: `:${file}`, text, read, origin: '' }, [], walk);
    if (walk.layers.length === 0) return { ok: false, errors };
    const policy = await this.merge(file, walk.layers, errors);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, policy: { ...policy, files: walk.localFiles }, notes };
  }

  /**
   * Appends the layers in merge order: extended files first (depth first), the file itself last. A file reached
   * twice (a diamond, or a fan-out that names it again) is loaded once, at its first place; a chain longer than
   * MAX_EXTENDS_DEPTH or more than MAX_EXTENDS_FILES files in all is refused, naming the chain.
   */
  private async collectLayers(source: ExtendsSource, chain: readonly ExtendsSource[], walk: Walk): Promise<void> {
    if (source.origin === '' && !source.file.startsWith('preset:')) walk.localFiles.push(source.file);
    const layer = this.parseLayer(source.file, source.text, walk);
    if (!layer) return;
    const extendsNode = layer.data.extends as string[] | undefined;
    const path = [...chain, source];
    const names = (list: readonly ExtendsSource[], last?: string) => [...list.map((s) => s.file), ...(last ? [last] : [])].join(' → ');
    for (const [index, name] of (extendsNode ?? []).entries()) {
      const at = position(layer, ['extends', index]);
      const target = identifyExtends(name, source.origin);
      if ('error' in target) {
        walk.errors.push({ ...at, message: target.error });
        continue;
      }
      if (path.some((s) => s.key === target.key)) {
        walk.errors.push({ ...at, message: `extends "${name}" forms a cycle (${names(path, target.file)}); remove one of the references` });
        continue;
      }
      if (walk.loaded.has(target.key)) continue; // already a layer, at its first place
      if (path.length + 1 > MAX_EXTENDS_DEPTH) {
        walk.errors.push({
          ...at,
          message: `extends is nested deeper than ${MAX_EXTENDS_DEPTH} files (${names(path, target.file)}); flatten the chain`,
        });
        continue;
      }
      if (walk.loaded.size + 1 > MAX_EXTENDS_FILES) {
        walk.errors.push({
          ...at,
          message: `extends would load more than ${MAX_EXTENDS_FILES} policy files; stopped at "${name}" (named by ${names(path)}) — merge some of them`,
        });
        return;
      }
      walk.loaded.add(target.key);
      const found = await this.resolveExtends(name, source.read, walk).catch((e: unknown) => ({ error: (e as Error).message }));
      if ('error' in found) {
        walk.errors.push({ ...at, message: found.error });
        continue;
      }
      await this.collectLayers(
        { file: found.file, key: target.key, text: found.text, read: found.read ?? source.read, origin: found.origin ?? source.origin },
        path,
        walk,
      );
    }
    walk.layers.push(layer);
  }

  private async resolveExtends(
    name: string,
    read: PolicyFileReader,
    remote: { readRemote?: RemotePolicyReader; notes: string[] },
  ): Promise<{ file: string; text: string; read?: PolicyFileReader; origin?: string } | { error: string }> {
    const preset = PRESETS[name];
    if (preset !== undefined) return { file: `preset:${name}`, text: preset };
    const central = REMOTE_EXTENDS.exec(name);
    if (central) {
      const [, owner, repo, path, ref] = central as unknown as [string, string, string, string, string];
      if (!remote.readRemote)
        return {
          error: `extends "${name}" names a policy in another repository, which only the action (or GITHUB_TOKEN in the environment) can read`,
        };
      const problem = globProblem(path);
      if (problem) return { error: `extends ${problem}` };
      const found = await remote.readRemote({ owner, repo, path, ref });
      if (!found) return { error: `extends "${name}": ${owner}/${repo} has no ${path} at ${ref}` };
      if (found.moving)
        remote.notes.push(
          `The policy extends ${name}, whose ref ${ref} is a branch that can move; pin it to a tag or commit SHA so every evaluation is reproducible.`,
        );
      // Files that the central policy extends by relative path come from the same repository and ref.
      const readSibling: PolicyFileReader = async (p) => (await remote.readRemote!({ owner, repo, path: p, ref }))?.text;
      return { file: name, text: found.text, read: readSibling, origin: `${owner}/${repo}@${ref}` };
    }
    const problem = globProblem(name);
    if (problem) return { error: `extends ${problem}` };
    const text = await read(name);
    if (text === undefined) return { error: `extends "${name}": no such file in the repository at the commit the policy is read at` };
    return { file: name, text };
  }

  private parseLayer(file: string, text: string, { errors, validateTop }: Walk): Layer | undefined {
    if (Buffer.byteLength(text) > MAX_POLICY_BYTES) {
      errors.push({ file, line: 1, col: 1, message: `the policy is larger than ${MAX_POLICY_BYTES} bytes; split it with extends` });
      return undefined;
    }
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: true });
    const parseErrors = [...doc.errors];
    if (parseErrors.length > 0) {
      for (const e of parseErrors) {
        const pos = e.linePos?.[0] ?? { line: 1, col: 1 };
        errors.push({ file, line: pos.line, col: pos.col, message: `invalid YAML: ${firstLine(e.message)}` });
      }
      return undefined;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      errors.push({
        file,
        line: 1,
        col: 1,
        message: `invalid YAML: ${firstLine((e as Error).message)} (aliases are capped at ${MAX_ALIAS_COUNT})`,
      });
      return undefined;
    }
    if (data === null || typeof data !== 'object' || Array.isArray(data)) {
      errors.push({ file, line: 1, col: 1, message: 'the policy must be a YAML mapping that starts with "version: 1"' });
      return undefined;
    }
    const layer: Layer = { file, doc, lines, data: data as Record<string, unknown> };
    const valid = validateTop(layer.data as unknown);
    if (!valid) {
      errors.push(...describeErrors(layer, [], validateTop.errors ?? []));
      // Keep going with the gates when they are well-formed, so one run reports every problem.
      const gates = (data as Record<string, unknown>).gates;
      const gatesUsable = isPlainObject(gates) && Object.values(gates).every((g) => g === null || isPlainObject(g));
      layer.data = gatesUsable ? { gates } : {};
    }
    return layer;
  }

  private async merge(file: string, layers: Layer[], errors: PolicyError[]): Promise<Policy> {
    const groups: Record<string, string[]> = {};
    let classification: Policy['classification'] = { default: 'B', items: [] };
    let release: Policy['release'];
    let monitor: MonitorConfig | undefined;
    const gateObjects = new Map<string, { merged: Record<string, unknown>; last: Layer; lockedBy?: string }>();
    for (const layer of layers) {
      Object.assign(groups, (layer.data.groups as Record<string, string[]>) ?? {});
      const cls = layer.data.classification as { default?: SafetyClass; items?: Policy['classification']['items'] } | undefined;
      if (cls) classification = { default: cls.default ?? classification.default, items: cls.items ?? classification.items };
      if (layer.data.release) release = { ...release, ...(layer.data.release as Policy['release']) };
      if (layer.data.monitor) monitor = { ...(monitor ?? {}), ...(layer.data.monitor as MonitorConfig) };
      for (const [id, value] of Object.entries((layer.data.gates as Record<string, Record<string, unknown> | null>) ?? {})) {
        const previous = gateObjects.get(id);
        const lockedBy = previous?.merged.locked === true ? previous.lockedBy : undefined;
        if (lockedBy) {
          // A locked gate of a central policy cannot be loosened downstream; to require more, add another gate.
          const changed = Object.entries(value ?? {}).find(([k, v]) => JSON.stringify(previous!.merged[k]) !== JSON.stringify(v));
          if (changed) {
            const at = position(layer, ['gates', id, changed[0]], true);
            errors.push({
              ...at,
              message: `gate "${id}" is locked by ${lockedBy}, so "${changed[0]}" cannot be changed here — add a separate gate to require more`,
            });
          }
          continue;
        }
        const merged = { ...(previous?.merged ?? {}), ...(value ?? {}) };
        gateObjects.set(id, { merged, last: layer, lockedBy: merged.locked === true ? layer.file : undefined });
      }
    }

    // A gate runs its `rule:`, else the rule named as its id; the validators of those rules load together.
    const ruleNames = [...gateObjects].map(([id, { merged }]) => (typeof merged.rule === 'string' ? merged.rule : id));
    const validators = await Promise.all(ruleNames.map((name) => (this.rules.has(name) ? this.validator(name) : undefined)));
    const gates: GateConfig[] = [];
    for (const [i, [id, { merged, last }]] of [...gateObjects].entries()) {
      const ruleName = ruleNames[i]!;
      const validate = validators[i];
      if (!validate) {
        const at = typeof merged.rule === 'string' ? position(last, ['gates', id, 'rule']) : position(last, ['gates', id], true);
        const hint = typeof merged.rule === 'string' ? 'fix the rule name' : `add "rule: <name>" to the gate or rename it`;
        errors.push({
          ...at,
          message: `gate "${id}" names no known rule "${ruleName}" (known: ${[...this.rules.keys()].join(', ')}); ${hint}`,
        });
        continue;
      }
      const candidate = structuredClone(merged);
      if (!validate(candidate)) {
        errors.push(...describeErrors(last, ['gates', id], validate.errors ?? [], ruleName));
        continue;
      }
      if (candidate.enabled === false) continue;
      const options = Object.fromEntries(Object.entries(candidate).filter(([k]) => !(COMMON_GATE_KEYS as readonly string[]).includes(k)));
      gates.push({
        id,
        rule: ruleName,
        level: (candidate.level as GateConfig['level']) ?? 'error',
        ...(candidate.when ? { when: candidate.when as GateConfig['when'] } : {}),
        ...(candidate.refs ? { refs: candidate.refs as string[] } : {}),
        options,
      });
    }
    return { version: 1, path: file, groups, classification, gates, ...(release ? { release } : {}), ...(monitor ? { monitor } : {}) };
  }
}

/** Where a node of the layer is, walking up the path until something positioned is found. */
function position(layer: Layer, path: (string | number)[], keyOfLast = false): PolicyError {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const offset = depth === path.length && keyOfLast ? keyOffset(layer.doc, sub) : nodeOffset(layer.doc, sub);
    if (offset !== undefined) {
      const { line, col } = layer.lines.linePos(offset);
      return { file: layer.file, line, col, message: '' };
    }
  }
  return { file: layer.file, line: 1, col: 1, message: '' };
}

function nodeOffset(doc: Document.Parsed, path: (string | number)[]): number | undefined {
  const node = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const range = (node as { range?: [number, number, number] } | undefined)?.range;
  return range?.[0];
}

/** The offset of the key `path[last]` inside its parent mapping. */
function keyOffset(doc: Document.Parsed, path: (string | number)[]): number | undefined {
  if (path.length === 0) return undefined;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const key = path[path.length - 1];
  const pair = parent.items.find((p) => isPair(p) && isScalar(p.key) && p.key.value === key);
  return (pair?.key as { range?: [number, number, number] } | undefined)?.range?.[0];
}

function describeErrors(layer: Layer, prefix: (string | number)[], errors: ErrorObject[], ruleName?: string): PolicyError[] {
  const out: PolicyError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    // anyOf/oneOf wrappers repeat what their branches said.
    if (e.keyword === 'anyOf' || e.keyword === 'oneOf' || e.keyword === 'if') continue;
    const path = [...prefix, ...pointerToPath(e.instancePath)];
    const where = path.length > 0 ? path.join('.') : 'the policy';
    let at: PolicyError;
    let message: string;
    switch (e.keyword) {
      case 'additionalProperties': {
        const key = String((e.params as { additionalProperty: string }).additionalProperty);
        at = position(layer, [...path, key], true);
        const allowed = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
        const suggestion = closest(key, allowed);
        const owner = ruleName && path.length === 2 ? `rule ${ruleName}` : where;
        message = `unknown key "${key}" in ${owner}${suggestion ? ` — did you mean "${suggestion}"?` : ''} (allowed: ${allowed.join(', ')})`;
        break;
      }
      case 'required': {
        at = position(layer, path);
        message = `${where} needs "${(e.params as { missingProperty: string }).missingProperty}"`;
        break;
      }
      case 'enum': {
        at = position(layer, path);
        const allowed = (e.params as { allowedValues: unknown[] }).allowedValues;
        message = `${where} is ${JSON.stringify(e.data)}; it must be one of ${allowed.map((v) => JSON.stringify(v)).join(', ')}`;
        break;
      }
      case 'const': {
        at = position(layer, path);
        message = `${where} must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
        break;
      }
      case 'format': {
        at = position(layer, path);
        const format = (e.params as { format: string }).format;
        const problem =
          format === 'repo-glob'
            ? globProblem(String(e.data))
            : format === 'safe-regex'
              ? `${JSON.stringify(e.data)} ${regexProblem(String(e.data))}`
              : undefined;
        message = problem ? `${where}: ${problem}` : `${where} ${e.message}`;
        break;
      }
      case 'pattern': {
        at = position(layer, path);
        message = `${where} is ${JSON.stringify(e.data)}, which is not a valid ${prefix.length || path[0] === 'groups' ? 'login, @org/team or group name' : 'value'}`;
        break;
      }
      case 'propertyNames': {
        continue; // reported through the pattern error on the name itself
      }
      default: {
        at = position(layer, path);
        message = `${where} ${e.message ?? 'is invalid'}${e.keyword === 'type' ? `, got ${describeValue(e.data)}` : ''}`;
      }
    }
    const key = `${at.line}:${at.col}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...at, message });
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'a mapping';
  return `${typeof v} ${JSON.stringify(v)}`;
}

function firstLine(s: string): string {
  return s.split('\n')[0]!.trim();
}

/** The allowed key nearest to a misspelt one, if it is near enough to be a typo. */
function closest(key: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 3)) + 1;
  for (const c of candidates) {
    const d = editDistance(key.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length]!;
}
