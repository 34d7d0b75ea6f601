/** Semver-like order: numeric parts numerically, a pre-release (after "-") below its release; build metadata ignored. */
export function compareVersionStrings(a: string, b: string): number {
  const [ra, pa] = splitPre(a);
  const [rb, pb] = splitPre(b);
  const d = compareParts(ra, rb);
  if (d) return d;
  if (pa === undefined || pb === undefined) return pa === pb ? 0 : pa === undefined ? 1 : -1;
  return compareParts(pa, pb);
}

function splitPre(v: string): [string, string | undefined] {
  const plain = v.split('+')[0]!;
  const dash = plain.indexOf('-');
  return dash === -1 ? [plain, undefined] : [plain.slice(0, dash), plain.slice(dash + 1)];
}

function compareParts(a: string, b: string): number {
  const xa = a.split(/[.-]/);
  const xb = b.split(/[.-]/);
  for (let i = 0; i < Math.max(xa.length, xb.length); i++) {
    const p = xa[i] ?? '0';
    const q = xb[i] ?? '0';
    if (p === q) continue;
    const np = /^\d+$/.test(p);
    const nq = /^\d+$/.test(q);
    if (np && nq) {
      // By digits, not Number(): "01" equals "1" and the next part decides; 400 digits do not become Infinity.
      const d = compareDigits(p, q);
      if (d) return d;
      continue;
    }
    if (np !== nq) return np ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  return x.length !== y.length ? x.length - y.length : x < y ? -1 : x > y ? 1 : 0;
}
