// Defaults the entry points share: one place, so the CLI and the action read the same policy by default.

/** Where the policy lives when neither --policy nor the `policy` input names it. */
export const DEFAULT_POLICY_PATH = '.github/sdlc-gate.yml';
/** The largest policy file (or file it extends) read, in bytes. */
export const MAX_POLICY_BYTES = 1024 * 1024;
