import { createHash } from 'node:crypto';
import type { Rule } from '../core/rule.js';
import type { FileText, PullRequest } from '../core/types.js';
import { shortSha } from '../util/text.js';
import { PolicyLoader, type RemotePolicyReader } from './load.js';
import type { Policy, PolicyError } from './types.js';

// Which copy of the policy governs a pull request. The base commit's: the PR's author cannot loosen the rules
// that judge their own change. Only when the base has none (the PR that introduces it) is head's used, and said.

export type ReadAt = (ref: string, path: string) => Promise<FileText | undefined>;

export type PolicyAtBase =
  | { ok: true; policy: Policy; source: { path: string; ref: string; sha256: string }; notes: string[] }
  | { ok: false; errors: PolicyError[] };

export async function loadPolicyForPullRequest(
  path: string,
  pr: Pick<PullRequest, 'baseSha' | 'headSha'>,
  readAt: ReadAt,
  rules: readonly Rule[],
  readRemote?: RemotePolicyReader,
): Promise<PolicyAtBase> {
  const notes: string[] = [];
  let atBase: FileText | undefined;
  let atHead: FileText | undefined;
  try {
    // Both reads at once; a failure at base is the one reported when both fail, as when they ran in turn.
    const [base, head] = await Promise.allSettled([readAt(pr.baseSha, path), readAt(pr.headSha, path)]);
    if (base.status === 'rejected') throw base.reason;
    if (head.status === 'rejected') throw head.reason;
    atBase = base.value;
    atHead = head.value;
  } catch (e) {
    return { ok: false, errors: [{ file: path, line: 1, col: 1, message: `the policy cannot be read: ${(e as Error).message}` }] };
  }
  const chosen = atBase ?? atHead;
  if (!chosen) {
    return {
      ok: false,
      errors: [
        {
          file: path,
          line: 1,
          col: 1,
          message: `no policy file at the base (${shortSha(pr.baseSha)}) or the head (${shortSha(pr.headSha)}) commit — add one (see \`sdlc-gate schema\`), or pass the path of yours`,
        },
      ],
    };
  }
  if (!atBase)
    notes.push(
      `The base commit ${shortSha(pr.baseSha)} has no ${path}; this pull request adds it, so the policy was read at the head commit ${shortSha(pr.headSha)}.`,
    );
  else if (!atHead) notes.push(`This pull request deletes ${path}; it was evaluated with the base version.`);
  else if (!atBase.bytes.equals(atHead.bytes)) {
    notes.push(
      `This pull request changes ${path}; it was evaluated with the base version (${shortSha(pr.baseSha)}). The change applies to pull requests opened after it is merged.`,
    );
  }
  const loader = new PolicyLoader(rules);
  const loaded = await loader.load(path, chosen.text, async (p) => (await readAt(chosen.ref, p))?.text, readRemote);
  if (!loaded.ok) return loaded;
  return {
    ok: true,
    policy: loaded.policy,
    source: { path, ref: chosen.ref, sha256: sha256(chosen.bytes) },
    notes: [...notes, ...loaded.notes],
  };
}

export function sha256(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}
