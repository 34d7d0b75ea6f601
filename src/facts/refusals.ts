import { FactError } from '../core/types.js';

// The refusals every source of repository files (the checkout, the API) gives in the same words.

/** A symlink is never followed. */
export function symlinkRefused(path: string, ref: string): FactError {
  return new FactError(`${path} is a symbolic link at ${ref.slice(0, 7)}; links are not followed — commit the file itself`);
}

/** A file over the read cap is refused unread. */
export function tooLarge(path: string, size: number, ref: string, maxBytes: number): FactError {
  return new FactError(
    `${path} is ${size} bytes at ${ref.slice(0, 7)}, over the ${maxBytes}-byte limit; it was not read — raise the limit (the max-file-bytes input, or the gate's max_file_bytes) if the file belongs in the check`,
  );
}
