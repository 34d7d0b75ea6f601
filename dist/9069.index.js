export const id = 9069;
export const ids = [9069];
export const modules = {

/***/ 6208:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ UsageError)
/* harmony export */ });
// What every use case and entry point shares about bad usage.
/** Bad usage (a flag, an input, a file the user named): the CLI prints it with its usage line and exits 2. */
class UsageError extends Error {
}


/***/ }),

/***/ 29069:
/***/ ((__webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.a(__webpack_module__, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
__webpack_require__.r(__webpack_exports__);
/* harmony import */ var _cli_commands_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(94710);

process.exitCode = await (0,_cli_commands_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
});

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 94710:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ main)
/* harmony export */ });
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6208);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(82458);
/* harmony import */ var _report_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(26749);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67755);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(84761);





/** The commands, each loaded on first use. */
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(6690), __webpack_require__.e(4374), __webpack_require__.e(677)]).then(__webpack_require__.bind(__webpack_require__, 20677))).check,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(7826)]).then(__webpack_require__.bind(__webpack_require__, 17826))).validate,
    trace: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(1895), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(6690), __webpack_require__.e(8149), __webpack_require__.e(8067), __webpack_require__.e(2846), __webpack_require__.e(9307)]).then(__webpack_require__.bind(__webpack_require__, 17062))).trace,
    vex: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(7673), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3555), __webpack_require__.e(6690), __webpack_require__.e(5862), __webpack_require__.e(1305)]).then(__webpack_require__.bind(__webpack_require__, 91305))).vex,
    release: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(7673), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8353), __webpack_require__.e(1895), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3555), __webpack_require__.e(6690), __webpack_require__.e(5862), __webpack_require__.e(8149), __webpack_require__.e(8067), __webpack_require__.e(6468), __webpack_require__.e(2846), __webpack_require__.e(2245), __webpack_require__.e(2178)]).then(__webpack_require__.bind(__webpack_require__, 51971))).release,
    monitor: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(7673), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3555), __webpack_require__.e(6690), __webpack_require__.e(5862), __webpack_require__.e(6468), __webpack_require__.e(6396)]).then(__webpack_require__.bind(__webpack_require__, 26396))).monitor,
    schema: async () => async (args, io) => {
        (0,_run_command_js__WEBPACK_IMPORTED_MODULE_1__/* .parseFlags */ .bQ)(args, {});
        const { policySchemaText } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3781)]).then(__webpack_require__.bind(__webpack_require__, 43781));
        io.stdout(policySchemaText());
        return 0;
    },
};
async function main(argv, cli) {
    // Messages on stderr (errors from git, the API, a file) pass the same filter as every other output: the token
    // and terminal control sequences from repository content never reach the terminal.
    if (cli.env.GITHUB_TOKEN)
        (0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .registerSecret */ .cl)(cli.env.GITHUB_TOKEN);
    const io = { ...cli, stderr: (s) => cli.stderr((0,_report_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeOutput */ .Bn)(s)) };
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                io.stdout(`${_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u}\n`);
                return command === undefined ? 2 : 0;
        }
        const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!load)
            throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e(`unknown command "${command}"`);
        // `sdlc-gate check --help` asks for the usage, as `sdlc-gate --help` does (flags after `--` are not options).
        const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
        if (options.includes('--help') || options.includes('-h')) {
            io.stdout(`${_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u}\n`);
            return 0;
        }
        return await (await load())(rest, io);
    }
    catch (e) {
        if (e instanceof _app_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .e) {
            io.stderr(`sdlc-gate: ${e.message}\n\n${_usage_js__WEBPACK_IMPORTED_MODULE_2__/* .USAGE */ .u}\n`);
            return 2;
        }
        io.stderr(`sdlc-gate: ${e?.message ?? String(e)}\n`);
        return e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_4__/* .FactError */ .n ? 2 : 1;
    }
}


/***/ }),

/***/ 67755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bQ: () => (/* binding */ parseFlags),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   yL: () => (/* binding */ oneOf)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6208);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82458);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(28805);




/** The command's flags (strict: an unknown flag or a positional argument is bad usage). */
function parseFlags(args, options) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({ args, options, strict: true, allowPositionals: false }).values;
    }
    catch (e) {
        throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(e.message.replace(/\. To specify.*$/s, ''));
    }
}
/**
 * Runs a command's body: bad usage prints the message and the usage line (exit 2); anything else one line, with
 * `onFact` deciding what a missing fact means for this command (its exit code and a note).
 */
