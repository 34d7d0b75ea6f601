// Core types shared by every stage of the pipeline: policy → facts → rules → engine → report → publish.
// The core imports nothing outside itself.

import type { OsvVulnerability } from './osv.js';

export type Severity = 'error' | 'warning' | 'notice';

/** One thing a person should know or fix, placed where they fix it. Messages are plain text; renderers escape them. */
export interface Finding {
  severity: Severity;
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  /** What to do next, when the message alone does not say it. */
  help?: string;
  /** The step that clears this finding, for the report's "To pass" list; not in the JSON result. */
  action?: FindingAction;
}

/** One step a person takes to clear a finding, addressed to them: "Ask carol to approve (owner of docs/** by CODEOWNERS line 13)". */
export interface FindingAction {
  /** Short and imperative, plain text (renderers escape it); equal texts are one step in the report. */
  text: string;
  /** A command that does it, where there is one, e.g. "npm run sbom". */
  command?: string;
}

export type GateStatus = 'pass' | 'fail' | 'warn' | 'skip' | 'error';
export type GateLevel = 'error' | 'warning';
export type OverallStatus = 'pass' | 'fail';

export interface GateResult {
  id: string;
  rule: string;
  level: GateLevel;
  status: GateStatus;
  summary: string;
  findings: Finding[];
  refs?: string[];
  /** Tables the report shows under the gate (e.g. open vulnerabilities, a traceability matrix); not in the JSON result. */
  tables?: ReportTable[];
}

/** A table of plain-text cells that the Markdown report renders (escaped) under its gate. */
export interface ReportTable {
  title: string;
  columns: string[];
  rows: string[][];
  /** Folded into a <details> element; for records an auditor may want but a maintainer need not read. */
  collapsed?: boolean;
}

/** The machine-readable result; its shape is a public contract (`sdlc-gate/result@1`). */
export interface EvaluationResult {
  schema: 'sdlc-gate/result@1';
  status: OverallStatus;
  base: string;
  head: string;
  policy: { path: string; ref: string; sha256: string };
  gates: GateResult[];
}

/** What the report shows around the result: the PR it is about and how the policy was obtained. */
export interface ReportContext {
  result: EvaluationResult;
  pr?: { number: number; title: string };
  /** Plain-text notes, e.g. "the policy was read at head because the base has none". */
  notes: string[];
  /** Where the report can link to; locations stay plain text without it. */
  links?: ReportLinks;
}

/** Pages the Markdown report links to. */
export interface ReportLinks {
  /** The GitHub server, e.g. https://github.com; with `repository`, every file:line links to the file at head. */
  server?: string;
  /** owner/name. */
  repository?: string;
  /** The check run's page. */
  checkRun?: string;
  /** The workflow run's page, which shows the job summary (the whole report). */
  jobSummary?: string;
}

export interface PullRequest {
  number: number;
  title: string;
  body: string;
  labels: string[];
  author: string;
  baseSha: string;
  headSha: string;
  baseRef?: string;
  headRef?: string;
}

export type ChangeStatus = 'added' | 'modified' | 'removed' | 'renamed' | 'copied' | 'changed' | 'unchanged';

export interface ChangedFile {
  path: string;
  status: ChangeStatus;
  /** The path at base, for renames and copies. */
  previousPath?: string;
}

export type ReviewState = 'APPROVED' | 'CHANGES_REQUESTED' | 'DISMISSED' | 'COMMENTED' | 'PENDING';

export interface Review {
  id: number;
  user: string;
  state: ReviewState;
  /** The commit the review was submitted on. */
  commitId: string;
  submittedAt?: string;
  /**
   * The reviewer's permission on the repository where the source carries it (the CLI's reviews file): the `permission`
   * of GET /repos/{owner}/{repo}/collaborators/{login}/permission. Absent from the API's reviews; asked of `Facts.permission`.
   */
  permission?: RepoPermission;
}

/** A user's base role on the repository, as GitHub's permission endpoint names it (maintain reads as write, triage as read). */
export type RepoPermission = 'admin' | 'write' | 'read' | 'none';

/** Whether a base role may push to the repository (GitHub counts only such approvals for branch protection). */
export function canWrite(permission: RepoPermission): boolean {
  return permission === 'admin' || permission === 'write';
}

