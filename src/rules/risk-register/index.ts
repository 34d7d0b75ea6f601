import { defineRule } from '../../core/rule.js';
import { riskRegisterRule } from './rule.js';
import { RiskRegisterOptions } from './options.js';
import { parseRiskRegister, type RiskRegister } from '../../parsers/risk/index.js';
import { DEFAULT_ID_PATTERN } from '../../parsers/requirements/formats.js';
import type { RequirementSource } from '../../parsers/requirements/types.js';
import { readOrFinding } from '../common/read-file.js';
import { readRequirementSources } from '../common/requirement-sources.js';
import { mapConcurrent, READ_CONCURRENCY } from '../../util/concurrency.js';
import { FactError, type Facts, type Finding } from '../../core/types.js';
import { globMatcher } from '../../util/glob.js';
import { listing, plural, shortList, shortSha } from '../../util/text.js';
import type { GateContext, GateOutcome } from '../../core/rule.js';

/** Where tests live when the requirements do not come from a traceability gate (that gate's own default). */
const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];

export type { RiskRegisterOptions } from './options.js';

export const riskRegister = defineRule({
  name: riskRegisterRule.name,
  description: riskRegisterRule.description,
  options: RiskRegisterOptions,

  async evaluate(options, facts, ctx): Promise<GateOutcome> {
    const source = sourcesOf(options, ctx);
    const findings: Finding[] = [];
    let text: string;
    try {
      const file = await facts.readAtHead(options.file);
      if (!file) {
        return {
          findings: [
            {
              severity: 'error',
              message: `The risk register ${options.file} does not exist at head — add it (see risk-register.schema.json for the format), or fix \`file\` in the policy.`,
              file: options.file,
              action: { text: `Add the risk register ${options.file}, or fix \`file\` in the policy` },
            },
          ],
          summary: `${options.file} is missing`,
        };
      }
      text = file.text;
    } catch (e) {
      if (!(e instanceof FactError)) throw e;
      return {
        findings: [
          {
            severity: 'error',
            message: `The risk register cannot be read: ${e.message} — commit it as a regular file.`,
            file: options.file,
            line: 1,
          },
        ],
        summary: `${options.file} cannot be read`,
      };
    }

    const read = parseRiskRegister(text, options.file, options.format);
    findings.push(...read.findings);
    const register = read.register;
    if (!register)
      return { findings, summary: `${options.file} is not a valid ${options.format === 'rdm' ? 'rdm risk file' : 'risk register'}` };

    const requirements = await readRequirementSources(source.requirements, facts, { id_pattern: source.idPattern });
    findings.push(...requirements.findings);
    const defined = new Set(requirements.requirements.map((r) => r.id));
    const reqFiles = requirements.files.map((f) => f.path);

    for (const h of register.hazards) {
      for (const c of h.controls) {
        if (c.requirement === undefined || defined.has(c.requirement)) continue;
        findings.push({
          severity: 'error',
          message: `${h.id} "${h.title}": risk control ${c.id} is implemented by ${c.requirement}, which no requirement defines (read ${shortList(reqFiles, 3) || 'no requirement file'}) — fix the id, or add the requirement (IEC 62304 5.2.3).`,
          file: register.file,
          line: c.line,
          action: { text: `Fix risk control ${c.id}'s requirement id ${c.requirement} in ${register.file}, or define ${c.requirement}` },
        });
      }
    }
    const criteria = await criteriaAtBase(options, facts, register);
    findings.push(...criteria.findings);
    findings.push(...residualFindings(register, criteria.acceptable));
    findings.push(...softwareItemFindings(register, ctx));

    let untested = 0;
    if (options.verified) {
      const verification = await verificationFindings(register, defined, facts, source.tests, new Set(reqFiles));
      untested = verification.length;
      findings.push(...verification);
    }

    const controls = new Set(register.hazards.flatMap((h) => h.controls.map((c) => c.id))).size;
    const justified = register.hazards.filter(
      (h) => h.justification && !criteria.acceptable(h.residual.severity, h.residual.probability),
    ).length;
    const errors = findings.filter((f) => f.severity === 'error');
    const summary = errors.length
      ? // Problems may sit in the register or in the requirements it links to: say where the first one is.
        `${plural(errors.length, 'problem')}${errors.every((e) => e.file === options.file) ? ` in ${options.file}` : ''}: ${errors[0]!.message}`
      : `${plural(register.hazards.length, 'hazard')}, ${plural(controls, 'risk control')}; residual risks acceptable${justified ? ` (${justified} by justification)` : ''}${options.verified && !untested ? '; every control verified by a test' : ''}`;
    return { findings, summary };
  },
});