async function runCommand(command, usage, io, body, onFact) {
    try {
        return await body();
    }
    catch (e) {
        if (e instanceof _app_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e) {
            io.stderr(`sdlc-gate ${command}: ${e.message}\n\nUsage: ${usage}\n`);
            return 2;
        }
        const fact = e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_2__/* .FactError */ .n;
        io.stderr(`sdlc-gate ${command}: ${e?.message ?? String(e)}${fact && onFact.note ? `; ${onFact.note}` : ''}\n`);
        return fact ? onFact.code : 1;
    }
}
/** A flag that takes one of a few words (`--format`): its value, `fallback` when absent, else a usage error naming the words. */
function oneOf(flag, value, allowed, fallback) {
    if (value === undefined)
        return fallback;
    if (allowed.includes(value))
        return value;
    throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .e(`--${flag} must be ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_3__/* .listing */ .RR)(allowed, 'or')}, not "${value}"`);
}


/***/ }),

/***/ 84761:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ MONITOR_USAGE),
/* harmony export */   u: () => (/* binding */ USAGE)
/* harmony export */ });
// The CLI's usage text: what `--help` prints, loaded without any command's code.
const MONITOR_USAGE = `sdlc-gate monitor [--repo DIR] [--policy PATH] [--ref REF]... [--now ISO-8601] [--state FILE]
                  [--format text|json|markdown] [--output FILE]`;
const USAGE = `Usage:
  sdlc-gate check [--repo DIR] [--policy PATH] [--base REF] [--head REF] [--event FILE]
                  [--reviews FILE] [--teams FILE] [--commits FILE] [--format text|json|markdown] [--output FILE]
  sdlc-gate validate [--repo DIR] [--policy PATH]
  sdlc-gate trace [--repo DIR] [--policy PATH] [--gate ID] [--format markdown|csv|json|html] [--output FILE] [--base REF] [--repo-url URL]
  sdlc-gate vex [--repo DIR] [--policy PATH] [--gate ID] [--output FILE]
  sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]
  ${MONITOR_USAGE}
  sdlc-gate schema

Exit status: 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.`;


/***/ }),

/***/ 82458:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ canWrite),
/* harmony export */   n: () => (/* binding */ FactError)
/* harmony export */ });
// Core types shared by every stage of the pipeline: policy → facts → rules → engine → report → publish.
// The core imports nothing outside itself.
/** Whether a base role may push to the repository (GitHub counts only such approvals for branch protection). */
function canWrite(permission) {
    return permission === 'admin' || permission === 'write';
}
/** A fact could not be obtained; the message says what failed and what to do. */
class FactError extends Error {
    name = 'FactError';
}


/***/ }),

