import type { NotCheckedComponent } from '../core/monitor.js';

/** A component no vulnerabilities check looked up, as every listing names it: "lodash@4.17.21 (pkg:…) in sbom.json". */
export function notCheckedComponentText(n: NotCheckedComponent): string {
  return `${n.component}${n.version ? `@${n.version}` : ''}${n.purl ? ` (${n.purl})` : ''} in ${n.sbom}`;
}
