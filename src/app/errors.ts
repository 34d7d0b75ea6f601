// What every use case and entry point shares about bad usage.

/** Bad usage (a flag, an input, a file the user named): the CLI prints it with its usage line and exits 2. */
export class UsageError extends Error {}