/** A commit of the pull request, as GET /pulls/{n}/commits names its people: GitHub logins, absent when unlinked. */
export interface PullCommit {
  sha: string;
  /** The login GitHub matched to the author's e-mail; absent when it matches no account. */
  author?: string;
  /** The login of the committer, absent when unlinked; GitHub's own web-flow (web edits, merges) is left out. */
  committer?: string;
}

/** One file of a scan: its text, or why there is none. */
export interface ScannedFile {
  path: string;
  text?: string;
  /** Instead of `text`, where the source could select them: every line that ScanOptions.lines matches, in order. */
  lines?: ScannedLine[];
  /** Instead of `text`, where the source could search exactly: every match of ScanOptions.lines.exact, in order. */
  matches?: ScannedMatches;
  error?: FactError;
}

/** Matches in one file, in order, as two lists (a large scan hands over 100,000s: no object per match). */
export interface ScannedMatches {
  /** 1-based line of each match. */
  lines: number[];
  /** Each match's text. */
  texts: string[];
}

export interface ScannedLine {
  /** 1-based. */
  line: number;
  text: string;
}

export interface ScanOptions {
  /**
   * Every line the scan needs, as a PCRE and as a POSIX extended regular expression (both on bytes, C locale): a
   * source that can search (the checkout, with git grep) may then hand over just those lines. Sources that cannot
   * hand over the whole text.
   */
  lines?: {
    pcre: string;
    ere: string;
    /** A PCRE whose matches, line by line, are exactly the scan's (the source may then hand over just those). */
    exact?: string;
  };
}

export interface FileText {
  path: string;
  /** The commit it was read at. */
  ref: string;
  text: string;
  bytes: Buffer;
}

/**
 * Everything a gate may know about the pull request. Implementations fetch lazily and memoize,
 * so an evaluation asks only for what its gates need, each once. A getter that cannot answer throws
 * a FactError; the engine turns that into the gate's `error` status.
 */
export interface Facts {
  pr(): Promise<PullRequest>;
  changedFiles(): Promise<ChangedFile[]>;
  reviews(): Promise<Review[]>;
  /** Logins of an `org/slug` team. */
  teamMembers(team: string): Promise<string[]>;
  /** `login`'s base role on this repository (one request per login, memoized); throws a FactError when it cannot be told. */
  permission(login: string): Promise<RepoPermission>;
  /** The pull request's commits with their author and committer logins; throws a FactError when they cannot be listed in full. */
  commits(): Promise<PullCommit[]>;
  /**
   * undefined when the file does not exist at that commit. Throws a FactError for symlinks and for files over
   * the cap: the run's max-file-bytes, or `maxBytes` where a gate documents a cap of its own (large SBOMs).
   */
  readAtBase(path: string, opts?: ReadOptions): Promise<FileText | undefined>;
  readAtHead(path: string, opts?: ReadOptions): Promise<FileText | undefined>;
  /** Paths of files at head that match any of the globs: regular files and symlinks (which a read then refuses). */
  listAtHead(globs: string[]): Promise<string[]>;
  /** The same at the base commit: where evidence about the world (offline OSV records) is listed, as the policy is read there. */
  listAtBase(globs: string[]): Promise<string[]>;
  /**
   * Reads many files at head for a scan (test files searched for requirement ids): hands each to `visit` as it
   * arrives and keeps none, so memory stays flat however many there are. Not memoized. A file refused by the
   * facts comes with its FactError; one that does not exist, with neither text nor error.
   */
  scanAtHead(paths: readonly string[], visit: (file: ScannedFile) => void, options?: ScanOptions): Promise<void>;
  /**
   * Whether issue (or pull request) `number` exists in this repository. Throws a FactError when it cannot be
   * told (a missing permission, or an entry point with no API, such as the CLI).
   */
  issueExists?(number: number): Promise<boolean>;
  /** Known vulnerabilities of each purl from the OSV API at `api` (full records); absent where no OSV client is wired. */
  osvScan?(api: string, purls: readonly string[]): Promise<Map<string, OsvVulnerability[]>>;
}

export interface ReadOptions {
  maxBytes?: number;
}

/** A fact could not be obtained; the message says what failed and what to do. */
export class FactError extends Error {
  override name = 'FactError';
}
