import type { Classification, SafetyClass } from '../core/classification.js';
import type { GateLevel } from '../core/types.js';

export type { Classification, SafetyClass, SoftwareItem } from '../core/classification.js';

export interface GateWhen {
  /** A changed file matches one of these globs. */
  paths?: string[];
  /** A changed file lies in a software item of one of these classes. */
  class?: SafetyClass[];
  /** The PR has one of these labels. */
  labels?: string[];
}

export interface GateConfig {
  id: string;
  rule: string;
  level: GateLevel;
  when?: GateWhen;
  refs?: string[];
  /** The rule's own options: every key of the gate except the common ones. */
  options: Record<string, unknown>;
}

export interface Policy {
  version: 1;
  /** Repo-relative path of the policy file. */
  path: string;
  /**
   * Repo-relative paths of this repository's policy files: `path` and each file it extends from this repository
   * (presets and files of other repositories are not among them). Absent where a policy was built without a loader.
   */
  files?: string[];
  groups: Record<string, string[]>;
  classification: Classification;
  gates: GateConfig[];
  /** The `release:` section as written (defaults are applied where it is used). */
  release?: ReleaseSettings;
  /** The `monitor:` section (post-market surveillance), with defaults filled; absent when the policy has none. */
  monitor?: MonitorConfig;
}

export interface ReleaseSettings {
  tags?: string[];
  anomaly_labels?: string[];
  evaluated_label?: string;
  check_name?: string;
}

export interface MonitorConfig {
  releases: string[];
  max_releases: number;
  branches: string[];
  respond_within_days: number;
  remediate_within_days: number;
  labels: string[];
}

/** Keys every gate accepts; all other keys are the rule's options. */
export const COMMON_GATE_KEYS = ['rule', 'when', 'level', 'refs', 'enabled', 'locked'] as const;

/** A policy problem at a place in a file, printed as PATH:LINE:COL: message. */
export interface PolicyError {
  file: string;
  line: number;
  col: number;
  message: string;
}
