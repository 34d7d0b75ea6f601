// The counts of a traceability matrix, as the gate summarizes it and `sdlc-gate trace` reports it. The matrix
// itself is built by the traceability rule (src/rules/traceability/matrix.ts) and rendered through the structural
// view the renderers declare (src/report/trace-matrix.ts); counting needs only each row's verdict and suspect flag.

export interface MatrixCounts {
  requirements: number;
  tested: number;
  verified: number;
  untested: number;
  unknownReferences: number;
  suspect: number;
}

/** What counting reads of a matrix. */
export interface CountableMatrix {
  rows: readonly { verdict: string; suspect: boolean }[];
  unknownReferences: readonly unknown[];
}

export function countMatrix(m: CountableMatrix): MatrixCounts {
  let tested = 0;
  let verified = 0;
  let suspect = 0;
  for (const r of m.rows) {
    if (r.verdict !== 'untested') tested++;
    if (r.verdict === 'verified') verified++;
    if (r.suspect) suspect++;
  }
  return {
    requirements: m.rows.length,
    tested,
    verified,
    untested: m.rows.length - tested,
    unknownReferences: m.unknownReferences.length,
    suspect,
  };
}
