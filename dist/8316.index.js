export const id = 8316;
export const ids = [8316];
export const modules = {

/***/ 44203:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ SEVERITY_LEVELS)
/* harmony export */ });
// The shape of an OSV record (https://ossf.github.io/osv-schema/) as the facts hand it over and the parsers read it.
/** The severity levels, lowest first. */
const SEVERITY_LEVELS = ['low', 'medium', 'high', 'critical'];


/***/ }),

/***/ 7849:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   PL: () => (/* binding */ gateOptionsOf),
/* harmony export */   Xd: () => (/* binding */ lazyRule)
/* harmony export */ });
/** A rule from its definition: the options a gate hands over have passed the options schema (the policy loader validated them). */
function defineRule(definition) {
    return {
        ...definition,
        optionsSchema: definition.options,
        evaluate: (options, facts, ctx) => definition.evaluate(options, facts, ctx),
    };
}
/**
 * A rule whose evaluation is imported when a gate first runs it. The policy loader needs a rule's name,
 * description and options only, so a policy without that gate never loads the evaluation's code (its parsers).
 */
function lazyRule(definition, load) {
    return defineRule({ ...definition, evaluate: async (options, facts, ctx) => (await load()).evaluate(options, facts, ctx) });
}
/**
 * A loaded gate's options, typed by the rule it runs. The policy loader has validated them against that rule's
 * schema (as it does for every gate before the engine hands them to a rule), so they have this shape; a gate that
 * runs another rule is a programming error.
 */
function gateOptionsOf(gate, rule) {
    if (gate.rule !== rule.name)
        throw new Error(`gate "${gate.id}" runs rule ${gate.rule}, not ${rule.name}`);
    return gate.options;
}


/***/ }),

/***/ 9975:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G6: () => (/* binding */ globSchema),
/* harmony export */   KN: () => (/* binding */ whenSchema),
/* harmony export */   Ly: () => (/* binding */ RuleOptions),
/* harmony export */   QJ: () => (/* binding */ Const),
/* harmony export */   bD: () => (/* binding */ StringEnum),
/* harmony export */   e4: () => (/* binding */ globListSchema),
/* harmony export */   fz: () => (/* binding */ annotate),
/* harmony export */   mf: () => (/* binding */ requirementSourceSchema),
/* harmony export */   oG: () => (/* binding */ safetyClassSchema),
/* harmony export */   v2: () => (/* binding */ regexSchema),
/* harmony export */   wI: () => (/* binding */ principalListSchema),
/* harmony export */   wj: () => (/* binding */ SAFETY_CLASSES)
/* harmony export */ });
/* unused harmony exports REQUIREMENT_FORMATS, principalPattern, SEVERITIES, severitySchema */
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(74508);

/** One of the given strings: `{ enum: [...] }` in the JSON Schema, their union in TypeScript. */
function StringEnum(values, options = {}) {
    return _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Unsafe({ enum: [...values], ...options });
}
/** Exactly this value: `{ const: value }` in the JSON Schema. */
function Const(value, options = {}) {
    return _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Unsafe({ const: value, ...options });
}
/**
 * A rule's options: an object schema whose TypeScript type has every property that has a default (ajv fills
 * defaults, so the rule always sees one) or that is listed in `required`; the others are Type.Optional. Unlike
 * Type.Object, the JSON Schema's `required` lists only `required` (a default is not something the author must write).
 */
function RuleOptions(properties, options = {}) {
    const { required, ...rest } = options;
    const schema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object(properties, rest);
    delete schema.required;
    if (required?.length)
        schema.required = [...required];
    return schema;
}
/** A repo-relative glob; the custom format rejects absolute paths and "..". */
const globSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1, format: 'repo-glob' });
/** A regular expression from the policy: it must compile and be free of catastrophic backtracking. */
const regexSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1, format: 'safe-regex' });
const globListSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(globSchema);
/** Requirement source formats. */
const REQUIREMENT_FORMATS = ['yaml', 'markdown', 'doorstop', 'strictdoc', 'openfasttrace', 'sphinx-needs', 'reqif'];
/** Where requirements are defined: a glob (format from the extension) or {path, format}; the gates that read requirements share it. */
const requirementSourceSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Union([
    globSchema,
    _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object({
        path: globSchema,
        format: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(StringEnum(REQUIREMENT_FORMATS)),
        id_attribute: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({
            minLength: 1,
            description: "reqif: the attribute holding each spec object's id (default ReqIF.ForeignID, then its IDENTIFIER).",
        })),
        test_types: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ pattern: '^[A-Za-z]+$' }), {
            minItems: 1,
            description: 'openfasttrace: the artifact types that are tests (default utest, itest, stest); an item is a requirement when its Needs names one.',
        })),
    }, { additionalProperties: false }),
]);
/** A GitHub login, an @org/team, or (in reviewer lists) a group name from `groups`. */
const principalPattern = '^(@[A-Za-z0-9][A-Za-z0-9-]*/[A-Za-z0-9][A-Za-z0-9._-]*|@?[A-Za-z0-9][A-Za-z0-9-]*(\\[bot\\])?)$';
const principalListSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ pattern: principalPattern }), {
    description: 'Group names from `groups`, @org/team slugs, or GitHub logins.',
});
/** Options with a different description (or other annotations): a copy, so the shared schema stays as it is. */
function annotate(schema, options) {
    return { ...schema, ...options };
}
const SAFETY_CLASSES = ['A', 'B', 'C'];
const safetyClassSchema = StringEnum(SAFETY_CLASSES, { description: 'IEC 62304 software safety class.' });
const SEVERITIES = ['error', 'warning', 'notice'];
const severitySchema = StringEnum(SEVERITIES);
/** A gate's `when`: it applies only when every condition given holds. */
const whenSchema = _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Object({
    paths: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(annotate(globListSchema, { description: 'A changed file matches one of these globs.' })),
    class: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(safetyClassSchema, {
        description: 'A changed file lies in a software item of one of these classes (files in no item take classification.default).',
    })),
    labels: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_0__/* .Type */ .ZU.String({ minLength: 1 }), { description: 'The pull request has one of these labels.' })),
}, { additionalProperties: false, description: 'The gate applies only when every condition given holds; without `when` it always applies.' });


/***/ }),

/***/ 82536:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tr: () => (/* reexport */ GitRepo),
  NP: () => (/* reexport */ normalizeRepoPath),
  F_: () => (/* reexport */ parseNameStatus)
});

// UNUSED EXPORTS: BatchOutputParser, DEFAULT_MAX_FILE_BYTES, GitError, GrepOutputParser, grepScope

// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
// EXTERNAL MODULE: ./lib/facts/text.js
var facts_text = __webpack_require__(17876);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./lib/facts/git/process.js


// Running git: one command with its whole output (execGit), or a long one streamed (streamGit). An argument list,
// never a shell; no prompts, no optional locks, the C locale; bounded by time and by output size.
const GIT_TIMEOUT_MS = 60_000;
/** A scan streams many files through one process; it is bounded by time as a whole. */
const SCAN_TIMEOUT_MS = 10 * 60_000;
const MAX_GIT_OUTPUT = 256 * 1024 * 1024;
/** Runs git in `dir` with an argument list (never a shell), literal pathspecs and no prompts; its whole output. */
function execGit(dir, args, timeoutMs = GIT_TIMEOUT_MS) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', ['-C', dir, '--literal-pathspecs', '-c', 'core.quotePath=false', ...args], {
            encoding: 'buffer',
            maxBuffer: MAX_GIT_OUTPUT,
            timeout: timeoutMs,
            env: gitEnv(),
        }, (error, stdout, stderr) => {
            if (error) {
                const detail = stderr.toString('utf8').trim().split('\n')[0] || error.message;
                reject(new GitError(`git ${args[0]} failed: ${detail}`));
            }
            else
                resolve(stdout);
        });
    });
}
class GitError extends types/* FactError */.n {
    name = 'GitError';
}
/**
 * A scan's failure as the user reads it: what git was doing, and — where the message has no advice of its own (git
 * answered what the gate cannot read, or stopped early) — what to do next. Errors that are not git's pass as they are.
 */
function withNextStep(error, doing) {
    if (!(error instanceof GitError) || error.message.includes(' — '))
        return error;
    return new GitError(`${error.message} (${doing}) — re-run the job; if it fails again, the checkout or its git is broken: check out afresh, and report it with \`git --version\` if it persists`);
}
function gitEnv() {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' };
}
/**
 * Runs git over many files with its output handed to `onOutput` chunk by chunk (and `input` written to it), and
 * settles once: with what `onClose` answers when git has finished, or rejects on the first error — a handler that
 * throws, git that cannot start, the scan's time limit — killing git. What git sends after that is not handed on.
 */