interface Sources {
  requirements: RequirementSource[];
  idPattern: string;
  tests: string[];
}

/** The requirement sources: the gate's own, or those of the traceability gate it names. */
function sourcesOf(options: RiskRegisterOptions, ctx: GateContext): Sources {
  if (options.requirements_from) {
    const gate = ctx.gateOptions(options.requirements_from);
    const reqs = gate?.requirements as RequirementSource[] | undefined;
    if (!gate || !Array.isArray(reqs)) {
      const ids = ctx.gates.filter((g) => Array.isArray(ctx.gateOptions(g.id)?.requirements)).map((g) => g.id);
      throw new Error(
        `requirements_from names "${options.requirements_from}", which is not a gate with requirements in this policy${ids.length ? ` (those are: ${listing(ids)})` : ''} — fix requirements_from, or give requirements`,
      );
    }
    return {
      requirements: reqs,
      idPattern: typeof gate.id_pattern === 'string' ? gate.id_pattern : DEFAULT_ID_PATTERN,
      tests: Array.isArray(gate.tests) ? (gate.tests as string[]) : DEFAULT_TESTS,
    };
  }
  if (options.requirements) return { requirements: options.requirements, idPattern: DEFAULT_ID_PATTERN, tests: DEFAULT_TESTS };
  throw new Error(
    'the gate needs requirements (globs of requirement files) or requirements_from (a traceability gate id) to check the risk controls against — add one to the policy',
  );
}

type Acceptable = RiskRegister['acceptable'];

/**
 * The acceptability criteria residual risks are judged by. They belong to the risk management plan (ISO 14971 4.4 d),
 * not to the change: like the policy, they are read at the base commit, so a pull request cannot make its own residual
 * risk acceptable by loosening them; a change to them gets a warning and counts from the next pull request on. A level
 * the base scales do not know is not acceptable by them. A register new in this pull request (none at base) is judged by
 * its own criteria; so is one whose base version cannot be read, with a warning.
 */
async function criteriaAtBase(
  options: RiskRegisterOptions,
  facts: Facts,
  head: RiskRegister,
): Promise<{ acceptable: Acceptable; findings: Finding[] }> {
  const at = shortSha((await facts.pr()).baseSha);
  const unread = (why: string): { acceptable: Acceptable; findings: Finding[] } => ({
    acceptable: head.acceptable,
    findings: [
      {
        severity: 'warning',
        message: `The risk register ${options.file} ${why} at the base commit ${at}, so residual risks were judged by the acceptability criteria of this pull request — have the criteria reviewed with the change.`,
        file: options.file,
        line: head.acceptabilityLine,
      },
    ],
  });
  let text: string | undefined;
  try {
    text = (await facts.readAtBase(options.file))?.text;
  } catch (e) {
    if (!(e instanceof FactError)) throw e;
    return unread(`cannot be read (${e.message})`);
  }
  if (text === undefined) return { acceptable: head.acceptable, findings: [] };
  const base = parseRiskRegister(text, options.file, options.format).register;
  if (!base) return unread(`is not a valid ${options.format === 'rdm' ? 'rdm risk file' : 'risk register'}`);
  const acceptable: Acceptable = (sev, prob) =>
    base.severity.includes(sev) && base.probability.includes(prob) && base.acceptable(sev, prob);
  const same =
    sameLevels(base.severity, head.severity) &&
    sameLevels(base.probability, head.probability) &&
    head.severity.every((sev) => head.probability.every((prob) => acceptable(sev, prob) === head.acceptable(sev, prob)));
  if (same) return { acceptable, findings: [] };
  return {
    acceptable,
    findings: [
      {
        severity: 'warning',
        message: `This pull request changes the risk acceptability criteria (scales or acceptability) of ${options.file}; residual risks were judged by the criteria at the base commit ${at}, so the new criteria count from the next pull request on, once this one is reviewed and merged — change the criteria in a pull request of their own.`,
        file: options.file,
        line: head.acceptabilityLine,
      },
    ],
  };
}

function sameLevels(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((level, i) => level === b[i]);
}

