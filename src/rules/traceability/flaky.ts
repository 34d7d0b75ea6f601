import type { Finding, Severity } from '../../core/types.js';
import { plural, shortList } from '../../util/text.js';
import type { Matrix } from './matrix.js';

// A JUnit case that passed only when the runner ran it again (Maven Surefire with rerunFailingTestsCount writes the
// failed runs as <flakyFailure>/<flakyError> inside a passing <testcase>) verifies its requirement on a pass that
// the same code did not give the first time. It stays a pass, as the build's own verdict; the requirement is named
// (a warning by default, `flaky: error` for a team that accepts no rerun) so the intermittent failure is looked at.

export function flakyFindings(matrix: Matrix, severity: Severity): Finding[] {
  const findings: Finding[] = [];
  for (const row of matrix.rows) {
    const flaky = row.cases.filter((c) => c.status === 'passed' && c.flaky);
    if (!flaky.length) continue;
    const r = row.requirement;
    const cases = flaky.map(
      (c) => `${c.classname ? `${c.classname}.` : ''}${c.name} (${c.report}:${c.line}, ${plural(c.flaky!, 'failed run')} before)`,
    );
    findings.push({
      severity,
      message: `${r.id}${r.title ? ` "${r.title}"` : ''} is verified by ${flaky.length === 1 ? 'a test that' : 'tests that'} passed only on a rerun: ${shortList(cases, 3)} — find why ${flaky.length === 1 ? 'it fails' : 'they fail'} intermittently; a pass on a rerun is weak evidence.`,
      file: r.file,
      line: r.line,
      action: { text: `Make the flaky test${flaky.length === 1 ? '' : 's'} of ${r.id} pass on the first run` },
    });
  }
  return findings;
}
