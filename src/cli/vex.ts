import { randomUUID } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gateContext } from '../policy/context.js';
import { assessVulnerabilities, type OpenVulnerability, type VulnerabilitiesOptions } from '../rules/vulnerabilities/index.js';
import { runCommand, UsageError, workTreeFacts, workTreeGate, type CommandIO } from './work-tree.js';

// `sdlc-gate vex`: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them — one entry per vulnerability, `in_triage`, naming the affected components by
// purl, for a person to assess (state, justification, detail, lastUpdated) and commit where the gate's `vex` reads.

export const VEX_USAGE = `sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]`;

export function vex(args: string[], io: CommandIO): Promise<number> {
  // A fact that could not be had (a missing OSV folder, an unreadable SBOM) leaves the skeleton incomplete: exit 1.
  return runCommand('vex', VEX_USAGE, io, () => run(args, io), { code: 1, note: 'no skeleton was written' });
}

async function run(args: string[], io: CommandIO): Promise<number> {
  const s = { type: 'string' } as const;
  let opts: Record<string, string | undefined>;
  try {
    opts = parseArgs({ args, options: { repo: s, policy: s, gate: s, output: s }, strict: true, allowPositionals: false }).values;
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
  const chosen = await workTreeGate(opts, 'vulnerabilities', { ...io, command: 'vex' });
  if (!chosen) return 2;
  const { repo, root, policy, gate } = chosen;
  const facts = workTreeFacts(repo, root, undefined, 'vex');
  // No pull request and no base: the work tree's offline records and KEV catalog are the evidence.
  const { outcome, open, problems } = await assessVulnerabilities(gate.options as unknown as VulnerabilitiesOptions, facts, gateContext(policy, gate.id), 'head');

  // A skeleton from an evaluation that could not see everything would look complete and not be.
  if (problems.length) {
    for (const p of problems) io.stderr(`${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message}\n`);
    io.stderr(`sdlc-gate vex: the ${gate.id} gate could not see every component and vulnerability; no skeleton was written\n`);
    return 1;
  }
  if (open.length === 0) {
    io.stderr(`sdlc-gate vex: no open vulnerabilities (${outcome.summary ?? 'nothing to assess'}) — nothing to write\n`);
    return 0;
  }
  const skeleton = `${JSON.stringify(vexSkeleton(open, new Date()), null, 2)}\n`;
  const vulns = new Set(open.map((o) => o.vulnerability.id)).size;
  if (opts.output) {
    await writeFile(resolve(io.cwd, opts.output), skeleton);
    io.stderr(`sdlc-gate vex: ${vulns} open ${vulns === 1 ? 'vulnerability' : 'vulnerabilities'} written to ${opts.output} as in_triage — assess each, then commit it where the gate's vex globs look\n`);
  } else io.stdout(skeleton);
  return 0;
}

const METHODS: Record<string, string> = { 'CVSS:3.0': 'CVSSv3', 'CVSS:3.1': 'CVSSv31', 'CVSS:4.0': 'CVSSv4' };

/** A CycloneDX 1.6 VEX document: one vulnerability entry per id, affecting each open component by purl. */
export function vexSkeleton(open: readonly OpenVulnerability[], now: Date): Record<string, unknown> {
  const byId = new Map<string, OpenVulnerability[]>();
  for (const o of open) {
    const list = byId.get(o.vulnerability.id);
    if (list) list.push(o);
    else byId.set(o.vulnerability.id, [o]);
  }
  const vulnerabilities = [...byId.entries()].map(([id, entries]) => {
    const first = entries[0]!;
    const aliases = first.ids.filter((a) => a !== id);
    const { level, score, source } = first.severity;
    const refs = [...new Set(entries.map((e) => e.component.purl ?? e.component.ref).filter((r): r is string => !!r))];
    return {
      id,
      source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
      ...(aliases.length ? { references: aliases.map((a) => ({ id: a, source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(a)}` } })) } : {}),
      ...(level ? { ratings: [{ ...(score !== undefined ? { score } : {}), severity: level, method: (source && METHODS[source]) ?? 'other' }] } : {}),
      ...(first.vulnerability.summary ? { description: first.vulnerability.summary } : {}),
      analysis: {
        state: 'in_triage',
        detail: `To assess: ${entries.map((e) => `${e.component.name}@${e.component.version ?? '?'} (${e.sbom})`).join(', ')}. Set state (not_affected with a justification, exploitable, resolved or false_positive), write why in this detail, and set lastUpdated to the day of the assessment.`,
      },
      affects: refs.map((ref) => ({ ref })),
    };
  });
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${randomUUID()}`,
    version: 1,
    metadata: { timestamp: now.toISOString(), tools: { components: [{ type: 'application', name: 'sdlc-gate' }] } },
    vulnerabilities,
  };
}
