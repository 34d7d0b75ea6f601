import type { SeverityLevel, OsvVulnerability } from './osv.js';
import type { FileText } from './types.js';

// What post-market surveillance hands over: the sources the monitor reads (the facts build them), the result it
// computes (the report renders it, the tracking-issue publisher files it) and the state it keeps between runs.
// Types and schema names only; the monitor itself is a use case (src/monitor/).

export const MONITOR_SCHEMA = 'sdlc-gate/monitor@1';

/** What the monitor reads: the repository's refs and their files (a local git repository, or the API). */
export interface MonitorSources {
  tags(): Promise<string[]>;
  defaultBranch(): Promise<string>;
  /** The commit a tag or branch names, or undefined when there is no such ref. */
  resolve(ref: string): Promise<string | undefined>;
  listFiles(sha: string): Promise<string[]>;
  readFile(sha: string, path: string, maxBytes?: number): Promise<FileText | undefined>;
  osvScan?(api: string, purls: readonly string[]): Promise<Map<string, OsvVulnerability[]>>;
}

export type FindingStatus = 'open' | 'assessed' | 'fixed';

export interface MonitorAssessment {
  status: string;
  justification?: string;
  detail?: string;
  file: string;
  line?: number;
  /** The ref whose documents carry the statement (the watched ref, or the default branch). */
  ref: string;
  timestamp?: string;
  /** Older than the vulnerabilities gate's vex_max_age_days: it no longer counts. */
  stale?: boolean;
}

export interface MonitorFinding {
  /** The (vulnerability, component) this finding is about, as kept in the state and the tracking issue. */
  key: string;
  id: string;
  aliases: string[];
  /** The component's name as the SBOM gives it (with its group when it has one). */
  component: string;
  purl: string;
  version?: string;
  severity: SeverityLevel | 'unknown';
  score?: number;
  vector?: string;
  kev: boolean;
  /** Fails the run while open: at or above fail_on, in KEV, or of unknown severity. */
  failing: boolean;
  status: FindingStatus;
  assessment: MonitorAssessment | null;
  fixed_versions: string[];
  summary?: string;
  sbom?: string;
  url: string;
  first_seen: string;
  respond_by: string;
  remediate_by: string;
  overdue: boolean;
  /** Which clock has passed while open: respond, remediate, or none. */
  passed: 'respond' | 'remediate' | null;
}

/** Why a component of a ref's SBOM was not looked up (or got no answer), as the vulnerabilities gate says it. */
export type NotCheckedReason = 'no purl' | 'no OSV ecosystem' | 'no offline records of their ecosystem';

/** A component the monitor could not check for vulnerabilities: listed, never counted as "no vulnerabilities". */
export interface NotCheckedComponent {
  sbom: string;
  /** The component's name as the SBOM gives it (with its group when it has one). */
  component: string;
  version?: string;
  purl?: string;
  reason: NotCheckedReason;
  /** The whole explanation, and what to do. */
  detail: string;
}

export interface MonitorRef {
  ref: string;
  kind: 'tag' | 'branch';
  sha?: string;
  sboms: string[];
  /** Checked: every SBOM read, every lookup answered. When false, `problems` says why, and its findings are incomplete. */
  checked: boolean;
  problems: string[];
  findings: MonitorFinding[];
  /** Components of its SBOMs that could not be checked (no purl, no OSV ecosystem, no offline records of theirs). */
  not_checked: NotCheckedComponent[];
  /**
   * Watched although the policy no longer names it (beyond max_releases, or a branch dropped from branches), because
   * it had an open vulnerability at the last run: it stays watched until that is fixed or assessed there.
   */
  kept_open?: boolean;
  /** How many components (distinct purls per SBOM) were looked up at this ref: 0 when it was not checked. */
  components_checked: number;
}

export interface MonitorResult {
  schema: typeof MONITOR_SCHEMA;
  status: 'pass' | 'fail';
  now: string;
  default_branch: string;
  fail_on: SeverityLevel;
  respond_within_days: number;
  remediate_within_days: number;
  /** Problems that are about no single ref (OSV, KEV, offline records, VEX on the default branch). */
  problems: string[];
  refs: MonitorRef[];
  /** Refs that could not be checked fully. */
  unchecked: string[];
  /** How many components, over every ref, could not be checked (each ref's not_checked says which and why). */
  components_not_checked: number;
  /** Release tags matching `releases` left out by `max_releases` (oldest versions): not monitored by this run. */
  not_watched: string[];
}

// What the monitor remembers between runs: when each (vulnerability, component) was first seen, so its clocks run
// from first sight, and its status at each ref, so a ref that drops it is known to be fixed (src/monitor/state.ts
// reads and writes it).

export const STATE_SCHEMA = 'sdlc-gate/monitor-state@1';

export interface StateRefEntry {
  status: 'open' | 'assessed' | 'fixed';
  purl: string;
  id: string;
  component: string;
}

export interface StateItem {
  /** ISO 8601: when the monitor first saw the vulnerability in the component. */
  first_seen: string;
  refs?: Record<string, StateRefEntry>;
}

export interface MonitorState {
  schema: typeof STATE_SCHEMA;
  items: Record<string, StateItem>;
}
