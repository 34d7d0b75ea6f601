import { parseArgs } from 'node:util';
import { UsageError } from '../app/errors.js';
import { FactError } from '../core/types.js';
import { listing } from '../util/text.js';

// What the CLI's commands share: reading flags, and turning what a use case threw into a message and an exit code.

export interface CommandIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
}

type Flags = Record<string, { type: 'string'; multiple?: boolean }>;

/** The command's flags (strict: an unknown flag or a positional argument is bad usage). */
export function parseFlags<T extends Flags>(
  args: string[],
  options: T,
): { [K in keyof T]?: T[K] extends { multiple: true } ? string[] : string } {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values as {
      [K in keyof T]?: T[K] extends { multiple: true } ? string[] : string;
    };
  } catch (e) {
    throw new UsageError((e as Error).message.replace(/\. To specify.*$/s, ''));
  }
}

/**
 * Runs a command's body: bad usage prints the message and the usage line (exit 2); anything else one line, with
 * `onFact` deciding what a missing fact means for this command (its exit code and a note).
 */
export async function runCommand(
  command: string,
  usage: string,
  io: CommandIO,
  body: () => Promise<number>,
  onFact: { code: number; note?: string },
): Promise<number> {
  try {
    return await body();
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sdlc-gate ${command}: ${e.message}\n\nUsage: ${usage}\n`);
      return 2;
    }
    const fact = e instanceof FactError;
    io.stderr(`sdlc-gate ${command}: ${(e as Error)?.message ?? String(e)}${fact && onFact.note ? `; ${onFact.note}` : ''}\n`);
    return fact ? onFact.code : 1;
  }
}

/** A flag that takes one of a few words (`--format`): its value, `fallback` when absent, else a usage error naming the words. */
export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be ${listing(allowed, 'or')}, not "${value}"`);
}
