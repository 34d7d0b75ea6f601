import { parseSyml } from '@yarnpkg/parsers';
import { parse as parseToml } from 'smol-toml';
import { parse as parseYaml } from 'yaml';
import type { Finding } from '../../types.js';
import { LineIndex } from './lines.js';
import { parseJsonLockfile, Pinned } from './npm.js';
import { buildPurl, npmPurl, pypiName } from './purl.js';
import type { LockedPackage, LockfileResult } from './types.js';

// The other ecosystems' lockfiles. Structured formats go through maintained parsers (@yarnpkg/parsers for both
// yarn.lock formats, yaml, smol-toml, JSON); the line formats (requirements.txt, go.sum, Gemfile.lock,
// gradle.lockfile) are read line by line here.

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Collector {
  readonly packages: LockedPackage[] = [];
  readonly findings: Finding[] = [];
  readonly lines: LineIndex;
  private readonly seen = new Set<string>();
  constructor(
    readonly path: string,
    readonly text: string,
  ) {
    this.lines = new LineIndex(text);
  }
  add(ecosystem: string, name: string, version: string, purl: string, locate: (() => number | undefined) | number | undefined, extra: Partial<LockedPackage> = {}): void {
    if (!name || !version || this.seen.has(purl)) return;
    this.seen.add(purl);
    const p = new Pinned(ecosystem, name, version, purl, typeof locate === 'function' ? locate : () => locate);
    Object.assign(p, extra);
    this.packages.push(p);
  }
  near(needle: string): () => number | undefined {
    return () => this.lines.lineOf(needle);
  }
  fail(kind: string, e: unknown, line?: number): void {
    const err = e as { message?: string; line?: number; linePos?: [{ line: number }] };
    this.findings.push({
      severity: 'error',
      message: `${this.path} does not parse as ${kind} (${String(err?.message ?? e).split('\n')[0]}) — regenerate it with the package manager`,
      file: this.path,
      line: line ?? err?.linePos?.[0]?.line ?? err?.line ?? 1,
    });
  }
  result(kind: string): LockfileResult {
    return { kind, packages: this.packages, findings: this.findings };
  }
}

/** yarn.lock, classic (v1) and berry (v2+), both parsed by @yarnpkg/parsers. */
export function readYarnLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  let data: Obj;
  try {
    data = parseSyml(text) as Obj;
  } catch (e) {
    c.fail('yarn.lock', e, /line (\d+)/.exec(String((e as Error).message))?.[1] ? Number(/line (\d+)/.exec(String((e as Error).message))![1]) : undefined);
    return c.result('yarn.lock');
  }
  const berry = isObj(data.__metadata);
  for (const [key, entry] of Object.entries(data)) {
    if (key === '__metadata' || !isObj(entry) || typeof entry.version !== 'string') continue;
    const first = key.split(',')[0]!.trim().replace(/^"|"$/g, '');
    const at = first.indexOf('@', 1);
    const name = at > 0 ? first.slice(0, at) : first;
    const resolution = typeof entry.resolution === 'string' ? entry.resolution : '';
    if (berry && (entry.linkType === 'soft' || /@workspace:/.test(resolution))) continue;
    c.add('npm', name, entry.version, npmPurl(name, entry.version), c.near(first));
  }
  return c.result(berry ? 'yarn.lock (berry)' : 'yarn.lock (v1)');
}

/** pnpm-lock.yaml, lockfileVersion 5 ("/name/1.0.0"), 6 ("/name@1.0.0") and 9 ("name@1.0.0"). */
export function readPnpmLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  let data: unknown;
  try {
    // 'error': yaml's parse() still throws its errors but no longer prints its warnings (an unknown tag) to the log.
    data = parseYaml(text, { maxAliasCount: 100, logLevel: 'error' });
  } catch (e) {
    c.fail('YAML', e);
    return c.result('pnpm-lock.yaml');
  }
  if (!isObj(data)) {
    c.fail('a pnpm lockfile', new Error('not a YAML mapping'));
    return c.result('pnpm-lock.yaml');
  }
  const packages = isObj(data.packages) ? data.packages : {};
  for (const key of Object.keys(packages)) {
    const clean = key.replace(/^\//, '').replace(/\(.*$/, '');
    let name: string;
    let version: string;
    const at = clean.indexOf('@', 1);
    if (at > 0) {
      name = clean.slice(0, at);
      version = clean.slice(at + 1).replace(/_.*$/, '');
    } else {
      const parts = clean.split('/');
      version = parts.pop()!.replace(/_.*$/, '');
      name = parts.join('/');
    }
    const entry = packages[key];
    const dev = isObj(entry) && entry.dev === true ? { dev: true } : {};
    c.add('npm', name, version, npmPurl(name, version), c.near(key), dev);
  }
  return c.result('pnpm-lock.yaml');
}

