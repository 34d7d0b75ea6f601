export const id = 4374;
export const ids = [4374];
export const modules = {

/***/ 9452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RK: () => (/* binding */ apiErrorStatus),
/* harmony export */   gg: () => (/* binding */ describeApiError),
/* harmony export */   tX: () => (/* binding */ rateLimitOf)
/* harmony export */ });
// What an API failure means, read from an octokit error without loading octokit: the facts and publishers that
// only explain failures import this, not the client (./client.ts).
/** What GitHub says when no retry-after comes with a secondary rate limit: wait at least a minute. */
const SECONDARY_DEFAULT_WAIT_S = 60;
/** The rate limit an error reports, if it is one. */
function rateLimitOf(e, now = Date.now()) {
    const err = e;
    if (err?.status !== 403 && err?.status !== 429)
        return undefined;
    const headers = err.response?.headers ?? {};
    const retryAfter = Number(headers['retry-after']);
    const message = `${err.message ?? ''} ${JSON.stringify(err.response?.data?.message ?? '')}`;
    const secondary = /secondary rate limit/i.test(message);
    if (headers['retry-after'] !== undefined && Number.isFinite(retryAfter) && retryAfter >= 0) {
        return {
            kind: secondary || headers['x-ratelimit-remaining'] !== '0' ? 'secondary' : 'primary',
            waitSeconds: retryAfter,
            resetAt: now + retryAfter * 1000,
        };
    }
    if (headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        if (Number.isFinite(reset) && reset > 0) {
            // One second past the reset, as GitHub advises.
            return { kind: 'primary', waitSeconds: Math.max(0, Math.ceil((reset * 1000 - now) / 1000) + 1), resetAt: reset * 1000 };
        }
        return { kind: 'primary', waitSeconds: SECONDARY_DEFAULT_WAIT_S };
    }
    if (secondary || err.status === 429)
        return { kind: 'secondary', waitSeconds: SECONDARY_DEFAULT_WAIT_S, resetAt: now + SECONDARY_DEFAULT_WAIT_S * 1000 };
    return undefined;
}
/** A status and message from an octokit error, whatever shape it has. */
function apiErrorStatus(e) {
    const status = e?.status;
    return typeof status === 'number' ? status : undefined;
}
/**
 * An API failure as a sentence that names the endpoint and what to do; `permission` is the token
 * permission that a 403 or 404 most likely means is missing.
 */
function describeApiError(e, endpoint, permission) {
    const status = apiErrorStatus(e);
    const headers = (e?.response?.headers ?? {});
    const message = (e?.message ?? String(e)).split('\n')[0].slice(0, 300);
    const limit = rateLimitOf(e);
    if (limit) {
        const reset = Number(headers['x-ratelimit-reset']);
        const resetAt = limit.kind === 'primary' && Number.isFinite(reset) && reset > 0 ? reset * 1000 : limit.resetAt;
        const when = resetAt ? ` until ${new Date(resetAt).toISOString()}` : '';
        const kind = limit.kind === 'secondary' ? 'secondary rate limit' : 'rate limit';
        return `${endpoint}: GitHub API ${kind} reached${when}, a longer wait than the time budget (timeout-seconds) allows — re-run the job after that time`;
    }
    if ((status === 403 || status === 404) && permission) {
        return `${endpoint} answered ${status} (${message}) — the token needs "${permission}"`;
    }
    if (status === undefined || status >= 500) {
        return `${endpoint} failed after retries (${status ?? 'no response'}: ${message}) — GitHub may be having trouble; re-run the job`;
    }
    return `${endpoint} answered ${status}: ${message}`;
}


/***/ }),

/***/ 68565:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ stepsToPass)
/* harmony export */ });
/* unused harmony export blockingGates */
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(72527);

