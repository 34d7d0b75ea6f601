import type { GitHubClient } from '../github/client.js';
import { apiErrorStatus, describeApiError } from '../github/errors.js';
import { STATE_SCHEMA, type MonitorFinding, type MonitorResult, type MonitorState, type StateItem } from '../core/monitor.js';
import { escapeMarkdown } from '../report/escape.js';
import { displayId } from '../report/monitor.js';

// The monitor's tracking issues: one per open (vulnerability, component), found again by a hidden marker (which
// also carries the monitor's state: first sight, each ref's status, the clocks already announced) among the issues
// with the monitor's labels that this token's own identity wrote. Created, updated in place when what it says
// changes, commented when a clock passes, closed with the reason when every watched ref is fixed or assessed.

const MARKER_PREFIX = '<!-- sdlc-gate:monitor ';
const MARKER = /<!-- sdlc-gate:monitor ([A-Za-z0-9_-]+) -->/;

export interface IssueTarget {
  client: GitHubClient;
  owner: string;
  repo: string;
  labels: string[];
}

interface MarkerData {
  key: string;
  first_seen: string;
  refs: StateItem['refs'];
  /** The clocks whose passing has been commented. */
  announced: ('respond' | 'remediate')[];
}

export interface TrackedIssue {
  number: number;
  title: string;
  body: string;
  marker: MarkerData;
}

export function encodeMarker(m: MarkerData): string {
  return `${MARKER_PREFIX}${Buffer.from(JSON.stringify(m)).toString('base64url')} -->`;
}

export function decodeMarker(body: string): MarkerData | undefined {
  const m = MARKER.exec(body);
  if (!m) return undefined;
  try {
    const data = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as MarkerData;
    if (typeof data?.key !== 'string' || typeof data.first_seen !== 'string' || !Number.isFinite(Date.parse(data.first_seen)))
      return undefined;
    return {
      key: data.key,
      first_seen: data.first_seen,
      refs: data.refs && typeof data.refs === 'object' ? data.refs : {},
      announced: Array.isArray(data.announced) ? data.announced : [],
    };
  } catch {
    return undefined;
  }
}

/** The login this token writes as: the user of a personal token, else the Actions bot (GITHUB_TOKEN cannot read /user). */
export async function ownLogin(client: GitHubClient): Promise<string> {
  try {
    const { data } = await client.rest.users.getAuthenticated();
    if (data?.login) return data.login;
  } catch (e) {
    const status = apiErrorStatus(e);
    if (status !== 401 && status !== 403 && status !== 404) throw e;
  }
  return 'github-actions[bot]';
}

/** The open tracking issues this identity wrote, by key. Issues by anyone else are ignored, whatever they contain. */
export async function trackedIssues(t: IssueTarget, login: string): Promise<Map<string, TrackedIssue>> {
  const all = await t.client
    .paginate(t.client.rest.issues.listForRepo, {
      owner: t.owner,
      repo: t.repo,
      labels: t.labels.join(','),
      state: 'open',
      creator: login,
      per_page: 100,
    })
    .catch((e: unknown) => {
      // Without the issues there is no state: the clocks would restart. Nothing is monitored rather than that.
      throw new Error(describeApiError(e, `GET /repos/${t.owner}/${t.repo}/issues`, 'issues: write'));
    });
  const out = new Map<string, TrackedIssue>();
  for (const issue of all.sort((a, b) => a.number - b.number)) {
    if (issue.pull_request || issue.user?.login !== login) continue;
    const marker = decodeMarker(issue.body ?? '');
    if (!marker || out.has(marker.key)) continue;
    out.set(marker.key, { number: issue.number, title: issue.title, body: issue.body ?? '', marker });
  }
  return out;
}

/** The state the monitor needs, from the issues' markers. */
export function stateFromIssues(issues: Map<string, TrackedIssue>): MonitorState {
  const items: MonitorState['items'] = {};
  for (const [key, i] of issues) items[key] = { first_seen: i.marker.first_seen, ...(i.marker.refs ? { refs: i.marker.refs } : {}) };
  return { schema: STATE_SCHEMA, items };
}

interface Group {
  key: string;
  /** (ref, finding) pairs, in the result's ref order. */
  entries: { ref: string; finding: MonitorFinding }[];
}

function groups(result: MonitorResult): Map<string, Group> {
  const out = new Map<string, Group>();
  for (const ref of result.refs) {
    for (const finding of ref.findings) {
      let g = out.get(finding.key);
      if (!g) out.set(finding.key, (g = { key: finding.key, entries: [] }));
      g.entries.push({ ref: ref.ref, finding });
    }
  }
  return out;
}

const day = (iso: string) => iso.slice(0, 10);

/** A representative finding: an open one with the most facts (a fixed one made from the state has few). */
function lead(g: Group): MonitorFinding {
  const open = g.entries.filter((e) => e.finding.status === 'open');
  return (open[0] ?? g.entries.find((e) => e.finding.severity !== 'unknown') ?? g.entries[0]!).finding;
}