/** requirements.txt: only exact pins (name==version) pin anything; other lines are left out with a notice. */
export function readRequirements(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  const lines = text.split(/\r?\n/);
  let unpinned = 0;
  let firstUnpinned = 0;
  lines.forEach((raw, i) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (!line || line.startsWith('-') || line.endsWith('\\') && !line.includes('==')) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)(\[[^\]]*\])?\s*===?\s*([^\s;\\]+)/.exec(line);
    if (m) c.add('pypi', pypiName(m[1]!), m[3]!, buildPurl('pypi', undefined, pypiName(m[1]!), m[3]!), i + 1);
    else if (/^[A-Za-z0-9]/.test(line)) {
      unpinned++;
      firstUnpinned ||= i + 1;
    }
  });
  if (unpinned) {
    c.findings.push({
      severity: 'notice',
      message: `${path}: ${unpinned} requirement${unpinned === 1 ? ' is' : 's are'} not pinned with == (first on line ${firstUnpinned}) and ${unpinned === 1 ? 'is' : 'are'} not compared with the SBOM — pin them (pip-compile) to make the comparison complete`,
      file: path,
      line: firstUnpinned,
    });
  }
  return c.result('requirements.txt');
}

function readToml(c: Collector, kind: string): Obj | undefined {
  try {
    return parseToml(c.text) as Obj;
  } catch (e) {
    c.fail('TOML', e);
    return undefined;
  }
}

/** poetry.lock, uv.lock and Cargo.lock: [[package]] tables with name and version. */
export function readTomlPackages(ecosystem: 'pypi' | 'cargo', kind: string) {
  return (path: string, text: string): LockfileResult => {
    const c = new Collector(path, text);
    const data = readToml(c, kind);
    if (!data) return c.result(kind);
    const list = Array.isArray(data.package) ? data.package : [];
    for (const p of list) {
      if (!isObj(p) || typeof p.name !== 'string' || typeof p.version !== 'string') continue;
      // uv.lock lists the project itself with a virtual or editable source; it is not a dependency.
      if (isObj(p.source) && (p.source.virtual !== undefined || p.source.editable !== undefined)) continue;
      // Cargo.lock lists workspace members without a source.
      if (ecosystem === 'cargo' && p.source === undefined) continue;
      const name = ecosystem === 'pypi' ? pypiName(p.name) : p.name;
      c.add(ecosystem, name, p.version, buildPurl(ecosystem, undefined, name, p.version), c.near(`name = "${p.name}"\nversion = "${p.version}"`));
    }
    return c.result(kind);
  };
}

/** Pipfile.lock: {"default": {name: {"version": "==1.2.3"}}, "develop": {...}}. */
export function readPipfileLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  const parsed = parseJsonLockfile(path, text, 'Pipfile.lock');
  if (!parsed.json) return { kind: 'Pipfile.lock', packages: [], findings: parsed.findings };
  for (const section of ['default', 'develop']) {
    const deps = parsed.json[section];
    if (!isObj(deps)) continue;
    for (const [raw, entry] of Object.entries(deps)) {
      if (!isObj(entry) || typeof entry.version !== 'string') continue;
      const version = entry.version.replace(/^==/, '');
      const name = pypiName(raw);
      c.add('pypi', name, version, buildPurl('pypi', undefined, name, version), c.near(`"${raw}"`), section === 'develop' ? { dev: true } : {});
    }
  }
  return c.result('Pipfile.lock');
}

/** go.sum: "module version[/go.mod] hash" lines; the module's own checksum line (not /go.mod) pins it. */
export function readGoSum(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^(\S+)\s+(v\S+?)(\/go\.mod)?\s+h1:/.exec(line);
    if (!m) {
      if (line.trim() && c.findings.length < 5) c.findings.push({ severity: 'error', message: `${path}:${i + 1} is not a go.sum line ("module version h1:hash") — run go mod tidy`, file: path, line: i + 1 });
      return;
    }
    if (m[3]) return;
    const slash = m[1]!.lastIndexOf('/');
    c.add('golang', m[1]!, m[2]!, buildPurl('golang', slash > 0 ? m[1]!.slice(0, slash) : undefined, m[1]!.slice(slash + 1), m[2]!), i + 1);
  });
  return c.result('go.sum');
}

/** go.mod: the require directives (direct unless marked // indirect). */
export function readGoMod(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  let inBlock = false;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (/^require\s*\($/.test(line)) inBlock = true;
    else if (inBlock && line === ')') inBlock = false;
    const m = inBlock ? /^(\S+)\s+(v\S+)(.*)$/.exec(line) : /^require\s+(\S+)\s+(v\S+)(.*)$/.exec(line);
    if (!m || m[1] === 'require') return;
    const slash = m[1]!.lastIndexOf('/');
    c.add('golang', m[1]!, m[2]!, buildPurl('golang', slash > 0 ? m[1]!.slice(0, slash) : undefined, m[1]!.slice(slash + 1), m[2]!), i + 1, { direct: !/\/\/\s*indirect/.test(m[3]!) });
  });
  return c.result('go.mod');
}

