import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import type { Annotation } from '../report/annotations.js';
import { redactSecrets } from '../report/redact.js';

// The check run on the PR's head commit, with every annotation: GitHub takes 50 per request, so the first
// 50 go with the creation and the rest follow in PATCHes.

export const ANNOTATIONS_PER_REQUEST = 50;
/** GitHub's limit on a check run's output.summary. */
export const MAX_CHECK_SUMMARY = 65_535;

export interface CheckRunRequest {
  client: GitHubClient;
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  summary: string;
  annotations: Annotation[];
  /** The look-up of this name on the head commit, when it was sent earlier (at start-up); else sent here. */
  before?: Promise<ListedCheckRun | undefined>;
}

export type CheckRunOutcome = { kind: 'created' | 'updated'; id: number; url?: string } | { kind: 'forbidden'; message: string };

export interface ListedCheckRun {
  id: number;
  html_url?: string | null;
  output?: { annotations_count?: number } | null;
  app?: { id?: number } | null;
}
type ListedRun = ListedCheckRun;

/** Every check run named `name` on the commit (one page of 100: more than that of one name is not a race). */
async function runsNamed(client: GitHubClient, owner: string, repo: string, headSha: string, name: string): Promise<ListedRun[]> {
  const { data } = await client.rest.checks.listForRef({ owner, repo, ref: headSha, check_name: name, filter: 'all', per_page: 100 });
  return data.check_runs as ListedRun[];
}

/** The newest check run named `name` on the commit, if any. */
export async function latestCheckRun(
  client: GitHubClient,
  owner: string,
  repo: string,
  headSha: string,
  name: string,
): Promise<ListedCheckRun | undefined> {
  let newest: ListedRun | undefined;
  for (const run of await runsNamed(client, owner, repo, headSha, name)) if (!newest || run.id > newest.id) newest = run;
  return newest;
}

const latestRun = (r: CheckRunRequest) => latestCheckRun(r.client, r.owner, r.repo, r.headSha, r.name);

/** The name a duplicate is renamed to, so that one run of the check's name stays on the commit. */
export const supersededName = (name: string) => `${name} (superseded)`;

/**
 * Two runs on one head commit can both find no check run and both create one: GitHub has no conditional create
 * and no deletion of check runs. So after creating, the runs of the name created since the look-up (by the same
 * app) are listed, and the oldest is kept: a newer one — ours — is renamed (PATCH may change a run's name) and
 * completed as neutral, pointing at the one kept. Each run only ever changes its own, so any interleaving of
 * the two ends with one run of the name.
 */
async function settleRace(r: CheckRunRequest, created: ListedRun, before: ListedRun | undefined): Promise<ListedRun> {
  const runs = await runsNamed(r.client, r.owner, r.repo, r.headSha, r.name);
  const sameApp = (run: ListedRun) => run.app?.id === undefined || created.app?.id === undefined || run.app.id === created.app.id;
  let oldest = created;
  for (const run of runs) if (run.id < oldest.id && (!before || run.id > before.id) && sameApp(run)) oldest = run;
  if (oldest.id === created.id) return created;
  await r.client.rest.checks.update({
    owner: r.owner,
    repo: r.repo,
    check_run_id: created.id,
    name: supersededName(r.name),
    status: 'completed',
    conclusion: 'neutral',
    output: {
      title: `superseded by check run ${oldest.id}`,
      summary: `Another ${r.name} run on this commit created check run ${oldest.id} at the same time; that one holds the result, and this one was set aside so that the commit has one "${r.name}" check run.`,
    },
  });
  return oldest;
}

function isAnswer(e: unknown): boolean {
  const status = apiErrorStatus(e);
  return status !== undefined && status < 500;
}

/**
 * One check run per name and head commit. The run is looked up by name first: one without annotations (a
 * re-run, another run that raced this one and found nothing to annotate) is completed in place; one that
 * carries annotations is superseded by a new run (GitHub shows the newest run of a name; annotations cannot be
 * removed from a run, and stale ones on the run that gates the merge would mislead). A creation whose answer
 * was lost (a 5xx or no answer, after GitHub may have created it) is recovered by looking up again, never
 * sent twice.
 */
