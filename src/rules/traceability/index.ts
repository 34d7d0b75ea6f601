import { defineRule, type GateOutcome } from '../../core/rule.js';
import { traceabilityRule } from './rule.js';
import type { Finding, ReportTable, Severity } from '../../core/types.js';
import { listing, plural, shortList } from '../../util/text.js';
import { countMatrix } from '../../core/trace.js';
import { buildMatrix, classLowered, type Matrix, type MatrixRow, type Reference } from './matrix.js';
import { safetyClassOf } from '../../core/classification.js';
import { TraceabilityOptions, type Switch } from './options.js';
import { doorstopLinkFindings } from './doorstop-links.js';
import { flakyFindings } from './flaky.js';

export { buildMatrix, type Matrix, type MatrixRow, type TraceabilityOptions } from './matrix.js';

export const traceability = defineRule({
  name: traceabilityRule.name,
  description: traceabilityRule.description,
  options: TraceabilityOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const matrix = await buildMatrix({ options, facts, policy: ctx, compare: true });
    const findings = traceabilityFindings(matrix, options);
    const c = countMatrix(matrix);
    const summary =
      `${plural(c.requirements, 'requirement')}: ${c.tested} tested` +
      (matrix.junit ? `, ${c.verified} verified` : '') +
      `, ${c.untested} untested, ${plural(c.unknownReferences, 'unknown reference')}, ${c.suspect} suspect` +
      (matrix.deleted.length ? `, ${matrix.deleted.length} deleted` : '');
    const blocking = findings.filter((f) => f.severity === 'error');
    const touched = touchedTable(matrix);
    return {
      findings,
      summary: blocking.length ? `${summary} — ${blocking[0]!.message}` : summary,
      ...(touched ? { tables: [touched] } : {}),
    };
  },
});

/** How this pull request changed a requirement's class ("class lowered C → A"), for the touched table; undefined when it did not. */
function classChangeText(row: MatrixRow): string | undefined {
  const base = row.classAtBase;
  if (base === undefined) return undefined;
  const how = classLowered(base, row.class) ? 'lowered' : classLowered(row.class, base) ? 'raised' : 'changed';
  return `class ${how} ${base} → ${row.class}`;
}

/** The part of the matrix this PR touched, folded under the gate in the report; `sdlc-gate trace` writes all of it. */
function touchedTable(matrix: Matrix): ReportTable | undefined {
  const touched = matrix.rows.filter((r) => r.touched);
  if (!touched.length && !matrix.deleted.length) return undefined;
  return {
    title: 'Requirements this pull request touched',
    columns: ['Requirement', 'Class', 'Defined at', 'Change', 'Status', 'Tests', 'JUnit'],
    rows: [
      ...touched.map((row) => {
        const r = row.requirement;
        const classChange = classChangeText(row);
        const change =
          row.change === 'added'
            ? 'new'
            : row.change === 'changed'
              ? `text changed${classChange ? `, ${classChange}` : ''}`
              : (classChange ?? 'tests changed');
        return [
          `${r.id}${r.title ? ` ${r.title}` : ''}`,
          row.classAtBase === undefined ? row.class : `${row.class} (${row.classAtBase} at base)`,
          at(r),
          change,
          `${row.verdict}${row.suspect ? ', suspect' : ''}`,
          row.tests.length ? shortList(row.tests.map(at), 4) : 'no test',
          row.cases.length
            ? shortList(
                row.cases.map((c) => `${c.name}: ${c.status}`),
                4,
              )
            : '',
        ];
      }),
      ...matrix.deleted.map(({ requirement: r, tests }) => [
        `${r.id}${r.title ? ` ${r.title}` : ''}`,
        (r.class ?? '').toUpperCase(),
        `${at(r)} (base)`,
        'deleted',
        tests.length ? 'still cited' : '',
        tests.length ? shortList(tests.map(at), 4) : '',
        '',
      ]),
    ],
    collapsed: true,
  };
}

const at = (r: { file: string; line: number }) => `${r.file}:${r.line}`;