/** Gemfile.lock: "    name (version)" under GEM specs. */
export function readGemfileLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  let inSpecs = false;
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^\S/.test(line)) inSpecs = false;
    if (/^ {2}specs:\s*$/.test(line)) inSpecs = true;
    const m = inSpecs ? /^ {4}([^\s(]+) \(([^)\s]+)\)/.exec(line) : null;
    if (m) {
      const version = m[2]!.replace(/-(x86|arm|aarch|java|universal|x64).*$/, '');
      c.add('gem', m[1]!, version, buildPurl('gem', undefined, m[1]!, version), i + 1);
    }
  });
  return c.result('Gemfile.lock');
}

/** composer.lock: "packages" and "packages-dev" arrays of {name: "vendor/name", version}. */
export function readComposerLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  const parsed = parseJsonLockfile(path, text, 'composer.lock');
  if (!parsed.json) return { kind: 'composer.lock', packages: [], findings: parsed.findings };
  for (const section of ['packages', 'packages-dev']) {
    const list = parsed.json[section];
    if (!Array.isArray(list)) continue;
    for (const p of list) {
      if (!isObj(p) || typeof p.name !== 'string' || typeof p.version !== 'string') continue;
      const version = p.version.replace(/^v(?=\d)/, '');
      const [vendor, name] = p.name.includes('/') ? [p.name.slice(0, p.name.indexOf('/')), p.name.slice(p.name.indexOf('/') + 1)] : [undefined, p.name];
      c.add('composer', p.name, version, buildPurl('composer', vendor, name!, version), c.near(`"name": "${p.name}"`), section === 'packages-dev' ? { dev: true } : {});
    }
  }
  return c.result('composer.lock');
}

/** packages.lock.json (NuGet): {"dependencies": {framework: {name: {type, resolved}}}}. */
export function readNugetLock(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  const parsed = parseJsonLockfile(path, text, 'packages.lock.json');
  if (!parsed.json) return { kind: 'packages.lock.json', packages: [], findings: parsed.findings };
  const frameworks = isObj(parsed.json.dependencies) ? parsed.json.dependencies : {};
  for (const deps of Object.values(frameworks)) {
    if (!isObj(deps)) continue;
    for (const [name, entry] of Object.entries(deps)) {
      if (!isObj(entry) || typeof entry.resolved !== 'string' || entry.type === 'Project') continue;
      c.add('nuget', name, entry.resolved, buildPurl('nuget', undefined, name, entry.resolved), c.near(`"${name}"`), { direct: entry.type === 'Direct' });
    }
  }
  return c.result('packages.lock.json');
}

/** gradle.lockfile: "group:artifact:version=configurations" lines. */
export function readGradleLockfile(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  text.split(/\r?\n/).forEach((line, i) => {
    const m = /^([^#\s:=]+):([^:=\s]+):([^:=\s]+)=/.exec(line);
    if (m) c.add('maven', `${m[1]}:${m[2]}`, m[3]!, buildPurl('maven', m[1], m[2]!, m[3]!), i + 1);
  });
  return c.result('gradle.lockfile');
}

/** pom.xml: the declared <dependency> versions (literal ones; ${property} versions are resolved from <properties>). */
export function readPom(path: string, text: string): LockfileResult {
  const c = new Collector(path, text);
  if (/<!DOCTYPE|<!ENTITY/i.test(text)) {
    c.findings.push({ severity: 'error', message: `${path} declares a DOCTYPE or entities, which a POM never needs; it was not read (entity expansion is refused) — remove the DOCTYPE`, file: path, line: c.lines.lineOf('<!') ?? 1 });
    return c.result('pom.xml');
  }
  const props = new Map<string, string>();
  const propsBlock = /<properties>([\s\S]*?)<\/properties>/.exec(text)?.[1] ?? '';
  for (const m of propsBlock.matchAll(/<([A-Za-z0-9_.-]+)>([^<]*)<\/\1>/g)) props.set(m[1]!, m[2]!.trim());
  const projectVersion = /<project[\s\S]*?<version>([^<]+)<\/version>/.exec(text.replace(/<parent>[\s\S]*?<\/parent>/, ''))?.[1];
  if (projectVersion) props.set('project.version', projectVersion.trim());
  const re = /<dependency>([\s\S]*?)<\/dependency>/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = m[1]!;
    const g = /<groupId>([^<]+)<\/groupId>/.exec(body)?.[1]?.trim();
    const a = /<artifactId>([^<]+)<\/artifactId>/.exec(body)?.[1]?.trim();
    let v = /<version>([^<]+)<\/version>/.exec(body)?.[1]?.trim();
    if (!g || !a || !v) continue;
    v = v.replace(/\$\{([^}]+)\}/g, (all, k: string) => props.get(k) ?? all);
    if (v.includes('${') || /^[[(]/.test(v)) continue;
    const dev = /<scope>\s*test\s*<\/scope>/.test(body) ? { dev: true } : {};
    c.add('maven', `${g}:${a}`, v, buildPurl('maven', g, a, v), c.lines.lineAt(m.index), dev);
  }
  return c.result('pom.xml');
}