function streamGit(dir, args, handlers) {
    return new Promise((resolve, reject) => {
        // No stdin unless there is input: git grep may refuse a pattern and exit before an empty stdin is closed (EPIPE).
        const child = (0,external_node_child_process_.spawn)('git', ['-C', dir, '--literal-pathspecs', ...args], {
            env: gitEnv(),
            stdio: [handlers.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
        });
        const command = `git ${args[0]}`;
        let settled = false;
        let stderr = '';
        const finish = (outcome) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            if ('error' in outcome) {
                child.kill();
                reject(withNextStep(outcome.error, `${command} ${handlers.doing}`));
            }
            else
                resolve(outcome.value);
        };
        const timer = setTimeout(() => finish({
            error: new GitError(`${command} did not finish ${handlers.doing} within ${SCAN_TIMEOUT_MS / 60_000} minutes — narrow the files the policy's globs match`),
        }), SCAN_TIMEOUT_MS);
        child.stdout.on('data', (chunk) => {
            if (settled)
                return;
            try {
                handlers.onOutput(chunk);
            }
            catch (e) {
                finish({ error: e });
            }
        });
        child.stderr.on('data', (chunk) => {
            if (stderr.length < 4096)
                stderr += chunk.toString('utf8');
        });
        child.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message} — check that git is installed and the checkout is readable`) }));
        child.on('close', (code) => {
            if (settled)
                return;
            try {
                finish({ value: handlers.onClose(code, stderr) });
            }
            catch (e) {
                finish({ error: e });
            }
        });
        if (child.stdin) {
            child.stdin.on('error', (e) => finish({ error: new GitError(`${command} failed: ${e.message}`) }));
            child.stdin.end(handlers.input);
        }
    });
}

;// CONCATENATED MODULE: ./lib/facts/git/cat-file.js



// Reading blobs through `git cat-file --batch`: its output parsed as it streams (BatchOutputParser), many files in
// one process of their own (catFiles), and single reads through one long-running process (BlobReader).
/**
 * `git cat-file --batch` output parsed as it streams: a header "<oid> <type> <size>" (or "<oid> missing"), the
 * body, a newline. Each body is copied once into a buffer of its own size, however the chunks fall.
 */
class BatchOutputParser {
    onObject;
    sharedFrom;
    header = [];
    body;
    filled = 0;
    newlineDue = false;
    /**
     * With `sharedFrom`, a body of that many bytes or more is read into shared memory (a SharedArrayBuffer): a worker
     * thread can then read the very bytes (the XSD validation of a large XML SBOM) without a copy of its own.
     */
    constructor(onObject, sharedFrom = Infinity) {
        this.onObject = onObject;
        this.sharedFrom = sharedFrom;
    }
    push(chunk) {
        let at = 0;
        while (at < chunk.length) {
            if (this.body) {
                const n = Math.min(this.body.length - this.filled, chunk.length - at);
                chunk.copy(this.body, this.filled, at, at + n);
                this.filled += n;
                at += n;
                if (this.filled === this.body.length)
                    this.complete(this.body);
                continue;
            }
            if (this.newlineDue) {
                this.newlineDue = false;
                at++;
                continue;
            }
            const newline = chunk.indexOf(10, at);
            if (newline < 0) {
                this.header.push(chunk.subarray(at));
                return;
            }
            const line = Buffer.concat([...this.header, chunk.subarray(at, newline)]).toString('latin1');
            this.header = [];
            at = newline + 1;
            const [, type, size] = line.split(' ');
            if (type === 'missing' || type === 'ambiguous' || size === undefined) {
                this.onObject(undefined);
                continue;
            }
            const length = Number(size);
            if (!Number.isSafeInteger(length) || length < 0)
                throw new GitError(`git cat-file answered an unreadable header: ${line.slice(0, 100)}`);
            this.body = length >= this.sharedFrom ? Buffer.from(new SharedArrayBuffer(length)) : Buffer.allocUnsafe(length);
            this.filled = 0;
            if (length === 0)
                this.complete(this.body);
        }
    }
    complete(body) {
        this.body = undefined;
        this.newlineDue = true;
        this.onObject(body);
    }
}
/** Whole files through one `git cat-file --batch` of their own, visited in the order given. */
async function catFiles(dir, items, visit) {
    const oids = items.flatMap((item) => ('oid' in item ? [item.oid] : []));
    let next = 0;
    const visitAnswered = () => {
        for (let item = items[next]; item && !('oid' in item); item = items[++next])
            visit(item);
    };
    visitAnswered();
    if (!oids.length)
        return;
    const parser = new BatchOutputParser((body) => {
        const item = items[next++];
        if (!item || !('oid' in item))
            throw new GitError('git cat-file answered more objects than were asked for');
        if (!body)
            throw new GitError(`git object ${item.oid} (${item.path}) is missing from the repository`);
        visit({ path: item.path, text: (0,facts_text/* lenientText */.t9)(body) });
        visitAnswered();
    });
    await streamGit(dir, ['cat-file', '--batch'], {
        doing: `reading ${oids.length} files`,
        input: oids.join('\n') + '\n',
        onOutput: (chunk) => parser.push(chunk),
        onClose: (code) => {
            if (next !== items.length)
                throw new GitError(`git cat-file ended (exit ${code}) before it had read ${items[next]?.path ?? 'every file'}`);
        },
    });
}
/** Single reads of this size or more come in shared memory (see BatchOutputParser). */
const SHARED_FROM = 1 << 20;
/** What a single read's failure says git was doing. */
const READING = 'git cat-file reading a file';
/**
 * Blobs through one long-running `git cat-file --batch`, instead of a process per file. The process holds the
 * event loop only while a read is pending, so a CLI run ends when its work does.
 */
class BlobReader {
    dir;
    child;
    pending = [];
    /** Objects asked for and not yet written to git: the reads of one turn of the event loop go in one write. */
    unsent = [];
    failure;
    constructor(dir) {
        this.dir = dir;
    }
    read(oid) {
        // A failure reaches the user as a catFiles failure does: with what git was doing and what to do next.
        if (this.failure)
            return Promise.reject(withNextStep(this.failure, READING));
        const child = this.start();
        return new Promise((resolve, reject) => {
            this.pending.push({ oid, resolve, reject: (e) => reject(withNextStep(e, READING)) });
            if (this.pending.length === 1)
                this.hold(true);
            this.unsent.push(oid);
            if (this.unsent.length === 1)
                setImmediate(() => this.send(child));
        });
    }
    send(child) {
        const oids = this.unsent;
        this.unsent = [];
        if (!this.failure)
            child.stdin.write(`${oids.join('\n')}\n`);
    }
    start() {
        if (this.child)
            return this.child;
        const child = (0,external_node_child_process_.spawn)('git', ['-C', this.dir, 'cat-file', '--batch'], { env: gitEnv() });
        const parser = new BatchOutputParser((body) => this.answer(body), SHARED_FROM);
        child.stdout.on('data', (chunk) => {
            try {
                parser.push(chunk);
            }
            catch (e) {
                this.fail(e);
                child.kill();
            }
        });
        child.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
        child.on('close', (code) => this.fail(new GitError(`git cat-file ended (exit ${code}) before answering`)));
        child.stdin.on('error', (e) => this.fail(new GitError(`git cat-file failed: ${e.message}`)));
        this.child = child;
        this.hold(false);
        return child;
    }
    /** Keeps the process alive while reads are pending; lets it go when idle. */
    hold(busy) {
        const child = this.child;
        if (!child)
            return;
        for (const handle of [child, child.stdout, child.stdin, child.stderr]) {
            if (busy)
                handle.ref?.();
            else
                handle.unref?.();
        }
    }
    answer(body) {
        const head = this.pending.shift();
        if (!head)
            throw new GitError('git cat-file answered an object that was not asked for');
        if (body)
            head.resolve(body);
        else
            head.reject(new GitError(`git object ${head.oid} is missing from the repository`));
        if (this.pending.length === 0)
            this.hold(false);
    }
    fail(e) {
        this.failure ??= e;
        for (const p of this.pending.splice(0))
            p.reject(this.failure);
    }
}

;// CONCATENATED MODULE: ./lib/facts/git/diff.js
// Changed files between two commits: `git diff --name-status -z -M`, parsed.
/** The arguments of the diff that lists the files changed between two commits, with renames, as GitHub lists a PR's files. */
function diffArgs(from, to) {
    return ['diff', '--name-status', '-z', '-M', '--no-ext-diff', '--no-textconv', from, to, '--'];
}
const STATUS = { A: 'added', M: 'modified', D: 'removed', R: 'renamed', C: 'copied', T: 'changed' };
function parseNameStatus(out) {
    const fields = out.split('\0');
    const files = [];
    for (let i = 0; i < fields.length && fields[i];) {
        const code = fields[i++];
        const status = STATUS[code[0]] ?? 'changed';
        if (status === 'renamed' || status === 'copied') {
            const previousPath = fields[i++];
            files.push({ path: fields[i++], status, previousPath });
        }
        else
            files.push({ path: fields[i++], status });
    }
    return files;
}

// EXTERNAL MODULE: ./lib/facts/refusals.js
var refusals = __webpack_require__(17150);
;// CONCATENATED MODULE: ./lib/facts/git/tree.js


/** `git ls-tree -r -t -l -z` output as entries by path. */
function parseTreeListing(out) {
    const tree = new Map();
    // One walk over the NUL-ended entries, with no list of them in between.
    for (let at = 0; at < out.length;) {
        let end = out.indexOf('\0', at);
        if (end < 0)
            end = out.length;
        if (end > at) {
            const entry = parseTreeLine(out, at, end);
            tree.set(entry.path, entry);
        }
        at = end + 1;
    }
    return tree;
}
/** Whether some path of the tree holds a newline (git grep --heading would end its name early). */
function hasNewlineInPaths(tree) {
    for (const path of tree.keys())
        if (path.includes('\n'))
            return true;
    return false;
}
/** A repo-relative path without "./" or "//"; FactError for absolute paths and "..". */
function normalizeRepoPath(path) {
    // Most paths come from git's own listing and are already normal: no "\\", empty, "." or ".." segment.
    if (!/\\|(?:^|\/)\.{0,2}(?:\/|$)/.test(path))
        return path;
    const parts = path
        .replace(/\\/g, '/')
        .split('/')
        .filter((p) => p !== '' && p !== '.');
    if (path.startsWith('/') || parts.includes('..') || parts.length === 0) {
        throw new types/* FactError */.n(`"${path}" is not a path inside the repository`);
    }
    return parts.join('/');
}
function parseTreeLine(out, from, to) {
    // "<mode> SP <type> SP <object> SP+ <size> TAB <path>"
    let tab = out.indexOf('\t', from);
    if (tab < 0 || tab > to)
        tab = to;
    const s1 = out.indexOf(' ', from);
    const s2 = out.indexOf(' ', s1 + 1);
    const s3 = out.indexOf(' ', s2 + 1);
    const size = out.slice(s3 + 1, tab).trim();
    return {
        mode: out.slice(from, s1),
        type: out.slice(s1 + 1, s2),
        oid: out.slice(s2 + 1, s3),
        size: size === '-' || size === '' ? 0 : Number(size),
        path: out.slice(tab + 1, to),
    };
}
/** A path under a symlinked folder is not in the tree; say why rather than "not found". */
function refuseSymlinkedParent(tree, ref, path) {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i++) {
        const parent = tree.get(parts.slice(0, i).join('/'));
        if (parent?.mode === '120000')
            throw new types/* FactError */.n(`${path} lies under ${parent.path}, a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the files themselves`);
    }
}
/** Whether an entry is a plain file (not a symlink) within `maxBytes`: read as it is, with nothing to refuse. */
function isReadableBlob(entry, maxBytes) {
    return entry !== undefined && entry.type === 'blob' && entry.mode !== '120000' && entry.size <= maxBytes;
}
/** The blob entry to read for `path`, undefined when absent; FactError for what is refused without reading it. */
function blobEntry(tree, ref, path, maxBytes) {
    const entry = tree.get(path);
    if (!entry) {
        refuseSymlinkedParent(tree, ref, path);
        return undefined;
    }
    if (isReadableBlob(entry, maxBytes))
        return entry;
    if (entry.mode === '120000')
        throw (0,refusals/* symlinkRefused */.U)(path, ref);
    if (entry.type === 'tree')
        throw new types/* FactError */.n(`${path} is a directory at ${ref.slice(0, 7)}, not a file`);
    if (entry.type === 'commit')
        throw new types/* FactError */.n(`${path} is a submodule at ${ref.slice(0, 7)}, not a file`);
    if (entry.size > maxBytes)
        throw (0,refusals/* tooLarge */.g)(path, entry.size, ref, maxBytes);
    return entry;
}
const treeBytes = new WeakMap();
/** The bytes of every file of a tree, counted once per tree. */
function bytesOf(tree) {
    let bytes = treeBytes.get(tree);
    if (bytes === undefined) {
        bytes = 0;
        for (const entry of tree.values())
            if (entry.type !== 'tree')
                bytes += entry.size;
        treeBytes.set(tree, bytes);
    }
    return bytes;
}

;// CONCATENATED MODULE: ./lib/facts/git/grep.js


// Searching a commit's files with one `git grep`: which pathspecs cover the files wanted (grepScope), git's output
// parsed as it streams (GrepOutputParser), and the search itself, with PCRE where git has it, else the POSIX ERE.
/** `git grep` over the files of one repository; remembers whether its git has PCRE. */
class GitGrep {
    dir;
    /** Whether this git searches with PCRE (git grep -P); unknown until first asked. */
    pcre;
    constructor(dir) {
        this.dir = dir;
    }
    /** True when git answered every file; false when it refused the search; else the files it answered in full before PCRE gave up. */
    async search(ref, tree, lines, pathspecs, wanted, visit) {
        // The matches themselves where the caller has a PCRE whose `git grep -o` matches are provably its own (-o resumes
        // after a match as on a line of its own, which only such a pattern cannot tell); otherwise git selects lines and
        // the caller reads them. A refusal may be this pattern's, so it says nothing yet about PCRE as such.
        if (lines.exact && this.pcre !== false) {
            const exact = await this.grepLines(ref, tree, ['-P', lines.exact], pathspecs, wanted, visit, true);
            if (exact) {
                this.pcre = true;
                return exact;
            }
        }
        // A git built without PCRE refuses -P before answering; it is asked once.
        if (this.pcre !== false) {
            const selected = await this.grepLines(ref, tree, ['-P', lines.pcre], pathspecs, wanted, visit);
            if (selected) {
                this.pcre = true;
                return selected;
            }
            this.pcre = false;
        }
        return this.grepLines(ref, tree, ['-E', lines.ere], pathspecs, wanted, visit);
    }
    /**
     * `git grep` at `ref` over `pathspecs` (none: the whole tree); each file of `wanted` visited once with its
     * selected lines. False when git refused the search before it answered anything, so the caller reads instead;
     * where PCRE gave up on a line (a pattern that backtracks, on a line chosen to make it), the files answered in
     * full until then, by the caller's names, so the caller reads the others whole.
     */
    async grepLines(ref, tree, [dialect, pattern], pathspecs, wanted, visit, onlyMatching = false) {
        const visited = new VisitedPaths();
        // Headings (each path once) unless some path in the tree holds a newline, which would end a heading early.
        const heading = !hasNewlineInPaths(tree);
        // Each file once its records are complete (when the next file starts, or at the end): matches as they came, or lines.
        const parser = new GrepOutputParser(`${ref}:`, {
            file: (path, lines, texts) => {
                const name = wanted.get(path);
                if (name === undefined)
                    return;
                if (!visited.add(path))
                    throw new GitError(`git grep answered ${path} twice`);
                visit(onlyMatching
                    ? { path: name, matches: { lines, texts } }
                    : { path: name, lines: texts.map((text, i) => ({ line: lines[i], text })) });
            },
        }, heading);
        // One thread: on a small machine git's threads contend for the object store, and the other core parses.
        const args = [
            'grep',
            '--threads=1',
            '--no-color',
            '--no-column',
            '-n',
            '-z',
            '-a',
            ...(heading ? ['--heading'] : []),
            ...(onlyMatching ? ['-o'] : []),
            dialect,
            '-e',
            pattern,
            ref,
            '--',
            ...pathspecs,
        ];
        return streamGit(this.dir, args, {
            doing: `searching ${wanted.size} files`,
            onOutput: (chunk) => parser.push(chunk),
            onClose: (code, stderr) => {
                // 0: lines found, 1: none. Anything else before a line was answered: the search was refused, read instead.
                if (code !== 0 && code !== 1) {
                    if (dialect === '-P' && PCRE_GAVE_UP.test(stderr)) {
                        // The file being answered when git gave up was never handed over: it is read whole with the others.
                        const answered = new Set();
                        for (const path of visited.paths)
                            answered.add(wanted.get(path));
                        return answered;
                    }
                    if (!parser.records && !visited.paths.length)
                        return false;
                    throw new GitError(`git grep failed (exit ${code}): ${stderr.trim().split('\n')[0] ?? ''}`);
                }
                parser.end();
                // The files with no line to answer (none, where every file cites something).
                if (visited.paths.length < wanted.size) {
                    const answered = new Set(visited.paths);
                    for (const [path, name] of wanted)
                        if (!answered.has(path))
                            visit(onlyMatching ? { path: name, matches: { lines: [], texts: [] } } : { path: name, lines: [] });
                }
                return true;
            },
        });
    }
}
/**
 * The files a search has handed over, in order, each once. git answers in path order, so while each path comes
 * after the one before none can repeat: a set is built, and then asked for every path, only once one does not.
 */
class VisitedPaths {
    paths = [];
    seen;
    /** Adds `path`; false when it was handed over before. */
    add(path) {
        const last = this.paths[this.paths.length - 1];
        // Once out of order, every path is looked up.
        if (!this.seen && last !== undefined && !(path > last))
            this.seen = new Set(this.paths);
        if (this.seen) {
            if (this.seen.has(path))
                return false;
            this.seen.add(path);
        }
        this.paths.push(path);
        return true;
    }
}
/** What git says when PCRE stops matching a line: its match, depth or JIT stack limit (pcre2_jit_match failed with error code -47: match limit exceeded). */
const PCRE_GAVE_UP = /pcre2?_\w+ failed with error code -?\d+/;
/** A character outside ASCII (in output decoded as Latin-1: a byte of 0x80 or more). */
// eslint-disable-next-line no-control-regex -- the class is every character above ASCII, controls aside
const NON_ASCII = /[^\x00-\x7f]/;
/** Pathspecs naming more files than this make git grep slow (it matches every path against each). */
const MAX_GREP_PATHSPECS = 500;
/**
 * What one `git grep` should search to cover `paths` (regular files of `tree`): a few top folders that hold only
 * wanted files, or the whole tree if that is all of them; else the whole tree when the wanted files are nearly all of
 * its bytes (searching the rest costs less than naming them); else the highest folders whose every entry is wanted,
 * and the remaining files — or, when that is too many to name, the whole tree if the wanted files are most of its
 * bytes. Undefined when none fits: then reading just those files is cheaper.
 */
function grepScope(tree, paths) {
    if (!paths.length)
        return undefined;
    // The usual tests globs: a few top folders that hold only wanted files — searched alone, git reads nothing else.
    const top = topFolders(tree, paths);
    if (top)
        return top;
    const treeBytes = bytesOf(tree);
    let wantedBytes = 0;
    for (const path of paths)
        wantedBytes += tree.get(path)?.size ?? 0;
    if (wantedBytes >= treeBytes * 0.9)
        return [];
    const total = new Map();
    const wanted = new Map();
    const count = (counts, path) => {
        for (let i = path.lastIndexOf('/');; i = path.lastIndexOf('/', i - 1)) {
            const dir = i < 0 ? '' : path.slice(0, i);
            counts.set(dir, (counts.get(dir) ?? 0) + 1);
            if (i <= 0)
                break;
        }
    };
    for (const entry of tree.values())
        if (entry.type !== 'tree')
            count(total, entry.path);
    for (const path of paths)
        count(wanted, path);
    const covered = (dir) => wanted.get(dir) === total.get(dir);
    if (covered(''))
        return [];
    const specs = new Set();
    for (const path of paths) {
        // The highest folder above the file that holds nothing else; the file itself when there is none.
        let spec = path;
        for (let i = path.indexOf('/'); i > 0; i = path.indexOf('/', i + 1)) {
            if (covered(path.slice(0, i))) {
                spec = path.slice(0, i);
                break;
            }
        }
        specs.add(spec);
    }
    if (specs.size <= MAX_GREP_PATHSPECS)
        return [...specs];
    return wantedBytes * 2 >= treeBytes ? [] : undefined;
}
/** A few top folders that hold only wanted files. */
const FEW_PATHSPECS = 8;
/**
 * The top-level folders (or files) of the wanted files when they are few and hold nothing else (as many files in
 * the tree under each as wanted under it); [] when that is the whole tree; else undefined. Counted, with one look at
 * each path's first segment: no lookup per file. (Every wanted file lies under a top named, so the search covers
 * them whatever the counts say; the counts only keep it from searching more.)
 */
function topFolders(tree, paths) {
    const wanted = countByTop(paths, FEW_PATHSPECS);
    if (!wanted)
        return undefined;
    const listed = new Map();
    let others = 0;
    const files = [];
    for (const entry of tree.values())
        if (entry.type !== 'tree')
            files.push(entry.path);
    const all = countByTop(files, Infinity);
    for (const [top, n] of all) {
        if (wanted.has(top))
            listed.set(top, n);
        else
            others += n;
    }
    for (const [top, n] of wanted)
        if (listed.get(top) !== n)
            return undefined;
    return others ? [...wanted.keys()] : [];
}
/** How many paths lie under each first segment; undefined beyond `most` segments. Paths come grouped by folder. */
function countByTop(paths, most) {
    const counts = new Map();
    let last = '';
    let run = 0;
    for (const path of paths) {
        // The same top as the path before: no slice.
        if (run && path.startsWith(last) && path.charCodeAt(last.length) === 47) {
            run++;
            continue;
        }
        if (run)
            counts.set(last, (counts.get(last) ?? 0) + run);
        const slash = path.indexOf('/');
        last = slash < 0 ? path : path.slice(0, slash);
        run = 1;
        if (!counts.has(last) && counts.size >= most)
            return undefined;
    }
    if (run)
        counts.set(last, (counts.get(last) ?? 0) + run);
    return counts;
}
/**
 * `git grep -n -z` output parsed as it streams, each line's text decoded. Records are "<ref>:<path> NUL <line> NUL
 * <text> LF"; with `heading` (git grep --heading, for trees where no path holds a newline) the path comes once per
 * file as "<ref>:<path> LF" and the records are "<line> NUL <text> LF" — a third of the bytes for short matches.
 */
class GrepOutputParser {
    prefix;
    sink;
    heading;
    /** What has arrived since the last complete record. */
    pending = [];
    lastName;
    lastPath;
    records = 0;
    /** With a `file` sink: the file whose records are being gathered, and those records so far. */
    filePath;
    lines = [];
    texts = [];
    constructor(prefix, 
    /** Each record as it is read; or each file, with all its records, once the next file starts (or at the end). */
    sink, heading = false) {
        this.prefix = prefix;
        this.sink = sink;
        this.heading = heading;
    }
    push(chunk) {
        this.pending.push(chunk);
        // Every record ends with a newline: until one arrives, nothing is complete (and a long line is joined once).
        if (chunk.indexOf(10) < 0)
            return;
        const buf = this.pending.length > 1 ? Buffer.concat(this.pending) : chunk;
        const at = this.heading ? this.readHeaded(buf) : this.readNamed(buf);
        this.pending = at < buf.length ? [Buffer.from(buf.subarray(at))] : [];
    }
    /** Records that each name their file; returns where the first incomplete one starts. */
    readNamed(buf) {
        let at = 0;
        for (;;) {
            // A path has no NUL and a line number no newline; the text ends at the first newline (it may hold NULs).
            const nul1 = buf.indexOf(0, at);
            if (nul1 < 0)
                break;
            const nul2 = buf.indexOf(0, nul1 + 1);
            if (nul2 < 0)
                break;
            const end = buf.indexOf(10, nul2 + 1);
            if (end < 0)
                break;
            // Lines of one file come together: its name is decoded once (and the same string is looked up after).
            if (!this.lastName || buf.compare(this.lastName, 0, this.lastName.length, at, nul1) !== 0) {
                this.lastPath = this.pathOf(buf.toString('utf8', at, nul1));
                this.lastName = Buffer.from(buf.subarray(at, nul1));
            }
            this.record(this.lastPath, this.lineNumber(buf, nul1 + 1, nul2), buf.toString('utf8', nul2 + 1, end));
            at = end + 1;
        }
        return at;
    }
    /** Headings and the records under them; returns where the first incomplete one starts. */
    readHeaded(buf) {
        // Output in ASCII (the usual case: ids and plain paths) is decoded once, as a whole, and read as a string — the
        // same characters, with no call out of JavaScript per record; other output is read byte by byte.
        const ascii = buf.toString('latin1');
        return NON_ASCII.test(ascii) ? this.readHeadedBytes(buf) : this.readHeadedAscii(ascii, buf);
    }
    /** readHeaded over output known to be ASCII, as `text` (the same characters at the same offsets as `buf`). */
    readHeadedAscii(text, buf) {
        const length = text.length;
        let at = 0;
        for (;;) {
            // A record starts with digits and a NUL; a heading with the ref and a colon, so never with digits and a NUL.
            let digits = at;
            let c = 0;
            while (digits < length && (c = text.charCodeAt(digits)) >= 48 && c <= 57)
                digits++;
            if (digits >= length)
                break;
            if (digits > at && c === 0) {
                const end = text.indexOf('\n', digits + 1);
                if (end < 0)
                    break;
                if (this.lastPath === undefined)
                    throw new GitError('git grep answered a line before naming its file');
                this.record(this.lastPath, this.lineNumber(buf, at, digits), text.slice(digits + 1, end));
                at = end + 1;
            }
            else {
                const end = text.indexOf('\n', at);
                if (end < 0)
                    break;
                this.lastPath = this.pathOf(text.slice(at, end));
                at = end + 1;
            }
        }
        return at;
    }
    /** readHeaded over any bytes, each text decoded as UTF-8. */
    readHeadedBytes(buf) {
        let at = 0;
        for (;;) {
            // A record starts with digits and a NUL; a heading with the ref and a colon, so never with digits and a NUL.
            let digits = at;
            while (digits < buf.length && buf[digits] >= 48 && buf[digits] <= 57)
                digits++;
            if (digits >= buf.length)
                break;
            if (digits > at && buf[digits] === 0) {
                const end = buf.indexOf(10, digits + 1);
                if (end < 0)
                    break;
                if (this.lastPath === undefined)
                    throw new GitError('git grep answered a line before naming its file');
                this.record(this.lastPath, this.lineNumber(buf, at, digits), buf.toString('utf8', digits + 1, end));
                at = end + 1;
            }
            else {
                const end = buf.indexOf(10, at);
                if (end < 0)
                    break;
                this.lastPath = this.pathOf(buf.toString('utf8', at, end));
                at = end + 1;
            }
        }
        return at;
    }
    pathOf(name) {
        if (!name.startsWith(this.prefix))
            throw new GitError(`git grep answered an unreadable line: ${name.slice(0, 100)}`);
        return name.slice(this.prefix.length);
    }
    lineNumber(buf, from, to) {
        let line = 0;
        for (let i = from; i < to; i++) {
            const digit = buf[i] - 48;
            if (digit < 0 || digit > 9 || line > 1e12)
                throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
            line = line * 10 + digit;
        }
        if (line < 1)
            throw new GitError(`git grep answered an unreadable line number for ${(this.lastPath ?? '').slice(0, 100)}`);
        return line;
    }
    record(path, line, text) {
        this.records++;
        // Decoded as a scan reads any bytes (lenientText): invalid sequences become U+FFFD, ASCII stays itself.
        if (typeof this.sink === 'function')
            return this.sink(path, line, text);
        if (path !== this.filePath) {
            this.fileDone();
            this.filePath = path;
        }
        this.lines.push(line);
        this.texts.push(text);
    }
    fileDone() {
        if (this.filePath === undefined || typeof this.sink === 'function')
            return;
        const { filePath, lines, texts } = this;
        this.filePath = undefined;
        this.lines = [];
        this.texts = [];
        this.sink.file(filePath, lines, texts);
    }
    /** The output has ended: a partial record means it was cut off; else the last file is complete. */
    end() {
        if (this.pending.length)
            throw new GitError('git grep output ended in the middle of a line');
        this.fileDone();
    }
}

;// CONCATENATED MODULE: ./lib/facts/git/refs.js
// Commits and history: resolving a commit-ish, merge bases (asked once per pair), whether the clone is shallow,
// fetching refs. Each runs git through the repository's runner.
async function isShallow(git) {
    return (await git.run(['rev-parse', '--is-shallow-repository'])).trim() === 'true';
}
/** The full SHA of a commit-ish, or undefined when the repository does not have it. */
async function resolveCommit(git, ref) {
    if (ref.startsWith('-'))
        return undefined;
    try {
        return (await git.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim() || undefined;
    }
    catch {
        return undefined;
    }
}
/** `git merge-base a b`, asked once per pair until a fetch changes what history the repository has (clear). */
class MergeBases {
    git;
    cache = new Map();
    constructor(git) {
        this.git = git;
    }
    get(a, b) {
        const key = `${a}\0${b}`;
        let hit = this.cache.get(key);
        if (!hit) {
            hit = this.git.run(['merge-base', a, b]).then((out) => out.trim() || undefined, () => undefined);
            this.cache.set(key, hit);
        }
        return hit;
    }
    /** Records a merge base another thread of this run already asked git for. */
    know(a, b, base) {
        this.cache.set(`${a}\0${b}`, Promise.resolve(base));
    }
    clear() {
        this.cache.clear();
    }
}
async function fetchRefs(git, remote, refs, extra = []) {
    await git.run(['fetch', '--no-tags', '--no-recurse-submodules', '--quiet', ...extra, remote, ...refs], { timeoutMs: 120_000 });
}

;// CONCATENATED MODULE: ./lib/facts/git/repo.js








// The local checkout, read through git objects only: a file "at a commit" is a blob of that commit's tree,
// so a symlink in the work tree can never lead a read outside it, and the PR's working files are never run.
const DEFAULT_MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Reads that may list their own path before the whole tree is parsed; later ones wait for the tree. */
const OWN_LISTINGS = 4;
class GitRepo {
    dir;
    maxFileBytes;
    /** Each commit's whole tree, listed once: reads look entries up here instead of running git per file. */
    trees = new Map();
    /** Listings started ahead (prefetchTree) and not yet parsed. */
    listings = new Map();
    mergeBases = new MergeBases(this);
    /** Commit-ishes resolved, by the name given: one git process per name however many ask. */
    commits = new Map();
    /** Commits whose tree has been listed and parsed (reads look entries up there). */
    parsed = new Set();
    /** Reads that listed their own path while the whole tree was not yet parsed (see entryToRead). */
    ownListings = 0;
    blobs;
    grep;
    constructor(dir, maxFileBytes = DEFAULT_MAX_FILE_BYTES) {
        this.dir = dir;
        this.maxFileBytes = maxFileBytes;
    }
    /** Runs git with an argument list (never a shell), literal pathspecs and no prompts. */
    async run(args, opts = {}) {
        return (await execGit(this.dir, args, opts.timeoutMs)).toString('utf8');
    }
    async isRepository() {
        try {
            return (await this.run(['rev-parse', '--is-inside-work-tree'])).trim() === 'true';
        }
        catch {
            return false;
        }
    }
    isShallow() {
        return isShallow(this);
    }
    /** The full SHA of a commit-ish, or undefined when the repository does not have it. */
    resolveCommit(ref) {
        let sha = this.commits.get(ref);
        if (!sha) {
            sha = resolveCommit(this, ref);
            this.commits.set(ref, sha);
        }
        return sha;
    }
    mergeBase(a, b) {
        return this.mergeBases.get(a, b);
    }
    /** A merge base another thread of this run already asked git for (the action's main thread, for its worker). */
    knowMergeBase(a, b, base) {
        this.mergeBases.know(a, b, base);
    }
    /** Files changed between two commits, with renames, as GitHub lists a PR's files. */
    async diff(from, to) {
        const out = await this.run(diffArgs(from, to));
        return parseNameStatus(out);
    }
    /** Every file entry of a commit's tree (recursively: blobs, symlinks and submodules), with modes and sizes. */
    async listTree(ref) {
        // The same listing the reads use, listed once per commit.
        return [...(await this.treeOf(ref)).values()].filter((e) => e.type !== 'tree');
    }
    /**
     * A file's text at a commit. undefined when absent; FactError for a symlink, a directory, a submodule,
     * or a file over the size cap — those are refused without reading their content.
     */
    async readFile(ref, path, maxBytes = this.maxFileBytes) {
        const clean = normalizeRepoPath(path);
        const entry = await this.entryToRead(ref, clean, maxBytes);
        if (!entry)
            return undefined;
        this.blobs ??= new BlobReader(this.dir);
        const bytes = await this.blobs.read(entry.oid);
        return { path: clean, ref, bytes, text: (0,facts_text/* decodeText */.g7)(clean, bytes, ` at ${ref.slice(0, 7)}`) };
    }
    /**
     * The entry a read of `path` takes. Once the commit's tree is parsed, from there. Before that (the policy, read while
     * git still lists a large tree), the first few reads list their own path — a small git process beside the whole
     * listing — and take the entry when it is a plain file within the cap; anything else (absent, a symlink, a
     * folder, a path under a symlink, too large) is decided from the whole tree, so every refusal reads alike.
     */
    async entryToRead(ref, path, maxBytes) {
        if (!this.parsed.has(ref) && this.ownListings < OWN_LISTINGS) {
            this.ownListings++;
            const own = parseTreeListing(await this.run(['ls-tree', '-l', '-z', '--full-tree', ref, '--', path])).get(path);
            if (isReadableBlob(own, maxBytes))
                return own;
        }
        return blobEntry(await this.treeOf(ref), ref, path, maxBytes);
    }
    /**
     * Many files at a commit, handed to `visit` and kept by no one: memory stays at one file's size however many are
     * scanned. Refused and missing files are visited too, with their FactError or with neither text nor error.
     *
     * With `options.lines` the caller needs only the lines it selects, and where one `git grep` can cover the files
     * (few folders or files to name, or most of the tree) they come from it: each file once, with just those lines,
     * in tree order — searched with PCRE where git has it, else with the POSIX ERE. Otherwise each file's whole text
     * comes through one `git cat-file --batch`, in the order given.
     */
    async scanFiles(ref, paths, visit, options = {}, maxBytes = this.maxFileBytes) {
        const tree = await this.treeOf(ref);
        // The paths to read, by their name in the tree (git names files so), with the name the caller gave (the visit
        // uses it) and the object; and where each path that has its answer already (refused, missing) stands.
        const given = new Map();
        const oids = [];
        const names = [];
        const answered = [];
        for (let i = 0; i < paths.length; i++) {
            const path = paths[i];
            try {
                // A path the tree lists is already normal (the usual case: the caller listed the tree); others are checked.
                const clean = tree.has(path) ? path : normalizeRepoPath(path);
                const entry = blobEntry(tree, ref, clean, maxBytes);
                if (entry) {
                    given.set(clean, path);
                    oids.push(entry.oid);
                    names.push(path);
                }
                else
                    answered.push({ at: i, file: { path } });
            }
            catch (e) {
                if (!(e instanceof types/* FactError */.n))
                    throw e;
                answered.push({ at: i, file: { path, error: e } });
            }
        }
        if (options.lines) {
            // Nothing left to read (every path refused or missing): no search of the whole tree for nothing.
            const scope = given.size ? grepScope(tree, [...given.keys()]) : undefined;
            const searched = scope ? await (this.grep ??= new GitGrep(this.dir)).search(ref, tree, options.lines, scope, given, visit) : false;
            if (searched === true) {
                for (const { file } of answered)
                    visit(file);
                return;
            }
            // PCRE gave up on a line (its backtracking limits): the files git had not yet answered in full are read whole.
            if (searched)
                return catFiles(this.dir, inOrder(paths, answered, { oids, names }, searched), visit);
        }
        await catFiles(this.dir, inOrder(paths, answered, { oids, names }), visit);
    }
    /**
     * Starts listing a commit's tree that a later read will need, so git lists it while this process does other work
     * (reads the policy at base, say). Parsed only when a read asks for it; a failure surfaces there.
     */
    prefetchTree(ref) {
        if (!this.trees.has(ref))
            this.listing(ref).catch(() => undefined);
    }
    listing(ref) {
        let out = this.listings.get(ref);
        if (!out) {
            out = this.run(['ls-tree', '-r', '-t', '-l', '-z', '--full-tree', ref]);
            this.listings.set(ref, out);
        }
        return out;
    }
    treeOf(ref) {
        let tree = this.trees.get(ref);
        if (!tree) {
            tree = this.listing(ref).then((out) => {
                const parsedTree = parseTreeListing(out);
                this.parsed.add(ref);
                return parsedTree;
            });
            this.trees.set(ref, tree);
            // The listing's text is dropped once parsed (the tree holds what it needs).
            this.listings.delete(ref);
        }
        return tree;
    }
    async fetch(remote, refs, extra = []) {
        // Forgotten before (a question asked while git fetches is not answered from before it) and after (an answer got
        // while it ran is not kept).
        this.forgetHistory();
        await fetchRefs(this, remote, refs, extra);
        this.forgetHistory();
    }
    /** Drops the answers a fetch can change: merge bases and resolved commit-ishes. */
    forgetHistory() {
        this.mergeBases.clear();
        this.commits.clear();
    }
}
/**
 * The items of a scan in the order given: each path with its object to read, or with the answer it has (refused,
 * missing); less those `done` names (files a search has answered).
 */
function inOrder(paths, answered, toRead, done) {
    const items = [];
    let read = 0;
    let next = 0;
    for (let i = 0; i < paths.length; i++) {
        if (next < answered.length && answered[next].at === i)
            items.push(answered[next++].file);
        else {
            const path = toRead.names[read];
            if (!done?.has(path))
                items.push({ path, oid: toRead.oids[read] });
            read++;
        }
    }
    return items;
}

;// CONCATENATED MODULE: ./lib/facts/git/index.js
// Git facts, split by job: running git (process), a commit's tree (tree), git grep (grep), git cat-file (cat-file),
// changed files (diff), commits and history (refs), and the repository that puts them together (repo).








/***/ }),

/***/ 17150:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ symlinkRefused),
/* harmony export */   g: () => (/* binding */ tooLarge)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82458);

// The refusals every source of repository files (the checkout, the API) gives in the same words.
/** A symlink is never followed. */
function symlinkRefused(path, ref) {
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n(`${path} is a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the file itself`);
}
/** A file over the read cap is refused unread. */
function tooLarge(path, size, ref, maxBytes) {
    return new _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n(`${path} is ${size} bytes at ${ref.slice(0, 7)}, over the ${maxBytes}-byte limit; it was not read — raise the limit (the max-file-bytes input, or the gate's max_file_bytes) if the file belongs in the check`);
}


/***/ }),