export function traceabilityFindings(matrix: Matrix, options: TraceabilityOptions): Finding[] {
  const findings: Finding[] = [...matrix.findings];
  if (matrix.rows.length === 0 && matrix.duplicates.length === 0) findings.push(noRequirements(options));
  const severity = (s: Switch): Severity | undefined => (s === 'off' ? undefined : s);

  if (matrix.doorstop) {
    const defined = new Set(matrix.rows.map((r) => r.requirement.id));
    findings.push(
      ...doorstopLinkFindings(
        matrix.doorstop,
        { suspect: severity(options.suspect), unreviewed: severity(options.unreviewed ?? 'error') },
        defined,
      ),
    );
  }

  const dup = severity(options.duplicate_ids);
  if (dup) findings.push(...duplicateFindings(matrix, dup));
  findings.push(...unknownClassFindings(matrix, options));
  const lowered = severity(options.class_lowered ?? 'warning');
  if (lowered) findings.push(...classLoweredFindings(matrix, options, lowered));
  findings.push(...gapFindings(matrix));
  const unknown = severity(options.unknown_references);
  if (unknown) findings.push(...unknownReferenceFindings(matrix, unknown));
  findings.push(...deletedFindings(matrix, unknown));
  const flaky = severity(options.flaky ?? 'warning');
  if (flaky) findings.push(...flakyFindings(matrix, flaky));
  const suspect = severity(options.suspect);
  if (suspect) findings.push(...suspectFindings(matrix, suspect));
  return findings;
}

/** Each definition of an id defined more than once. */
function duplicateFindings(matrix: Matrix, dup: Severity): Finding[] {
  const findings: Finding[] = [];
  for (const defs of matrix.duplicates) {
    const action = { text: `Give each of the ${defs.length} definitions of ${defs[0]!.id} its own id (${shortList(defs.map(at), 5)})` };
    for (const d of defs) {
      const others = defs.filter((o) => o !== d).map(at);
      findings.push({
        severity: dup,
        message: `${d.id} is defined more than once: here and at ${listing(others)} — give each requirement its own id and update the tests that cite it.`,
        file: d.file,
        line: d.line,
        action,
      });
    }
  }
  return findings;
}

/**
 * With require_tests a list of classes, each requirement whose class is none of A, B, C ("Class X", "III"): whether
 * it needs a test cannot be told, so it is held to require_tests, and the class is an error to fix.
 */
function unknownClassFindings(matrix: Matrix, options: TraceabilityOptions): Finding[] {
  if (!Array.isArray(options.require_tests) || !options.require_tests.length) return [];
  const findings: Finding[] = [];
  for (const row of matrix.rows) {
    const written = row.requirement.class;
    if (written === undefined || safetyClassOf(written).known) continue;
    const r = row.requirement;
    findings.push({
      severity: 'error',
      message: `${r.id}${r.title ? ` "${r.title}"` : ''} has class "${written}", which is not a software safety class (A, B or C), so require_tests (${options.require_tests.join(', ')}) cannot tell whether it needs a test; it is held to require_tests meanwhile — write its class as A, B or C.`,
      file: r.file,
      line: r.line,
    });
  }
  return findings;
}

/**
 * Each requirement whose class this pull request lowers, where the class decides whether it needs a test (require_tests
 * a list of classes). The PR is judged by the class at base meanwhile (MatrixRow.required); the lowering itself is a
 * risk-management decision the gate cannot see approved, so it is reported on the requirement's line.
 */
function classLoweredFindings(matrix: Matrix, options: TraceabilityOptions, severity: Severity): Finding[] {
  if (!Array.isArray(options.require_tests)) return [];
  const classes: readonly string[] = options.require_tests;
  const findings: Finding[] = [];
  for (const row of matrix.rows) {
    const base = row.classAtBase;
    if (base === undefined || !classLowered(base, row.class)) continue;
    const r = row.requirement;
    const consequence = !classes.includes(base)
      ? `neither class is in require_tests (${listing([...classes])}), so this gate asks for no test either way`
      : classes.includes(row.class)
        ? `this pull request is judged by class ${base} until the lowering is merged`
        : `class ${row.class} would take ${r.id} out of require_tests (${listing([...classes])}), so until the lowering is merged this pull request still holds it to class ${base} and its tests`;
    findings.push({
      severity,
      message:
        `${r.id}${r.title ? ` "${r.title}"` : ''}: this pull request lowers its safety class from ${base} (at base) to ${row.class}; ` +
        `${consequence} — a class is a risk-management decision: get the lowering approved through the risk-management process (record it in the risk file), and keep ${r.id}'s tests in this pull request.`,
      file: r.file,
      line: r.line,
      action: {
        text: `Get the lowering of ${r.id} from class ${base} to ${row.class} approved through the risk-management process`,
      },
    });
  }
  return findings;
}