export function issueTitle(g: { entries: { ref: string; finding: MonitorFinding }[] }): string {
  const f = lead(g as Group);
  const refs = g.entries.filter((e) => e.finding.status === 'open').map((e) => e.ref);
  const title = `${displayId(f)} in ${f.component} — ${f.severity}${f.kev ? ' (KEV)' : ''} — ${refs.join(', ')}`;
  return title.length > 250 ? `${title.slice(0, 249)}…` : title;
}

function fence(text: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}json\n${text}\n${f}`;
}

export function issueBody(g: Group, marker: MarkerData, result: MonitorResult): string {
  const f = lead(g);
  const esc = escapeMarkdown;
  const lines: string[] = [];
  lines.push(`**${esc(displayId(f))}** in **${esc(f.component)}**${f.summary ? ` — ${esc(f.summary)}` : ''}`);
  lines.push('');
  lines.push(
    `- Severity: ${esc(f.severity)}${f.score !== undefined ? ` (${f.score})` : ''}${f.vector ? ` — \`${f.vector.replace(/`/g, '')}\`` : ''}`,
  );
  lines.push(`- CISA KEV: ${f.kev ? '**yes — known exploited**' : 'no'}`);
  lines.push(`- Fixed in: ${f.fixed_versions.length ? f.fixed_versions.map(esc).join(', ') : 'no fixed version known'}`);
  lines.push(`- Record: ${f.url}`);
  lines.push('');
  lines.push('| Ref | Version | Status | Assessment |');
  lines.push('|---|---|---|---|');
  for (const { ref, finding } of g.entries) {
    const a = finding.assessment;
    const assessment = a
      ? `${a.status}${a.justification ? ` (${a.justification})` : ''}${a.stale ? ', stale' : ''} — ${a.file}${a.line ? `:${a.line}` : ''} on ${a.ref}`
      : '';
    lines.push(`| ${esc(ref)} | ${esc(finding.version ?? finding.purl)} | ${finding.status} | ${esc(assessment)} |`);
  }
  lines.push('');
  lines.push(
    `**Clocks** (from first sight; respond within ${result.respond_within_days} days, remediate within ${result.remediate_within_days}):`,
  );
  lines.push(`- First seen: ${day(f.first_seen)}`);
  lines.push(`- Respond by: ${day(f.respond_by)}${f.passed ? ' — **passed**' : ''}`);
  lines.push(`- Remediate by: ${day(f.remediate_by)}${f.passed === 'remediate' ? ' — **passed**' : ''}`);
  lines.push('');
  lines.push(
    '**To close this issue**, upgrade the component to a fixed version in each ref still open, or assess it: commit a VEX statement (CycloneDX or OpenVEX, where the vulnerabilities gate reads `vex`) on the default branch, for example',
  );
  lines.push('');
  const purls = [...new Set(g.entries.filter((e) => e.finding.status === 'open').map((e) => e.finding.purl))];
  const statement = {
    id: f.aliases.find((a) => a.startsWith('CVE-')) ?? f.id,
    analysis: {
      state: 'not_affected',
      justification: 'code_not_reachable',
      detail: 'why the device is not affected',
      lastUpdated: 'YYYY-MM-DDT00:00:00Z',
    },
    affects: purls.map((ref) => ({ ref })),
  };
  lines.push(fence(JSON.stringify(statement, null, 2)));
  lines.push('');
  lines.push(encodeMarker(marker));
  return `${lines.join('\n')}\n`;
}

export interface IssueActions {
  created: number[];
  updated: number[];
  commented: number[];
  closed: number[];
  unchanged: number[];
}

/**
 * Brings the tracking issues in line with a complete result. Never called with an incomplete one: the caller
 * touches no issue when a ref was not checked (a failed lookup must not close anything).
 */
export async function syncIssues(
  t: IssueTarget,
  result: MonitorResult,
  issues: Map<string, TrackedIssue>,
  login: string,
): Promise<IssueActions> {
  if (result.unchecked.length || result.problems.length)
    throw new Error('syncIssues: the result is incomplete; no issue may be written from it');
  const done: IssueActions = { created: [], updated: [], commented: [], closed: [], unchanged: [] };
  const byKey = groups(result);
  const createdKeys = new Map<number, string>();
  for (const g of byKey.values()) {
    const open = g.entries.filter((e) => e.finding.status === 'open');
    const existing = issues.get(g.key);
    if (!open.length) continue;
    const f = lead(g);
    const refs = Object.fromEntries(
      g.entries.map((e) => [e.ref, { status: e.finding.status, purl: e.finding.purl, id: e.finding.id, component: e.finding.component }]),
    );
    const announced = new Set(existing?.marker.announced ?? []);
    const newly: ('respond' | 'remediate')[] = [];
    if (f.passed)
      for (const clock of f.passed === 'remediate' ? (['respond', 'remediate'] as const) : (['respond'] as const))
        if (!announced.has(clock)) newly.push(clock);
    const marker: MarkerData = { key: g.key, first_seen: f.first_seen, refs, announced: [...announced, ...newly] };
    const title = issueTitle(g);
    const body = issueBody(g, marker, result);
    let number: number;
    if (!existing) {
      const { data } = await t.client.rest.issues
        .create({ owner: t.owner, repo: t.repo, title, body, labels: t.labels })
        .catch(at(`POST /repos/${t.owner}/${t.repo}/issues`));
      number = data.number;
      done.created.push(number);
      createdKeys.set(number, g.key);
    } else {
      number = existing.number;
      if (existing.title !== title || existing.body !== body) {
        await t.client.rest.issues
          .update({ owner: t.owner, repo: t.repo, issue_number: number, title, body })
          .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${number}`));
        done.updated.push(number);
      } else done.unchanged.push(number);
    }
    if (newly.length) {
      const clock = newly.includes('remediate') ? 'remediate' : 'respond';
      const date = clock === 'remediate' ? f.remediate_by : f.respond_by;
      const days = clock === 'remediate' ? result.remediate_within_days : result.respond_within_days;
      const text = `⏰ The ${clock}-by date ${day(date)} (${days} days from first sight on ${day(f.first_seen)}) has passed, and ${escapeMarkdown(displayId(f))} is still open in ${open.map((e) => `\`${e.ref.replace(/`/g, '')}\``).join(', ')}. ${clock === 'respond' ? 'Communicate the uncontrolled risk to users, or assess it (VEX).' : 'Remediate it (release a fixed version), or assess it (VEX).'}`;
      await t.client.rest.issues
        .createComment({ owner: t.owner, repo: t.repo, issue_number: number, body: text })
        .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${number}/comments`));
      done.commented.push(number);
    }
  }
  await closeDuplicates(t, login, createdKeys, done);
  // Issues whose vulnerability is open nowhere any more: say why, then close.
  for (const [key, issue] of issues) {
    const g = byKey.get(key);
    if (g?.entries.some((e) => e.finding.status === 'open')) continue;
    const why = closingReason(g, result);
    const body = `✅ Closed by sdlc-gate monitor on ${day(result.now)}: every watched ref is fixed or assessed.\n\n${why}\n`;
    await t.client.rest.issues
      .createComment({ owner: t.owner, repo: t.repo, issue_number: issue.number, body })
      .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${issue.number}/comments`));
    await t.client.rest.issues
      .update({ owner: t.owner, repo: t.repo, issue_number: issue.number, state: 'closed', state_reason: 'completed' })
      .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${issue.number}`));
    done.closed.push(issue.number);
  }
  return done;
}