/** Residual risk acceptable by the criteria, or justified; and a reduction claimed only where a control is listed. */
function residualFindings(register: RiskRegister, acceptable: Acceptable): Finding[] {
  const findings: Finding[] = [];
  const { severity, probability } = register;
  for (const h of register.hazards) {
    const { residual } = h;
    if (!acceptable(residual.severity, residual.probability) && !h.justification) {
      findings.push({
        severity: 'error',
        message: `${h.id} "${h.title}": the residual risk (severity ${residual.severity}, probability ${residual.probability}) is not acceptable by the risk acceptability criteria, and there is no justification — add a risk control that reduces it, or write the benefit-risk justification (ISO 14971 7.4).`,
        file: register.file,
        line: residual.line,
        action: { text: `Reduce the residual risk of ${h.id} with a risk control, or justify it (benefit-risk) in ${register.file}` },
      });
    }
    const reduced =
      probability.indexOf(residual.probability) < probability.indexOf(h.probability) ||
      severity.indexOf(residual.severity) < severity.indexOf(h.severity);
    if (reduced && h.controls.length === 0) {
      findings.push({
        severity: 'error',
        message: `${h.id} "${h.title}": the residual risk (${residual.severity}, ${residual.probability}) is lower than before controls (${h.severity}, ${h.probability}), but no risk control is listed — list the control that reduces it, or restore the residual risk.`,
        file: register.file,
        line: residual.line,
        action: { text: `List the risk control that reduces ${h.id}'s risk, or restore its residual risk, in ${register.file}` },
      });
    }
  }
  return findings;
}

/** A cause must lie in a software item the policy's classification names (IEC 62304 7.1.2). */
function softwareItemFindings(register: RiskRegister, ctx: GateContext): Finding[] {
  const known = ctx.classification.items.map((i) => i.name);
  const byLower = new Map(known.map((n) => [n.toLowerCase(), n]));
  const findings: Finding[] = [];
  for (const h of register.hazards) {
    for (const c of h.causes) {
      if (c.softwareItem === undefined || byLower.has(c.softwareItem.toLowerCase())) continue;
      findings.push({
        severity: 'error',
        message: `${h.id} "${h.title}": cause ${c.id ?? ''}${c.id ? ' ' : ''}lies in software item "${c.softwareItem}", which the policy's classification does not know (${known.length ? listing(known) : 'it lists no items'}) — fix the name, or add the item to classification.items.`,
        file: register.file,
        line: c.softwareItemLine,
        action: {
          text: `Fix the software item "${c.softwareItem}" of ${h.id} in ${register.file}, or add it to classification.items in the policy`,
        },
      });
    }
  }
  return findings;
}

/** Each control's requirement is cited by a test file: the chain hazard → control → requirement → test. */
async function verificationFindings(
  register: RiskRegister,
  defined: Set<string>,
  facts: Facts,
  tests: string[],
  requirementFiles: Set<string>,
): Promise<Finding[]> {
  const wanted = new Set(
    register.hazards.flatMap((h) => h.controls.flatMap((c) => (c.requirement && defined.has(c.requirement) ? [c.requirement] : []))),
  );
  if (wanted.size === 0) return [];
  const isRegister = globMatcher([register.file]);
  const files = (await facts.listAtHead(tests)).filter((p) => !requirementFiles.has(p) && !isRegister(p));
  const cited = new Set<string>();
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(?<![A-Za-z0-9_])(?:${[...wanted].map(escape).join('|')})(?![A-Za-z0-9_])`, 'g');
  const findings: Finding[] = [];
  await mapConcurrent(files, READ_CONCURRENCY, async (path) => {
    const { text, finding } = await readOrFinding((p) => facts.readAtHead(p), path, 'its requirement references');
    if (finding) findings.push(finding);
    for (const m of text?.matchAll(re) ?? []) cited.add(m[0]);
  });
  for (const h of register.hazards) {
    for (const c of h.controls) {
      if (!c.requirement || !wanted.has(c.requirement) || cited.has(c.requirement)) continue;
      findings.push({
        severity: 'error',
        message: `${h.id} "${h.title}": risk control ${c.id} → ${c.requirement} is not verified: no test cites ${c.requirement} (looked in ${shortList(tests, 3)}) — add a test of the control that cites ${c.requirement} (IEC 62304 7.3.3).`,
        file: register.file,
        line: c.line,
        action: { text: `Add a test of risk control ${c.id} that cites ${c.requirement}` },
      });
    }
  }
  return findings;
}
