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
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6208);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82458);
/* harmony import */ var _run_command_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(67755);
/* harmony import */ var _usage_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(84761);




/** The commands, each loaded on first use. */
const COMMANDS = {
    check: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(4285), __webpack_require__.e(3021), __webpack_require__.e(7751)]).then(__webpack_require__.bind(__webpack_require__, 77751))).check,
    validate: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(7826)]).then(__webpack_require__.bind(__webpack_require__, 17826))).validate,
    trace: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(1895), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(8149), __webpack_require__.e(8067), __webpack_require__.e(5660), __webpack_require__.e(4501), __webpack_require__.e(58)]).then(__webpack_require__.bind(__webpack_require__, 17062))).trace,
    vex: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(2463), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3555), __webpack_require__.e(5862), __webpack_require__.e(4501), __webpack_require__.e(1305)]).then(__webpack_require__.bind(__webpack_require__, 91305))).vex,
    release: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8353), __webpack_require__.e(1895), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(8149), __webpack_require__.e(4285), __webpack_require__.e(8067), __webpack_require__.e(5660), __webpack_require__.e(2245), __webpack_require__.e(7061)]).then(__webpack_require__.bind(__webpack_require__, 51971))).release,
    monitor: async () => (await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(2463), __webpack_require__.e(4353), __webpack_require__.e(4886), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3555), __webpack_require__.e(5862), __webpack_require__.e(6562), __webpack_require__.e(719)]).then(__webpack_require__.bind(__webpack_require__, 26396))).monitor,
    schema: async () => async (args, io) => {
        (0,_run_command_js__WEBPACK_IMPORTED_MODULE_0__/* .parseFlags */ .b)(args, {});
        const { policySchemaText } = await Promise.all(/* import() */[__webpack_require__.e(8815), __webpack_require__.e(7673), __webpack_require__.e(8316), __webpack_require__.e(3654), __webpack_require__.e(3781)]).then(__webpack_require__.bind(__webpack_require__, 43781));
        io.stdout(policySchemaText());
        return 0;
    },
};
async function main(argv, io) {
    try {
        const [command, ...rest] = argv;
        switch (command) {
            case undefined:
            case 'help':
            case '--help':
            case '-h':
                io.stdout(`${_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE */ .u}\n`);
                return command === undefined ? 2 : 0;
        }
        const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
        if (!load)
            throw new _app_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e(`unknown command "${command}"`);
        return await (await load())(rest, io);
    }
    catch (e) {
        if (e instanceof _app_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .e) {
            io.stderr(`sdlc-gate: ${e.message}\n\n${_usage_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE */ .u}\n`);
            return 2;
        }
        io.stderr(`sdlc-gate: ${e?.message ?? String(e)}\n`);
        return e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_3__/* .FactError */ .n ? 2 : 1;
    }
}


/***/ }),

/***/ 67755:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ parseFlags),
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57975);
/* harmony import */ var _app_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6208);
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82458);



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
                  [--reviews FILE] [--teams FILE] [--format text|json|markdown] [--output FILE]
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
/* harmony export */   n: () => (/* binding */ FactError)
/* harmony export */ });
// Core types shared by every stage of the pipeline: policy → facts → rules → engine → report → publish.
// The core imports nothing outside itself.
/** A fact could not be obtained; the message says what failed and what to do. */
class FactError extends Error {
    name = 'FactError';
}


/***/ })

};