/***/ 26749:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bn: () => (/* binding */ sanitizeOutput),
/* harmony export */   cl: () => (/* binding */ registerSecret),
/* harmony export */   fp: () => (/* binding */ redactSecrets)
/* harmony export */ });
/* unused harmony exports clearSecrets, stripControls */
// The one filter every writer passes its text through (summary, comment, check run, annotations, logs, JSON):
// secrets are replaced before anything escapes them (an escaped `ghs\_…` would slip past the runner's masking),
// and terminal control sequences from repository content never reach a log.
const REDACTED = '***';
const secrets = new Set();
/** Registers a secret (the token) whose value, and escaped forms of it, are redacted from every output. */
function registerSecret(value) {
    if (value.length < 4)
        return; // too short to tell from ordinary text; the shapes below still apply
    secrets.add(value);
    const escaped = value.replace(/[\\`*_{}[\]()#+\-.!|~:]/g, (c) => `\\${c}`);
    if (escaped !== value)
        secrets.add(escaped);
}
/** Forgets registered secrets (tests). */
function clearSecrets() {
    secrets.clear();
}
// GitHub token shapes (https://github.blog/2021-04-05-behind-githubs-new-authentication-token-formats/), also
// with a Markdown backslash before each underscore. One greedy run after a fixed prefix: linear in the text.
const TOKEN_SHAPES = /(?:gh[pousr]\\?_[A-Za-z0-9]{16,}|github\\?_pat\\?_[A-Za-z0-9_\\]{20,})/g;
/** Replaces registered secrets and anything shaped like a GitHub token with `***`. */
function redactSecrets(text) {
    let out = text;
    for (const s of secrets)
        if (out.includes(s))
            out = out.split(s).join(REDACTED);
    TOKEN_SHAPES.lastIndex = 0;
    let m = TOKEN_SHAPES.exec(out);
    if (!m)
        return out;
    // Copied into one buffer rather than a list of pieces: hostile text with a token every few bytes would otherwise
    // keep hundreds of thousands of small strings alive at once.
    const builder = new TextBuilder(out.length);
    let from = 0;
    for (; m; m = TOKEN_SHAPES.exec(out)) {
        builder.copy(out, from, m.index);
        builder.copy(REDACTED, 0, REDACTED.length);
        from = m.index + m[0].length;
    }
    builder.copy(out, from, out.length);
    return builder.toString();
}
/** UTF-16 code units appended to one preallocated buffer (the output is never longer than `capacity`). */
class TextBuilder {
    units;
    length = 0;
    constructor(capacity) {
        this.units = new Uint16Array(capacity);
    }
    copy(text, from, to) {
        for (let i = from; i < to; i++)
            this.units[this.length++] = text.charCodeAt(i);
    }
    toString() {
        return Buffer.from(this.units.buffer, this.units.byteOffset, this.length * 2).toString('utf16le');
    }
}
/**
 * Removes terminal control sequences: CSI (ESC [ … final, or the 8-bit CSI), OSC (ESC ] … BEL or ST, or to the end
 * when unterminated), other ESC sequences, and every C0/C1 control and DEL except newline and tab. One pass.
 */
function stripControls(text) {
    let builder;
    let run = 0; // start of the current run of kept characters
    let i = 0;
    const n = text.length;
    while (i < n) {
        const code = text.charCodeAt(i);
        if ((code >= 0x20 && code !== 0x7f && !(code >= 0x80 && code <= 0x9f)) || code === 0x0a || code === 0x09) {
            i++;
            continue;
        }
        builder ??= new TextBuilder(n);
        builder.copy(text, run, i);
        i = skipControl(text, i);
        run = i;
    }
    if (!builder)
        return text;
    builder.copy(text, run, n);
    return builder.toString();
}
/** The index after the control character or sequence at `i`. */
function skipControl(text, i) {
    const n = text.length;
    const code = text.charCodeAt(i);
    if (code !== 0x1b && code !== 0x9b && code !== 0x9d)
        return i + 1;
    const kind = code === 0x9b ? '[' : code === 0x9d ? ']' : text[i + 1];
    if (kind === undefined || text.charCodeAt(i + 1) < 0x20)
        return i + 1; // a lone ESC: drop it alone
    i += code === 0x1b ? 2 : 1;
    if (kind === '[') {
        // parameters, intermediates, then one final byte
        while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x3f)
            i++;
        while (i < n && text.charCodeAt(i) >= 0x20 && text.charCodeAt(i) <= 0x2f)
            i++;
        if (i < n && text.charCodeAt(i) >= 0x40 && text.charCodeAt(i) <= 0x7e)
            i++;
        return i;
    }
    if (kind === ']' || kind === 'P' || kind === '_' || kind === '^' || kind === 'X') {
        // string sequences end at BEL or ST (ESC \ or 0x9c), or at the end when unterminated
        while (i < n) {
            const c = text.charCodeAt(i);
            if (c === 0x07 || c === 0x9c)
                return i + 1;
            if (c === 0x1b)
                return text[i + 1] === '\\' ? i + 2 : i;
            i++;
        }
        return i;
    }
    return i; // a two-character ESC sequence
}
/** What any writer does to text before it leaves the process. */
function sanitizeOutput(text) {
    return stripControls(redactSecrets(text));
}


/***/ }),

/***/ 28805:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ shortSha),
/* harmony export */   LS: () => (/* binding */ plural),
/* harmony export */   RR: () => (/* binding */ listing),
/* harmony export */   pg: () => (/* binding */ shortList),
/* harmony export */   ws: () => (/* binding */ scalarText)
/* harmony export */ });
/** Singular or plural: plural(2, 'approval') → "2 approvals". */
function plural(n, word, many = `${word}s`) {
    return `${n} ${n === 1 ? word : many}`;
}
/** "a", "a and b", "a, b and c". */
function listing(items, conjunction = 'and') {
    if (items.length <= 1)
        return items.join('');
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}
/** A list shortened to its first `max` items with a count of the rest. */
function shortList(items, max = 5) {
    if (items.length <= max)
        return listing(items);
    return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
function shortSha(sha) {
    return /^[0-9a-f]{40}$/i.test(sha) ? sha.slice(0, 7) : sha;
}
/**
 * A value read from a repository's YAML, JSON or XML as text: strings as they are, numbers and booleans written
 * out, anything else empty. Never String() on such a value: an object with a "toString" key of its own throws.
 */
function scalarText(v) {
    return typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' ? String(v) : '';
}


/***/ })

};