/***/ 17876:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g7: () => (/* binding */ decodeText),
/* harmony export */   lg: () => (/* binding */ NotTextError),
/* harmony export */   t9: () => (/* binding */ lenientText)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82458);

// Repository files are read as UTF-8 text, strictly: a replacement character silently standing in for bytes that
// are not UTF-8 would let two different texts compare equal (a requirement edited in Latin-1 would not be
// "changed"), and a NUL byte means a binary file where a document was expected.
// A byte order mark is dropped: every reader then sees a document's first line as it is written.
const strict = new TextDecoder('utf-8', { fatal: true });
/** A file refused because it is not text; it keeps the bytes, so a scan for ASCII ids can still read them. */
class NotTextError extends _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n {
    bytes;
    name = 'NotTextError';
    constructor(message, bytes) {
        super(message);
        this.bytes = bytes;
    }
}
/** What a scan reads (test code searched for ASCII ids, legacy sources often Latin-1): any bytes, leniently. */
function lenientText(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}
const utf16 = { le: new TextDecoder('utf-16le', { fatal: true }), be: new TextDecoder('utf-16be', { fatal: true }) };
/**
 * The text of a file's bytes; FactError, with the line, for a NUL byte or bytes that are not UTF-8. A file that
 * starts with a UTF-16 byte order mark (as Windows tools write them) is read as UTF-16.
 */
function decodeText(path, bytes, where = '') {
    const bom16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'be' : undefined;
    if (bom16) {
        try {
            return utf16[bom16].decode(bytes);
        }
        catch {
            throw new NotTextError(`${path}${where} starts as UTF-16 but is not valid UTF-16; it was not read — save it as UTF-8`, bytes);
        }
    }
    const nul = bytes.indexOf(0);
    if (nul !== -1) {
        throw new NotTextError(`${path}${where} holds a NUL byte (line ${lineOfByte(bytes, nul)}), so it is binary, not text; it was not read — commit the text file this gate expects`, bytes);
    }
    try {
        return strict.decode(bytes);
    }
    catch {
        const at = firstInvalidUtf8(bytes);
        throw new NotTextError(`${path}${where} is not UTF-8 text (an invalid byte on line ${lineOfByte(bytes, at)}); it was not read — save it as UTF-8`, bytes);
    }
}
function lineOfByte(bytes, offset) {
    let line = 1;
    for (let i = bytes.indexOf(10); i !== -1 && i < offset; i = bytes.indexOf(10, i + 1))
        line++;
    return line;
}
/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidUtf8(b) {
    for (let i = 0; i < b.length;) {
        const c = b[i];
        const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
        if (n < 0)
            return i;
        for (let k = 1; k <= n; k++) {
            const x = b[i + k];
            if (x === undefined || (x & 0xc0) !== 0x80)
                return i;
        }
        // Overlong forms, surrogates and code points past U+10FFFF.
        const d = b[i + 1] ?? 0;
        if ((c === 0xe0 && d < 0xa0) || (c === 0xed && d > 0x9f) || (c === 0xf0 && d < 0x90) || (c === 0xf4 && d > 0x8f))
            return i;
        i += n + 1;
    }
    return b.length;
}


/***/ }),

/***/ 45277:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ng: () => (/* binding */ DEFAULT_ID_PATTERN),
/* harmony export */   pf: () => (/* binding */ formatFromExtension),
/* harmony export */   uq: () => (/* binding */ parseInFormat)
/* harmony export */ });
/* harmony import */ var _types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16452);

// Which format a requirement file is in, and its parser loaded when a file of that format is first read: a policy
// whose requirements are YAML never loads the Markdown, XML (ReqIF) or other readers.
const DEFAULT_ID_PATTERN = '[A-Z][A-Z0-9]*-[0-9]+';
function formatFromExtension(path) {
    if (/\.(md|markdown)$/i.test(path))
        return 'markdown';
    if (/\.sdoc$/i.test(path))
        return 'strictdoc';
    if (/\.reqif$/i.test(path))
        return 'reqif';
    if (/(^|\/)needs\.json$/i.test(path))
        return 'sphinx-needs';
    if (/\.ya?ml$/i.test(path))
        return 'yaml';
    return undefined;
}
/** Each format's parser, imported on first use. */
const PARSERS = {
    yaml: async () => {
        // The commonest shape is read line by line; the YAML parsers are loaded for the first file it declines.
        const { lineList } = await __webpack_require__.e(/* import() */ 8152).then(__webpack_require__.bind(__webpack_require__, 28152));
        let parsers;
        return (text, file, _, ctx) => lineList(text, file.path, ctx) ?? (parsers ??= Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(3243), __webpack_require__.e(4918)]).then(__webpack_require__.bind(__webpack_require__, 64918))).then((m) => m.parseDeclinedYaml(text, file.path, ctx));
    },
    markdown: async () => {
        const { parseMarkdownRequirements } = await Promise.all(/* import() */[__webpack_require__.e(8353), __webpack_require__.e(5446), __webpack_require__.e(1936)]).then(__webpack_require__.bind(__webpack_require__, 81936));
        return (text, file, idPattern, ctx) => parseMarkdownRequirements(text, file.path, ctx, idPattern);
    },
    strictdoc: async () => {
        const { parseStrictDoc } = await __webpack_require__.e(/* import() */ 5632).then(__webpack_require__.bind(__webpack_require__, 25632));
        return (text, file, _, ctx) => parseStrictDoc(text, file.path, ctx);
    },
    doorstop: async () => {
        const { parseDoorstopItem } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(4141)]).then(__webpack_require__.bind(__webpack_require__, 34141));
        return (text, file, _, ctx, settings) => parseDoorstopItem(text, file.path, ctx, settings);
    },
    openfasttrace: async () => {
        const { parseOpenFastTrace } = await __webpack_require__.e(/* import() */ 2942).then(__webpack_require__.bind(__webpack_require__, 92942));
        return (text, file) => parseOpenFastTrace(text, file.path, file.options);
    },
    'sphinx-needs': async () => {
        const { parseSphinxNeeds } = await __webpack_require__.e(/* import() */ 9707).then(__webpack_require__.bind(__webpack_require__, 59707));
        return (text, file, _, ctx) => parseSphinxNeeds(text, file.path, ctx);
    },
    reqif: async () => {
        const { parseReqIf } = await Promise.all(/* import() */[__webpack_require__.e(1893), __webpack_require__.e(9786)]).then(__webpack_require__.bind(__webpack_require__, 49786));
        return (text, file, _, ctx) => parseReqIf(text, file.path, ctx, file.options);
    },
};
const loaded = new Map();
/** Parses one requirement file's text in its format, loading that format's parser first. Never throws on malformed content. */
async function parseInFormat(file, text, idPattern, settings) {
    let parser = loaded.get(file.format);
    if (!parser)
        loaded.set(file.format, (parser = PARSERS[file.format]()));
    return (await parser)(text, file, idPattern, { isId: (0,_types_js__WEBPACK_IMPORTED_MODULE_0__/* .anchoredId */ .Ar)(idPattern) }, settings);
}


/***/ }),

/***/ 16452:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ar: () => (/* binding */ anchoredId),
/* harmony export */   F9: () => (/* binding */ normalizedText)
/* harmony export */ });
/* unused harmony export lineAt */
/* harmony import */ var _util_pattern_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82718);

function anchoredId(idPattern) {
    return _util_pattern_js__WEBPACK_IMPORTED_MODULE_0__/* .Pattern */ .zJ.whole(idPattern);
}
/** The text compared between base and head: whitespace-only edits are not changes. */
function normalizedText(r) {
    return `${r.title}\n${r.text}`.replace(/\s+/g, ' ').trim();
}
/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1))
        line++;
    return line;
}


/***/ }),

/***/ 48330:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ checklistRule),
/* harmony export */   z: () => (/* binding */ ChecklistOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74508);
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7849);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);



// The checklist gate as the policy sees it. Its evaluation — the GitHub-flavoured Markdown reader of the pull
// request's body — is ./checklist.ts, loaded when a gate runs this rule.
const ChecklistOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    items: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 1, pattern: '\\S' }), {
        minItems: 1,
        description: 'Each must appear in the PR body as a checked task-list item, e.g. "- [x] Security impact assessed" (case- and whitespace-insensitive).',
    }),
}, { required: ['items'] });
const checklistRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_2__/* .lazyRule */ .Xd)({
    name: 'checklist',
    description: 'The pull request body ticks each item of a checklist as a task-list item (- [x] ...) that GitHub renders as a checked box.',
    options: ChecklistOptions,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(8353), __webpack_require__.e(5446), __webpack_require__.e(6591)]).then(__webpack_require__.bind(__webpack_require__, 36591))).checklist);


/***/ }),

/***/ 85114:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GR: () => (/* binding */ resolveEligible),
/* harmony export */   TB: () => (/* binding */ uncountedNotes),
/* harmony export */   WM: () => (/* binding */ approvalAction),
/* harmony export */   cd: () => (/* binding */ blockingChangeRequests),
/* harmony export */   hv: () => (/* binding */ tallyCountedApprovals),
/* harmony export */   jd: () => (/* binding */ approvalShortfall),
/* harmony export */   nG: () => (/* binding */ approverRules),
/* harmony export */   pW: () => (/* binding */ changesRequestedMessage),
/* harmony export */   tg: () => (/* binding */ latestDecisions),
/* harmony export */   uv: () => (/* binding */ approverOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74508);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82458);
/* harmony import */ var _util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(54467);
/* harmony import */ var _util_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(28805);




