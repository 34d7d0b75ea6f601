// What the entry file (src/action.ts) and concurrent.ts agree on to start the lockfile worker: kept here, with no
// imports, so that the entry file can check for the job without loading any reader.

/**
 * Marks workerData as this job, so the entry file knows it was started as the lockfile reader (test/sbom-cli.test.ts
 * runs the bundle's worker end to end).
 */
export const LOCKFILE_JOB = 'sdlc-gate/lockfile-reader@1';

/** Where the entry file puts its own URL, for starting this worker. */
export const ENTRY_URL = Symbol.for('sdlc-gate/entry-url');