/** Gates that make the check fail, worst first: those that could not be evaluated, then those that failed. */
function blockingGates(result) {
    return [...result.gates.filter((g) => g.status === 'error'), ...result.gates.filter((g) => g.status === 'fail')];
}
function stepsToPass(result) {
    const steps = new Map();
    const add = (action, gate) => {
        const key = `${action.text}\u0000${action.command ?? ''}`;
        const step = steps.get(key);
        if (!step)
            steps.set(key, { ...action, gates: [gate] });
        else if (!step.gates.includes(gate))
            step.gates.push(gate);
    };
    for (const g of blockingGates(result)) {
        const failing = g.findings.filter((f) => f.severity === 'error');
        let unexplained = 0;
        let first;
        for (const f of failing) {
            if (f.action?.text.trim())
                add(f.action, g.id);
            else if (unexplained++ === 0)
                first = f.message;
        }
        if (failing.length === 0)
            first = g.summary;
        if (first !== undefined) {
            const more = unexplained > 1 ? ` (and ${unexplained - 1} more below)` : '';
            add({ text: `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .truncate */ .xv)(first, 300)}${more}` }, g.id);
        }
    }
    return mergeReasons([...steps.values()]);
}
/**
 * A step that is another with a reason added ("Ask erin to approve the latest commit 4f2a91c" and "Ask erin to
 * approve the latest commit 4f2a91c (owner of src/** by CODEOWNERS line 7)") is one step: the one with the reason,
 * clearing both gates' findings.
 */
function mergeReasons(steps) {
    const withReason = new Map();
    for (const s of steps) {
        const open = s.text.lastIndexOf(' (');
        if (open > 0 && s.text.endsWith(')') && !withReason.has(s.text.slice(0, open)))
            withReason.set(s.text.slice(0, open), s);
    }
    const merged = [];
    for (const s of steps) {
        const reasoned = withReason.get(s.text);
        const into = reasoned && (s.command === undefined || s.command === reasoned.command) ? reasoned : undefined;
        if (!into || into === s) {
            merged.push(s);
            continue;
        }
        for (const g of s.gates)
            if (!into.gates.includes(g))
                into.gates.push(g);
    }
    return merged;
}


/***/ }),

/***/ 72527:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   ZD: () => (/* binding */ escapeHtml),
/* harmony export */   xv: () => (/* binding */ truncate)
/* harmony export */ });
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);
// Everything echoed from the repository (file names, titles, logins, messages that quote them) goes through
// here before it reaches Markdown: secrets are redacted first, HTML is inert, Markdown syntax is literal, and
// @mentions never ping.

const PUNCTUATION = new Set([...'\\`*_{}[]()#+-.!|~:']);
/** Plain text as inert Markdown on one line (safe inside a table cell or a list item). */
function escapeMarkdown(text) {
    return escapeInline(text, true);
}
/**
 * Plain text as inert HTML on one line, for places Markdown does not reach (a <summary>, which opens an HTML
 * block): the same as escapeMarkdown but without backslashes, which HTML would show as they are.
 */
function escapeHtml(text) {
    return escapeInline(text, false);
}
function escapeInline(text, markdown) {
    let out = '';
    for (const c of (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactSecrets */ .fp)(text)) {
        if (c === '&')
            out += '&amp;';
        else if (c === '<')
            out += '&lt;';
        else if (c === '>')
            out += '&gt;';
        else if (c === '"')
            out += '&quot;';
        else if (c === '@')
            out += '@&#8203;'; // a zero-width space after @ keeps GitHub from linking and notifying
        else if (c === '\r' || c === '\n' || c === '\u2028' || c === '\u2029')
            out += ' ';
        else if (c === '\t')
            out += ' ';
        else if (c < ' ' || c === '\u007f')
            out += '';
        else if (markdown && PUNCTUATION.has(c))
            out += `\\${c}`;
        else
            out += c;
    }
    return out;
}
/** Cuts text to `max` characters, saying so. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    return `${text.slice(0, Math.max(0, max - 1))}…`;
}


/***/ }),

/***/ 63021:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gc: () => (/* binding */ renderMarkdown),
/* harmony export */   Q0: () => (/* binding */ MAX_SUMMARY_BYTES),
/* harmony export */   Rh: () => (/* binding */ linksFromEnvironment),
/* harmony export */   wT: () => (/* binding */ MAX_COMMENT_LENGTH)
/* harmony export */ });
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28805);
/* harmony import */ var _actions_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68565);
/* harmony import */ var _escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(72527);
/* harmony import */ var _status_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36282);