// Approval semantics shared by the review-based rules (policy-bot's, reduced to what GitHub's reviews say):
// a reviewer's state is their latest APPROVED / CHANGES_REQUESTED / DISMISSED review; comments do not count;
// the PR author never counts; with invalidate-on-push only approvals of the head commit count.
// Who may approve (see docs/gates/reviews.md): by default, without a `from:` list, only people with write access
// to the repository (as GitHub's branch protection counts them); never someone who authored or committed a commit of
// the pull request unless the gate allows contributors (policy-bot's allow_contributor).
/** Permission checks of approvers run at once (a request each through the API). */
const PERMISSION_CONCURRENCY = 8;
/**
 * Resolves reviewer entries — group names from the policy, @org/team slugs, logins — into logins.
 * Team lookups go through facts, so a missing `members: read` permission surfaces as the gate's error.
 */
async function resolveEligible(entries, groups, facts) {
    const logins = new Set();
    const labels = [];
    const expand = async (entry, seenGroups) => {
        if (entry in groups && !seenGroups.has(entry)) {
            const members = [];
            for (const member of groups[entry])
                members.push(...(await expand(member, new Set([...seenGroups, entry]))));
            return members;
        }
        if (entry.startsWith('@') && entry.includes('/'))
            return facts.teamMembers(entry.slice(1));
        return [entry.replace(/^@/, '')];
    };
    for (const entry of entries) {
        const members = [...new Map((await expand(entry, new Set())).map((m) => [m.toLowerCase(), m])).values()];
        for (const m of members)
            logins.add(m.toLowerCase());
        const isLogin = !(entry in groups) && !entry.includes('/');
        labels.push(isLogin ? entry.replace(/^@/, '') : `${entry} (${members.length ? (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortList */ .pg)(members, 6) : 'no members'})`);
    }
    return { logins, label: (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(labels, 'or') };
}
/** Each reviewer's deciding review: their latest approval, change request or dismissal. */
function latestDecisions(reviews) {
    const ordered = [...reviews]
        .filter((r) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
        .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '') || a.id - b.id);
    const latest = new Map();
    for (const r of ordered)
        latest.set(r.user.toLowerCase(), r);
    return latest;
}
/** The default: write access required, contributors excluded. */
const STRICT_APPROVERS = { requireWrite: true, allowContributor: false };
/** The options of every gate that counts approvals: who may approve beyond its `from:` list. */
const approverOptions = {
    require_write_access: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Boolean({
        description: 'Only approvals from people with write access to the repository count. Default: true without from, false with it (the list is who may approve).',
    })),
    allow_contributor: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Boolean({
        default: false,
        description: "Count approvals from people who authored or committed a commit of the pull request (policy-bot's allow_contributor).",
    }),
};
/**
 * The gate's options as rules: write access is required by default only without a `from:` list (a list the policy's
 * owners wrote is their own choice of who may approve); `require_write_access: true` requires it of them too.
 */
function approverRules(options) {
    return {
        requireWrite: options.require_write_access ?? !options.from?.length,
        allowContributor: options.allow_contributor ?? false,
    };
}
/**
 * The approvers that do not count under `opts.rules`: contributors (from the pull request's commits, asked for only when
 * someone's approval could count) and, with requireWrite, people without write access (one permission request per
 * distinct approver, memoized by the facts). A fact that cannot be had throws: the gate errs, it never passes.
 */
async function excludedApprovers(reviews, opts, facts) {
    const rules = opts.rules ?? STRICT_APPROVERS;
    const excluded = new Map();
    // The approvals that would count by the reviews alone: tallyApprovals decides which, with nobody excluded yet.
    let candidates = tallyApprovals(reviews, opts, new Map()).approvers;
    if (candidates.length && !rules.allowContributor) {
        const contributors = new Set();
        for (const c of await facts.commits()) {
            if (c.author)
                contributors.add(c.author.toLowerCase());
            if (c.committer)
                contributors.add(c.committer.toLowerCase());
        }
        for (const user of candidates)
            if (contributors.has(user.toLowerCase()))
                excluded.set(user.toLowerCase(), { user, reason: 'contributor' });
        candidates = candidates.filter((user) => !excluded.has(user.toLowerCase()));
    }
    if (candidates.length && rules.requireWrite) {
        const permissions = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapConcurrent */ ._)(candidates, PERMISSION_CONCURRENCY, (user) => facts.permission(user));
        candidates.forEach((user, i) => {
            const permission = permissions[i];
            if (!(0,_core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .canWrite */ ._)(permission))
                excluded.set(user.toLowerCase(), { user, reason: 'no-write', permission });
        });
    }
    return excluded;
}
/** excludedApprovers, then tallyApprovals with them: the tally every approval-counting gate uses. */
async function tallyCountedApprovals(reviews, opts, facts) {
    return tallyApprovals(reviews, opts, await excludedApprovers(reviews, opts, facts));
}
/**
 * The tally's change requests that block, and those that do not: as in GitHub's branch protection, where approvals
 * need write access a change request blocks only from someone who has it — a stranger's "request changes" on a public
 * repository does not hold a pull request. One permission request per reviewer (memoized); a failure throws.
 */
async function blockingChangeRequests(tally, opts, facts) {
    if (!(opts.rules ?? STRICT_APPROVERS).requireWrite)
        return { blocking: tally.changesRequested, ignored: [] };
    const permissions = await (0,_util_concurrency_js__WEBPACK_IMPORTED_MODULE_2__/* .mapConcurrent */ ._)(tally.changesRequested, PERMISSION_CONCURRENCY, (r) => facts.permission(r.user));
    const blocking = [];
    const ignored = [];
    tally.changesRequested.forEach((r, i) => {
        const permission = permissions[i];
        if ((0,_core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .canWrite */ ._)(permission))
            blocking.push(r);
        else
            ignored.push({ user: r.user, reason: 'no-write', permission });
    });
    return { blocking, ignored };
}
/** The tally by the reviews alone, with `excluded` (excludedApprovers) moved from the approvers to the tally's excluded. */
function tallyApprovals(reviews, { pr, eligible, invalidateOnPush }, excluded) {
    const author = pr.author.toLowerCase();
    const tally = { approvers: [], excluded: [], stale: [], changesRequested: [], authorApproved: false };
    for (const [login, review] of latestDecisions(reviews)) {
        if (eligible && !eligible.logins.has(login))
            continue;
        if (login === author) {
            tally.authorApproved ||= review.state === 'APPROVED';
            continue;
        }
        if (review.state === 'CHANGES_REQUESTED')
            tally.changesRequested.push(review);
        if (review.state !== 'APPROVED')
            continue;
        const exclusion = excluded.get(login);
        if (invalidateOnPush && review.commitId !== pr.headSha)
            tally.stale.push(review);
        else if (exclusion)
            tally.excluded.push(exclusion);
        else
            tally.approvers.push(review.user);
    }
    tally.approvers.sort();
    return tally;
}
/**
 * Why `required` approvals are not there, as one sentence a maintainer can act on; undefined when they are.
 * e.g. "needs 1 approval from qa (quinn, rita) on the latest commit 4f2a91c; rita approved an earlier commit — ask for a re-review."
 */
function approvalShortfall(required, tally, opts, subject) {
    if (tally.approvers.length >= required)
        return undefined;
    const from = opts.eligible ? ` from ${opts.eligible.label}` : '';
    const on = opts.invalidateOnPush ? ` on the latest commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(opts.pr.headSha)}` : '';
    const have = tally.approvers.length ? `has ${tally.approvers.length} (${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(tally.approvers)})` : 'has none';
    const count = subject && required === 1 ? 'an approval' : (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .plural */ .LS)(required, 'approval');
    const parts = [`${subject ?? 'needs'} ${count}${from}${on}; ${have}`];
    if (tally.stale.length) {
        const who = (0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(tally.stale.map((r) => r.user));
        parts.push(`${who} approved an earlier commit — ask for a re-review`);
    }
    parts.push(...uncountedNotes(tally, opts.pr));
    if (opts.eligible && opts.eligible.logins.size === 0)
        parts.push('nobody is eligible — add members to the group or team');
    else if (opts.eligible && [...opts.eligible.logins].every((l) => l === opts.pr.author.toLowerCase())) {
        parts.push(`the only eligible reviewer is the author (${opts.pr.author}) — add another reviewer to the group`);
    }
    else if (!tally.stale.length)
        parts.push(`request a review${from ? from : ''}`);
    return `${parts.join('; ')}.`;
}
/** Why each approval of the head that does not count (the author's, a contributor's, a stranger's) does not. */
function uncountedNotes(tally, pr) {
    const notes = tally.authorApproved ? [`${pr.author} authored the pull request, so their approval does not count`] : [];
    return [...notes, ...exclusionNotes(tally.excluded)];
}
/** Why each excluded approval does not count, and which option would count it. */
function exclusionNotes(excluded) {
    const notes = [];
    const contributors = excluded.filter((e) => e.reason === 'contributor').map((e) => e.user);
    if (contributors.length) {
        notes.push(`${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(contributors)} authored or committed commits of this pull request, so ${contributors.length === 1 ? 'their approval does' : 'their approvals do'} not count (allow_contributor: false)`);
    }
    for (const e of excluded) {
        if (e.reason !== 'no-write')
            continue;
        notes.push(`${e.user} has ${e.permission} access, not write, so their approval does not count (as in GitHub's branch protection)`);
    }
    return notes;
}
/**
 * The step that supplies the missing approvals, addressed to who can give them, e.g. "Ask carol to approve the latest
 * commit 4f2a91c (owner of docs/** by CODEOWNERS line 13)". `why` says what the approval is for.
 */
function approvalAction(required, tally, opts, why) {
    const more = required - tally.approvers.length;
    const commit = opts.invalidateOnPush ? ` the latest commit ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(opts.pr.headSha)}` : '';
    const reason = why ? ` (${why})` : '';
    const eligible = opts.eligible;
    if (eligible && eligible.logins.size === 0)
        return { text: `Add members to ${eligible.label}, who can then approve${reason}` };
    const author = opts.pr.author.toLowerCase();
    if (eligible && [...eligible.logins].every((l) => l === author))
        return { text: `Add a reviewer other than ${opts.pr.author} to ${eligible.label}${reason}` };
    const count = more > 1 ? `${more} more approvals` : '';
    if (tally.stale.length && tally.stale.length >= more) {
        const stale = tally.stale.map((r) => r.user);
        return {
            text: `Ask ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .listing */ .RR)(stale, 'or')} to approve${commit} again${count ? ` (${count} needed)` : ''}${reason}`,
            ...requestReview(opts.pr, stale),
        };
    }
    // An approval was excluded for want of write access only where the gate requires it.
    const writers = tally.excluded.some((e) => e.reason === 'no-write');
    const who = eligible ? eligible.label : `someone${writers ? ' with write access' : ''} other than ${opts.pr.author}`;
    const candidates = eligible ? [...eligible.logins].filter((l) => l !== author) : [];
    return {
        text: `Ask ${who} to approve${commit}${count ? ` (${count} needed)` : ''}${reason}`,
        ...(candidates.length <= 3 ? requestReview(opts.pr, candidates) : {}),
    };
}
/** The GitHub CLI command that requests a review from these logins, when there are some and a pull request number. */
function requestReview(pr, logins) {
    const safe = logins.filter((l) => /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(l));
    if (!pr.number || safe.length === 0 || safe.length !== logins.length)
        return {};
    return { command: `gh pr edit ${pr.number} --add-reviewer ${safe.join(',')}` };
}
/** The finding's text for a reviewer who requested changes. */
function changesRequestedMessage(r) {
    return `${r.user} requested changes (review on ${(0,_util_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortSha */ .Fu)(r.commitId)}) — address the comments, then ask ${r.user} to approve or dismiss the review.`;
}


/***/ }),

/***/ 25635:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cC: () => (/* binding */ DEFAULT_SBOM_GLOBS),
/* harmony export */   eV: () => (/* binding */ sbomCandidates),
/* harmony export */   fk: () => (/* binding */ DEFAULT_SBOM_IGNORED)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

// Where SBOMs are looked for: shared by the gates that read SBOMs (the SBOM gate, the vulnerability gate).
/** Where SBOMs usually live, when `paths` is not given. */
const DEFAULT_SBOM_GLOBS = [
    '**/bom.json',
    '**/bom.xml',
    '**/*.cdx.json',
    '**/*.cdx.xml',
    '**/*.spdx.json',
    '**/*.spdx',
    '**/sbom.*',
];
let defaultSbomIgnored;
/**
 * With the default globs, folders of other people's files are left out. Compiled on first use: the rules' registry
 * loads this module for the defaults above, and a check without an SBOM gate should not compile globs it never uses.
 */
function DEFAULT_SBOM_IGNORED(path) {
    return (defaultSbomIgnored ??= (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(['**/node_modules/**', '**/vendor/**']))(path);
}
/** The SBOM candidates among the files at head: explicit `paths` as given, the defaults minus vendored folders. */
function sbomCandidates(files, explicit) {
    return files.filter((p) => explicit || !DEFAULT_SBOM_IGNORED(p)).sort();
}


/***/ }),

/***/ 95173:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ RULES)
});

// EXTERNAL MODULE: ./lib/rules/common/approvals/approvals.js
var approvals = __webpack_require__(85114);
;// CONCATENATED MODULE: ./lib/parsers/codeowners.js
/**
 * GitHub CODEOWNERS: parse the file and find the owners of a path.
 *
 * Pure (no I/O) and total: any text yields rules plus problems, never an exception.
 *
 * Pattern semantics follow GitHub's documented, gitignore-like syntax:
 * - a leading `/`, or a `/` anywhere but the end, anchors the pattern to the repository root;
 *   otherwise it matches at any depth;
 * - a trailing `/` matches a directory only (every file under it);
 * - a pattern that matches a directory matches every file under it, except that a final lone `*`
 *   segment (`docs/*`) matches direct children only, as GitHub documents;
 * - `*` and `?` stay within one path segment, a `**` segment spans any number of them (zero or more,
 *   except a trailing `/**`, which needs at least one: it means "everything inside");
 * - matching is case-sensitive and dotfiles are ordinary files;
 * - `\` makes the next character literal (`my\ file.txt`, `\#notes`, `\*`).
 * GitHub rejects `!` negation and `[ ]` ranges: such lines are reported as problems and skipped,
 * because GitHub flags them as errors and their intended meaning is unknowable (`\[` is a literal `[`).
 *
 * Matching does not use picomatch: its regexes backtrack exponentially on patterns with several
 * wildcards (five `*a*` segments then `b`, against a 250-character path, ran for more than 20 s), and in a
 * pull-request gate the file names come from the PR author. Instead each pattern is compiled once
 * into segments and matched greedily, in time bounded by pattern length times path length.
 */
