import type { Finding } from '../../core/types.js';

/** A package a lockfile pins. `ecosystem` is the purl type (npm, pypi, golang, cargo, gem, composer, nuget, maven). */
export interface LockedPackage {
  ecosystem: string;
  name: string;
  version: string;
  purl: string;
  /** Listed by the project itself rather than pulled in by another package, when the lockfile says. */
  direct?: boolean;
  /** Development-only, when the lockfile says. */
  dev?: boolean;
  /** Optional (npm: platform-specific packages that may not be installed), when the lockfile says. */
  optional?: boolean;
  /** Other versions the same pin is known by (a git dependency: its commit besides its package version). */
  otherVersions?: string[];
  /** Where the package is pinned; computed when first read. */
  readonly line?: number;
}

export interface LockfileResult {
  /** The lockfile's kind: "package-lock.json", "yarn.lock (v1)", ... */
  kind: string;
  packages: LockedPackage[];
  /** Each package's place in `packages` by purl, where the reader built one on the way (no purl is there twice). */
  byPurl?: ReadonlyMap<string, number>;
  /** The purl type of what this kind of lockfile pins, so an SBOM's components of it are compared even when it pins nothing. */
  ecosystem?: string;
  /**
   * The project's own packages the lockfile names (npm workspaces, yarn `workspace:`, pnpm local packages, Cargo
   * workspace members, uv virtual/editable projects, NuGet project references), as purl identities ("npm/name",
   * see purlKey). They are neither third-party pins nor stale SBOM components: the drift check ignores them.
   */
  firstParty?: string[];
  /**
   * Packages the file names but whose version this gate cannot resolve (a POM's versions from a parent or an imported
   * BOM), as purl identities: not compared, and their SBOM components are not stale. A notice says so.
   */
  unresolved?: string[];
  /**
   * The file names the project's direct dependencies only (pom.xml: what the project declares, not what Maven
   * resolves for it): an SBOM component of another package of its ecosystem may be one of theirs, so it is not
   * stale on this file's word; one of a package the file names, at another version, is.
   */
  directOnly?: boolean;
  /**
   * Other files of the same kind this one takes in (requirements.txt's `-r other.txt`), as paths in the repository
   * resolved against this file's folder, with the line that names each: what they pin is pinned too.
   */
  includes?: { path: string; line: number }[];
  /** Problems, with file and line: a lockfile that does not parse is an error finding, never an exception. */
  findings: Finding[];
  /** Where the caller asked for them (concurrent.ts): which of its purls this lockfile pins exactly. */
  exact?: ExactMatches;
}

/** Purls looked up as they are written among a lockfile's packages. */
export interface ExactMatches {
  /** Per package: 1 when some purl asked for is its purl. */
  matched: Uint8Array;
  /** Per purl asked for: 1 when some package has it. */
  accounted: Uint8Array;
}
