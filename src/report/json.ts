import type { EvaluationResult } from '../core/types.js';

/** The result as the public `sdlc-gate/result@1` JSON, with exactly the documented keys in their order. */
export function renderJson(result: EvaluationResult): string {
  const shaped = {
    schema: result.schema,
    status: result.status,
    base: result.base,
    head: result.head,
    policy: { path: result.policy.path, ref: result.policy.ref, sha256: result.policy.sha256 },
    gates: result.gates.map((g) => ({
      id: g.id,
      rule: g.rule,
      level: g.level,
      status: g.status,
      summary: g.summary,
      findings: g.findings.map((f) => ({
        severity: f.severity,
        message: f.message,
        ...(f.file !== undefined ? { file: f.file } : {}),
        ...(f.line !== undefined ? { line: f.line } : {}),
      })),
    })),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
