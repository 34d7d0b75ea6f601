import { gateContext } from '../../src/policy/context.js';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRiskRegister } from '../../src/parsers/risk/index.js';
import { RISK_REGISTER_SCHEMA } from '../../src/parsers/risk/schema.js';
import { riskRegister, type RiskRegisterOptions } from '../../src/rules/risk-register/index.js';
import type { GateOutcome } from '../../src/core/rule.js';
import type { Policy } from '../../src/policy/types.js';
import { prEvent, TestRepo, writeJson } from '../helpers/git-repo.js';
import { plainFacts, policy } from '../helpers/plain-facts.js';
import { runCli } from '../helpers/cli.js';
import { ruleTester } from '../helpers/rule-tester.js';

const REGISTER = `scales:
  severity: [negligible, minor, serious, critical, catastrophic]
  probability: [improbable, remote, occasional, probable, frequent]
acceptability:                  # per severity, the highest acceptable probability
  negligible: frequent
  minor: probable
  serious: occasional
  critical: remote
  catastrophic: improbable
hazards:
  - id: HAZ-001
    hazard: Over-infusion
    hazardous_situation: Pump delivers more than the prescribed rate
    harm: Overdose
    causes:
      - { id: CAU-001, text: Rate limit not enforced, software_item: dosing }
    severity: critical
    probability: occasional
    controls:
      - { id: RC-001, requirement: REQ-001 }
    residual: { probability: improbable }
    justification: null          # required when the residual risk is not acceptable
  - id: HAZ-002
    hazard: Under-infusion
    hazardous_situation: An occlusion stops delivery unnoticed
    harm: Interrupted therapy
    causes:
      - { id: CAU-002, text: Pressure not sampled, software_item: alarms }
    severity: serious
    probability: probable
    controls:
      - { id: RC-002, requirement: REQ-002 }
    residual: { probability: remote }
`;
const SRS =
  '# SRS\n\n## REQ-001 Rate limits\nThe pump shall refuse rates above the maximum.\n\n## REQ-002 Occlusion alarm\nThe pump shall alarm within 1 s.\n';
const POLICY = policy({
  classification: {
    default: 'B',
    items: [
      { name: 'dosing', paths: ['src/dosing/**'], class: 'C' },
      { name: 'alarms', paths: ['src/alarms/**'], class: 'C' },
    ],
  },
});
const OPTIONS: RiskRegisterOptions = { file: 'docs/risk/register.yml', format: 'native', requirements: ['docs/srs.md'], verified: false };

async function run(files: Record<string, string>, options: Partial<RiskRegisterOptions> = {}, pol: Policy = POLICY) {
  const facts = plainFacts({ head: { 'docs/srs.md': SRS, ...files } });
  return (await riskRegister.evaluate({ ...OPTIONS, ...options }, facts, gateContext(pol, 'risk-register'))) as GateOutcome;
}
const errors = (o: GateOutcome) => o.findings.filter((f) => f.severity === 'error');
const at = (o: GateOutcome) => errors(o).map((f) => `${f.file}:${f.line}: ${f.message}`);

