export const id = 636;
export const ids = [636];
export const modules = {

/***/ 70636:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createClient: () => (/* binding */ createClient)
/* harmony export */ });
/* unused harmony export sleepFor */
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(61351);
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(78665);
/* harmony import */ var _util_abort_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(82830);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9452);




function sleepFor(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal.aborted)
            return reject(signal.reason);
        const done = () => {
            clearTimeout(timer);
            signal.removeEventListener('abort', stop);
        };
        const stop = () => {
            done();
            reject(signal.reason);
        };
        const timer = setTimeout(() => {
            done();
            resolve();
        }, ms);
        signal.addEventListener('abort', stop, { once: true });
    });
}
/**
 * A 5xx, or no answer at all (a reset socket, a per-request timeout): worth another try. Any 4xx that is not a
 * rate limit (400, 401, 403, 404, 409, 410, 422, ...) is an answer about the request and is never retried.
 */
function isTransient(e) {
    const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorStatus */ .RK)(e);
    return status === undefined || status >= 500;
}
function conduct(o) {
    const secondMs = o.secondMs ?? 1000;
    const spacing = o.writeSpacingMs ?? 1000;
    const sleep = o.sleep ?? sleepFor;
    const random = o.random ?? Math.random;
    const deadlineAt = o.deadlineAt ?? Number.POSITIVE_INFINITY;
    let writes = Promise.resolve();
    let lastWriteAt = Number.NEGATIVE_INFINITY;
    const left = () => deadlineAt - Date.now();
    /** Writes go one at a time, `spacing` apart. */
    const spaced = (fn) => {
        const turn = writes.then(async () => {
            const gap = lastWriteAt + spacing - Date.now();
            if (gap > 0)
                await sleep(gap, o.deadline);
            if (o.deadline.aborted)
                throw o.deadline.reason;
            try {
                return await fn();
            }
            finally {
                lastWriteAt = Date.now();
            }
        });
        writes = turn.catch(() => undefined);
        return turn;
    };
    return (octokit) => {
        octokit.hook.wrap('request', async (request, options) => {
            const method = String(options.method ?? 'GET').toUpperCase();
            const isWrite = method !== 'GET' && method !== 'HEAD';
            const what = `${method} ${String(options.url ?? '')}`;
            // `request: { retries: 0 }` on a call: a write that must not be repeated blindly (its answer may be lost
            // after GitHub carried it out); rate limits are still waited out, as GitHub did nothing then.
            const own = options.request?.retries;
            const faultRetries = typeof own === 'number' ? own : o.retries;
            for (let attempt = 0;; attempt++) {
                if (o.deadline.aborted)
                    throw o.deadline.reason ?? new Error(`${what}: the time budget is spent`);
                try {
                    return await (isWrite ? spaced(() => request(options)) : request(options));
                }
                catch (e) {
                    if (o.deadline.aborted || attempt >= o.retries)
                        throw e;
                    const limit = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .rateLimitOf */ .tX)(e);
                    let waitMs;
                    if (limit) {
                        waitMs = limit.waitSeconds * secondMs;
                        const when = limit.resetAt ? ` (it resets at ${new Date(limit.resetAt).toISOString()})` : '';
                        if (waitMs > left() || waitMs > o.maxRateLimitWaitMs) {
                            o.log?.(`${limit.kind} rate limit on ${what}: a ${limit.waitSeconds}s wait is longer than the time budget allows${when}; not waiting`);
                            throw e;
                        }
                        o.log?.(`${limit.kind} rate limit on ${what}: waiting ${limit.waitSeconds}s as GitHub asks${when}`);
                    }
                    else if (isTransient(e)) {
                        const status = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .apiErrorStatus */ .RK)(e);
                        if (attempt >= faultRetries)
                            throw e;
                        // Full jitter: anywhere up to base·2^attempt, so racing runs do not retry in step.
                        waitMs = Math.round(random() * o.retryDelayMs * 2 ** attempt);
                        if (waitMs >= left())
                            throw e;
                        o.log?.(`${what} failed (${status ?? 'no answer'}); retry ${attempt + 1} of ${o.retries} in ${waitMs} ms`);
                    }
                    else {
                        throw e;
                    }
                    await sleep(waitMs, o.deadline).catch(() => {
                        throw e;
                    });
                }
            }
        });
        return {};
    };
}
function createClient(o) {
    // A fresh timeout per attempt (so a retry after a hung response gets its own), bounded by the run's deadline;
    // through @actions/github's fetch, which honours the runner's proxy settings.
    const baseFetch = (_actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_1__/* .defaults */ .NT.request?.fetch ?? fetch);
    // The body is read after this returns: the timer (unref'd) is left to cover it; the run's deadline is followed
    // until the answer starts, so the deadline does not gather a listener per request.
    const fetchWithTimeout = async (input, init) => {
        const timeout = (0,_util_abort_js__WEBPACK_IMPORTED_MODULE_3__/* .timeoutSignal */ ._)(o.requestTimeoutMs, [o.deadline, init?.signal], { unref: true });
        try {
            return await baseFetch(input, { ...init, signal: timeout.signal });
        }
        finally {
            timeout.unfollow();
        }
    };
    return (0,_actions_github__WEBPACK_IMPORTED_MODULE_0__/* .getOctokit */ .Q)(o.token, { baseUrl: o.baseUrl.replace(/\/+$/, ''), request: { fetch: fetchWithTimeout } }, conduct(o));
}


/***/ }),

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

/***/ 82830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ timeoutSignal)
/* harmony export */ });
/**
 * A signal that aborts after `ms`, or as soon as one of `signals` does. Written out rather than as
 * `AbortSignal.any([AbortSignal.timeout(ms), ...])`: Node may garbage-collect a timeout signal that only such a
 * composite refers to before it fires (nodejs/node#57736), and a request to a server that never answers then waits
 * for ever. Here the timer holds the controller until it fires or `clear()` is called. `unref`: the timer does not
 * keep the process alive (for callers that cannot tell when the request is over). `unfollow()` stops following
 * `signals` and leaves the timer: a long-lived signal (the run's deadline) then gathers no listener per request.
 */
function timeoutSignal(ms, signals = [], opts = {}) {
    const controller = new AbortController();
    const followed = [];
    const unfollow = () => {
        for (const [source, follow] of followed)
            source.removeEventListener('abort', follow);
        followed.length = 0;
    };
    const clear = () => {
        clearTimeout(timer);
        unfollow();
    };
    const timer = setTimeout(() => {
        controller.abort(new DOMException(`no answer within ${ms} ms`, 'TimeoutError'));
        clear();
    }, ms);
    if (opts.unref)
        timer.unref();
    for (const source of signals) {
        if (!source)
            continue;
        if (source.aborted) {
            controller.abort(source.reason);
            clear();
            break;
        }
        const follow = () => {
            controller.abort(source.reason);
            clear();
        };
        source.addEventListener('abort', follow, { once: true });
        followed.push([source, follow]);
    }
    return { signal: controller.signal, clear, unfollow };
}


/***/ })

};
