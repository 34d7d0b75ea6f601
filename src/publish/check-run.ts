import { apiErrorStatus, describeApiError, type GitHubClient } from '../github/client.js';
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
}

export type CheckRunOutcome = { kind: 'created'; id: number; url?: string } | { kind: 'forbidden'; message: string };

export async function publishCheckRun(request: CheckRunRequest): Promise<CheckRunOutcome> {
  const r = redactCheckRun(request);
  const output = (annotations: Annotation[]) => ({
    title: r.title.slice(0, 255),
    summary: r.summary.length > MAX_CHECK_SUMMARY ? `${r.summary.slice(0, MAX_CHECK_SUMMARY - 40)}\n\n… cut to GitHub's size limit.` : r.summary,
    annotations,
  });
  const batches: Annotation[][] = [];
  for (let i = 0; i < r.annotations.length; i += ANNOTATIONS_PER_REQUEST) batches.push(r.annotations.slice(i, i + ANNOTATIONS_PER_REQUEST));
  try {
    const { data } = await r.client.rest.checks.create({
      owner: r.owner,
      repo: r.repo,
      name: r.name,
      head_sha: r.headSha,
      status: 'completed',
      conclusion: r.conclusion,
      output: output(batches[0] ?? []),
    });
    for (const batch of batches.slice(1)) {
      await r.client.rest.checks.update({ owner: r.owner, repo: r.repo, check_run_id: data.id, output: output(batch) });
    }
    return { kind: 'created', id: data.id, ...(data.html_url ? { url: data.html_url } : {}) };
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

/** No secret leaves in the check run: title, summary and every annotation pass the redaction filter. */
function redactCheckRun(r: CheckRunRequest): CheckRunRequest {
  return {
    ...r,
    title: redactSecrets(r.title),
    summary: redactSecrets(r.summary),
    annotations: r.annotations.map((a) => ({ ...a, path: redactSecrets(a.path), title: redactSecrets(a.title), message: redactSecrets(a.message) })),
  };
}