/** Two runs racing (a manual run beside the schedule) may each have opened one: the oldest is kept, ours closed. */
async function closeDuplicates(t: IssueTarget, login: string, createdKeys: Map<number, string>, done: IssueActions): Promise<void> {
  if (!createdKeys.size) return;
  const after = await trackedIssues(t, login);
  for (const [number, key] of createdKeys) {
    const kept = after.get(key);
    if (!kept || kept.number === number) continue;
    await t.client.rest.issues
      .createComment({
        owner: t.owner,
        repo: t.repo,
        issue_number: number,
        body: `Duplicate of #${kept.number}, which another monitor run opened first; that issue tracks this vulnerability.`,
      })
      .catch(at(`POST /repos/${t.owner}/${t.repo}/issues/${number}/comments`));
    await t.client.rest.issues
      .update({ owner: t.owner, repo: t.repo, issue_number: number, state: 'closed', state_reason: 'not_planned' })
      .catch(at(`PATCH /repos/${t.owner}/${t.repo}/issues/${number}`));
    done.created.splice(done.created.indexOf(number), 1);
    done.closed.push(number);
  }
}

/** Why an issue is closed: each watched ref's status (and assessment), or that no watched ref has it. */
function closingReason(g: Group | undefined, result: MonitorResult): string {
  return g?.entries.length
    ? g.entries
        .map(
          (e) =>
            `- \`${e.ref.replace(/`/g, '')}\`: ${e.finding.status}${e.finding.assessment ? ` (${escapeMarkdown(`${e.finding.assessment.status}${e.finding.assessment.justification ? `, ${e.finding.assessment.justification}` : ''} — ${e.finding.assessment.file} on ${e.finding.assessment.ref}`)})` : ''}`,
        )
        .join('\n')
    : `- none of the watched refs (${result.refs.map((r) => `\`${r.ref.replace(/`/g, '')}\``).join(', ')}) has it any more`;
}

/** A failed write, described with the request and the permission it needs. */
function at(what: string): (e: unknown) => never {
  return (e: unknown): never => {
    throw new Error(describeApiError(e, what, 'issues: write'));
  };
}
