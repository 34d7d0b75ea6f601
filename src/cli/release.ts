import { UsageError } from '../app/errors.js';
import { releaseLocal } from '../app/release-local.js';
import { formatPolicyError } from '../engine/check.js';
import { RecordFolderError, writeRecordFolder } from '../publish/release.js';
import { sanitizeOutput } from '../report/redact.js';
import { notCheckedComponentText } from '../report/not-checked.js';
import { cliClient } from './client.js';
import { parseFlags, runCommand, type CommandIO } from './run-command.js';
import { plural } from '../util/text.js';

// `sdlc-gate release`: the release record of one tag, written to a folder (record.json, manifest.json, index.html and
// the evidence files). Exit 0 when the record passes, 1 when it fails or is incomplete, 2 for usage or policy errors.
// Components no vulnerabilities gate could check are listed (as the gate warns of them) and do not change the status.

/** How many components the terminal lists; record.json lists them all. */
const NOT_CHECKED_LISTED = 25;

export const RELEASE_USAGE = `sdlc-gate release [--repo DIR] [--policy PATH] --tag TAG [--previous TAG] [--output DIR]`;

export interface ReleaseIO extends CommandIO {
  env: Record<string, string | undefined>;
}

export function release(args: string[], io: ReleaseIO): Promise<number> {
  return runCommand('release', RELEASE_USAGE, io, () => run(args, io), { code: 1 });
}

async function run(args: string[], io: ReleaseIO): Promise<number> {
  const s = { type: 'string' } as const;
  const opts = parseFlags(args, { repo: s, policy: s, tag: s, previous: s, output: s });
  if (!opts.tag) throw new UsageError('--tag TAG is needed: the release to record');
  const github = await githubFromEnv(io.env);
  const { outcome, folder: output } = await releaseLocal({ cwd: io.cwd, ...opts, tag: opts.tag, ...(github ? { github } : {}) });
  if (!outcome.ok) {
    for (const e of outcome.errors) io.stderr(`${formatPolicyError(e)}\n`);
    io.stderr('sdlc-gate release: the policy is invalid; no record was written\n');
    return 2;
  }
  try {
    await writeRecordFolder(output, outcome.files);
  } catch (e) {
    if (e instanceof RecordFolderError) throw new UsageError(`--output ${e.message}`);
    throw e;
  }
  const { record } = outcome;
  // What the record echoes from the repository and GitHub goes through the same filter as every other output.
  const say = (line: string) => io.stdout(`${sanitizeOutput(line)}\n`);
  say(
    `${record.tag}: ${record.status}${record.previous ? ` (changes since ${record.previous})` : ''}; record written to ${opts.output ?? output}`,
  );
  for (const p of record.problems) say(`  problem: ${p}`);
  for (const u of record.unverified) say(`  not verified: ${u}`);
  if (record.not_checked.length)
    say(
      `  not checked: ${plural(record.not_checked.length, 'component')} of the released SBOMs could not be checked for vulnerabilities — no vulnerabilities are known for them because none were looked up:`,
    );
  for (const n of record.not_checked.slice(0, NOT_CHECKED_LISTED)) say(`    ${notCheckedComponentText(n)}: ${n.reason} (gate ${n.gate})`);
  if (record.not_checked.length > NOT_CHECKED_LISTED)
    say(`    and ${record.not_checked.length - NOT_CHECKED_LISTED} more (record.json lists them all)`);
  return record.status === 'pass' ? 0 : 1;
}

/** GitHub access as the action has it: a token, the API's address and the repository. */
async function githubFromEnv(env: ReleaseIO['env']) {
  const [owner, name] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const client = owner && name ? await cliClient(env, 600_000, 60_000) : undefined;
  return client ? { client, owner: owner!, repo: name!, serverUrl: env.GITHUB_SERVER_URL || 'https://github.com' } : undefined;
}
