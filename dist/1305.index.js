export const id = 1305;
export const ids = [1305];
export const modules = {

/***/ 91305:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  VEX_USAGE: () => (/* binding */ VEX_USAGE),
  vex: () => (/* binding */ vex)
});

// EXTERNAL MODULE: ./lib/policy/context.js
var context = __webpack_require__(98793);
// EXTERNAL MODULE: ./lib/facts/facts.js
var facts_facts = __webpack_require__(71892);
// EXTERNAL MODULE: ./lib/facts/work-tree-source.js
var work_tree_source = __webpack_require__(88133);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./lib/report/vex.js

// The CycloneDX VEX skeleton `sdlc-gate vex` writes: the vulnerabilities still open, `in_triage`, for a person to assess.
const METHODS = { 'CVSS:3.0': 'CVSSv3', 'CVSS:3.1': 'CVSSv31', 'CVSS:4.0': 'CVSSv4' };
/** A CycloneDX 1.6 VEX document: one vulnerability entry per id, affecting each open component by purl. */
function vexSkeleton(open, now) {
    const byId = new Map();
    for (const o of open) {
        const list = byId.get(o.vulnerability.id);
        if (list)
            list.push(o);
        else
            byId.set(o.vulnerability.id, [o]);
    }
    const vulnerabilities = [...byId.entries()].map(([id, entries]) => {
        const first = entries[0];
        const aliases = first.ids.filter((a) => a !== id);
        const { level, score, source } = first.severity;
        const refs = [...new Set(entries.map((e) => e.component.purl ?? e.component.ref).filter((r) => !!r))];
        return {
            id,
            source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(id)}` },
            ...(aliases.length
                ? {
                    references: aliases.map((a) => ({
                        id: a,
                        source: { name: 'OSV', url: `https://osv.dev/vulnerability/${encodeURIComponent(a)}` },
                    })),
                }
                : {}),
            ...(level
                ? { ratings: [{ ...(score !== undefined ? { score } : {}), severity: level, method: (source && METHODS[source]) ?? 'other' }] }
                : {}),
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
        serialNumber: `urn:uuid:${(0,external_node_crypto_.randomUUID)()}`,
        version: 1,
        metadata: { timestamp: now.toISOString(), tools: { components: [{ type: 'application', name: 'sdlc-gate' }] } },
        vulnerabilities,
    };
}

// EXTERNAL MODULE: ./lib/rules/vulnerabilities/index.js + 2 modules
var vulnerabilities = __webpack_require__(25862);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/app/work-tree.js
var work_tree = __webpack_require__(67451);
;// CONCATENATED MODULE: ./lib/app/vex.js







async function vexWorkTree(input) {
    const chosen = await (0,work_tree/* workTreeGate */.p)(input, 'vulnerabilities');
    if (!chosen.ok)
        return { kind: 'invalid-policy', errors: chosen.errors };
    const { repo, root, policy, gate } = chosen;
    const facts = (0,facts_facts/* createFacts */.uW)((0,work_tree_source/* workTreeSources */.E4)(repo, root, undefined, 'vex'));
    const { outcome, open, problems } = await (0,vulnerabilities.assessVulnerabilities)((0,rule/* gateOptionsOf */.PL)(gate, vulnerabilities.vulnerabilities), facts, (0,context/* gateContext */.V)(policy, gate.id), 'head');
    if (problems.length)
        return { kind: 'incomplete', gate: gate.id, problems };
    if (open.length === 0)
        return { kind: 'nothing-open', summary: outcome.summary ?? 'nothing to assess' };
    return {
        kind: 'skeleton',
        text: `${JSON.stringify(vexSkeleton(open, input.now ?? new Date()), null, 2)}\n`,
        vulnerabilities: new Set(open.map((o) => o.vulnerability.id)).size,
    };
}

// EXTERNAL MODULE: ./lib/engine/check.js
var check = __webpack_require__(13970);
// EXTERNAL MODULE: ./lib/publish/output-file.js
var output_file = __webpack_require__(85733);
// EXTERNAL MODULE: ./lib/cli/run-command.js
var run_command = __webpack_require__(67755);
;// CONCATENATED MODULE: ./lib/cli/vex.js




// `sdlc-gate vex`: a CycloneDX VEX skeleton for the vulnerabilities still open in the work tree, as the policy's
// vulnerabilities gate sees them — one entry per vulnerability, `in_triage`, naming the affected components by
// purl, for a person to assess (state, justification, detail, lastUpdated) and commit where the gate's `vex` reads.
const VEX_USAGE = `sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]`;
function vex(args, io) {
    // A fact that could not be had (a missing OSV folder, an unreadable SBOM) leaves the skeleton incomplete: exit 1.
    return (0,run_command/* runCommand */.d1)('vex', VEX_USAGE, io, () => run(args, io), { code: 1, note: 'no skeleton was written' });
}
async function run(args, io) {
    const s = { type: 'string' };
    const opts = (0,run_command/* parseFlags */.bQ)(args, { repo: s, policy: s, gate: s, output: s });
    const outcome = await vexWorkTree({ cwd: io.cwd, ...opts });
    switch (outcome.kind) {
        case 'invalid-policy':
            for (const e of outcome.errors)
                io.stderr(`${(0,check/* formatPolicyError */.iv)(e)}\n`);
            io.stderr(`sdlc-gate vex: the policy is invalid\n`);
            return 2;
        case 'incomplete':
            for (const p of outcome.problems)
                io.stderr(`${p.file ? `${p.file}${p.line ? `:${p.line}` : ''}: ` : ''}${p.message}\n`);
            io.stderr(`sdlc-gate vex: the ${outcome.gate} gate could not see every component and vulnerability; no skeleton was written\n`);
            return 1;
        case 'nothing-open':
            io.stderr(`sdlc-gate vex: no open vulnerabilities (${outcome.summary}) — nothing to write\n`);
            return 0;
        case 'skeleton': {
            const n = outcome.vulnerabilities;
            if (opts.output) {
                await (0,output_file/* writeOutputFile */.B)(io.cwd, opts.output, outcome.text);
                io.stderr(`sdlc-gate vex: ${n} open ${n === 1 ? 'vulnerability' : 'vulnerabilities'} written to ${opts.output} as in_triage — assess each, then commit it where the gate's vex globs look\n`);
            }
            else
                io.stdout(outcome.text);
            return 0;
        }
    }
}


/***/ })

};
