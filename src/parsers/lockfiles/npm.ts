import type { Finding } from '../../core/types.js';
import { LineIndex } from './lines.js';
import { npmPurl, purlKey } from './purl.js';
import type { LockedPackage, LockfileResult } from './types.js';

// package-lock.json and npm-shrinkwrap.json, lockfileVersion 1 (nested "dependencies"), 2 and 3 ("packages").

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A locked package whose line is looked up in the text only when someone reads it. */
export class Pinned implements LockedPackage {
  direct?: boolean;
  dev?: boolean;
  optional?: boolean;
  constructor(
    readonly ecosystem: string,
    readonly name: string,
    readonly version: string,
    readonly purl: string,
    private locate: () => number | undefined,
  ) {}
  get line(): number | undefined {
    return this.locate();
  }
  /** Where it is pinned from now on: a later place that decides its flags (see again). */
  relocate(locate: () => number | undefined): void {
    this.locate = locate;
  }
  /**
   * The package pinned again at another place (package-lock: another node_modules folder; pnpm: another peer variant
   * of name@version; Pipfile.lock: both sections), listed once: it is development-only or optional only if every
   * place says so, and direct if any place does. A shipped place then becomes its line, by `moveHere` (else
   * `dev_dependencies: exclude` would drop a package that ships, and a required one would be only a warning).
   */
  again(place: { dev?: boolean | undefined; optional?: boolean | undefined; direct?: boolean | undefined }, moveHere: () => void): void {
    if (this.dev && place.dev !== true) {
      this.dev = undefined;
      moveHere();
    }
    if (this.optional && place.optional !== true) this.optional = undefined;
    if (place.direct) this.direct = true;
  }
  toJSON() {
    return lockedPackageJSON(this);
  }
}

/** A locked package as JSON (its line looked up): what Pinned and the packed packages of packed.ts write. */
export function lockedPackageJSON(p: LockedPackage) {
  return {
    ecosystem: p.ecosystem,
    name: p.name,
    version: p.version,
    purl: p.purl,
    direct: p.direct,
    dev: p.dev,
    optional: p.optional,
    line: p.line,
  };
}

/** A package-lock entry, whose line is that of its key in the text; no closure per package (a lockfile pins 100,000s). */
export class KeyedPin extends Pinned {
  constructor(
    name: string,
    version: string,
    purl: string,
    private readonly lines: LineIndex,
    /** The entry's key ("node_modules/a/node_modules/b", or the name in lockfileVersion 1), whose line is the entry's. */
    public key: string,
  ) {
    super('npm', name, version, purl, noLine);
  }
  override get line(): number | undefined {
    return keyLine(this.lines, this.key);
  }
}

/** The line of a package-lock entry's key (`"node_modules/a":`) in the lockfile's text. */
export function keyLine(lines: LineIndex, key: string): number | undefined {
  return lines.lineOf(`${JSON.stringify(key)}:`);
}
const noLine = (): undefined => undefined;

export function parseJsonLockfile(path: string, text: string, kind: string): { json?: Obj; findings: Finding[] } {
  try {
    const json = JSON.parse(text) as unknown;
    if (!isObj(json))
      return {
        findings: [
          { severity: 'error', message: `${path} is not a JSON object, so it is not a ${kind} — regenerate it`, file: path, line: 1 },
        ],
      };
    return { json, findings: [] };
  } catch (e) {
    const message = (e as Error).message;
    const pos = /at position (\d+)/.exec(message);
    const lc = /line (\d+) column/.exec(message);
    const line = lc ? Number(lc[1]) : pos ? new LineIndex(text).lineAt(Number(pos[1])) : undefined;
    return {
      findings: [
        { severity: 'error', message: `${path} does not parse as JSON (${message}) — regenerate the ${kind}`, file: path, line: line ?? 1 },
      ],
    };
  }
}

