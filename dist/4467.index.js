export const id = 4467;
export const ids = [4467];
export const modules = {

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


/***/ })

};
