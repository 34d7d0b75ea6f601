import type { NotCheckedComponent } from './monitor.js';
import type { GateResult } from './types.js';

// The release record as the release use case (src/app/release.ts) builds it and the record renderers
// (src/report/release-*.ts) write it: its schema name and its fields. Types only, no behaviour.

export const RELEASE_SCHEMA = 'sdlc-gate/release@1';

export type ReleaseStatus = 'pass' | 'fail' | 'incomplete';

export interface ReleaseChange {
  pull_request: number | null;
  title: string;
  author: string;
  url: string | null;
  merge_commit: string;
  head: string;
  /** The commits of the release that came with this change, oldest first. */
  commits: string[];
  approvals: string[];
  gate: 'success' | 'failure' | 'missing';
  problem: string | null;
}

export interface ReleaseAnomaly {
  number: number;
  title: string;
  url: string | null;
  labels: string[];
  evaluated: boolean;
}

export interface ReleaseRecord {
  schema: typeof RELEASE_SCHEMA;
  status: ReleaseStatus;
  tag: string;
  commit: string;
  previous: string | null;
  previous_commit: string | null;
  /** The release commit's committer time: the record's only date. */
  date: string;
  tool: { name: 'sdlc-gate'; version: string };
  repository: string | null;
  policy: { path: string; sha256: string };
  /** Why the status is not pass, one line each. */
  problems: string[];
  /** What could not be checked (no GitHub access): the status is then incomplete at best. */
  unverified: string[];
  gates: GateResult[];
  /**
   * Components of the released SBOMs that no vulnerabilities gate could check (no purl, a purl OSV has no ecosystem
   * for, an ecosystem no offline record names), by gate: listed, never counted as free of vulnerabilities.
   */
  not_checked: Array<NotCheckedComponent & { gate: string }>;
  changes: ReleaseChange[];
  anomalies: ReleaseAnomaly[];
  artifacts: Array<{ path: string; sha256: string }>;
}