/** Where GitHub looks for CODEOWNERS, in the order it looks (first found wins). */
const CODEOWNERS_LOCATIONS = ['.github/CODEOWNERS', 'CODEOWNERS', 'docs/CODEOWNERS'];
/** Input beyond these limits is reported, not parsed, so a hostile file cannot make parsing slow. */
const MAX_CODEOWNERS_LINES = 10_000;
const MAX_CODEOWNERS_LINE_LENGTH = 4_096;
function parseCodeowners(text) {
    const rules = [];
    const problems = [];
    if (typeof text !== 'string') {
        problems.push({ line: 1, message: 'CODEOWNERS content is not text; pass the file contents as a string.' });
        return { rules, problems };
    }
    let lineStart = text.charCodeAt(0) === 0xfeff ? 1 : 0; // an editor-added BOM is not part of the first pattern
    let lineNumber = 0;
    while (lineStart < text.length) {
        if (lineNumber === MAX_CODEOWNERS_LINES) {
            problems.push({
                line: lineNumber + 1,
                message: `CODEOWNERS has more than ${MAX_CODEOWNERS_LINES} lines; lines from ${lineNumber + 1} on are ignored. Use directory or wildcard patterns to shorten the file.`,
            });
            break;
        }
        lineNumber++;
        const newline = text.indexOf('\n', lineStart);
        const lineEnd = newline === -1 ? text.length : newline;
        const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd; // CRLF files
        const lineLength = contentEnd - lineStart;
        const lineText = lineLength > MAX_CODEOWNERS_LINE_LENGTH ? '' : text.slice(lineStart, contentEnd);
        lineStart = lineEnd + 1;
        if (lineLength > MAX_CODEOWNERS_LINE_LENGTH) {
            problems.push({
                line: lineNumber,
                message: `Line is ${lineLength} characters long, over the ${MAX_CODEOWNERS_LINE_LENGTH}-character limit, so it is ignored. Shorten the pattern or list fewer owners on it.`,
            });
            continue;
        }
        parseLine(lineText, lineNumber, rules, problems);
    }
    return { rules, problems };
}
/** The last rule that matches the path (GitHub semantics: last match wins), or undefined. A matching rule with no owners means "no owners" and is returned too (owners: []). */
function ownersOf(file, path) {
    if (typeof path !== 'string' || !file || !Array.isArray(file.rules))
        return undefined;
    // Repo-relative paths; tolerate a leading "/" or doubled separators rather than miss a match.
    const pathSegments = path.split('/').filter((segment) => segment !== '');
    if (pathSegments.length === 0)
        return undefined;
    for (let index = file.rules.length - 1; index >= 0; index--) {
        const rule = file.rules[index];
        if (matchesSegments(matcherFor(rule), pathSegments))
            return rule;
    }
    return undefined;
}
// ---------------------------------------------------------------------------------------------
// Lines
function parseLine(lineText, lineNumber, rules, problems) {
    const tokens = splitTokens(lineText);
    if (tokens.length === 0)
        return; // blank or comment
    const [pattern, ...ownerTokens] = tokens;
    const report = (message) => void problems.push({ line: lineNumber, message });
    const compiled = compilePattern(pattern);
    if (typeof compiled === 'string') {
        report(compiled);
        return;
    }
    const owners = [];
    for (const token of ownerTokens) {
        const problem = ownerProblem(token);
        if (problem === undefined)
            owners.push(token);
        else
            report(problem);
    }
    if (ownerTokens.length > 0 && owners.length === 0) {
        // Keeping the rule with no owners would silently turn a typo into "nobody owns these files".
        report(`No valid owner is left for "${pattern}", so the line is ignored; fix the owners above, or remove them all to mark the files as having no owners.`);
        return;
    }
    const rule = { pattern, owners, line: lineNumber };
    compiledMatchers.set(rule, compiled);
    rules.push(rule);
}
/** Whitespace-separated tokens with escapes kept; an unescaped `#` starting a token begins a comment. */
function splitTokens(lineText) {
    const tokens = [];
    let current = '';
    let inToken = false;
    for (let index = 0; index < lineText.length; index++) {
        const char = lineText[index];
        if (char === '\\' && index + 1 < lineText.length) {
            current += char + lineText[index + 1];
            index++;
            inToken = true;
        }
        else if (char === ' ' || char === '\t' || char === '\f' || char === '\v' || char === '\r') {
            if (inToken)
                tokens.push(current);
            current = '';
            inToken = false;
        }
        else if (char === '#' && !inToken) {
            break;
        }
        else {
            current += char;
            inToken = true;
        }
    }
    if (inToken)
        tokens.push(current);
    return tokens;
}
// ---------------------------------------------------------------------------------------------
// Owners
// GitHub logins are letters, digits and hyphens; Enterprise Managed Users add "_shortcode".
const USER_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*$/;
const TEAM_OWNER = /^@[A-Za-z0-9][A-Za-z0-9_-]*\/[A-Za-z0-9_][A-Za-z0-9_.-]*$/;
const EMAIL_OWNER = /^[^@\s,;<>"'()\\]+@[^@\s,;<>"'()\\/]+\.[^@\s,;<>"'()\\/.]+$/;
const OWNER_FORMS = 'write a user as @username, a team as @org/team-name, or an email address such as user@example.com';
function ownerProblem(token) {
    if (USER_OWNER.test(token) || TEAM_OWNER.test(token) || EMAIL_OWNER.test(token))
        return undefined;
    const shown = token.length > 80 ? `${token.slice(0, 77)}...` : token;
    if (token.includes(',') || token.includes(';')) {
        return `"${shown}" is not a valid owner: separate owners with spaces, not commas or semicolons.`;
    }
    if (/^[A-Za-z0-9][A-Za-z0-9_-]*(\/[A-Za-z0-9_][A-Za-z0-9_.-]*)?$/.test(token)) {
        return `"${shown}" is not a valid owner: it lacks the leading @; write "@${shown}".`;
    }
    return `"${shown}" is not a valid owner: ${OWNER_FORMS}. The owner is ignored.`;
}
// ---------------------------------------------------------------------------------------------
// Patterns
/** One token of a compiled segment: a UTF-16 code unit to match literally, or a wildcard. */
const ANY_RUN = -1; // `*`
const ANY_CHAR = -2; // `?`
const GLOBSTAR = 'globstar';
const ANY_SEGMENT = { tokens: Int32Array.of(ANY_RUN) };
const NEVER_MATCHES = [{ literal: '' }]; // path segments are never empty
// Rules stay plain data (comparable, serialisable); their compiled form lives here. ownersOf
// compiles lazily for rules that parseCodeowners did not create (copies, deserialised files).
const compiledMatchers = new WeakMap();
function matcherFor(rule) {
    let compiled = compiledMatchers.get(rule);
    if (compiled === undefined) {
        const result = typeof rule?.pattern === 'string' ? compilePattern(rule.pattern) : undefined;
        compiled = typeof result === 'object' ? result : NEVER_MATCHES;
        if (rule !== null && typeof rule === 'object')
            compiledMatchers.set(rule, compiled);
    }
    return compiled;
}
/** The compiled pattern, or a message saying why the line cannot be used. */
function compilePattern(pattern) {
    if (pattern.startsWith('!')) {
        return `"${pattern}" uses ! negation, which GitHub CODEOWNERS does not support, so the line is ignored. To exempt files, add a later line for them with different owners or none.`;
    }
    const segments = [[]];
    let startsWithSlash = false;
    let endsWithSlash = false;
    for (let index = 0; index < pattern.length; index++) {
        let char = pattern[index];
        let escaped = false;
        if (char === '\\' && index + 1 < pattern.length) {
            char = pattern[++index];
            escaped = char !== '/'; // a slash cannot be escaped out of being a separator
        }
        if (!escaped && (char === '[' || char === ']')) {
            return `"${pattern}" uses [ ] character ranges, which GitHub CODEOWNERS does not support, so the line is ignored. List each alternative on its own line (e.g. "*.c" and "*.h") or use "?" / "*".`;
        }
        if (char === '/' && !escaped) {
            if (index === 0)
                startsWithSlash = true;
            if (index === pattern.length - 1)
                endsWithSlash = true;
            segments.push([]);
        }
        else {
            segments[segments.length - 1].push({ char, escaped });
        }
    }
    const nonEmptySegments = segments.filter((segment) => segment.length > 0);
    if (nonEmptySegments.length === 0) {
        return `The pattern "${pattern}" matches nothing; use "*" to match every file.`;
    }
    // Anchored when a "/" appears anywhere but the end ("/docs", "docs/api", but not "docs/").
    const anchored = startsWithSlash || nonEmptySegments.length > 1;
    const compiled = anchored ? [] : [GLOBSTAR];
    for (const units of nonEmptySegments) {
        const isGlobstar = units.length === 2 && units.every((unit) => unit.char === '*' && !unit.escaped);
        if (isGlobstar) {
            if (compiled[compiled.length - 1] !== GLOBSTAR)
                compiled.push(GLOBSTAR);
        }
        else {
            compiled.push(compileSegment(units));
        }
    }
    const last = nonEmptySegments[nonEmptySegments.length - 1];
    const endsWithLoneStar = last.length === 1 && last[0].char === '*' && !last[0].escaped;
    const endsWithGlobstar = compiled[compiled.length - 1] === GLOBSTAR;
    if (endsWithSlash) {
        if (!endsWithGlobstar)
            compiled.push(GLOBSTAR);
        compiled.push(ANY_SEGMENT); // a directory: some file strictly inside it
    }
    else if (endsWithGlobstar) {
        compiled.push(ANY_SEGMENT); // "a/**" means everything inside a, not a itself
    }
    else if (!endsWithLoneStar) {
        compiled.push(GLOBSTAR); // the path itself, or anything under it if it names a directory
    }
    return compiled;
}
function compileSegment(units) {
    if (units.every((unit) => unit.escaped || (unit.char !== '*' && unit.char !== '?'))) {
        return { literal: units.map((unit) => unit.char).join('') };
    }
    const tokens = [];
    for (const { char, escaped } of units) {
        if (!escaped && char === '*') {
            if (tokens[tokens.length - 1] !== ANY_RUN)
                tokens.push(ANY_RUN); // "**" inside a segment is "*"
        }
        else if (!escaped && char === '?') {
            tokens.push(ANY_CHAR);
        }
        else {
            tokens.push(char.charCodeAt(0));
        }
    }
    return { tokens: Int32Array.from(tokens) };
}
// ---------------------------------------------------------------------------------------------
// Matching
//
// Both levels use the classic greedy wildcard algorithm: on a mismatch, only the most recent
// wildcard absorbs one more unit. Matching each fixed run at its leftmost position is never worse
// than a later one, so no deeper backtracking is needed and the work stays polynomial.
function matchesSegments(pattern, pathSegments) {
    let patternIndex = 0;
    let pathIndex = 0;
    let globstarIndex = -1;
    let globstarPathIndex = 0;
    while (pathIndex < pathSegments.length) {
        const segmentPattern = pattern[patternIndex];
        if (segmentPattern === GLOBSTAR) {
            globstarIndex = patternIndex++;
            globstarPathIndex = pathIndex;
            continue;
        }
        if (segmentPattern !== undefined && matchesSegment(segmentPattern, pathSegments[pathIndex])) {
            patternIndex++;
            pathIndex++;
            continue;
        }
        if (globstarIndex < 0)
            return false;
        patternIndex = globstarIndex + 1;
        pathIndex = ++globstarPathIndex;
    }
    while (pattern[patternIndex] === GLOBSTAR)
        patternIndex++;
    return patternIndex === pattern.length;
}
function matchesSegment(segmentPattern, segment) {
    if ('literal' in segmentPattern)
        return segmentPattern.literal === segment;
    const { tokens } = segmentPattern;
    let tokenIndex = 0;
    let charIndex = 0;
    let runIndex = -1;
    let runCharIndex = 0;
    while (charIndex < segment.length) {
        if (tokenIndex < tokens.length) {
            const token = tokens[tokenIndex];
            if (token === ANY_RUN) {
                runIndex = tokenIndex++;
                runCharIndex = charIndex;
                continue;
            }
            if (token === ANY_CHAR) {
                charIndex += codeUnitsAt(segment, charIndex);
                tokenIndex++;
                continue;
            }
            if (token === segment.charCodeAt(charIndex)) {
                charIndex++;
                tokenIndex++;
                continue;
            }
        }
        if (runIndex < 0)
            return false;
        tokenIndex = runIndex + 1;
        charIndex = ++runCharIndex;
    }
    while (tokens[tokenIndex] === ANY_RUN)
        tokenIndex++;
    return tokenIndex === tokens.length;
}
/** `?` is one character, so it takes both halves of a surrogate pair (emoji in file names). */
function codeUnitsAt(text, index) {
    const unit = text.charCodeAt(index);
    if (unit >= 0xd800 && unit <= 0xdbff && index + 1 < text.length) {
        const next = text.charCodeAt(index + 1);
        if (next >= 0xdc00 && next <= 0xdfff)
            return 2;
    }
    return 1;
}

// EXTERNAL MODULE: ./node_modules/@sinclair/typebox/build/esm/type/type/index.mjs + 112 modules
var type = __webpack_require__(74508);
// EXTERNAL MODULE: ./lib/core/rule.js
var rule = __webpack_require__(7849);
// EXTERNAL MODULE: ./lib/core/schemas.js
var schemas = __webpack_require__(9975);
// EXTERNAL MODULE: ./lib/util/glob.js + 1 modules
var glob = __webpack_require__(95211);
// EXTERNAL MODULE: ./lib/util/text.js
var util_text = __webpack_require__(28805);
;// CONCATENATED MODULE: ./lib/rules/protected-files.js







/**
 * What guards the lifecycle itself: the policy (its file and each file of this repository it extends, which change it
 * as much), the workflows that run it and the local actions they run (`uses: ./.github/actions/...`), and who owns what.
 */
function defaultProtectedPaths(policyFiles) {
    return [...policyFiles, '.github/workflows/**', '.github/actions/**', ...CODEOWNERS_LOCATIONS];
}
const ProtectedFilesOptions = (0,schemas/* RuleOptions */.Ly)({
    paths: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { description: 'Protected files (globs). Default: the policy file, .github/workflows/**, CODEOWNERS.' })),
    approvals: type/* Type */.ZU.Integer({ minimum: 0, maximum: 50, default: 1, description: 'Distinct approvals needed when a protected file changes.' }),
    from: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, {
        description: 'Only approvals from these count (group names, @org/team, logins); default anyone with write access but the author and contributors.',
    })),
    invalidate_on_push: type/* Type */.ZU.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
    ...approvals/* approverOptions */.uv,
});
const protectedFiles = (0,rule/* defineRule */.Km)({
    name: 'protected-files',
    description: 'Policy integrity: a pull request that changes the policy, the workflows or CODEOWNERS needs approval from the named people.',
    options: ProtectedFilesOptions,
    async evaluate(options, facts, ctx) {
        const protectedPaths = options.paths ?? defaultProtectedPaths(ctx.policyFiles);
        const isProtected = (0,glob/* globMatcher */.f)(protectedPaths);
        const touched = [
            ...new Set((await facts.changedFiles()).flatMap((f) => [f.path, f.previousPath ?? f.path]).filter(isProtected)),
        ].sort();
        if (touched.length === 0)
            return { findings: [], summary: 'no protected file changed' };
        const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
        const eligible = options.from?.length ? await (0,approvals/* resolveEligible */.GR)(options.from, ctx.groups, facts) : undefined;
        const tallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push, rules: (0,approvals/* approverRules */.nG)(options) };
        const tally = await (0,approvals/* tallyCountedApprovals */.hv)(allReviews, tallyOptions, facts);
        const shortfall = (0,approvals/* approvalShortfall */.jd)(options.approvals, tally, tallyOptions);
        if (!shortfall) {
            return {
                findings: [],
                summary: `${(0,util_text/* plural */.LS)(touched.length, 'protected file')} changed; approved by ${(0,util_text/* listing */.RR)(tally.approvers) || 'nobody needed'}`,
            };
        }
        const action = (0,approvals/* approvalAction */.WM)(options.approvals, tally, tallyOptions, `${(0,util_text/* shortList */.pg)(touched, 3)} ${touched.length === 1 ? 'is' : 'are'} protected`);
        const findings = touched.map((file, i) => ({
            severity: 'error',
            action,
            // The first finding carries the whole story; the others mark each file for its annotation.
            message: i === 0
                ? `This pull request changes protected ${touched.length === 1 ? 'file' : 'files'} ${(0,util_text/* shortList */.pg)(touched)}: ${shortfall}`
                : `${file} is protected: ${shortfall}`,
            file,
        }));
        return { findings, summary: `changes ${(0,util_text/* shortList */.pg)(touched, 3)}: ${shortfall}` };
    },
});

;// CONCATENATED MODULE: ./lib/rules/reviews.js






const ReviewsOptions = (0,schemas/* RuleOptions */.Ly)({
    approvals: type/* Type */.ZU.Integer({
        minimum: 0,
        maximum: 50,
        default: 1,
        description: 'Distinct approvers needed; the PR author never counts, nor by default its contributors or people without write access.',
    }),
    from: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, { description: 'Only approvals from these count: group names, @org/team, logins.' })),
    code_owners: type/* Type */.ZU.Boolean({
        default: false,
        description: 'Each changed file with owners in CODEOWNERS (read at base) needs an approval from one of its owners.',
    }),
    invalidate_on_push: type/* Type */.ZU.Boolean({ default: true, description: 'Only approvals of the head commit count.' }),
    block_on_changes_requested: type/* Type */.ZU.Boolean({
        default: true,
        description: 'A reviewer whose latest review requests changes fails the gate.',
    }),
    ...approvals/* approverOptions */.uv,
});
const reviews = (0,rule/* defineRule */.Km)({
    name: 'reviews',
    description: 'Pull request reviews: enough distinct approvals (never the author or, by default, a contributor), from people with write access or the named ones, on the latest commit.',
    options: ReviewsOptions,
    async evaluate(options, facts, ctx) {
        const [pr, allReviews] = await Promise.all([facts.pr(), facts.reviews()]);
        const eligible = options.from?.length ? await (0,approvals/* resolveEligible */.GR)(options.from, ctx.groups, facts) : undefined;
        const rules = (0,approvals/* approverRules */.nG)(options);
        const tallyOptions = { pr, eligible, invalidateOnPush: options.invalidate_on_push, rules };
        const tally = await (0,approvals/* tallyCountedApprovals */.hv)(allReviews, tallyOptions, facts);
        const findings = [];
        const shortfall = (0,approvals/* approvalShortfall */.jd)(options.approvals, tally, tallyOptions);
        if (shortfall)
            findings.push({ severity: 'error', message: shortfall, action: (0,approvals/* approvalAction */.WM)(options.approvals, tally, tallyOptions) });
        if (options.block_on_changes_requested)
            findings.push(...(await changeRequestFindings(tally, tallyOptions, facts)));
        if (options.code_owners) {
            // Owners are named by CODEOWNERS (GitHub lets only people with write access own files): write access is asked
            // of them only when require_write_access is set; contributors are excluded as for any approval.
            const ownerRules = { ...rules, requireWrite: options.require_write_access ?? false };
            findings.push(...(await codeOwnerFindings(pr, allReviews, facts, options.invalidate_on_push, ownerRules)));
        }
        const failed = findings.filter((f) => f.severity === 'error');
        const summary = failed.length
            ? failed[0].message
            : `${(0,util_text/* plural */.LS)(tally.approvers.length, 'approval')}${tally.approvers.length ? ` (${(0,util_text/* listing */.RR)(tally.approvers)})` : ''}` +
                `${options.invalidate_on_push ? ` on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}` : ''}${options.code_owners ? '; code owners approved' : ''}`;
        return { findings, summary };
    },
});
/** A finding per change request that blocks; a notice per one that does not (from someone without write access). */
async function changeRequestFindings(tally, tallyOptions, facts) {
    const { blocking, ignored } = await (0,approvals/* blockingChangeRequests */.cd)(tally, tallyOptions, facts);
    const blocks = blocking.map((r) => ({
        severity: 'error',
        message: (0,approvals/* changesRequestedMessage */.pW)(r),
        action: { text: `Address ${r.user}'s requested changes, then ask ${r.user} to approve or dismiss the review` },
    }));
    const notices = ignored.map((e) => ({
        severity: 'notice',
        message: `${e.user} requested changes but has ${e.permission} access, not write, so the request does not block (as in GitHub's branch protection).`,
    }));
    return [...blocks, ...notices];
}
/** Each changed file with owners needs an approval from one of them; one finding per CODEOWNERS line that is unmet. */
async function codeOwnerFindings(pr, allReviews, facts, invalidateOnPush, rules) {
    let source;
    for (const location of CODEOWNERS_LOCATIONS) {
        source = await facts.readAtBase(location);
        if (source)
            break;
    }
    if (!source) {
        return [
            {
                severity: 'error',
                message: `code_owners is on, but the base commit ${(0,util_text/* shortSha */.Fu)(pr.baseSha)} has no CODEOWNERS file (looked in ${CODEOWNERS_LOCATIONS.join(', ')}) — add one, or set code_owners: false.`,
                action: { text: 'Add a CODEOWNERS file to the base branch, or set code_owners: false in the policy' },
            },
        ];
    }
    const codeowners = parseCodeowners(source.text);
    const findings = codeowners.problems.map((p) => ({
        severity: 'warning',
        message: `CODEOWNERS: ${p.message}`,
        file: source.path,
        line: p.line,
    }));
    // Group the changed files by the CODEOWNERS line that owns them, so each line is checked once.
    const byRule = new Map();
    for (const file of await facts.changedFiles()) {
        for (const path of new Set([file.path, file.previousPath ?? file.path])) {
            const rule = ownersOf(codeowners, path);
            if (!rule || rule.owners.length === 0)
                continue;
            const files = byRule.get(rule);
            if (files)
                files.push(path);
            else
                byRule.set(rule, [path]);
        }
    }
    for (const [rule, files] of byRule) {
        const teamsAndUsers = rule.owners.filter((o) => o.startsWith('@'));
        if (teamsAndUsers.length === 0) {
            findings.push({
                severity: 'error',
                message: `${(0,util_text/* shortList */.pg)(files)}: its owners (${rule.owners.join(', ')}) are e-mail addresses, which cannot be matched to reviews — list a login or @org/team on this CODEOWNERS line.`,
                file: source.path,
                line: rule.line,
                action: { text: `List a login or @org/team as owner of ${rule.pattern} on CODEOWNERS line ${rule.line}` },
            });
            continue;
        }
        const eligible = await (0,approvals/* resolveEligible */.GR)(teamsAndUsers, {}, facts);
        const tallyOptions = { pr, eligible, invalidateOnPush, rules };
        const subject = `${(0,util_text/* shortList */.pg)(files)} (CODEOWNERS line ${rule.line}) ${files.length === 1 ? 'needs' : 'need'}`;
        const tally = await (0,approvals/* tallyCountedApprovals */.hv)(allReviews, tallyOptions, facts);
        const shortfall = (0,approvals/* approvalShortfall */.jd)(1, tally, tallyOptions, subject);
        if (!shortfall)
            continue;
        findings.push({
            severity: 'error',
            message: shortfall,
            file: source.path,
            line: rule.line,
            action: (0,approvals/* approvalAction */.WM)(1, tally, tallyOptions, `owner of ${rule.pattern} by CODEOWNERS line ${rule.line}`),
        });
    }
    return findings;
}

