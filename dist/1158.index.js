export const id = 1158;
export const ids = [1158];
export const modules = {

/***/ 23047:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gT: () => (/* binding */ safetyClassOf),
/* harmony export */   kd: () => (/* binding */ classifier),
/* harmony export */   t3: () => (/* binding */ SAFETY_CLASS_RANK)
/* harmony export */ });
/* harmony import */ var _util_glob_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(95211);

/**
 * The safety class of a path: the highest class among the items whose paths match it (a file shared by a
 * class B and a class C item must meet class C), else the policy's default.
 */
function classifier(classification) {
    const items = classification.items.map((item) => ({ cls: item.class, matches: (0,_util_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .globMatcher */ .f)(item.paths) }));
    return (path) => {
        let best;
        for (const item of items)
            if (item.matches(path) && (!best || SAFETY_CLASS_RANK[item.cls] > SAFETY_CLASS_RANK[best]))
                best = item.cls;
        return best ?? classification.default;
    };
}
/**
 * A requirement's software safety class as written — "C", "c", "Class C", "Safety class C", "C (serious injury)" —
 * as its letter; anything else ("III", "Class X", "high") in capitals, unknown. A value that names several classes
 * ("B/C", "B or C") is the strictest it names: it never reads as less than it says. The few classes of a large
 * matrix are each read once.
 */
const CLASSES = new Map();
const SAFETY_CLASS = /^\s*(?:(?:software\s+)?(?:safety\s+)?class\s*[:-]?\s*)?([abc])(?![\p{L}\p{N}_])/iu;
function safetyClassOf(written) {
    let c = CLASSES.get(written);
    if (c === undefined) {
        const m = SAFETY_CLASS.exec(written);
        c = m ? { cls: strictestNamed(written, m[1].toUpperCase()), known: true } : { cls: written.trim().toUpperCase(), known: false };
        if (CLASSES.size < 256)
            CLASSES.set(written, c);
    }
    return c;
}
/** The order of the software safety classes, for "the stricter of two". */
const SAFETY_CLASS_RANK = { A: 1, B: 2, C: 3 };
/** The strictest of `first` and every class letter standing alone in `written` ("B/C": C). */
function strictestNamed(written, first) {
    let strictest = first;
    for (const word of written.split(/[^\p{L}\p{N}_]+/u)) {
        const letter = word.length === 1 ? word.toUpperCase() : '';
        if ((SAFETY_CLASS_RANK[letter] ?? 0) > SAFETY_CLASS_RANK[strictest])
            strictest = letter;
    }
    return strictest;
}


/***/ }),

/***/ 13384:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ readAtHeadOrReport),
/* harmony export */   XB: () => (/* binding */ readOrFinding),
/* harmony export */   jg: () => (/* binding */ unreadableFinding)
/* harmony export */ });
/* harmony import */ var _core_types_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(82458);

/**
 * Reads a file at head under a byte cap for a gate that goes on without it: an unreadable (symlinked, oversized)
 * or missing file becomes an `error` finding on that file instead of an exception, so the other files still count.
 * `ifMissing` says what to do when the file is not there (by default: the policy named it).
 */
async function readAtHeadOrReport(facts, path, cap, what, findings, ifMissing = 'commit it or fix the path in the policy') {
    let file;
    try {
        file = await facts.readAtHead(path, { maxBytes: cap });
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        findings.push({ severity: 'error', message: `The ${what} ${path} could not be read: ${e.message}`, file: path });
        return undefined;
    }
    if (!file) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is not in the head commit — ${ifMissing}`,
            file: path,
        });
        return undefined;
    }
    // A fact source that ignores maxBytes (or a cached read made under a larger cap) must not slip past the cap.
    if (file.bytes.length > cap) {
        findings.push({
            severity: 'error',
            message: `The ${what} ${path} is ${file.bytes.length} bytes, over the gate's max_file_bytes of ${cap}; it was not checked — raise max_file_bytes or split it`,
            file: path,
        });
        return undefined;
    }
    return file;
}
/** A file the facts refused (a symlink, over the size cap) is a finding on that file, not a crash. */
async function readOrFinding(read, path, what) {
    try {
        const f = await read(path);
        return f ? { text: f.text } : { finding: unreadableFinding({ path }, what) };
    }
    catch (e) {
        if (!(e instanceof _core_types_js__WEBPACK_IMPORTED_MODULE_0__/* .FactError */ .n))
            throw e;
        return { finding: unreadableFinding({ path, error: e }, what) };
    }
}
/** Why a listed file gave no text (refused, or gone), as a finding on that file. */
function unreadableFinding(file, what) {
    return file.error
        ? { severity: 'error', message: `${file.error.message} (${what} cannot be checked until it can be read).`, file: file.path }
        : { severity: 'error', message: `${file.path} was listed but could not be read — ${what}.`, file: file.path };
}


/***/ })

};