describe('risk-register', () => {
  it('the shipped JSON Schema is the one the gate validates with', () => {
    expect(JSON.parse(readFileSync(new URL('../../src/rules/risk-register/risk-register.schema.json', import.meta.url), 'utf8'))).toEqual(
      RISK_REGISTER_SCHEMA,
    );
  });

  it('passes on the documented example', async () => {
    const o = await run({ 'docs/risk/register.yml': REGISTER });
    expect(o.findings).toEqual([]);
    expect(o.summary).toBe('2 hazards, 2 risk controls; residual risks acceptable');
  });

  it('a control naming an unknown requirement fails on the control line', async () => {
    const o = await run({ 'docs/risk/register.yml': REGISTER.replace('requirement: REQ-002', 'requirement: REQ-009') });
    expect(at(o)).toEqual([
      'docs/risk/register.yml:32: HAZ-002 "Under-infusion": risk control RC-002 is implemented by REQ-009, which no requirement defines (read docs/srs.md) — fix the id, or add the requirement (IEC 62304 5.2.3).',
    ]);
  });

  it('an unacceptable residual risk fails unless justified', async () => {
    const worse = REGISTER.replace('residual: { probability: improbable }', 'residual: { probability: occasional }');
    expect(at(await run({ 'docs/risk/register.yml': worse }))).toEqual([
      'docs/risk/register.yml:21: HAZ-001 "Over-infusion": the residual risk (severity critical, probability occasional) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).',
    ]);
    const justified = worse.replace(
      'justification: null',
      'justification: Without the pump the patient needs hospital infusion; the benefit outweighs the risk.',
    );
    const o = await run({ 'docs/risk/register.yml': justified });
    expect(errors(o)).toEqual([]);
    expect(o.summary).toBe('2 hazards, 2 risk controls; residual risks acceptable (1 by justification)');
  });

  it('judges residual risks by the acceptability criteria at the base commit, not by criteria the pull request rewrites', async () => {
    // The criteria for risk acceptability belong to the risk management plan (ISO 14971 4.4 d): a pull request must
    // not make its own residual risk acceptable by loosening them in the same change.
    const worse = REGISTER.replace('residual: { probability: improbable }', 'residual: { probability: occasional }');
    const loosened = worse.replace('  critical: remote\n', '  critical: frequent\n');
    const inPr = async (head: string, base = REGISTER) => {
      const facts = plainFacts({ base: { 'docs/risk/register.yml': base }, head: { 'docs/srs.md': SRS, 'docs/risk/register.yml': head } });
      return (await riskRegister.evaluate(OPTIONS, facts, gateContext(POLICY, 'risk-register'))) as GateOutcome;
    };
    const o = await inPr(loosened);
    expect(at(o)).toEqual([
      'docs/risk/register.yml:21: HAZ-001 "Over-infusion": the residual risk (severity critical, probability occasional) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).',
    ]);
    expect(o.findings.filter((f) => f.severity === 'warning').map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([
      'docs/risk/register.yml:5: This pull request changes the risk acceptability criteria (scales or acceptability) of docs/risk/register.yml; residual risks were judged by the criteria at the base commit bbbbbbb, so the new criteria count from the next pull request on, once this one is reviewed and merged — change the criteria in a pull request of their own.',
    ]);
    // A level the base scales do not know is not acceptable by them, whatever the new matrix says.
    const newLevel = worse
      .replace(
        'probability: [improbable, remote, occasional, probable, frequent]',
        'probability: [incredible, improbable, remote, occasional, probable, frequent]',
      )
      .replace('residual: { probability: occasional }', 'residual: { probability: incredible }')
      .replace('  catastrophic: improbable\n', '  catastrophic: incredible\n');
    expect(errors(await inPr(newLevel)).map((f) => f.line)).toEqual([21]);
    // The same criteria at base and head: judged as before, with no warning; a register new in this pull request is judged by its own.
    expect((await inPr(worse)).findings.map((f) => f.severity)).toEqual(['error']);
    expect((await inPr(REGISTER)).findings).toEqual([]);
    expect(at(await run({ 'docs/risk/register.yml': loosened }))).toEqual([]);
    // A base version that is no risk register: judged by this pull request's criteria, with a warning that says so.
    const noBase = await inPr(loosened, 'hazards: not a list\n');
    expect(errors(noBase)).toEqual([]);
    expect(noBase.findings.filter((f) => f.severity === 'warning').map((f) => `${f.file}:${f.line}: ${f.message}`)).toEqual([
      'docs/risk/register.yml:5: The risk register docs/risk/register.yml is not a valid risk register at the base commit bbbbbbb, so residual risks were judged by the acceptability criteria of this pull request — have the criteria reviewed with the change.',
    ]);
  });

  it('a reduction without a control, an unknown software item, duplicate ids and off-scale levels are findings', async () => {
    const text = REGISTER.replace('    controls:\n      - { id: RC-002, requirement: REQ-002 }\n', '    controls: []\n')
      .replace('software_item: alarms', 'software_item: alarm')
      .replace('id: HAZ-002', 'id: HAZ-001')
      .replace('severity: serious', 'severity: grave');
    const messages = at(await run({ 'docs/risk/register.yml': text }));
    expect(messages).toContain(
      'docs/risk/register.yml:29: docs/risk/register.yml: HAZ-001 severity "grave" is not a level of scales.severity (negligible, minor, serious, critical, catastrophic) — use one of them.',
    );
    expect(messages).toContain(
      'docs/risk/register.yml:23: docs/risk/register.yml: hazard id HAZ-001 is used twice (also on line 11) — give each hazard its own id.',
    );
    expect(messages).toContain(
      'docs/risk/register.yml:28: HAZ-001 "Under-infusion": cause CAU-002 lies in software item "alarm", which the policy\'s classification does not know (dosing and alarms) — fix the name, or add the item to classification.items.',
    );
    expect(messages.some((m) => m.includes('is lower than before controls') && m.startsWith('docs/risk/register.yml:32:'))).toBe(true);
  });

  it('a malformed register fails with the line, never passes', async () => {
    const bad = await run({ 'docs/risk/register.yml': 'scales:\n  severity: [a, b\nhazards: []\n' });
    expect(errors(bad)[0]).toMatchObject({ file: 'docs/risk/register.yml', line: expect.any(Number) });
    expect(errors(bad)[0]!.message).toContain('is not valid YAML');
    const schema = await run({
      'docs/risk/register.yml': REGISTER.replace('    harm: Overdose\n', '').replace(
        'hazard: Under-infusion',
        'hazard: Under-infusion\n    owner: bob',
      ),
    });
    expect(at(schema)).toEqual([
      'docs/risk/register.yml:11: docs/risk/register.yml: hazards[0] lacks harm — see the risk register format (risk-register.schema.json).',
      'docs/risk/register.yml:24: docs/risk/register.yml: hazards[1] has "owner", which the format does not define — see the risk register format (risk-register.schema.json).',
    ]);
    const missing = await run({});
    expect(at(missing)).toEqual([
      'docs/risk/register.yml:undefined: The risk register docs/risk/register.yml does not exist at head — add it (see risk-register.schema.json for the format), or fix `file` in the policy.',
    ]);
  });

  it('a register that cannot be read (a directory, a symlink) is a finding with file and line', async () => {
    const facts = plainFacts({ head: { 'docs/srs.md': SRS } });
    facts.readAtHead = async (path) => {
      if (path === 'docs/risk/register.yml')
        throw new (await import('../../src/core/types.js')).FactError('docs/risk/register.yml is a directory at aaaaaaa, not a file');
      return undefined;
    };
    const o = (await riskRegister.evaluate(OPTIONS, facts, gateContext(POLICY, 'r'))) as GateOutcome;
    expect(errors(o)).toEqual([
      {
        severity: 'error',
        message:
          'The risk register cannot be read: docs/risk/register.yml is a directory at aaaaaaa, not a file — commit it as a regular file.',
        file: 'docs/risk/register.yml',
        line: 1,
      },
    ]);
  });

  it('verified: each control requirement needs a citing test', async () => {
    const o = await run(
      { 'docs/risk/register.yml': REGISTER, 'test/rate.test.ts': "it('REQ-001 refuses high rates', () => {});\n" },
      { verified: true },
    );
    expect(at(o)).toEqual([
      'docs/risk/register.yml:32: HAZ-002 "Under-infusion": risk control RC-002 → REQ-002 is not verified: no test cites REQ-002 (looked in test/**, tests/**, **/*_test.* and 2 more) — add a test of the control that cites REQ-002 (IEC 62304 7.3.3).',
    ]);
    const ok = await run(
      { 'docs/risk/register.yml': REGISTER, 'test/rate.test.ts': '// REQ-001\n', 'test/alarm.spec.ts': '// REQ-002\n' },
      { verified: true },
    );
    expect(ok.summary).toBe('2 hazards, 2 risk controls; residual risks acceptable; every control verified by a test');
  });

  it("requirements_from reads the traceability gate's sources and tests; a wrong id is an error", async () => {
    const pol = {
      ...POLICY,
      gates: [
        {
          id: 'trace',
          rule: 'traceability',
          level: 'error' as const,
          options: { requirements: ['reqs/*.md'], id_pattern: 'REQ-[0-9]+', tests: ['spec/**'] },
        },
      ],
    };
    const o = await run(
      { 'docs/risk/register.yml': REGISTER, 'reqs/a.md': SRS, 'spec/a.ts': 'REQ-001 REQ-002' },
      { requirements: undefined, requirements_from: 'trace', verified: true },
      pol,
    );
    expect(o.findings).toEqual([]);
    await expect(
      run({ 'docs/risk/register.yml': REGISTER }, { requirements: undefined, requirements_from: 'tracing' }, pol),
    ).rejects.toThrow('requirements_from names "tracing", which is not a gate with requirements in this policy (those are: trace)');
    await expect(run({ 'docs/risk/register.yml': REGISTER }, { requirements: undefined })).rejects.toThrow('needs requirements');
  });

  it('reads innolitics rdm risk.yml', async () => {
    const rdm = `risk_levels:
    - label: Low
      description: Acceptable
    - label: Medium
      description: Investigate further risk reduction
    - label: High
      description: Unacceptable
risk_probability_levels:
    - label: Low
    - label: Medium
    - label: High
risk_severity_levels:
    - label: Negligible
    - label: Minor
    - label: Serious
    - label: Critical
    - label: Catastrophic
risk_acceptability_matrix:
    - [Low, Low, Low]
    - [Low, Low, Low]
    - [Low, Low, Medium]
    - [Low, Medium, High]
    - [Low, Medium, High]
risks:
    - id: 1
      hazard: Incorrect information
      software_item: dosing
      events: A defect under-estimates the dose
      hazardous_situation: The clinician sees a wrong dose
      harm: An inappropriate therapy is given to the patient
      severity: Catastrophic
      probability: Medium
      control_measures:
        desciption: Range check
        requirement: REQ-001
      residual_severity: null
      residual_probability: Low
    - id: 2
      hazard: Stale display
      software_item: screen
      hazardous_situation: Old rate shown
      harm: Wrong decision
      severity: Critical
      probability: High
      control_measures: { desciption: null, evidence_of_effectiveness: null }
      residual_severity: null
      residual_probability: null
`;
    const parsed = parseRiskRegister(rdm, 'data/risk.yml', 'rdm');
    expect(parsed.findings).toEqual([]);
    expect(parsed.register!.acceptable('Critical', 'Low')).toBe(true);
    expect(parsed.register!.acceptable('Critical', 'Medium')).toBe(false);
    const o = await run({ 'data/risk.yml': rdm }, { file: 'data/risk.yml', format: 'rdm' });
    expect(at(o)).toEqual([
      'data/risk.yml:38: 2 "Stale display": the residual risk (severity Critical, probability High) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).',
      'data/risk.yml:40: 2 "Stale display": cause lies in software item "screen", which the policy\'s classification does not know (dosing and alarms) — fix the name, or add the item to classification.items.',
    ]);
    expect(
      at(
        await run(
          { 'data/risk.yml': rdm.replace('    - [Low, Medium, High]\n    - [Low, Medium, High]\n', '') },
          { file: 'data/risk.yml', format: 'rdm' },
        ),
      )[0],
    ).toContain('risk_acceptability_matrix must have one row per severity level (5)');
    // A value that is a mapping with its own toString key is read as no text, not called (which threw).
    const oddHazard = parseRiskRegister(rdm.replace('hazard: Incorrect information', 'hazard: { toString: x }'), 'data/risk.yml', 'rdm');
    expect(oddHazard.register!.hazards[0]!.title).toBe('');
    const oddSeverity = parseRiskRegister(rdm.replace('severity: Catastrophic', 'severity: { toString: 1 }'), 'data/risk.yml', 'rdm');
    expect(oddSeverity.findings.map((f) => f.message)).toContainEqual(
      expect.stringMatching(/^data\/risk\.yml: risk 1 severity "\(a mapping\)" is not a level of risk_severity_levels/),
    );
  });
});

const cli = (args: string[]) => runCli(args);

describe('risk-register through the CLI', () => {
  const repo = new TestRepo();
  const inputs = mkdtempSync(join(tmpdir(), 'sdlc-gate-rr-'));
  let base = '';
  beforeAll(() => {
    repo.write({
      '.github/sdlc-gate.yml': `version: 1
classification:
  default: B
  items:
    - { name: dosing, paths: ["src/dosing/**"], class: C }
    - { name: alarms, paths: ["src/alarms/**"], class: C }
gates:
  traceability:
    requirements: ["docs/srs.md"]
  risk-register:
    file: docs/risk/register.yml
    requirements_from: traceability
    verified: true
`,
      'docs/srs.md': SRS,
      'docs/risk/register.yml': REGISTER,
      'test/rate.test.ts': '// REQ-001\n// REQ-002\n',
    });
    base = repo.commit('base');
  });
  afterAll(() => {
    repo.remove();
    rmSync(inputs, { recursive: true, force: true });
  });

  it('passes on a consistent register, fails on the control line when a requirement goes away', () => {
    repo.write({ 'src/dosing/rate.ts': 'export const max = 1;\n' });
    const ok = repo.commit('code');
    const good = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e1.json', prEvent(1, base, ok))]);
    expect(good.stdout).toContain(
      'PASS  risk-register: 2 hazards, 2 risk controls; residual risks acceptable; every control verified by a test',
    );
    expect(good.code).toBe(0);

    repo.write({ 'docs/risk/register.yml': REGISTER.replace('requirement: REQ-002', 'requirement: REQ-007') });
    const bad = repo.commit('typo');
    const r = cli(['check', '--repo', repo.dir, '--event', writeJson(inputs, 'e2.json', prEvent(1, base, bad))]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      'error: docs/risk/register.yml:32: HAZ-002 "Under-infusion": risk control RC-002 is implemented by REQ-007, which no requirement defines',
    );
  });
});

// The gate as a policy author meets it: options and facts in, status and findings out (see helpers/rule-tester.ts).
const TABLE_SRS = '# SRS\n\n## REQ-001 Rate limits\nThe pump shall refuse rates above the maximum.\n';
const tableRegister = (requirement: string, residual = 'improbable') => `scales:
  severity: [negligible, minor, serious, critical, catastrophic]
  probability: [improbable, remote, occasional, probable, frequent]
acceptability:
  negligible: frequent
  minor: probable
  serious: occasional
  critical: remote
  catastrophic: improbable
hazards:
  - id: HAZ-001
    hazard: Over-infusion
    hazardous_situation: Pump delivers more than the prescribed rate
    harm: Overdose
    causes:
      - { id: CAU-001, text: Rate limit not enforced, software_item: dosing }
    severity: critical
    probability: occasional
    controls:
      - { id: RC-001, requirement: ${requirement} }
    residual: { probability: ${residual} }
    justification: null
`;
const TABLE_CLASSES = { classification: { default: 'B', items: [{ name: 'dosing', paths: ['src/dosing/**'], class: 'C' }] } };
const TABLE_GATE = { file: 'docs/risk/register.yml', requirements: ['docs/srs.md'] };

ruleTester('risk-register').run([
  {
    name: 'passes on a consistent register',
    gate: TABLE_GATE,
    policy: TABLE_CLASSES,
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'docs/risk/register.yml': tableRegister('REQ-001') } },
    expect: { status: 'pass' },
  },
  {
    name: 'fails on a control whose requirement does not exist, on its line',
    gate: TABLE_GATE,
    policy: TABLE_CLASSES,
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'docs/risk/register.yml': tableRegister('REQ-404') } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message: 'HAZ-001 "Over-infusion": risk control RC-001 is implemented by REQ-404, which no requirement defines',
          file: 'docs/risk/register.yml',
          line: 20,
        },
      ],
    },
  },
  {
    name: 'fails on a residual risk that is not acceptable and not justified',
    gate: TABLE_GATE,
    policy: TABLE_CLASSES,
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'docs/risk/register.yml': tableRegister('REQ-001', 'frequent') } },
    expect: {
      status: 'fail',
      findings: [
        {
          severity: 'error',
          message:
            /^HAZ-001 "Over-infusion": the residual risk \(severity critical, probability frequent\) is not acceptable .* and there is no justification/,
          file: 'docs/risk/register.yml',
        },
      ],
    },
  },
  {
    name: 'fails on a register that does not follow the schema, on its line',
    gate: TABLE_GATE,
    policy: TABLE_CLASSES,
    facts: { head: { 'docs/srs.md': TABLE_SRS, 'docs/risk/register.yml': 'hazards: [1]\n' } },
    expect: {
      status: 'fail',
      findings: [
        { severity: 'error', message: 'the top level lacks scales', file: 'docs/risk/register.yml', line: 1 },
        { severity: 'error', message: 'the top level lacks acceptability', file: 'docs/risk/register.yml', line: 1 },
        { severity: 'error', message: 'hazards[0] must be object', file: 'docs/risk/register.yml', line: 1 },
      ],
    },
  },
  {
    name: 'fails when the register is missing',
    gate: TABLE_GATE,
    policy: TABLE_CLASSES,
    facts: { head: { 'docs/srs.md': TABLE_SRS } },
    expect: {
      status: 'fail',
      findings: [
        { severity: 'error', message: 'The risk register docs/risk/register.yml does not exist at head', file: 'docs/risk/register.yml' },
      ],
    },
  },
]);
