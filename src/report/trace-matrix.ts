import type { TestCase } from '../parsers/junit.js';
import type { DoorstopItem, Requirement } from '../parsers/requirements/index.js';
import type { Finding } from '../core/types.js';

// The traceability matrix as the renderers of `sdlc-gate trace` and the release record read it: a structural view
// of what the traceability rule builds (src/rules/traceability/matrix.ts), declared here so that the report layer
// imports nothing above it. The rule's matrix is passed where this view is taken, so the compiler checks that the
// two agree.

export interface MatrixReference {
  id: string;
  file: string;
  line: number;
}

export interface MatrixRow {
  requirement: Requirement;
  class: string;
  /** require_tests applies to this requirement. */
  required: boolean;
  tests: readonly MatrixReference[];
  cases: readonly TestCase[];
  verdict: 'verified' | 'failed' | 'skipped' | 'not run' | 'tested' | 'untested';
  /** Only for a pull request: new, or its normalized text changed. */
  change?: 'added' | 'changed';
  suspect: boolean;
  /** This pull request touched the requirement or one of its tests. */
  touched: boolean;
  /** OpenFastTrace: test types the item needs that no coverage tag of that type covers. */
  missingCoverage?: readonly string[];
}

export interface Matrix {
  rows: readonly MatrixRow[];
  unknownReferences: readonly MatrixReference[];
  duplicates: readonly (readonly Requirement[])[];
  /** Only for a pull request: requirements defined at base that it removed, with the test lines that still cite them. */
  deleted: readonly { requirement: Requirement; tests: readonly MatrixReference[] }[];
  /** The Doorstop items read (requirements or not), for their link and review stamps. */
  doorstop?: readonly DoorstopItem[];
  /** What could not be read or parsed. */
  findings: readonly Finding[];
  junit: boolean;
  /** Whether base vs head was compared (a pull request), so suspect links were computed. */
  compared: boolean;
}