// One Markdown report serves the PR comment and the job summary, laid out around the next action: the verdict,
// "To pass" (the steps that turn the check green), the gates that need attention with their findings, then what
// passed or was skipped, folded. Everything from the repository is escaped; limits are GitHub's, and a report
// over them is cut between rows and findings, saying how many were left out and where they are.
/** GitHub rejects issue comments longer than this (characters). */
const MAX_COMMENT_LENGTH = 65_536;
/** GitHub's cap on one step's job summary (bytes). */
const MAX_SUMMARY_BYTES = 1024 * 1024;
/** Steps listed under "To pass" before "and N more"; the gate sections below have them all. */
const MAX_STEPS = 12;
/** A table row's cell, a finding's message: longer ones are cut with "…". */
const MAX_CELL = 500;
const MAX_MESSAGE = 2000;
function renderMarkdown(ctx, options = {}) {
    // Measured in bytes where a limit is in bytes (never fewer than characters, so both limits hold), else in characters.
    const inBytes = options.maxBytes !== undefined;
    const limit = Math.min(options.maxBytes ?? Infinity, options.maxLength ?? (inBytes ? Infinity : MAX_COMMENT_LENGTH));
    const measure = inBytes ? (text) => Buffer.byteLength(text) : (text) => text.length;
    const fits = (text) => measure(text) <= limit;
    const layout = new Layout(ctx, options, measure);
    const none = layout.render({ items: 0, steps: MAX_STEPS, rows: Infinity });
    if (fits(none)) {
        // The most items per gate (findings, then table rows) that fit, from each item's size measured once: the size at
        // zero items plus what each item adds (the "N more not shown" lines only shrink as items are added).
        let items = layout.itemsWithin(limit - measure(none));
        let text = layout.render({ items, steps: MAX_STEPS, rows: Infinity });
        while (!fits(text) && items > 0) {
            items = Math.floor(items * 0.9);
            text = layout.render({ items, steps: MAX_STEPS, rows: Infinity });
        }
        return text;
    }
    // Not even the gate tables fit (a tiny limit, thousands of gates): the verdict and the first steps, then as many
    // gate rows as fit.
    for (const steps of [3, 0]) {
        let rows = layout.gateCount();
        while (rows > 0 && !fits(layout.render({ items: 0, steps, rows })))
            rows = Math.floor(rows / 2);
        const text = layout.render({ items: 0, steps, rows });
        if (fits(text))
            return text;
    }
    return layout.minimal(fits);
}
class Layout {
    ctx;
    options;
    measure;
    attention;
    rest;
    steps;
    blob;
    items = new Map();
    constructor(ctx, options, measure) {
        this.ctx = ctx;
        this.options = options;
        this.measure = measure;
        const gates = ctx.result.gates;
        this.attention = _status_js__WEBPACK_IMPORTED_MODULE_2__/* .ATTENTION_ORDER */ .mJ.flatMap((s) => gates.filter((g) => g.status === s));
        this.rest = gates.filter((g) => !(0,_status_js__WEBPACK_IMPORTED_MODULE_2__/* .needsAttention */ .e_)(g.status));
        this.steps = ctx.result.status === 'fail' ? (0,_actions_js__WEBPACK_IMPORTED_MODULE_0__/* .stepsToPass */ .J)(ctx.result) : [];
        this.blob = blobBase(ctx.links, ctx.result.head);
    }
    gateCount() {
        return this.ctx.result.gates.length;
    }
    /** The most items per gate whose lines, with the report at zero items, fit in `room`: a binary search over sums of sizes measured once. */
    itemsWithin(room) {
        const gates = this.visibleGates().map((g) => this.itemsOf(g).cost);
        const size = (items) => gates.reduce((sum, cost) => sum + cost[Math.min(items, cost.length - 1)], 0);
        let lo = 0;
        let hi = Math.max(0, ...gates.map((cost) => cost.length - 1));
        if (size(hi) <= room)
            return hi;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (size(mid) <= room)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    visibleGates() {
        return [...this.attention, ...this.rest.filter((g) => shownFindings(g).length || g.tables?.length)];
    }
    /** A gate's finding lines and table rows, rendered once, with the running cost of showing the first n of them. */
    itemsOf(g) {
        let items = this.items.get(g);
        if (items)
            return items;
        const findings = shownFindings(g).map((f) => this.findingLine(f));
        const rows = (g.tables ?? []).map((t) => t.rows.map((r) => `| ${t.columns.map((_, i) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(r[i] ?? '', MAX_CELL))).join(' | ')} |`));
        const cost = [0];
        let total = 0;
        for (const line of findings)
            cost.push((total += this.measure(line) + 1));
        for (const [k, t] of (g.tables ?? []).entries()) {
            // The first row shown brings the table's header and the words "more rows" with it.
            const header = this.measure(tableHeader(t).join('\n')) + 16;
            rows[k].forEach((line, i) => cost.push((total += this.measure(line) + 1 + (i === 0 ? header : 0))));
        }
        items = { findings, rows, cost };
        this.items.set(g, items);
        return items;
    }
    render(limits) {
        const { result } = this.ctx;
        const omitted = { findings: 0, rows: 0, steps: 0, gates: 0 };
        const body = [];
        let rowBudget = limits.rows;
        const tableRows = (gates) => {
            const rows = [];
            for (const g of gates) {
                if (rowBudget-- > 0)
                    rows.push(gateRow(g));
                else
                    omitted.gates++;
            }
            return rows;
        };
        if (limits.rows !== Infinity)
            for (const g of result.gates)
                omitted.findings += shownFindings(g).length;
        const attentionRows = tableRows(this.attention);
        if (attentionRows.length) {
            body.push('', '| | Gate | Result |', '| --- | --- | --- |', ...attentionRows);
            if (limits.rows === Infinity)
                for (const g of this.attention)
                    body.push(...this.gateSection(g, limits.items, omitted));
        }
        if (this.rest.length) {
            const restRows = tableRows(this.rest);
            body.push('', `<details><summary>${foldLabel(this.rest)}</summary>`);
            if (restRows.length)
                body.push('', '| | Gate | Result |', '| --- | --- | --- |', ...restRows);
            if (limits.rows === Infinity) {
                for (const g of this.rest)
                    if (shownFindings(g).length || g.tables?.length)
                        body.push(...this.gateSection(g, limits.items, omitted));
            }
            body.push('', '</details>');
        }
        if (omitted.gates)
            body.push('', `… and ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(omitted.gates, 'more gate')} not shown — ${this.whole()}.`);
        if (result.gates.length === 0)
            body.push('', 'The policy defines no gates, so nothing was checked.');
        if (this.ctx.notes.length) {
            body.push('');
            for (const note of this.ctx.notes)
                body.push(`> ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(note)}`);
        }
        body.push('', this.footer(), '');
        const top = [];
        if (this.options.header)
            top.push(this.options.header);
        top.push(verdict(this.ctx), '', context(this.ctx));
        top.push(...this.toPass(limits.steps, omitted));
        const cut = cutNote(omitted);
        if (cut)
            top.push('', `> ✂️ ${cut} — ${this.whole()}.`);
        return [...top, ...body].join('\n');
    }
    /** The verdict and where to read on, for a limit too small for anything else; cut at a line if need be. */
    minimal(fits) {
        const lines = [
            ...(this.options.header ? [this.options.header] : []),
            verdict(this.ctx),
            '',
            `The report is too long for this place — ${this.whole()}.`,
            '',
        ];
        let text = lines.join('\n');
        while (!fits(text) && text.includes('\n'))
            text = text.slice(0, text.lastIndexOf('\n', text.length - 2) + 1);
        return fits(text) ? text : '';
    }
    toPass(max, omitted) {
        if (this.ctx.result.status !== 'fail')
            return [];
        const steps = this.steps;
        if (steps.length === 0)
            return ['', '**To pass:** fix the findings of the failed gates below.'];
        const lines = ['', `**To pass** (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(steps.length, 'step')}):`, ''];
        steps.slice(0, max).forEach((s, i) => lines.push(`${i + 1}. ${stepLine(s)}`));
        const hidden = steps.length - Math.min(max, steps.length);
        omitted.steps = hidden;
        if (hidden > 0)
            lines.push(`${Math.min(max, steps.length) + 1}. … and ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(hidden, 'more step')}: see the findings below`);
        return lines;
    }
    /** A gate's heading, findings and tables; nothing when its table row already says all there is. */
    gateSection(g, maxItems, omitted) {
        const rule = g.rule === g.id ? '' : ` (${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.rule)})`;
        const refs = g.refs?.length ? ` — ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.refs.join(', '))}` : '';
        const { findings, rows: tableRows } = this.itemsOf(g);
        if (findings.length === 0 && !g.tables?.length)
            return [];
        const lines = ['', `#### ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW[g.status]} ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.id)}${rule}${refs}`];
        const shown = findings.slice(0, maxItems);
        if (shown.length)
            lines.push('');
        for (const line of shown)
            lines.push(line);
        const hidden = findings.length - shown.length;
        omitted.findings += hidden;
        if (hidden > 0)
            lines.push(`- … ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(hidden, shown.length ? 'more finding' : 'finding')} not shown — ${this.whole()}`);
        let budget = maxItems - shown.length;
        for (const [k, t] of (g.tables ?? []).entries()) {
            const rows = Math.min(t.rows.length, Math.max(0, budget));
            budget -= rows;
            omitted.rows += t.rows.length - rows;
            lines.push('', ...this.tableLines(t, tableRows[k].slice(0, rows)));
        }
        return lines;
    }
    tableLines(t, rows) {
        const lines = t.collapsed
            ? [`<details><summary>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeHtml */ .ZD)(t.title)} (${t.rows.length})</summary>`, '']
            : [`**${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(t.title)} (${t.rows.length})**`, ''];
        if (t.rows.length === 0)
            lines.push('none');
        else {
            if (rows.length > 0)
                lines.push(...tableHeader(t), ...rows);
            const hidden = t.rows.length - rows.length;
            if (hidden > 0)
                lines.push(...(rows.length ? [''] : []), `… ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(hidden, rows.length ? 'more row' : 'row')} not shown — ${this.whole()}`);
        }
        if (t.collapsed)
            lines.push('', '</details>');
        return lines;
    }
    findingLine(f) {
        const help = f.help ? ` ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(f.help)}` : '';
        return `- ${SEVERITY_LABEL[f.severity]}${this.where(f)}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(f.message, MAX_MESSAGE))}${help}`;
    }
    /** " [path:line](link)", or the location as plain text when the repository is not known. */
    where(f) {
        if (!f.file)
            return '';
        const label = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`${f.file}${f.line ? `:${f.line}` : ''}`);
        const url = this.blob && fileUrl(this.blob, f.file, f.line, f.endLine);
        return url ? ` [${label}](${url})` : ` ${label}`;
    }
    whole() {
        const links = this.ctx.links;
        if (this.options.whole === 'job-summary') {
            const url = safeUrl(links?.jobSummary);
            return url ? `see [the job summary](${url})` : 'see the job summary';
        }
        const url = safeUrl(links?.checkRun);
        return `see ${url ? `[the check run's annotations](${url})` : "the check run's annotations"} or the JSON result`;
    }
    footer() {
        const { result } = this.ctx;
        const parts = [
            (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(`policy ${result.policy.path} at ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(result.policy.ref)}, sha256 ${result.policy.sha256.slice(0, 12)}; base ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(result.base)}, head ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(result.head)}`),
        ];
        const checkRun = safeUrl(this.ctx.links?.checkRun);
        const summary = safeUrl(this.ctx.links?.jobSummary);
        if (checkRun)
            parts.push(`[check run](${checkRun})`);
        if (summary)
            parts.push(`[job summary](${summary})`);
        return `<sub>${parts.join(' · ')}</sub>`;
    }
}
const SEVERITY_LABEL = { error: '**error**', warning: '*warning*', notice: 'notice' };
function verdict(ctx) {
    const gates = ctx.result.gates;
    const failed = gates.filter((g) => g.status === 'fail' || g.status === 'error');
    const warned = gates.filter((g) => g.status === 'warn').length;
    let text;
    if (failed.length)
        text = `${failed.length} of ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(gates.length, 'gate')} failed${warned ? `, ${warned} with warnings` : ''}`;
    else if (warned)
        text = `passed with warnings from ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(warned, 'gate')}`;
    else if (gates.some((g) => g.status === 'skip'))
        text = `all ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(gates.length, 'gate')} passed or skipped`;
    else
        text = gates.length ? `all ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(gates.length, 'gate')} passed` : 'no gates';
    return `### ${ctx.result.status === 'pass' ? '✅' : '❌'} sdlc-gate: ${text}`;
}
function context(ctx) {
    return ctx.pr
        ? `Pull request #${ctx.pr.number}: ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(ctx.pr.title, 200))}`
        : `Changes ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(ctx.result.base)}…${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .shortSha */ .Fu)(ctx.result.head)}`;
}
function foldLabel(rest) {
    const passed = rest.filter((g) => g.status === 'pass').length;
    const skipped = rest.length - passed;
    return [passed && `${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW.pass} ${passed} passed`, skipped && `${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW.skip} ${skipped} skipped`].filter(Boolean).join(', ');
}
function tableHeader(t) {
    return [`| ${t.columns.map((c) => (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(c)).join(' | ')} |`, `| ${t.columns.map(() => '---').join(' | ')} |`];
}
function gateRow(g) {
    const refs = g.refs?.length ? `<br><sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.refs.join(' · '))}</sub>` : '';
    return `| ${_status_js__WEBPACK_IMPORTED_MODULE_2__/* .STATUS_ICON */ .tW[g.status]} | **${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(g.id)}**${refs} | ${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(g.summary, 300))} |`;
}
/** A gate's findings less the one its table row already says (same text, no place). */
function shownFindings(g) {
    return g.findings.filter((f) => f.file || f.help || f.message !== g.summary || g.summary.length > 300);
}
function stepLine(s) {
    const command = s.command ? ` — run ${codeSpan(s.command)}` : '';
    return `${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)((0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(s.text, MAX_MESSAGE))}${command} <sub>${(0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .escapeMarkdown */ .FV)(s.gates.join(', '))}</sub>`;
}
/** Text as a code span: literal, on one line, fenced with more backticks than it contains in a row. */
function codeSpan(text) {
    // eslint-disable-next-line no-control-regex -- the control characters are what this strips from repository text
    const one = (0,_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .truncate */ .xv)(text.replace(/[\r\n\u2028\u2029\t]+/g, ' ').replace(/[\u0000-\u001f\u007f]/g, ''), 300);
    let longest = 0;
    for (const run of one.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    const fence = '`'.repeat(longest + 1);
    const pad = one.startsWith('`') || one.endsWith('`') ? ' ' : '';
    return `${fence}${pad}${one}${pad}${fence}`;
}
function cutNote(o) {
    const parts = [
        o.findings && (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(o.findings, 'finding'),
        o.rows && (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(o.rows, 'table row'),
        o.gates && (0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .plural */ .LS)(o.gates, 'gate'),
    ].filter(Boolean);
    if (!parts.length)
        return undefined;
    return `This report was cut to fit GitHub's size limit: ${parts.join(', ')} not shown`;
}
/** The address files at head are under, or undefined when the server, repository or head commit is unknown or odd. */
function blobBase(links, head) {
    const server = safeUrl(links?.server);
    const repo = links?.repository;
    if (!server || !repo || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repo) || !/^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(head))
        return undefined;
    return `${server.replace(/\/+$/, '')}/${repo}/blob/${head}/`;
}
/** A link to a file's line at head; undefined for a path that is not a plain relative one. */
function fileUrl(base, path, line, endLine) {
    const segments = path.split('/');
    if (segments.some((s) => s === '' || s === '.' || s === '..'))
        return undefined;
    const anchor = line ? `#L${line}${endLine && endLine > line ? `-L${endLine}` : ''}` : '';
    return `${base}${segments.map(encodeSegment).join('/')}${anchor}`;
}
function encodeSegment(s) {
    return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** An http(s) address safe to put in a Markdown link as it is; undefined otherwise. */
function safeUrl(url) {
    return url && /^https?:\/\/[^\s()<>"'`\\]+$/.test(url) ? url : undefined;
}
/** The links an Actions run knows from its environment (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT). */
function linksFromEnvironment(env) {
    const server = safeUrl(env.GITHUB_SERVER_URL || 'https://github.com');
    const repository = env.GITHUB_REPOSITORY;
    const links = {};
    if (!server || !repository || !/^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/.test(repository))
        return links;
    links.server = server;
    links.repository = repository;
    const run = env.GITHUB_RUN_ID;
    if (run && /^\d+$/.test(run)) {
        const attempt = env.GITHUB_RUN_ATTEMPT && /^\d+$/.test(env.GITHUB_RUN_ATTEMPT) ? `/attempts/${env.GITHUB_RUN_ATTEMPT}` : '';
        links.jobSummary = `${server.replace(/\/+$/, '')}/${repository}/actions/runs/${run}${attempt}`;
    }
    return links;
}


/***/ }),

/***/ 36282:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I1: () => (/* binding */ STATUS_WORD),
/* harmony export */   e_: () => (/* binding */ needsAttention),
/* harmony export */   mJ: () => (/* binding */ ATTENTION_ORDER),
/* harmony export */   tW: () => (/* binding */ STATUS_ICON)
/* harmony export */ });
const STATUS_ICON = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '🛑' };
const STATUS_WORD = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', error: 'ERROR' };
/** Gates that need a person's attention, worst first. */
const ATTENTION_ORDER = ['error', 'fail', 'warn'];
function needsAttention(status) {
    return ATTENTION_ORDER.includes(status);
}


/***/ })

};