// EXTERNAL MODULE: ./lib/rules/risk-register/rule.js
var risk_register_rule = __webpack_require__(18645);
// EXTERNAL MODULE: ./lib/rules/sbom/rule.js
var sbom_rule = __webpack_require__(24927);
// EXTERNAL MODULE: ./lib/rules/soup/rule.js
var soup_rule = __webpack_require__(39009);
// EXTERNAL MODULE: ./lib/rules/traceability/rule.js
var traceability_rule = __webpack_require__(3255);
// EXTERNAL MODULE: ./lib/util/pattern.js
var util_pattern = __webpack_require__(82718);
// EXTERNAL MODULE: ./lib/core/types.js
var types = __webpack_require__(82458);
;// CONCATENATED MODULE: ./lib/rules/change-request.js






// The default forms: #123 (not an HTML entity &#123; or a URL fragment), owner/repo#123, an issue or pull
// request URL, and a tracker key like ABC-123. Tokens that look like keys but name encodings, hashes and
// standards (UTF-8, SHA-256, ISO-14971) are not references.
const SAME_REPO = /(?<![\w&/#])#(\d+)\b/g;
const OTHER_REPO = /\b[A-Za-z0-9][\w.-]*\/[\w.-]+#\d+\b/g;
const ISSUE_URL = /\bhttps?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:issues|pull|-\/issues|browse)\/[\w-]*\d+\b/g;
const KEY = /\b[A-Z][A-Z0-9_]{1,9}-\d+\b/g;
const NOT_KEYS = new Set([
    'UTF',
    'SHA',
    'MD',
    'ISO',
    'IEC',
    'EN',
    'RFC',
    'AES',
    'RSA',
    'TLS',
    'SSL',
    'HTTP',
    'IPV',
    'CVE',
    'CWE',
    'GHSA',
    'ECMA',
    'ES',
    'WCAG',
    'UCS',
    'UTC',
    'GMT',
    // Standards, their bodies and catalogues a change to regulated software cites ("MISRA-2012", "IEEE-754",
    // "PEP-8", "NIST-800", "FIPS-140", "CAPEC-66"), and names such as COVID-19 — none of them a likely tracker key
    // (short ones such as DO, UL or BS may well be a project's key: a policy that cites DO-178 sets a pattern).
    'MISRA',
    'IEEE',
    'PEP',
    'NIST',
    'FIPS',
    'ANSI',
    'ASTM',
    'AAMI',
    'ETSI',
    'ARINC',
    'MDR',
    'IVDR',
    'CFR',
    'CAPEC',
    'CVSS',
    'OWASP',
    'COVID',
    'SARS',
]);
const DEFAULT_FORMS = '#123, owner/repo#123, an issue URL or a key like ABC-123';
/** The references in one text, by the default forms or a custom pattern (its first numeric capture group is an issue number). */
function findReferences(text, where, pattern) {
    const refs = [];
    if (pattern) {
        for (const m of pattern.matchAll(text)) {
            if (!m.text)
                continue;
            const group = m.groups.find((g) => g !== undefined && /^\d+$/.test(g));
            const hash = /(?<![\w&/#])#(\d+)\b/.exec(m.text);
            const number = group ?? hash?.[1];
            refs.push({ text: m.text, where, ...(number ? { issue: Number(number) } : {}) });
        }
        return refs;
    }
    // Cross-repository forms first, so their "#123" is not also read as an issue of this repository.
    let rest = text;
    for (const re of [ISSUE_URL, OTHER_REPO]) {
        rest = rest.replace(re, (m) => {
            refs.push({ text: m, where });
            return ' '.repeat(m.length);
        });
    }
    for (const m of rest.matchAll(SAME_REPO))
        refs.push({ text: m[0], where, issue: Number(m[1]) });
    for (const m of rest.matchAll(KEY)) {
        if (!NOT_KEYS.has(m[0].replace(/-\d+$/, '')))
            refs.push({ text: m[0], where });
    }
    return refs;
}
const ChangeRequestOptions = (0,schemas/* RuleOptions */.Ly)({
    pattern: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* regexSchema */.v2, {
        description: `A regular expression a reference must match (searched in title, body and branch name); default: ${DEFAULT_FORMS}.`,
    })),
    verify: type/* Type */.ZU.Boolean({
        default: false,
        description: 'Check through the API that each referenced issue of this repository (#123) exists; a 404 fails, a missing permission is an error.',
    }),
});
const changeRequest = (0,rule/* defineRule */.Km)({
    name: 'change-request',
    description: 'Change control (IEC 62304 8.2, 9): the pull request references a change request or problem report in its title, body or branch name.',
    options: ChangeRequestOptions,
    async evaluate(options, facts) {
        let pattern;
        if (options.pattern) {
            try {
                pattern = util_pattern/* Pattern */.zJ.compile(options.pattern);
            }
            catch (e) {
                if (e instanceof util_pattern/* PatternError */.JM)
                    throw new Error(`the pattern ${JSON.stringify(options.pattern)} ${e.message} — fix it in the policy`, { cause: e });
                throw e;
            }
        }
        const pr = await facts.pr();
        const branch = pr.headRef ?? '';
        const refs = [
            ...findReferences(pr.title, 'title', pattern),
            ...findReferences(stripComments(pr.body), 'body', pattern),
            ...findReferences(branch, 'branch name', pattern),
        ].filter((r) => r.issue === undefined || r.issue !== pr.number || pr.number === 0);
        const forms = pattern ? `the pattern ${options.pattern}` : DEFAULT_FORMS;
        if (refs.length === 0) {
            const branchNote = branch ? ` or branch name "${branch}"` : ' or branch name';
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `This pull request references no change request or problem report: its title, body${branchNote} contain nothing matching ${forms} — add the issue it implements or fixes to the title or body (e.g. "Fixes #12").`,
                        action: {
                            text: `Name the change request this implements in the title or description${pattern ? ` (matching ${options.pattern})` : ', e.g. "Fixes #12"'}`,
                        },
                    },
                ],
                summary: 'no change request referenced',
            };
        }
        const names = [...new Set(refs.map((r) => r.text.trim()))];
        if (!options.verify)
            return { findings: [], summary: `references ${(0,util_text/* shortList */.pg)(names, 3)}` };
        const numbers = [...new Set(refs.flatMap((r) => (r.issue === undefined ? [] : [r.issue])))].sort((a, b) => a - b);
        if (numbers.length === 0) {
            return {
                findings: [
                    {
                        severity: 'error',
                        message: `verify is on, but ${(0,util_text/* shortList */.pg)(names, 3)} ${names.length === 1 ? 'is not an issue' : 'are not issues'} of this repository that can be looked up — reference the change request as #123, or set verify: false for references kept in another tracker.`,
                        action: { text: 'Reference the change request as an issue of this repository (#123) in the title or description' },
                    },
                ],
                summary: 'no verifiable issue referenced',
            };
        }
        if (!facts.issueExists)
            throw new types/* FactError */.n('these facts cannot look issues up, so verify: true cannot be checked');
        const exists = await Promise.all(numbers.map((n) => facts.issueExists(n)));
        const missing = numbers.filter((_, i) => !exists[i]);
        const findings = missing.map((n) => ({
            severity: 'error',
            message: `#${n} (in the ${refs.find((r) => r.issue === n).where}) is not an issue of this repository (GET /repos/{owner}/{repo}/issues/${n} answered 404) — fix the number, or open the change request first.`,
            action: { text: `Fix the reference #${n}, or open that change request first` },
        }));
        const found = numbers.filter((_, i) => exists[i]).map((n) => `#${n}`);
        return {
            findings,
            summary: missing.length ? `${(0,util_text/* listing */.RR)(missing.map((n) => `#${n}`))} not found` : `references ${(0,util_text/* shortList */.pg)(found, 3)} (verified)`,
        };
    },
});
/** Drops HTML comments: PR templates keep their instructions in them, and a reference there was never written by anyone. */
function stripComments(body) {
    return body.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
}

// EXTERNAL MODULE: ./lib/rules/checklist-rule.js
var checklist_rule = __webpack_require__(48330);
;// CONCATENATED MODULE: ./lib/rules/updated-with.js






/** Per-file annotations beyond the first finding; the first finding already names the files. */
const MAX_FILE_FINDINGS = 50;
const UpdatedWithOptions = (0,schemas/* RuleOptions */.Ly)({
    changed: type/* Type */.ZU.Optional((0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, { minItems: 1, description: 'The trigger (globs); default: every changed file.' })),
    require: (0,schemas/* annotate */.fz)(schemas/* globListSchema */.e4, {
        minItems: 1,
        description: 'At least one file matching these globs must change in the same pull request.',
    }),
    waiver: type/* Type */.ZU.Optional(type/* Type */.ZU.Object({
        label: type/* Type */.ZU.String({ minLength: 1, description: 'The label that claims no impact, e.g. no-risk-impact.' }),
        from: (0,schemas/* annotate */.fz)(schemas/* principalListSchema */.wI, { minItems: 1, description: 'Who may approve the waiver: group names, @org/team, logins.' }),
        ...approvals/* approverOptions */.uv,
    }, {
        additionalProperties: false,
        description: 'The gate passes without the co-change when the PR has `label` AND someone in `from` approved the latest commit.',
    })),
}, { required: ['require'] });
const updatedWith = (0,rule/* defineRule */.Km)({
    name: 'updated-with',
    description: 'Co-change: when files matching `changed` change, at least one file matching `require` changes in the same pull request (the risk-management file, the threat model), unless a waiver label is approved.',
    options: UpdatedWithOptions,
    async evaluate(options, facts, ctx) {
        const isTrigger = options.changed ? (0,glob/* globMatcher */.f)(options.changed) : () => true;
        const isRequired = (0,glob/* globMatcher */.f)(options.require);
        const paths = [...new Set((await facts.changedFiles()).flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])]))].sort();
        const triggers = paths.filter((p) => isTrigger(p) && !isRequired(p));
        const updated = paths.filter(isRequired);
        const expected = (0,util_text/* listing */.RR)(options.require, 'or');
        if (triggers.length === 0) {
            // A trigger that names no file of the repository can never fire: a silent pass on every pull request.
            if (options.changed && (await facts.listAtHead(options.changed)).length === 0) {
                const globs = (0,util_text/* listing */.RR)(options.changed, 'or');
                return {
                    findings: [
                        {
                            severity: 'error',
                            message: `changed (${globs}) matches no file at head, so this gate could never be triggered and would pass every pull request — name where the files whose change needs ${expected} are (the presets assume src/**), in the gate's changed.`,
                            action: { text: `Fix changed (${globs}) in the policy to name files of this repository` },
                        },
                    ],
                    summary: `changed (${globs}) matches no file`,
                };
            }
            return { findings: [], summary: options.changed ? `no file matching ${(0,util_text/* listing */.RR)(options.changed, 'or')} changed` : 'no file changed' };
        }
        if (updated.length > 0) {
            return {
                findings: [],
                summary: `${(0,util_text/* shortList */.pg)(triggers, 3)} changed; ${(0,util_text/* shortList */.pg)(updated, 3)} updated with ${triggers.length === 1 ? 'it' : 'them'}`,
            };
        }
        const story = `This pull request changes ${(0,util_text/* shortList */.pg)(triggers)}, but no file matching ${expected}`;
        // The first file carries the whole story; each other file's annotation says what it is about and what to do,
        // without repeating the list.
        const fileFindings = (message, short, action) => triggers
            .slice(0, MAX_FILE_FINDINGS)
            .map((file, i) => ({ severity: 'error', message: i === 0 ? message : short(file), file, action }));
        const update = `Update ${expected} for the change to ${(0,util_text/* shortList */.pg)(triggers, 3)}`;
        const pr = await facts.pr();
        const waiver = options.waiver;
        const labelled = waiver && pr.labels.some((l) => l.toLowerCase() === waiver.label.toLowerCase());
        if (!waiver || !labelled) {
            const how = waiver
                ? `, or — if there is no impact — add the label "${waiver.label}" and get an approval of the latest commit from ${(0,util_text/* listing */.RR)(waiver.from, 'or')}`
                : '';
            const action = `update ${expected} in this pull request${how}.`;
            return {
                findings: fileFindings(`${story} — ${action}`, (file) => `${file} changed, but no file matching ${expected} did — ${action}`, {
                    text: waiver
                        ? `${update}, or (if it has no impact) label the pull request "${waiver.label}" and ask ${(0,util_text/* listing */.RR)(waiver.from, 'or')} to approve`
                        : update,
                }),
                summary: `${(0,util_text/* shortList */.pg)(triggers, 3)} changed without ${expected}`,
            };
        }
        // The label claims "no impact"; it counts only with an approval of the head commit from someone in `from`, counted as
        // every approval is (rules/common/approvals): by default not from someone who committed to the pull request.
        const eligible = await (0,approvals/* resolveEligible */.GR)(waiver.from, ctx.groups, facts);
        const tallyOptions = { pr, eligible, invalidateOnPush: true, rules: (0,approvals/* approverRules */.nG)(waiver) };
        const tally = await (0,approvals/* tallyCountedApprovals */.hv)(await facts.reviews(), tallyOptions, facts);
        if (tally.approvers.length > 0) {
            const who = (0,util_text/* listing */.RR)(tally.approvers);
            return {
                findings: [
                    {
                        severity: 'notice',
                        message: `Waiver used: ${(0,util_text/* shortList */.pg)(triggers)} changed without ${expected}; the label "${waiver.label}" is approved by ${who} on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}.`,
                    },
                ],
                summary: `waived by label "${waiver.label}", approved by ${who} on ${(0,util_text/* shortSha */.Fu)(pr.headSha)}`,
            };
        }
        const why = [`needs an approval of the latest commit ${(0,util_text/* shortSha */.Fu)(pr.headSha)} from ${eligible.label}`];
        if (tally.stale.length)
            why.push(`${(0,util_text/* listing */.RR)(tally.stale.map((r) => r.user))} approved an earlier commit — ask for a re-review`);
        why.push(...(0,approvals/* uncountedNotes */.TB)(tally, pr));
        if (eligible.logins.size === 0)
            why.push('nobody is eligible — add members to the group or team');
        const message = `${story}, and the waiver label "${waiver.label}" is not approved: ${why.join('; ')}. Update ${expected}, or get the waiver approved.`;
        const short = (file) => `${file} changed, but no file matching ${expected} did, and the waiver label "${waiver.label}" is not approved — update ${expected}, or get the waiver approved.`;
        const approve = (0,approvals/* approvalAction */.WM)(1, tally, tallyOptions, `the waiver label "${waiver.label}"`);
        return {
            findings: fileFindings(message, short, { text: `${update}, or ${approve.text.charAt(0).toLowerCase()}${approve.text.slice(1)}` }),
            summary: `waiver "${waiver.label}" without an approval from ${(0,util_text/* listing */.RR)(waiver.from, 'or')} (${(0,util_text/* plural */.LS)(triggers.length, 'file')} changed)`,
        };
    },
});

// EXTERNAL MODULE: ./lib/rules/vulnerabilities/rule.js
var vulnerabilities_rule = __webpack_require__(3682);
;// CONCATENATED MODULE: ./lib/rules/index.js










/**
 * Every rule a policy can name. Adding a gate is adding its file and one line here. The policy loader needs a
 * rule's name, description and options only: a rule whose evaluation brings parsers of its own (SBOM, lockfiles,
 * requirements, Markdown, OSV) is registered by its `rule.ts` (a lazyRule), whose evaluate imports the
 * implementation when a gate runs it, so a policy without that gate never loads that code.
 */
const RULES = [
    reviews,
    protectedFiles,
    sbom_rule/* sbomRule */.m,
    traceability_rule/* traceabilityRule */.i,
    updatedWith,
    changeRequest,
    checklist_rule/* checklistRule */.x,
    risk_register_rule/* riskRegisterRule */.b,
    soup_rule/* soupRule */.U,
    vulnerabilities_rule/* vulnerabilitiesRule */.f,
];


/***/ }),

/***/ 29205:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ RiskRegisterOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74508);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);


// The risk-register gate's options: what the policy may say (the registry holds them without the gate's evaluation).
const RiskRegisterOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    file: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globSchema */ .G6, { default: 'docs/risk/risk-register.yml', description: 'The risk register (a path at head).' }),
    format: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['native', 'rdm'], {
        default: 'native',
        description: 'native (risk-register.schema.json) or rdm (innolitics rdm data/risk.yml).',
    }),
    requirements: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Array(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementSourceSchema */ .mf, {
        minItems: 1,
        description: 'Where the requirements that implement controls are defined, read as the traceability gate reads them: globs, or {path, format}.',
    })),
    requirements_from: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({ minLength: 1, description: 'The id of a traceability gate whose requirements (and tests, for verified) to use.' })),
    verified: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Boolean({
        default: false,
        description: "Each control's requirement must be cited by a test (IEC 62304 7.3.3: hazard → control → requirement → test).",
    }),
});


/***/ }),

/***/ 18645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ riskRegisterRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7849);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(29205);


// The risk-register gate as the policy sees it. Its evaluation — the risk register and requirement readers — is
// ./index.ts, loaded when a gate runs this rule.
const riskRegisterRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyRule */ .Xd)({
    name: 'risk-register',
    description: 'The risk-management file (ISO 14971, IEC 62304 7): valid, every risk control implemented by an existing requirement (and, with verified, tested), residual risks acceptable or justified, causes in known software items.',
    options: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .RiskRegisterOptions */ .P,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(2463), __webpack_require__.e(8149), __webpack_require__.e(2979)]).then(__webpack_require__.bind(__webpack_require__, 2979))).riskRegister);


/***/ }),

/***/ 39911:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CR: () => (/* binding */ DEFAULT_MAX_FILE_BYTES),
/* harmony export */   cC: () => (/* reexport safe */ _common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_1__.cC),
/* harmony export */   w2: () => (/* binding */ SbomOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74508);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);
/* harmony import */ var _common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25635);




const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
/** The sbom gate's options; the vulnerabilities gate reads another gate's through GateContext.gateOptions with it. */
const SbomOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    paths: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, { minItems: 1, description: `Where the SBOMs live (globs). Default: ${_common_sbom_sources_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_SBOM_GLOBS */ .cC.join(', ')}.` })),
    formats: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['cyclonedx', 'spdx']), {
        minItems: 1,
        default: ['cyclonedx', 'spdx'],
        description: 'Accepted SBOM families.',
    }),
    min_version: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Object({
        cyclonedx: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ pattern: '^1\\.[0-9]+$', description: 'Lowest CycloneDX specVersion accepted, e.g. "1.4".' })),
        spdx: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ pattern: '^2\\.[0-9]+$', description: 'Lowest SPDX version accepted, e.g. "2.3".' })),
    }, { additionalProperties: false, description: 'Optional floor on the declared specification version.' })),
    schema: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({
        default: true,
        description: 'Validate against the official schema (JSON Schema or XSD) of the declared version.',
    }),
    ntia: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: true, description: 'Require the NTIA minimum elements.' }),
    fda: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({
        default: false,
        description: 'Also require a support level and an end-of-support date per component (FDA premarket guidance).',
    }),
    lockfiles: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Union([(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .Const */ .QJ)('auto'), _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4], {
        default: 'auto',
        description: 'auto = every lockfile found in the repository; or a list of paths (globs); [] switches the drift check off.',
    }),
    dev_dependencies: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['include', 'exclude'], {
        default: 'include',
        description: 'exclude: packages a lockfile marks development-only (npm "dev", Pipfile develop, composer packages-dev, Maven test scope) need not be in the SBOM — for an SBOM of what ships.',
    }),
    require_update: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({ default: true, description: 'A pull request that changes a lockfile must change an SBOM too.' }),
    licenses: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Object({
        deny: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.String({ minLength: 1 }), { description: 'SPDX ids or expressions; a component that cannot avoid one fails.' })),
    }, { additionalProperties: false })),
    max_file_bytes: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Integer({
        minimum: 1,
        default: DEFAULT_MAX_FILE_BYTES,
        description: 'Largest SBOM or lockfile read, in bytes; for these files it replaces the run-wide max-file-bytes.',
    }),
});


