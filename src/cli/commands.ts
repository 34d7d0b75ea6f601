import { UsageError } from '../app/errors.js';
import { FactError } from '../core/types.js';
import { registerSecret, sanitizeOutput } from '../report/redact.js';
import { parseFlags } from './run-command.js';
import { USAGE } from './usage.js';

// The command line: the same evaluation as the action, with git for the diff and files for reviews and teams.
// Exit 0 pass, 1 a gate failed or errored, 2 bad usage or an invalid policy.
// Each command's module is imported when that command is chosen, so `--help` and one command load only their own
// code (in the bundle, each is a chunk of its own).

export interface CliIO {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

type Command = (args: string[], io: CliIO) => Promise<number>;

/** The commands, each loaded on first use. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check.js')).check,
  validate: async () => (await import('./validate.js')).validate,
  trace: async () => (await import('./trace.js')).trace,
  vex: async () => (await import('./vex.js')).vex,
  release: async () => (await import('./release.js')).release,
  monitor: async () => (await import('./monitor.js')).monitor,
  schema: async () => async (args, io) => {
    parseFlags(args, {});
    const { policySchemaText } = await import('../app/validate.js');
    io.stdout(policySchemaText());
    return 0;
  },
};

export async function main(argv: string[], cli: CliIO): Promise<number> {
  // Messages on stderr (errors from git, the API, a file) pass the same filter as every other output: the token
  // and terminal control sequences from repository content never reach the terminal.
  if (cli.env.GITHUB_TOKEN) registerSecret(cli.env.GITHUB_TOKEN);
  const io: CliIO = { ...cli, stderr: (s) => cli.stderr(sanitizeOutput(s)) };
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command "${command}"`);
    // `sdlc-gate check --help` asks for the usage, as `sdlc-gate --help` does (flags after `--` are not options).
    const options = rest.includes('--') ? rest.slice(0, rest.indexOf('--')) : rest;
    if (options.includes('--help') || options.includes('-h')) {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    return await (
      await load()
    )(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`sdlc-gate: ${e.message}\n\n${USAGE}\n`);
      return 2;
    }
    io.stderr(`sdlc-gate: ${(e as Error)?.message ?? String(e)}\n`);
    return e instanceof FactError ? 2 : 1;
  }
}