export function readPackageLock(path: string, text: string): LockfileResult {
  const kind = path.endsWith('npm-shrinkwrap.json') ? 'npm-shrinkwrap.json' : 'package-lock.json';
  const parsed = parseJsonLockfile(path, text, kind);
  if (!parsed.json) return { kind, ecosystem: 'npm', packages: [], findings: parsed.findings };
  const json = parsed.json;
  // The project's own packages: the root, workspace folders and linked local folders (see LockfileResult.firstParty).
  const own = new Set<string>();
  const ownName = (name: unknown) => {
    if (typeof name === 'string' && name) own.add(purlKey(npmPurl(name, ''))!.key);
  };
  ownName(json.name);
  const lines = new LineIndex(text);
  const packages: LockedPackage[] = [];
  // Each purl once, at its first place: handed on, so drift matching needs no index of its own.
  const seen = new Map<string, number>();
  const findings: Finding[] = [];
  const pins = { packages, seen, lines };
  /** lockfileVersion 1 packages from a git or tarball URL, whose package version the file does not record. */
  const unresolved: { name: string; version: string }[] = [];

  if (isObj(json.packages)) {
    const directNames = directNamesOf(json.packages['']);
    const entries = json.packages;
    for (const key in entries) {
      const entry = entries[key];
      if (!isObj(entry)) continue;
      const at = key.lastIndexOf('node_modules/');
      // Keys outside node_modules are the root and workspace folders, and a link is a local folder: the project's own code, not a dependency.
      if (key === '' || at === -1) {
        ownName(entry.name);
        continue;
      }
      if (entry.link === true) {
        ownName(key.slice(at + 'node_modules/'.length));
        continue;
      }
      const name = typeof entry.name === 'string' ? entry.name : key.slice(at + 'node_modules/'.length);
      const version = typeof entry.version === 'string' ? entry.version : '';
      if (!version) {
        findings.push(noVersion(path, key, lines));
        continue;
      }
      place(pins, name, version, key, entry, at === 0 ? directNames.has(name) : undefined);
    }
  } else if (isObj(json.dependencies)) {
    // lockfileVersion 1: a tree of {version, dev, optional, dependencies}.
    const walk = (deps: Obj, top: boolean) => {
      for (const [name, entry] of Object.entries(deps)) {
        if (!isObj(entry) || typeof entry.version !== 'string') continue;
        // A local folder (file:, link:) is the project's own code.
        if (/^(file|link):/.test(entry.version)) {
          ownName(name);
          continue;
        }
        // An alias ("string-width-cjs": {"version": "npm:string-width@4.2.3"}) installs its target.
        const alias = entry.version.startsWith('npm:') ? splitNameVersion(entry.version.slice(4)) : undefined;
        if (!alias && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(entry.version)) {
          // A git or tarball URL ("github:user/repo#commit"): version 1 records where, not which package version.
          unresolved.push({ name, version: entry.version });
          if (isObj(entry.dependencies)) walk(entry.dependencies, false);
          continue;
        }
        place(pins, alias?.[0] ?? name, alias?.[1] ?? entry.version, name, entry, top ? undefined : false);
        if (isObj(entry.dependencies)) walk(entry.dependencies, false);
      }
    };
    walk(json.dependencies, true);
    if (unresolved.length) findings.push(unresolvedNotice(path, unresolved, lines));
  } else if (json.lockfileVersion === undefined) {
    findings.push({
      severity: 'error',
      message: `${path} has neither "packages" nor "dependencies" nor "lockfileVersion", so it is not a ${kind} — regenerate it with npm install`,
      file: path,
      line: 1,
    });
  }
  const unresolvedKeys = [...new Set(unresolved.map((u) => purlKey(npmPurl(u.name, ''))!.key))];
  return {
    kind,
    ecosystem: 'npm',
    packages,
    findings,
    byPurl: seen,
    firstParty: [...own],
    ...(unresolvedKeys.length ? { unresolved: unresolvedKeys } : {}),
  };
}

/**
 * A package at one place in node_modules (`key`), listed once per purl, at its first place. npm flags each place on
 * its own, so a later place may clear its dev and optional flags and take its line (Pinned.again).
 */
function place(
  pins: { packages: LockedPackage[]; seen: Map<string, number>; lines: LineIndex },
  name: string,
  version: string,
  key: string,
  entry: Obj,
  direct: boolean | undefined,
): void {
  const purl = npmPurl(name, version);
  const optional = entry.optional === true || entry.devOptional === true;
  const earlier = pins.seen.get(purl);
  if (earlier !== undefined) {
    const p = pins.packages[earlier] as KeyedPin;
    p.again({ dev: entry.dev === true, optional, direct }, () => {
      p.key = key;
    });
    return;
  }
  pins.seen.set(purl, pins.packages.length);
  const p = new KeyedPin(name, version, purl, pins.lines, key);
  if (direct !== undefined) p.direct = direct;
  if (entry.dev === true) p.dev = true;
  if (optional) p.optional = true;
  pins.packages.push(p);
}

/** The notice for lockfileVersion 1 packages installed from a git or tarball URL: not compared, and why. */
function unresolvedNotice(path: string, unresolved: { name: string; version: string }[], lines: LineIndex): Finding {
  const named = unresolved.slice(0, 3).map((u) => `${u.name} ${u.version}`);
  return {
    severity: 'notice',
    message: `${path}: ${unresolved.length} package${unresolved.length === 1 ? ' is' : 's are'} installed from a git or tarball URL (${named.join(', ')}${unresolved.length > 3 ? ', …' : ''}), and lockfileVersion 1 does not record ${unresolved.length === 1 ? 'its' : 'their'} package version, so ${unresolved.length === 1 ? 'it is' : 'they are'} not compared with the SBOM — npm 7 or later (lockfileVersion 2 or 3) records it`,
    file: path,
    line: keyLine(lines, unresolved[0]!.name) ?? 1,
  };
}

/** "name@version" or "@scope/name@version" → [name, version]; undefined without a version. */
function splitNameVersion(spec: string): [string, string] | undefined {
  const at = spec.indexOf('@', 1);
  return at > 0 && at < spec.length - 1 ? [spec.slice(0, at), spec.slice(at + 1)] : undefined;
}

/** The names the root package depends on directly, in any of its dependency maps. */
function directNamesOf(rootEntry: unknown): Set<string> {
  const root = isObj(rootEntry) ? rootEntry : {};
  return new Set(
    ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) =>
      isObj(root[k]) ? Object.keys(root[k] as Obj) : [],
    ),
  );
}

/** A package entry without a version: left out of the comparison, with a warning at its key. */
function noVersion(path: string, key: string, lines: LineIndex): Finding {
  return {
    severity: 'warning',
    message: `${path}: "${key}" has no version; it is left out of the comparison — regenerate the lockfile`,
    file: path,
    line: lines.lineOf(JSON.stringify(key)),
  };
}