/** Each required requirement not verified, with one step per kind of gap naming its requirements. */
function gapFindings(matrix: Matrix): Finding[] {
  const findings: Finding[] = [];
  // One step per kind of gap, naming its requirements: "Add a test citing each of REQ-3, REQ-7 and REQ-9".
  const gaps = new Map<MatrixRow['verdict'], { ids: string[]; findings: Finding[] }>();
  for (const row of matrix.rows) {
    if (!row.required) continue;
    const problem = verificationProblem(row, matrix.junit);
    if (!problem) continue;
    const f: Finding = { severity: 'error', message: problem, file: row.requirement.file, line: row.requirement.line };
    findings.push(f);
    const gap = gaps.get(row.verdict);
    if (gap) {
      gap.ids.push(row.requirement.id);
      gap.findings.push(f);
    } else gaps.set(row.verdict, { ids: [row.requirement.id], findings: [f] });
  }
  for (const [verdict, { ids, findings: gapFindings }] of gaps) {
    const text = gapStep(verdict, ids);
    for (const f of gapFindings) f.action = { text };
  }
  return findings;
}

/** Each citation of an id no requirement defines (or one this pull request deleted). */
function unknownReferenceFindings(matrix: Matrix, unknown: Severity): Finding[] {
  const deletedById = new Map(matrix.deleted.map((d) => [d.requirement.id, d.requirement]));
  return matrix.unknownReferences.map((ref) => {
    const gone = deletedById.get(ref.id);
    return {
      severity: unknown,
      message: gone
        ? `${ref.file} cites ${ref.id}, which this pull request deleted (it was at ${at(gone)} at base) — remove or retarget the citation with the requirement, or restore ${ref.id}.`
        : `${ref.file} cites ${ref.id}, which no requirement defines — fix the id, or add ${ref.id} to the requirements.`,
      file: ref.file,
      line: ref.line,
      action: {
        text: gone
          ? `Remove or retarget the citation of ${ref.id} in ${ref.file}, or restore ${ref.id}`
          : `Fix the citation of ${ref.id} in ${ref.file}, or define ${ref.id}`,
      },
    };
  });
}

/** A notice for each deleted requirement, unless a citation still left makes it an unknown reference. */
function deletedFindings(matrix: Matrix, unknown: Severity | undefined): Finding[] {
  const findings: Finding[] = [];
  // A deletion no test still cites is not a problem, but the record of a requirement leaving the set belongs in the audit trail.
  for (const d of matrix.deleted) {
    if (d.tests.length && unknown) continue;
    const r = d.requirement;
    findings.push({
      severity: 'notice',
      message: `${r.id}${r.title ? ` "${r.title}"` : ''} was deleted in this pull request (it was at ${at(r)} at base) — check that its risk controls and design outputs no longer depend on it.`,
    });
  }
  return findings;
}

/** Each requirement changed by this pull request whose tests did not change. */
function suspectFindings(matrix: Matrix, suspect: Severity): Finding[] {
  return matrix.rows
    .filter((r) => r.suspect)
    .map((row) => {
      const r = row.requirement;
      const links = [...row.tests.map(at), ...row.cases.map((c) => `${c.report}:${c.line} (${c.name})`)];
      return {
        severity: suspect,
        message:
          `${r.id} "${r.title}" changed in this pull request (${at(r)}), but none of its tests did: ${shortList(links, 5)} — ` +
          `review ${links.length === 1 ? 'that test' : 'those tests'} against the new text and update ${links.length === 1 ? 'it' : 'them'} in this pull request` +
          `${matrix.junit ? ', or commit a JUnit report from this head where they pass' : ''}.`,
        file: r.file,
        line: r.line,
        action: { text: `Review the tests of ${r.id} against its new text and update them` },
      };
    });
}