/***/ }),

/***/ 24927:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ sbomRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7849);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(39911);


// The sbom gate as the policy sees it. Its evaluation — the SBOM (JSON, XML, tag-value), schema, licence and lockfile
// readers — is ./index.ts, loaded when a gate runs this rule.
const sbomRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyRule */ .Xd)({
    name: 'sbom',
    description: 'SBOM: present, valid against the official schema, carrying the NTIA minimum elements, and matching what the lockfiles pin (CycloneDX 1.2–1.7, SPDX 2.2/2.3).',
    options: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .SbomOptions */ .w2,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4886), __webpack_require__.e(3555), __webpack_require__.e(2225)]).then(__webpack_require__.bind(__webpack_require__, 42225))).sbom);


/***/ }),

/***/ 68065:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ SoupOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74508);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);


// The soup gate's options: what the policy may say (the registry holds them without the gate's evaluation).
const SoupOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    file: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globSchema */ .G6, { default: 'docs/soup.yml', description: 'The SOUP list (a path at head).' }),
    format: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['native', 'openregulatory'], {
        default: 'native',
        description: "native (a YAML list) or openregulatory (OpenRegulatory's Markdown SOUP table).",
    }),
    lockfiles: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Union([(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .Const */ .QJ)('auto'), _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4], {
        default: 'auto',
        description: 'auto: every lockfile in the repository (outside node_modules/, vendor/); or a list of paths/globs; [] checks the SOUP list alone.',
    }),
    scope: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['direct', 'all'], {
        default: 'direct',
        description: 'direct: the dependencies the project declares; all: every package the lockfiles pin. Development-only packages are left out.',
    }),
    anomaly_review_max_age_days: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Integer({
        minimum: 1,
        default: 365,
        description: "For class B/C: the longest time since each item's anomaly list was reviewed.",
    }),
});


/***/ }),

/***/ 39009:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ soupRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7849);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(68065);


// The soup gate as the policy sees it. Its evaluation — the lockfile and SOUP list readers — is ./index.ts, loaded when
// a gate runs this rule.
const soupRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyRule */ .Xd)({
    name: 'soup',
    description: 'SOUP (IEC 62304 8.1.2, 5.3.3/5.3.4, 7.1.2/7.1.3): every dependency the lockfiles pin is in the SOUP list at the same version, with a manufacturer, and for class B/C its purpose, requirements, risk and a recent anomaly review.',
    options: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .SoupOptions */ .I,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(8353), __webpack_require__.e(5446), __webpack_require__.e(4556)]).then(__webpack_require__.bind(__webpack_require__, 34556))).soup);


/***/ }),

/***/ 76319:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ TraceabilityOptions),
/* harmony export */   G: () => (/* binding */ DEFAULT_TESTS)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(74508);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);
/* harmony import */ var _parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(45277);



const DEFAULT_TESTS = ['test/**', 'tests/**', '**/*_test.*', '**/*.test.*', '**/*.spec.*'];
const SWITCHES = ['error', 'warning', 'off'];
const switchSchema = (what, fallback = 'error') => (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(SWITCHES, { default: fallback, description: `${what}: error | warning | off.` });
const TraceabilityOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    requirements: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .requirementSourceSchema */ .mf, {
        minItems: 1,
        description: "Where requirements are defined: globs (format from the extension: .yml/.yaml, .md, .sdoc, .reqif, needs.json; Doorstop folders by their .doorstop.yml), or {path, format} (yaml, markdown, doorstop, strictdoc, openfasttrace, sphinx-needs, reqif) with the format's options.",
    }),
    id_pattern: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .regexSchema */ .v2, {
        default: _parsers_requirements_formats_js__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_ID_PATTERN */ .ng,
        description: 'What a requirement id looks like (a regular expression).',
    }),
    tests: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, { default: DEFAULT_TESTS, description: 'Files searched for references to requirement ids.' }),
    reference_pattern: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Unsafe({
        ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .regexSchema */ .v2,
        type: ['string', 'null'],
        default: null,
        description: 'A stricter reference form with one capture group for the id, e.g. "@req\\\\s+(REQ-[0-9]+)"; default: any id_pattern match in a test file.',
    }),
    junit: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, {
        default: [],
        description: 'JUnit XML reports; then a requirement counts as verified only if a linked test case passed.',
    }),
    junit_id_from_name: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Unsafe({
        type: ['object', 'null'],
        default: null,
        additionalProperties: false,
        required: ['pattern', 'replace'],
        properties: {
            pattern: {
                ..._core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .regexSchema */ .v2,
                description: 'An RE2 pattern searched for in JUnit case, class and suite names, e.g. "REQ_([0-9]+)".',
            },
            replace: { type: 'string', description: 'What each match stands for: $1..$9 its groups, $& the match, e.g. "REQ-$1".' },
        },
        description: "Rewrites JUnit names before ids are looked for in them, for runners whose test names cannot hold the id as written (pytest's test_REQ_001 citing REQ-001).",
    })),
    allow_empty: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Boolean({
        default: false,
        description: 'Let the gate go on when its sources define no requirement at all, or a junit glob matches no report (by default each is an error: a silent pass on nothing read); requirements a missing report would have verified still fail.',
    })),
    require_tests: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Union([(0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['all', 'none']), _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Array((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .SAFETY_CLASSES */ .wj), { minItems: 1 })], {
        default: 'all',
        description: "Which requirements need a test: all, none, or those of these classes (the requirement's class, else classification.default; in a PR, the stricter of its class at base and at head).",
    }),
    unknown_references: switchSchema('A test cites an id that no requirement defines'),
    duplicate_ids: switchSchema('The same id is defined twice'),
    suspect: switchSchema('A requirement whose text changed in this PR while none of its tests changed (nor, with junit, passed in a report this PR updated); and a Doorstop link whose stored stamp no longer matches its parent'),
    unreviewed: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(switchSchema('A Doorstop item whose reviewed stamp no longer matches it (changed since it was reviewed)')),
    class_lowered: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(switchSchema('A requirement whose safety class this PR lowers (C at base, A at head; the class written on it, else classification.default): the PR is still judged by the stricter class, and the lowering is reported for the risk process to approve', 'warning')),
    flaky: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_2__/* .Type */ .ZU.Optional(switchSchema('A requirement whose linked JUnit case passed only on a rerun after failing (Maven Surefire flakyFailure/flakyError)', 'warning')),
}, { required: ['requirements'] });


/***/ }),

/***/ 3255:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ traceabilityRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7849);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76319);


// The traceability gate as the policy sees it. Its evaluation — the matrix, with the requirement, test and JUnit
// readers — is ./index.ts, loaded when a gate runs this rule.
const traceabilityRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyRule */ .Xd)({
    name: 'traceability',
    description: 'Traceability (IEC 62304 5.1.1, 5.7.4): every requirement is cited by a test (and passed, with JUnit), every cited id exists, and a requirement changed by the PR has its tests changed too.',
    options: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .TraceabilityOptions */ .A,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(1895), __webpack_require__.e(8149), __webpack_require__.e(8067), __webpack_require__.e(1158)]).then(__webpack_require__.bind(__webpack_require__, 78067))).traceability);


/***/ }),

/***/ 21528:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ VulnerabilitiesOptions)
/* harmony export */ });
/* harmony import */ var _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74508);
/* harmony import */ var _core_osv_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(44203);
/* harmony import */ var _core_schemas_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9975);



// The vulnerabilities gate's options: what the policy may say (the registry holds them without the gate's evaluation).
const DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024;
const VulnerabilitiesOptions = (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .RuleOptions */ .Ly)({
    sbom_gate: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional(_sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({
        minLength: 1,
        description: "The id of the sbom gate whose SBOMs to scan. Default: the gate named sbom, else the SBOM gate's default paths.",
    })),
    paths: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, { minItems: 1, description: 'SBOMs to scan (globs), instead of those of an sbom gate.' })),
    source: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(['osv', 'offline'], {
        default: 'osv',
        description: "osv: the OSV.dev API; offline: a folder of OSV JSON records, read at the base commit (a pull request's changes to it count from the next one on).",
    }),
    osv_api: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.String({
        pattern: '^https?://[^\\s]+$',
        default: 'https://api.osv.dev',
        description: 'Base URL of the OSV API (a mirror, or a local server in tests).',
    }),
    offline: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globSchema */ .G6, {
        default: 'security/osv',
        description: 'With source: offline, the folder of OSV JSON records (one per file).',
    }),
    fail_on: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .StringEnum */ .bD)(_core_osv_js__WEBPACK_IMPORTED_MODULE_2__/* .SEVERITY_LEVELS */ .m, {
        default: 'high',
        description: 'The lowest severity that fails; below it an open vulnerability is a warning.',
    }),
    kev: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Optional((0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globSchema */ .G6, {
        description: 'Path of the CISA Known Exploited Vulnerabilities catalog (JSON), read at the base commit; a listed vulnerability fails whatever its severity.',
    })),
    vex: (0,_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .annotate */ .fz)(_core_schemas_js__WEBPACK_IMPORTED_MODULE_0__/* .globListSchema */ .e4, { default: ['security/vex/**/*.json'], description: 'CycloneDX VEX and OpenVEX documents (globs).' }),
    vex_max_age_days: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Integer({ minimum: 1, default: 180, description: 'An assessment older than this is stale.' }),
    max_file_bytes: _sinclair_typebox__WEBPACK_IMPORTED_MODULE_1__/* .Type */ .ZU.Integer({
        minimum: 1,
        default: DEFAULT_MAX_FILE_BYTES,
        description: 'Largest SBOM, VEX, KEV or OSV record file read, in bytes.',
    }),
});


/***/ }),

/***/ 3682:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ vulnerabilitiesRule)
/* harmony export */ });
/* harmony import */ var _core_rule_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7849);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(21528);


// The vulnerabilities gate as the policy sees it. Its evaluation — the SBOM, VEX, KEV and OSV readers — is ./index.ts,
// loaded when a gate runs this rule.
const vulnerabilitiesRule = (0,_core_rule_js__WEBPACK_IMPORTED_MODULE_1__/* .lazyRule */ .Xd)({
    name: 'vulnerabilities',
    description: 'Known vulnerabilities (OSV) of the components in the SBOM: each one fixed, or assessed in a current VEX statement.',
    options: _options_js__WEBPACK_IMPORTED_MODULE_0__/* .VulnerabilitiesOptions */ .P,
}, async () => (await Promise.all(/* import() */[__webpack_require__.e(2463), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(3555), __webpack_require__.e(5862)]).then(__webpack_require__.bind(__webpack_require__, 25862))).vulnerabilities);


/***/ }),

/***/ 54467:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ READ_CONCURRENCY),
/* harmony export */   _: () => (/* binding */ mapConcurrent)
/* harmony export */ });
/** Files read at once: enough to hide git's or the API's latency, few enough to bound memory. */
const READ_CONCURRENCY = 16;
/** Runs `fn` over `items` with at most `limit` running at once; results keep the items' order. */
async function mapConcurrent(items, limit, fn) {
    const results = new Array(items.length);
    let next = 0;
    const worker = async () => {
        while (next < items.length) {
            const i = next++;
            results[i] = await fn(items[i], i);
        }
    };
    await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
    return results;
}


/***/ }),

/***/ 95211:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ globMatcher),
  A: () => (/* binding */ globProblem)
});

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./lib/util/glob-literal.js
// Globs that need no regular expression: the shapes policies write most (`test/**`, `**/*.test.*`,
// `docs/requirements/*.yml`, a plain path) answered with string comparisons, exactly as src/util/glob.ts's
// translation to RE2 answers them. A glob of any other shape gets undefined, and the RE2 matcher answers it.
// - `<literal>/**`: `(?s:/.*)?` after the literal — the folder itself, or any path under it;
// - `**/<segment>`: `(?s:.*/)?` before it — a last segment that matches, in the root or in any folder;
// - `<literal>/**/<segment>`: `/(?s:.*/)?` between them — under that folder, at any depth;
// - `<literal>/<segment>` and `<segment>`: a last segment that matches, in that folder (or the root) only;
// - `<literal>`: that path.
// A literal here holds none of the characters the translation reads as syntax (`*`, `?`, `[`, `]`, `{`, `}`, `,`,
// `!`, `\`), no empty or "." segment and no "..", and does not end with "/"; a segment is such a literal or one with
// single stars (`*.test.*`: `[^/]*` each, any characters but "/"). The matcher compares them with the path as it tests
// the path (control characters already replaced).
/** Characters the translation reads as syntax, or that a policy glob may not hold. */
const SYNTAX = /[*?[\]{},!\\]/;
/** A segment written as itself: not empty, not "." or "..", no syntax, no "/". */
function literalSegment(segment) {
    return segment !== '' && segment !== '.' && segment !== '..' && !SYNTAX.test(segment) && !segment.includes('/');
}
/** A path of such segments. */
function literalPath(path) {
    return path.split('/').every(literalSegment);
}
/** A segment of literal characters and single stars (`*.test.*`, `*`), no "**". */
function starSegment(segment) {
    return segment.includes('*') && !segment.includes('**') && literalSegment(segment.replaceAll('*', 'x'));
}
/**
 * Whether the path's last segment, from `from` to its end (no "/" in it), matches a segment of literal pieces joined
 * by `*` (`[^/]*`): the first piece starts it, the last ends it, and the pieces between come in order, each taken
 * where it first occurs — with stars alone, the leftmost place of a piece never loses a match a later place would
 * make, so nothing is tried twice: linear in the name.
 */
function segmentTest(segment) {
    const pieces = segment.split('*');
    if (pieces.length === 1)
        return (path, from) => path.length - from === segment.length && path.startsWith(segment, from);
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const middle = pieces.slice(1, -1).filter((p) => p !== '');
    const least = pieces.reduce((n, p) => n + p.length, 0);
    return (path, from) => {
        if (path.length - from < least || !path.startsWith(first, from) || !path.endsWith(last))
            return false;
        let at = from + first.length;
        const end = path.length - last.length;
        for (const piece of middle) {
            const found = path.indexOf(piece, at);
            if (found < 0 || found + piece.length > end)
                return false;
            at = found + piece.length;
        }
        return true;
    };
}
/**
 * picomatch's own reading of these whole globs when they are not negated, as RE2 sources (glob.ts takes them in place
 * of the translation, and literalGlobTest leaves them to it): the dot is followed by at least one character (`*.*`
 * does not match "a.", which the general reading of the same glob, and `!*.*`, would).
 */
const PICOMATCH_WHOLE = new Map([
    ['*.*', '[^/]*\\.[^/]+'],
    ['**/*.*', '(?s:.*/)?[^/]*\\.[^/]+'],
]);
/** A string test equal to the glob's RE2 translation, or undefined for any other shape. `glob` has no leading "./" or "!". */
function literalGlobTest(glob) {
    if (PICOMATCH_WHOLE.has(glob))
        return undefined;
    if (glob.endsWith('/**')) {
        const folder = glob.slice(0, -3);
        if (!literalPath(folder))
            return undefined;
        const under = `${folder}/`;
        return (path) => path === folder || path.startsWith(under);
    }
    const slash = glob.lastIndexOf('/');
    const name = glob.slice(slash + 1);
    if (!literalSegment(name) && !starSegment(name))
        return undefined;
    const test = segmentTest(name);
    const before = slash < 0 ? '' : glob.slice(0, slash);
    if (before === '**' || before.endsWith('/**')) {
        // `**/<name>` or `<folder>/**/<name>`: a last segment that matches, at any depth (under the folder).
        const folder = before === '**' ? '' : before.slice(0, -2);
        if (folder !== '' && !literalPath(folder.slice(0, -1)))
            return undefined;
        return (path) => path.startsWith(folder) && test(path, path.lastIndexOf('/') + 1);
    }
    if (before !== '' && !literalPath(before))
        return undefined;
    // `<folder>/<name>` or `<name>`: a last segment that matches, in that folder (or the root) only.
    const under = before === '' ? '' : `${before}/`;
    return (path) => path.startsWith(under) && path.indexOf('/', under.length) < 0 && test(path, under.length);
}

;// CONCATENATED MODULE: ./lib/util/glob.js