export async function publishCheckRun(request: CheckRunRequest): Promise<CheckRunOutcome> {
  const r = redactCheckRun(request);
  const output = (annotations: Annotation[]) => ({
    title: r.title.slice(0, 255),
    summary:
      r.summary.length > MAX_CHECK_SUMMARY ? `${r.summary.slice(0, MAX_CHECK_SUMMARY - 40)}\n\n… cut to GitHub's size limit.` : r.summary,
    annotations,
  });
  const batches: Annotation[][] = [];
  for (let i = 0; i < r.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(r.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  const rest = async (id: number) => {
    for (const batch of batches.slice(1)) {
      await r.client.rest.checks.update({ owner: r.owner, repo: r.repo, check_run_id: id, output: output(batch) });
    }
  };
  try {
    const before = r.before ? await r.before : await latestRun(r);
    if (before && !(before.output?.annotations_count ?? 0)) {
      await r.client.rest.checks.update({
        owner: r.owner,
        repo: r.repo,
        check_run_id: before.id,
        status: 'completed',
        conclusion: r.conclusion,
        completed_at: new Date().toISOString(),
        output: output(batches[0] ?? []),
      });
      await rest(before.id);
      return { kind: 'updated', id: before.id, ...(before.html_url ? { url: before.html_url } : {}) };
    }
    let created: ListedRun;
    try {
      ({ data: created } = await r.client.rest.checks.create({
        owner: r.owner,
        repo: r.repo,
        name: r.name,
        head_sha: r.headSha,
        status: 'completed',
        conclusion: r.conclusion,
        output: output(batches[0] ?? []),
        // Not repeated on a 5xx or a lost answer: looked up instead (below).
        request: { retries: 0 },
      }));
    } catch (e) {
      if (isAnswer(e)) throw e;
      // The answer was lost: GitHub may have created it. A run newer than the one seen before is ours.
      const after = await latestRun(r).catch(() => undefined);
      if (!after || (before && after.id <= before.id)) throw e;
      created = after;
    }
    // The run is written; a race that cannot be settled (the list or the rename failed) leaves it as it is.
    const kept = await settleRace(r, created, before).catch(() => created);
    if (kept.id !== created.id) return { kind: 'updated', id: kept.id, ...(kept.html_url ? { url: kept.html_url } : {}) };
    await rest(created.id);
    return { kind: 'created', id: created.id, ...(created.html_url ? { url: created.html_url } : {}) };
  } catch (e) {
    const status = apiErrorStatus(e);
    if (status === 403 || status === 404) {
      return {
        kind: 'forbidden',
        message: `${describeApiError(e, 'creating the check run', 'checks: write')} (pull requests from forks get a read-only token); findings were written as workflow annotations instead`,
      };
    }
    throw e;
  }
}

/** A policy that did not load: a completed, failing check run with each error on its line of the policy file. */
export async function publishPolicyErrors(
  r: Omit<CheckRunRequest, 'conclusion' | 'title' | 'summary' | 'annotations'>,
  errors: readonly { file: string; line: number; message: string }[],
  summary: string,
): Promise<CheckRunOutcome> {
  return publishCheckRun({
    ...r,
    conclusion: 'failure',
    title: `the policy is invalid (${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}); nothing was evaluated`,
    summary,
    annotations: errors.map((e) => {
      const line = e.line > 0 ? e.line : 1;
      return {
        path: e.file,
        start_line: line,
        end_line: line,
        annotation_level: 'failure' as const,
        title: 'sdlc-gate policy',
        message: e.message.slice(0, 64 * 1024 - 1),
      };
    }),
  });
}

/** No secret leaves in the check run: title, summary and every annotation pass the redaction filter. */
function redactCheckRun(r: CheckRunRequest): CheckRunRequest {
  return {
    ...r,
    title: redactSecrets(r.title),
    summary: redactSecrets(r.summary),
    annotations: r.annotations.map((a) => ({
      ...a,
      path: redactSecrets(a.path),
      title: redactSecrets(a.title),
      message: redactSecrets(a.message),
    })),
  };
}