function gapStep(verdict: MatrixRow['verdict'], ids: string[]): string {
  const which = shortList(ids, 6);
  const many = ids.length > 1;
  switch (verdict) {
    case 'untested':
      return many ? `Add a test citing each of ${which}` : `Add a test that cites ${which}`;
    case 'failed':
      return `Fix the failing test${many ? 's' : ''} of ${which} and commit the new JUnit report`;
    case 'skipped':
      return `Run the skipped test${many ? 's' : ''} of ${which} and commit the JUnit report`;
    default:
      return `Name ${which} in ${many ? 'their' : 'its'} JUnit test case (its name or a "requirement" property) and commit the report`;
  }
}

function verificationProblem(row: MatrixRow, junit: boolean): string | undefined {
  // Most rows of a large matrix pass: nothing is built for them.
  if (row.verdict === 'verified' || row.verdict === 'tested') return undefined;
  const r = row.requirement;
  // Held to its class at base: one this pull request lowers, or one at base that is none of A, B, C (held to require_tests).
  const base = row.classAtBase;
  const lowered = classLowered(base, row.class);
  const heldByBase = base !== undefined && (lowered || !safetyClassOf(base).known);
  const name = `${r.id}${r.title ? ` "${r.title}"` : ''} (class ${heldByBase ? `${base} at base, ${lowered ? 'lowered to' : 'changed to'} ${row.class} in this pull request` : row.class})`;
  const cases = (status: string) =>
    row.cases.filter((c) => c.status === status).map((c) => `${c.name} (${c.report}:${c.line}${c.note ? `: ${c.note}` : ''})`);
  switch (row.verdict) {
    case 'untested':
      if (row.missingCoverage) return missingCoverage(name, row, row.missingCoverage);
      return heldByBase
        ? `${name} has no test: no test file cites ${r.id}${junit ? ' and no JUnit test case names it' : ''} — a class changed in this pull request is not merged yet, so ${r.id} is held to class ${base}: keep or add a test that cites it; its tests can go in a later pull request once the new class is approved and merged.`
        : `${name} has no test: no test file cites ${r.id}${junit ? ' and no JUnit test case names it' : ''} — add a test that cites ${r.id}, or mark the requirement's class out of require_tests.`;
    case 'failed':
      return `${name} is not verified: its linked test ${plural(cases('failed').length, 'case').replace(/^\d+ /, '')} ${shortList(cases('failed'), 3)} failed — fix the code or the test and commit the new JUnit report.`;
    case 'skipped':
      return `${name} is not verified: its linked test ${plural(cases('skipped').length, 'case').replace(/^\d+ /, '')} ${shortList(cases('skipped'), 3)} ${cases('skipped').length === 1 ? 'was' : 'were'} skipped — run ${cases('skipped').length === 1 ? 'it' : 'them'} and commit the JUnit report.`;
    case 'not run':
      return `${name} is not verified: it is cited by ${shortList(row.tests.map(at), 3)}, but no test case in the JUnit reports links to it — name ${r.id} in the test's name or a "requirement" property, and commit the report.`;
    default:
      return undefined;
  }
}

/** An OpenFastTrace item a needed test type does not cover (OFT's own rule: every type in Needs must cover it). */
function missingCoverage(name: string, row: MatrixRow, missing: readonly string[]): string {
  const r = row.requirement;
  const tags = missing.map((t) => `[${t}->${r.id}]`).join(' and ');
  const by = row.tests.length ? `it is cited by ${shortList(row.tests.map(at), 3)}, but ` : '';
  return `${name} is not covered: it needs ${listing([...missing])} coverage (Needs: ${(r.needs ?? []).join(', ')}) and ${by}no test carries ${tags} — add a test with that tag, or take the type out of its Needs.`;
}

export type { Reference };

/** Sources that define no requirement: fail closed (the gate would pass with nothing to check) unless allowed. */
function noRequirements(options: TraceabilityOptions): Finding {
  const sources = shortList(
    options.requirements.map((r) => (typeof r === 'string' ? r : r.path)),
    5,
  );
  if (options.allow_empty) {
    return {
      severity: 'notice',
      message: `No requirement is defined in ${sources}; the gate passes because allow_empty is true — nothing is traced.`,
    };
  }
  return {
    severity: 'error',
    message: `No requirement was read from ${sources}: no id there matches id_pattern "${options.id_pattern}" — fix id_pattern to the ids the documents use (or the sources to the files that hold them), or set allow_empty: true if the project has no requirements yet.`,
    action: { text: `Make the traceability sources define requirements: check id_pattern "${options.id_pattern}" against ${sources}` },
  };
}