// Policy globs match paths the pull request's author chooses. Each glob is translated here into a regular
// expression that runs on RE2 (re2js), in time linear in the path whatever the glob — a backtracking matcher
// (picomatch's regular expressions) hangs on a crafted name, extglobs such as `+(*.test|*.spec)` at once, several
// stars in a row (`*a*a*a*a*b`) with a long enough one. The translation takes what policies write, with
// picomatch's meaning (dotfiles included) on the paths git lists:
// - `*` any characters within a segment, `?` one, `[abc]`, `[a-z]` and `[^a]` one of (or not of) a set;
// - a `**` segment any number of segments, none included (`src/**` matches src itself, `**/x` matches x) — `**`
//   stands alone between slashes;
// - `{a,b}` either alternative (nested braces too, no "/" inside);
// - a leading `!` excludes: a list matches a path that one of its other globs matches and none of its `!` globs
//   names (`[src/**, '!src/vendor/**']`); a list of `!` globs alone matches every path none of them names;
// - anything else is itself.
// What it does not take — extglobs, `[!a]` (picomatch reads the "!" as a character), POSIX classes, brace ranges,
// "/" inside braces, `\` — is refused by globProblem, with its line, when the policy is loaded.
/** A compiled set of repo-relative globs; dotfiles match, as a reviewer would expect of `src/**`. */
function globMatcher(globs) {
    if (globs.length === 0)
        return () => false;
    const positive = [];
    const literals = [];
    const negated = [];
    /** The globs as given that select paths (not `!`), each also matching the path it spells. */
    const included = [];
    // The literal leading folder ("docs/requirements/" of "docs/requirements/*.yml") of each glob in `positive`;
    // undefined once one starts with a pattern (any path may match it).
    let folders = [];
    for (const given of globs) {
        const problem = globProblem(given);
        if (problem)
            throw new Error(`The glob ${problem}`);
        const glob = withoutDotSlash(given);
        if (glob.startsWith('!'))
            negated.push(build/* RE2JS */.L3.compile(translate(withoutDotSlash(glob.slice(1)))));
        else {
            included.push(given);
            // `test/**`, `**/name`, a plain path: string comparisons, exactly as their translation answers (glob-literal.ts).
            const quick = literalGlobTest(glob);
            if (quick)
                literals.push(quick);
            else {
                positive.push(PICOMATCH_WHOLE.get(glob) ?? translate(glob));
                const folder = literalFolder(glob);
                if (folder)
                    folders?.push(folder);
                else
                    folders = undefined;
            }
        }
    }
    // The positive globs as one alternation, tested once per path.
    const any = positive.length ? build/* RE2JS */.L3.compile(positive.map((source) => `(?:${source})`).join('|')) : undefined;
    const literal = new Set(included);
    // Wildcards do not match line breaks; a file named "docs/a\nb.md" must not slip past "docs/**".
    return (path) => {
        if (path === '')
            return false;
        const matchable = CONTROL.test(path) ? path.replace(CONTROLS, '\ufffd') : path;
        const selected = included.length === 0 ||
            literal.has(matchable) ||
            literals.some((test) => test(matchable)) ||
            // A path outside every folder those globs name literally cannot match them: a string test spares the regular
            // expression most of a large tree.
            ((!folders || folders.some((f) => matchable.startsWith(f))) && (any?.testExact(matchable) ?? false));
        // An excluding glob ("!vendor/**") takes out what the others selected; it never adds a path of its own.
        return selected && !negated.some((re) => re.testExact(matchable));
    };
}
/** The literal leading folders of a glob ("a/b/" of "a/b/*.md"); "" when its first segment is a pattern. */
function literalFolder(glob) {
    const segments = glob.split('/');
    let folder = '';
    // The last segment may be a pattern, or the end of the path: only the folders before it are taken.
    for (let i = 0; i < segments.length - 1 && !GLOB_SYNTAX.test(segments[i]); i++)
        folder += `${segments[i]}/`;
    return folder;
}
/** What a segment may hold that the translation reads as more than itself (a few more, to be safe). */
const GLOB_SYNTAX = /[*?[\]{}(),!\\]/;
// eslint-disable-next-line no-control-regex -- a path's control characters are matched as U+FFFD, so the class names them
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]/;
const CONTROLS = new RegExp(CONTROL.source, 'g');
/** Why a glob cannot be used in a policy, or undefined when it can. */
function globProblem(glob) {
    if (glob.startsWith('/') || /^[A-Za-z]:[\\/]/.test(glob))
        return `"${glob}" is absolute; write it relative to the repository root`;
    if (glob.split('/').includes('..'))
        return `"${glob}" climbs out with ".."; write it relative to the repository root`;
    if (glob.includes('\\'))
        return `"${glob}" uses "\\"; use "/" as the path separator`;
    if (/[@!+*?]\(/.test(glob)) {
        return `"${glob}" uses an extglob such as +(…) or @(…), which is not taken (globs match file names a pull request chooses, and every glob runs in linear time) — write the alternatives with braces, {a,b}, or as globs of their own`;
    }
    const plain = withoutDotSlash(glob);
    if (plain.startsWith('!!'))
        return `"${glob}" negates twice; write it without the "!!"`;
    try {
        translate(plain.startsWith('!') ? withoutDotSlash(plain.slice(1)) : plain);
    }
    catch (e) {
        if (e instanceof GlobSyntax)
            return `"${glob}" ${e.message}`;
        throw e;
    }
    return undefined;
}
class GlobSyntax extends Error {
}
/** A leading "./" names the root, as it does to picomatch. */
function withoutDotSlash(glob) {
    while (glob.startsWith('./'))
        glob = glob.slice(2);
    return glob;
}
/** The RE2 source matching, whole, the paths the glob matches. */
function translate(glob) {
    if (glob === '')
        throw new GlobSyntax('is empty; name a path or write a pattern such as docs/**');
    // A trailing "/" names a folder: the glob then matches only paths that end in "/", which git never lists.
    if (glob.endsWith('/') && glob.length > 1)
        return `${translate(glob.slice(0, -1))}/`;
    const segments = splitSegments(glob);
    if (segments.includes('.') || segments.includes(''))
        throw new GlobSyntax('has an empty or "." segment ("//" or "/./"); write each folder once');
    // Consecutive ** segments mean what one does.
    const kept = segments.filter((s, i) => !(s === '**' && segments[i - 1] === '**'));
    let out = '';
    for (let i = 0; i < kept.length; i++) {
        const segment = kept[i];
        const first = i === 0;
        const last = i === kept.length - 1;
        // A separator before this segment, unless the ** before it already ended with one.
        const separator = first || kept[i - 1] === '**' ? '' : '/';
        if (segment === '**') {
            if (first && last)
                out += '(?s:.*)';
            else if (first)
                out += '(?s:.*/)?';
            // picomatch's quirk, kept: after a segment that ends in "*", a trailing "/**" needs its "/" ("a*/**" misses "ab").
            else if (last)
                out += kept[i - 1].endsWith('*') ? '(?s:/.*)' : '(?s:/.*)?';
            else
                out += '/(?s:.*/)?';
        }
        else
            out += separator + translateSegment(segment);
    }
    return out;
}
/** The glob's "/"-separated segments ("/" inside braces is refused). */
function splitSegments(glob) {
    let depth = 0;
    for (const c of glob) {
        if (c === '{')
            depth++;
        else if (c === '}')
            depth--;
        else if (c === '/' && depth > 0)
            throw new GlobSyntax('has a "/" inside braces; write one glob per alternative');
    }
    return glob.split('/');
}
/** One segment (no "/", not `**`). */
function translateSegment(segment) {
    let out = '';
    let i = 0;
    while (i < segment.length) {
        const c = segment[i];
        if (c === '*') {
            if (segment[i + 1] === '*')
                throw new GlobSyntax('has "**" inside a segment; "**" stands alone between slashes (src/**/x.ts), "*" matches within a segment');
            i++;
            out += '[^/]*';
        }
        else if (c === '?') {
            out += '[^/]';
            i++;
        }
        else if (c === '[') {
            const { source, end } = bracket(segment, i);
            out += source;
            i = end;
        }
        else if (c === '{') {
            const { source, end } = braces(segment, i);
            out += source;
            i = end;
        }
        else if (c === '}' || c === ',') {
            if (c === '}')
                throw new GlobSyntax('has a "}" that closes no "{"; remove it or open the braces');
            out += ',';
            i++;
        }
        else {
            const code = segment.codePointAt(i);
            const char = String.fromCodePoint(code);
            out += literal(char);
            i += char.length;
        }
    }
    return out;
}
/** `{a,b,…}` from `start` (its "{") to the matching "}": each alternative a segment of its own. */
function braces(segment, start) {
    const alternatives = [];
    let depth = 0;
    let from = start + 1;
    for (let i = start; i < segment.length; i++) {
        const c = segment[i];
        if (c === '{')
            depth++;
        else if (c === '}' && --depth === 0) {
            alternatives.push(segment.slice(from, i));
            if (alternatives.some((a) => a.includes('..')))
                throw new GlobSyntax('uses a brace range such as {1..3}, which is not taken; list the alternatives');
            if (alternatives.length < 2)
                throw new GlobSyntax(`has braces with one alternative, "${segment.slice(start, i + 1)}"; list two or more, {a,b}, or drop the braces`);
            return { source: `(?:${alternatives.map(translateSegment).join('|')})`, end: i + 1 };
        }
        else if (c === ',' && depth === 1) {
            alternatives.push(segment.slice(from, i));
            from = i + 1;
        }
    }
    throw new GlobSyntax('has a "{" that is never closed; close it with "}"');
}
/** `[…]` from `start`: one character of the set (or, after "^", not of it, and never "/"). */
function bracket(segment, start) {
    const close = segment.indexOf(']', start + 1);
    if (close === -1)
        throw new GlobSyntax('has a "[" that is never closed; close it with "]"');
    const body = segment.slice(start + 1, close);
    if (body === '' || body === '^')
        throw new GlobSyntax(`has an empty set "${segment.slice(start, close + 1)}"; name its characters`);
    if (body.startsWith('!'))
        throw new GlobSyntax(`has "${segment.slice(start, close + 1)}", which matches "!" as a character rather than negating; write [^…] to negate`);
    if (body.includes('['))
        throw new GlobSyntax(`has a "[" inside a set, "${segment.slice(start, close + 1)}"; POSIX classes such as [[:alpha:]] are not taken`);
    const negate = body.startsWith('^');
    const members = [...(negate ? body.slice(1) : body)];
    let set = '';
    for (let i = 0; i < members.length; i++) {
        const c = members[i];
        if (members[i + 1] === '-' && i + 2 < members.length) {
            const to = members[i + 2];
            if (to.codePointAt(0) < c.codePointAt(0))
                throw new GlobSyntax(`has the range "${c}-${to}", which runs backwards; write it "${to}-${c}"`);
            set += `${classMember(c)}-${classMember(to)}`;
            i += 2;
        }
        else
            set += classMember(c);
    }
    const source = negate ? `[^/${set}]` : `[${set}]`;
    // picomatch lets a set of plain characters ([ab], not [a-c] or [^a]) match its own text as well.
    if (/[-*+?.^${}(|)[\]]/.test(body))
        return { source, end: close + 1 };
    return { source: `(?:${[...segment.slice(start, close + 1)].map(literal).join('')}|${source})`, end: close + 1 };
}
/** A character as itself in RE2, outside a class. */
function literal(c) {
    return /[\\^$.|?*+()[\]{}]/.test(c) ? `\\${c}` : c;
}
/** A character as itself inside an RE2 class. */
function classMember(c) {
    return /[\\^\-\][]/.test(c) ? `\\${c}` : c;
}


/***/ }),

/***/ 82718:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AL: () => (/* binding */ patternProblem),
/* harmony export */   JM: () => (/* binding */ PatternError),
/* harmony export */   zJ: () => (/* binding */ Pattern)
/* harmony export */ });
/* unused harmony export simpleWhole */
/* harmony import */ var re2js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2856);

// Policy patterns (id_pattern, reference_pattern, a change request's pattern) run over text the pull request's
// author controls: titles, bodies, test files. They run on RE2 (re2js), which matches in time linear in the text
// whatever the pattern — `(a+)+$` included — so no pattern can let a crafted pull request hang the gate, and no
// heuristic has to guess which patterns are safe. The syntax is RE2's (https://github.com/google/re2/wiki/Syntax):
// JavaScript's, less lookaheads and back-references; lookbehinds are taken (re2js runs them in linear time too).
// Every policy pattern is compiled and run here, and nowhere else.
/** What a pattern may cost to compile: RE2 refuses larger repetition counts; this bounds the program. */
const MAX_SOURCE_LENGTH = 2_000;
const MAX_PROGRAM_SIZE = 50_000;
/** Texts longer than this are asked whether they match before their matches are searched for. */
const PRECHECK_LENGTH = 1_000;
/** A character that continues an id: what an id standing alone is not preceded or followed by. */
const WORD = 'A-Za-z0-9_';
class PatternError extends Error {
}
/** Pattern.whole's answers by source (a few policy patterns per process). */
const WHOLE = new Map();
/** Why `source` cannot be a policy pattern (what RE2 says, and what to do), or undefined when it can. */
function patternProblem(source) {
    try {
        compileRe2(source);
        return undefined;
    }
    catch (e) {
        if (e instanceof PatternError)
            return e.message;
        throw e;
    }
}
function compileRe2(source) {
    if (source.length > MAX_SOURCE_LENGTH)
        throw new PatternError(`is ${source.length} characters long, over the ${MAX_SOURCE_LENGTH} a pattern may have — shorten it`);
    let re;
    try {
        // Lookbehinds need a flag of their own; patterns without one do not pay for it.
        re = re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.compile(source, /\(\?<[=!]/.test(source) ? re2js__WEBPACK_IMPORTED_MODULE_0__/* .RE2JS */ .L3.LOOKBEHINDS : 0);
    }
    catch (e) {
        // RE2 calls a lookahead an "invalid named capture"; say what it is.
        const reason = /\(\?[=!]/.test(source)
            ? 'a lookahead, (?=…) or (?!…)'
            : (e.message || String(e)).replace(/^error parsing regexp: /, '');
        throw new PatternError(`is not a valid regular expression for RE2, the linear-time engine policy patterns run on (${reason}) — write it in RE2 syntax: no lookahead such as (?=…) or (?!…), no back-reference such as \\1, repeat counts up to 1000`);
    }
    if (re.programSize() > MAX_PROGRAM_SIZE)
        throw new PatternError(`compiles to more than ${MAX_PROGRAM_SIZE} instructions — use smaller repetition counts`);
    return re;
}
/**
 * A compiled policy pattern. Its matches are found as JavaScript's `matchAll` finds a global pattern's, with the
 * same leftmost-first choice: each search starts where the last match ended (one further after an empty match).
 */
class Pattern {
    source;
    re;
    group;
    inside;
    constructor(
    /** The policy's pattern as written. */
    source, re, 
    /** Which group holds the match: 0, or 1 for a pattern wrapped to stand alone. */
    group, 
    /** A wrapped pattern's searches after the start of the text: a character, then the match (no "^" to go by). */
    inside = re) {
        this.source = source;
        this.re = re;
        this.group = group;
        this.inside = inside;
    }
    /** The pattern, or a PatternError saying why not (see patternProblem). */
    static compile(source) {
        return new Pattern(source, compileRe2(source), 0);
    }
    /**
     * Matches of `source` that stand alone — not preceded or followed by a letter, digit or underscore —, as
     * JavaScript's `(?<![A-Za-z0-9_])(?:source)(?![A-Za-z0-9_])` would find them. RE2 has no lookahead: the
     * characters on either side are matched (and the search resumes one character back, so each can serve the next
     * match as well), and the match is the group between them.
     */
    static standingAlone(source) {
        compileRe2(source);
        const after = `(${source})(?:[^${WORD}]|$)`;
        return new Pattern(source, compileRe2(`(?:^|[^${WORD}])${after}`), 1, compileRe2(`[^${WORD}]${after}`));
    }
    /**
     * Whether the whole of `text` matches (as `^(?:source)$` would): RE2 anchored at both ends, on its DFA. Compiled
     * once per source, as a parser asks for it once per file.
     */
    static whole(source) {
        let test = WHOLE.get(source);
        if (!test) {
            const re = compileRe2(source);
            // The common id forms (REQ-[0-9]+, [A-Z][A-Z0-9]*-[0-9]+) are read by a plain walk with RE2's answers: its
            // first run in a process costs ~3 µs per text, 20,000 requirements' ids ~60 ms.
            test = simpleWhole(source) ?? ((text) => re.testExact(text));
            if (WHOLE.size >= 64)
                WHOLE.clear();
            WHOLE.set(source, test);
        }
        return test;
    }
    /** Whether `text` holds a match. */
    test(text) {
        if (this.group === 0)
            return this.re.test(text);
        for (const _ of this.matchAll(text))
            return true;
        return false;
    }
    /** The first match, or undefined. */
    exec(text) {
        for (const m of this.matchAll(text))
            return m;
        return undefined;
    }
    /** Every match, in order, as a global JavaScript search would find them. */
    *matchAll(text) {
        // A long text is first asked whether it matches at all, on RE2's DFA (no groups tracked: the quickest search,
        // and linear); most texts of a scan do not, and the search that tracks groups runs only on those that do.
        if (text.length > PRECHECK_LENGTH && !this.re.test(text))
            return;
        const wrapped = this.group === 1;
        const first = this.re.matcher(text);
        // From the second character on, a wrapped search starts one character back, where "^" must not match.
        let m = first;
        const count = m.groupCount();
        const names = Object.entries(this.re.namedGroups());
        // Where the search in JavaScript's terms resumes; a wrapped pattern looks one character back.
        let from = 0;
        while (from <= text.length) {
            if (wrapped && from > 0 && m === first)
                m = this.inside.matcher(text);
            if (!m.find(wrapped && from > 0 ? from - 1 : from))
                return;
            const index = m.start(this.group);
            const end = m.end(this.group);
            const groups = [];
            // A wrapped pattern's own groups follow the wrapping one; only the whole match is its answer.
            if (!wrapped)
                for (let g = 1; g <= count; g++)
                    groups.push(m.group(g) ?? undefined);
            const named = {};
            if (!wrapped)
                for (const [name, g] of names)
                    named[name] = m.group(g) ?? undefined;
            yield { index, end, text: text.slice(index, end), groups, named };
            from = end > index ? end : index + 1;
        }
    }
}
/** Characters a simple pattern writes as themselves: RE2 reads each of them literally outside a class. */
const LITERAL = /[A-Za-z0-9_-]/;
const CLASS_END = /[A-Za-z0-9]/;
/**
 * A walk that answers as RE2's whole match of `source` does, for patterns made only of literal letters, digits, "_"
 * and "-", `\d` and classes of letters, digits and ranges between them (no negation), each taken once or with + or
 * *; undefined for any other pattern. A repeated step must be followed by a step taken at least once whose
 * characters it cannot take: then taking as many as it can is the only way to match, and no step is ever retried.
 */
function simpleWhole(source) {
    const atoms = [];
    let i = 0;
    while (i < source.length) {
        const set = new Uint8Array(128);
        const c = source[i];
        if (c === '\\' && source[i + 1] === 'd') {
            set.fill(1, 48, 58);
            i += 2;
        }
        else if (c === '[') {
            const close = source.indexOf(']', i + 1);
            if (close < 0 || !simpleClass(source.slice(i + 1, close), set))
                return undefined;
            i = close + 1;
        }
        else if (LITERAL.test(c)) {
            set[c.charCodeAt(0)] = 1;
            i++;
        }
        else
            return undefined;
        const q = source[i];
        const repeat = q === '+' || q === '*' ? q : '';
        if (repeat)
            i++;
        atoms.push({ set, repeat });
    }
    if (!atoms.length)
        return undefined;
    for (let a = 0; a + 1 < atoms.length; a++) {
        const { set, repeat } = atoms[a];
        const next = atoms[a + 1];
        if (repeat && (next.repeat === '*' || set.some((x, ch) => x === 1 && next.set[ch] === 1)))
            return undefined;
    }
    return (text) => {
        const length = text.length;
        let at = 0;
        for (const { set, repeat } of atoms) {
            if (!repeat) {
                if (at >= length || set[text.charCodeAt(at)] !== 1)
                    return false;
                at++;
                continue;
            }
            const start = at;
            while (at < length && set[text.charCodeAt(at)] === 1)
                at++;
            if (repeat === '+' && at === start)
                return false;
        }
        return at === length;
    };
}
/** A class's characters into `set`: letters, digits and "_", and ranges between letters or digits; false for anything else. */
function simpleClass(body, set) {
    if (!body.length)
        return false;
    for (let i = 0; i < body.length;) {
        const c = body[i];
        if (body[i + 1] === '-' && i + 2 < body.length) {
            const to = body[i + 2];
            if (!CLASS_END.test(c) || !CLASS_END.test(to) || c > to)
                return false;
            set.fill(1, c.charCodeAt(0), to.charCodeAt(0) + 1);
            i += 3;
        }
        else if (LITERAL.test(c) && c !== '-') {
            set[c.charCodeAt(0)] = 1;
            i++;
        }
        else
            return false;
    }
    return true;
}


/***/ })

};
