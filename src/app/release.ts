import { createHash } from 'node:crypto';
import { latestDecisions } from '../rules/common/approvals/approvals.js';
import { evaluate } from '../engine/evaluate.js';
import { createFacts, type FactSources } from '../facts/facts.js';
import type { GitRepo } from '../facts/git/index.js';
import { gitSources } from '../facts/local.js';
import { commitsBetween, commitTime, tagsMergedInto, type CommitInfo } from '../facts/release-git.js';
import type { ReleaseGitHub, ReleasePull } from '../facts/release-github.js';
import { hasEvaluationSection } from '../parsers/anomaly.js';
import { DEFAULT_SBOM_GLOBS, sbomCandidates } from '../rules/common/sbom-sources.js';
import { gateContext } from '../policy/context.js';
import { notCheckedEntry } from '../monitor/monitor.js';
import {
  offlineScan,
  readSbomDocuments,
  sbomSource,
  scanTargets,
  withoutAnswer,
  type VulnerabilitiesOptions,
} from '../rules/vulnerabilities/index.js';
import { loadPolicyForPullRequest } from '../policy/source.js';
import type { GateConfig, Policy, PolicyError } from '../policy/types.js';
import { renderReleaseHtml } from '../report/release-html.js';
import { renderTraceCsv, renderTraceHtml, renderTraceJson, type TraceMeta } from '../report/trace-formats.js';
import { RULES } from '../rules/index.js';
import { buildMatrix, type Matrix, type TraceabilityOptions } from '../rules/traceability/index.js';
import { RELEASE_SCHEMA, type ReleaseAnomaly, type ReleaseChange, type ReleaseRecord, type ReleaseStatus } from '../core/release.js';
import { FactError, type Facts, type Finding, type GateResult } from '../core/types.js';
import { mapConcurrent } from '../util/concurrency.js';
import { globMatcher } from '../util/glob.js';
import { plural, shortSha } from '../util/text.js';

// The release record: the design-history evidence of one release (IEC 62304 5.8, 21 CFR 820.30), built from git and,
// where it is reachable, GitHub. Every gate is evaluated at the release commit as if the whole release were one change
// since the previous release; every change that reached the release is listed with its approvals and its sdlc-gate
// check; open anomalies are listed with their evaluation; the evidence files are copied beside it with their digests.
// Nothing in it depends on the wall clock: the record's date is the release commit's time, and every list is sorted.

export const RELEASE_DEFAULTS = { tags: ['v*'], anomaly_labels: ['bug'], evaluated_label: 'anomaly-evaluated', check_name: 'sdlc-gate' };

/** Rules that judge one pull request (its reviews, description, tickets): a release lists them per change instead. */
const PER_CHANGE_RULES = new Set(['reviews', 'protected-files', 'change-request', 'checklist']);

/** git's empty tree: the "previous release" of a first release. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';

const REQUEST_CONCURRENCY = 8;

export interface ReleaseFile {
  path: string;
  bytes: Buffer;
}

export interface ReleaseInput {
  repo: GitRepo;
  policyPath: string;
  tag: string;
  previous?: string;
  /** GitHub's data; without it the record is built from git alone and is at best `incomplete`. */
  github?: ReleaseGitHub;
  osvScan?: FactSources['osvScan'];
  toolVersion: string;
  /** Refuse a tag that the policy's release.tags do not name (the action on a tag push; the CLI records any tag). */
  onlyReleaseTags?: boolean;
}

export type ReleaseOutcome = { ok: true; record: ReleaseRecord; files: ReleaseFile[] } | { ok: false; errors: PolicyError[] };

/** A tag or option the user named that does not exist: a usage error, not a failed record. */
export class ReleaseInputError extends Error {}

/** A tag the policy does not count as a release: nothing to record. */
export class NotAReleaseError extends Error {}

export async function buildReleaseRecord(input: ReleaseInput): Promise<ReleaseOutcome> {
  const { repo } = input;
  const commit = await repo.resolveCommit(`refs/tags/${input.tag}`);
  if (!commit)
    throw new ReleaseInputError(`there is no tag "${input.tag}" in the repository — create it, or fetch tags (git fetch --tags)`);

  const loaded = await loadPolicyForPullRequest(
    input.policyPath,
    { baseSha: commit, headSha: commit },
    (ref, path) => repo.readFile(ref, path),
    RULES,
  );
  if (!loaded.ok) return loaded;
  const policy = loaded.policy;
  const settings = { ...RELEASE_DEFAULTS, ...policy.release };
  if (input.onlyReleaseTags && !globMatcher(settings.tags)(input.tag)) {
    throw new NotAReleaseError(`the tag ${input.tag} is not a release: the policy's release.tags are ${settings.tags.join(', ')}`);
  }

  const previous = await previousRelease(repo, input, commit, settings.tags);
  const date = await commitTime(repo, commit);
  const facts = releaseFacts(repo, input, previous?.commit ?? EMPTY_TREE, commit);

  const evaluated = await evaluateRelease(policy, facts, loaded.source, previous?.commit ?? EMPTY_TREE, commit);
  const traced = await traceabilityEvidence(policy, facts, evaluated, {
    policy: input.policyPath,
    head: commit,
    date,
    base: previous?.commit,
    repositoryUrl: input.github?.repositoryUrl,
  });
  const released = await releasedFiles(repo, policy, commit);
  const notChecked = await componentsNotChecked(policy, facts, evaluated);

  const commits = await commitsBetween(repo, previous?.commit, commit);
  const unverified: string[] = [];
  let changes: ReleaseChange[];
  let anomalies: ReleaseAnomaly[] = [];
  if (input.github) {
    changes = await changeHistory(input.github, commits, settings.check_name);
    anomalies = await openAnomalies(input.github, settings.anomaly_labels, settings.evaluated_label, date);
  } else {
    changes = commits.map((c) =>
      directChange(c, 'not verified: the record was built from git alone (set GITHUB_TOKEN and GITHUB_REPOSITORY)'),
    );
    unverified.push(
      `the ${plural(commits.length, 'change')} ${previous ? `since ${previous.tag}` : 'of this first release'}: pull requests, approvals and sdlc-gate checks need the GitHub API (set GITHUB_TOKEN and GITHUB_REPOSITORY)`,
      `residual anomalies (open issues labelled ${settings.anomaly_labels.join(', ')}) need the GitHub API`,
    );
  }

  const gates = traced.gates;
  const problems = [
    ...gates.filter((g) => g.status === 'fail' || g.status === 'error').map((g) => `gate ${g.id}: ${g.summary}`),
    ...(input.github ? changes.filter((c) => c.problem).map((c) => `${changeName(c)}: ${c.problem}`) : []),
    ...anomalies
      .filter((a) => !a.evaluated)
      .map(
        (a) =>
          `anomaly #${a.number} (${a.title}) is open and not evaluated — evaluate it (label ${settings.evaluated_label} or an "Evaluation" section) or fix it before the release`,
      ),
  ];
  const status: ReleaseStatus = problems.length ? 'fail' : unverified.length ? 'incomplete' : 'pass';

  const artifactFiles = [...released, ...traced.files].sort((a, b) => compare(a.path, b.path));
  const record: ReleaseRecord = {
    schema: RELEASE_SCHEMA,
    status,
    tag: input.tag,
    commit,
    previous: previous?.tag ?? null,
    previous_commit: previous?.commit ?? null,
    date,
    tool: { name: 'sdlc-gate', version: input.toolVersion },
    repository: input.github?.repositoryUrl ?? null,
    policy: { path: loaded.source.path, sha256: loaded.source.sha256 },
    problems,
    unverified,
    gates,
    not_checked: notChecked,
    changes,
    anomalies,
    artifacts: artifactFiles.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })),
  };
  return { ok: true, record, files: packageRelease(record, artifactFiles) };
}

/** The record's files: the released artifacts, record.json, index.html, then manifest.json listing them all. */
function packageRelease(record: ReleaseRecord, artifactFiles: ReleaseFile[]): ReleaseFile[] {
  const recordFile = { path: 'record.json', bytes: Buffer.from(`${JSON.stringify(record, null, 2)}\n`) };
  const html = { path: 'index.html', bytes: Buffer.from(renderReleaseHtml(record)) };
  const files = [...artifactFiles, recordFile, html].sort((a, b) => compare(a.path, b.path));
  const manifest = { files: files.map((f) => ({ path: f.path, sha256: sha256(f.bytes) })) };
  files.push({ path: 'manifest.json', bytes: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) });
  return files;
}

async function previousRelease(
  repo: GitRepo,
  input: ReleaseInput,
  commit: string,
  tagGlobs: string[],
): Promise<{ tag: string; commit: string } | undefined> {
  if (input.previous) {
    const sha = await repo.resolveCommit(`refs/tags/${input.previous}`);
    if (!sha) throw new ReleaseInputError(`there is no tag "${input.previous}" (--previous) in the repository`);
    return { tag: input.previous, commit: sha };
  }
  const isRelease = globMatcher(tagGlobs);
  return (await tagsMergedInto(repo, commit)).find((t) => t.tag !== input.tag && t.commit !== commit && isRelease(t.tag));
}

function releaseFacts(repo: GitRepo, input: ReleaseInput, base: string, head: string): Facts {
  const pr = { number: 0, title: `Release ${input.tag}`, body: '', labels: [], author: '', baseSha: base, headSha: head };
  const perChange = () => {
    throw new FactError('a release has no reviews of its own: approvals are listed per pull request in the change history');
  };
  return createFacts({
    pr,
    ...gitSources(repo, pr),
    changedFiles: () => repo.diff(base, head),
    reviews: async () => perChange(),
    teamMembers: async () => perChange(),
    ...(input.osvScan ? { osvScan: input.osvScan } : {}),
  });
}

async function evaluateRelease(
  policy: Policy,
  facts: Facts,
  source: { path: string; ref: string; sha256: string },
  base: string,
  head: string,
): Promise<GateResult[]> {
  const releaseGates = policy.gates.filter((g) => !PER_CHANGE_RULES.has(g.rule));
  const result = await evaluate({ ...policy, gates: releaseGates }, facts, RULES, { base, head, policy: source });
  const byId = new Map(result.gates.map((g) => [g.id, g]));
  return policy.gates.map(
    (g) =>
      byId.get(g.id) ?? {
        id: g.id,
        rule: g.rule,
        level: g.level,
        ...(g.refs ? { refs: g.refs } : {}),
        status: 'skip',
        summary: 'judged on each pull request — see the change history for the approvals and checks of every change',
        findings: [],
      },
  );
}

/**
 * The traceability matrices as files, and the release's stricter reading of them: every requirement that needs tests
 * must be verified by a passing result in a committed JUnit report, not only cited by a test.
 */
async function traceabilityEvidence(
  policy: Policy,
  facts: Facts,
  gates: GateResult[],
  meta: { policy: string; head: string; date: string; base?: string; repositoryUrl?: string },
): Promise<{ gates: GateResult[]; files: ReleaseFile[] }> {
  const files: ReleaseFile[] = [];
  const out: GateResult[] = [];
  for (const result of gates) {
    const gate = policy.gates.find((g) => g.id === result.id)!;
    if (gate.rule !== 'traceability' || result.status === 'skip') {
      out.push(result);
      continue;
    }
    let matrix: Matrix;
    try {
      matrix = await buildMatrix({ options: gate.options as unknown as TraceabilityOptions, facts, policy, compare: false });
    } catch {
      out.push(result); // the gate's own evaluation already reports why it could not be read
      continue;
    }
    const traceMeta: TraceMeta = {
      gate: gate.id,
      policy: meta.policy,
      head: meta.head,
      dirty: false,
      generatedAt: meta.date,
      ...(meta.repositoryUrl ? { repositoryUrl: meta.repositoryUrl } : {}),
    };
    const name = `traceability/${safeName(gate.id)}`;
    files.push(
      { path: `${name}.html`, bytes: Buffer.from(renderTraceHtml(matrix, traceMeta)) },
      { path: `${name}.csv`, bytes: Buffer.from(renderTraceCsv(matrix)) },
      { path: `${name}.json`, bytes: Buffer.from(renderTraceJson(matrix, traceMeta)) },
    );
    out.push(withFindings(result, gate, unverifiedRequirements(matrix, gate)));
  }
  return { gates: out, files };
}

function unverifiedRequirements(matrix: Matrix, gate: GateConfig): Finding[] {
  const required = matrix.rows.filter((row) => row.required);
  if (!required.length) return [];
  if (!matrix.junit) {
    return [
      {
        severity: 'error',
        message: `a release needs each requirement verified by a passing test result, but the gate ${gate.id} reads no JUnit report — commit the release's test results and name them in junit:`,
      },
    ];
  }
  return required
    .filter((row) => row.verdict !== 'verified')
    .map((row) => ({
      severity: 'error' as const,
      message: `${row.requirement.id} is ${row.verdict} at the release commit, not verified by a passing test in a committed JUnit report — run its tests and commit the report before releasing`,
      file: row.requirement.file,
      line: row.requirement.line,
    }));
}

function withFindings(result: GateResult, gate: GateConfig, extra: Finding[]): GateResult {
  if (!extra.length) return result;
  const findings = [...result.findings, ...extra];
  const failed = gate.level === 'warning' ? 'warn' : 'fail';
  const status = result.status === 'error' ? 'error' : failed;
  const first = extra[0]!.message;
  return {
    ...result,
    status,
    findings,
    summary: `${result.summary}; release: ${extra.length === 1 ? first : `${extra.length} requirements not verified (${first})`}`,
  };
}

/**
 * The components of the released SBOMs that each vulnerabilities gate could not check, decided as the gate decides
 * it (scanTargets, and withoutAnswer for offline records read where the gate reads them): the gate's own findings
 * say it in prose; the record lists them as data. A gate that could not run (no SBOM, no records) is a problem of its
 * own already and adds nothing here.
 */
async function componentsNotChecked(policy: Policy, facts: Facts, gates: GateResult[]): Promise<ReleaseRecord['not_checked']> {
  const out: ReleaseRecord['not_checked'] = [];
  for (const gate of policy.gates) {
    if (gate.rule !== 'vulnerabilities' || gates.find((g) => g.id === gate.id)?.status === 'error') continue;
    const options = gate.options as unknown as VulnerabilitiesOptions;
    try {
      const { globs, explicit, cap } = sbomSource(options, gateContext(policy, gate.id));
      const docs = await readSbomDocuments(sbomCandidates(await facts.listAtHead(globs), explicit), explicit, cap, facts, []);
      let targets = scanTargets(docs, options.source);
      if (options.source === 'offline') {
        const asked = [...new Set(targets.scanned.map((s) => s.query))];
        targets = withoutAnswer(targets, await offlineScan(options, facts, asked, [], 'base'), options.offline);
      }
      for (const u of targets.unscannable) out.push({ gate: gate.id, ...notCheckedEntry(u) });
    } catch (e) {
      if (!(e instanceof FactError)) throw e;
    }
  }
  return out;
}

/** The SBOMs, VEX documents, SOUP list and risk register as released, each under released/<its path>. */
async function releasedFiles(repo: GitRepo, policy: Policy, commit: string): Promise<ReleaseFile[]> {
  const globs: string[] = [];
  for (const g of policy.gates) {
    const o = g.options as { paths?: string[]; vex?: string[]; file?: string };
    if (g.rule === 'sbom') globs.push(...(o.paths ?? DEFAULT_SBOM_GLOBS));
    if (g.rule === 'vulnerabilities' && o.vex) globs.push(...o.vex);
    if ((g.rule === 'soup' || g.rule === 'risk-register') && o.file) globs.push(o.file);
  }
  if (!globs.length) return [];
  const matches = globMatcher(globs);
  const ignored = globMatcher(['**/node_modules/**', '**/vendor/**']);
  const paths = (await repo.listTree(commit)).filter((e) => e.type === 'blob' && matches(e.path) && !ignored(e.path)).map((e) => e.path);
  const files = await mapConcurrent(paths, REQUEST_CONCURRENCY, async (path) => {
    const file = await repo.readFile(commit, path);
    return file ? { path: `released/${path}`, bytes: file.bytes } : undefined;
  });
  return files.filter((f): f is ReleaseFile => f !== undefined);
}

/** Every change between the releases: the merged pull requests the commits came through, and commits that came through none. */
async function changeHistory(github: ReleaseGitHub, commits: CommitInfo[], checkName: string): Promise<ReleaseChange[]> {
  const pullsOf = await mapConcurrent(commits, REQUEST_CONCURRENCY, (c) => github.pullsForCommit(c.sha));
  const inRelease = new Set(commits.map((c) => c.sha));
  const byNumber = new Map<number, { pull: ReleasePull; commits: string[] }>();
  const direct: CommitInfo[] = [];
  commits.forEach((c, i) => {
    const merged = pullsOf[i]!.filter((p) => p.mergedAt);
    // A commit can sit in several pull requests (a backport, a stacked branch): the one whose merge is in the release.
    const pull = merged.find((p) => p.mergeCommit && inRelease.has(p.mergeCommit)) ?? merged.sort((a, b) => a.number - b.number)[0];
    if (!pull) return void direct.push(c);
    const entry = byNumber.get(pull.number);
    if (entry) entry.commits.push(c.sha);
    else byNumber.set(pull.number, { pull, commits: [c.sha] });
  });
  const pulls = [...byNumber.values()];
  const judged = await mapConcurrent(pulls, REQUEST_CONCURRENCY, ({ pull, commits: shas }) => judgeChange(github, pull, shas, checkName));
  const changes = [
    ...judged,
    ...direct.map((c) => directChange(c, 'pushed to the branch without a pull request, so no sdlc-gate check judged it')),
  ];
  const order = new Map(commits.map((c, i) => [c.sha, i]));
  return changes.sort((a, b) => order.get(a.commits[a.commits.length - 1]!)! - order.get(b.commits[b.commits.length - 1]!)!);
}

async function judgeChange(github: ReleaseGitHub, pull: ReleasePull, commits: string[], checkName: string): Promise<ReleaseChange> {
  const [reviews, runs] = await Promise.all([github.reviews(pull.number), github.checkRuns(pull.head, checkName)]);
  const approvals = [...latestDecisions(reviews).values()]
    .filter((r) => r.state === 'APPROVED' && r.commitId === pull.head && r.user.toLowerCase() !== pull.author.toLowerCase())
    .map((r) => r.user)
    .sort(compare);
  const latest = runs[0];
  const gate = !latest ? 'missing' : latest.conclusion === 'success' ? 'success' : 'failure';
  const problem =
    gate === 'success'
      ? null
      : gate === 'missing'
        ? `merged with no ${checkName} check run on its head commit ${shortSha(pull.head)} — the gate was bypassed or not required; evaluate the change and record why`
        : `merged while the ${checkName} check on its head commit ${shortSha(pull.head)} was ${latest!.conclusion ?? latest!.status}, not success — an override; evaluate the change and record why`;
  return {
    pull_request: pull.number,
    title: pull.title,
    author: pull.author,
    url: pull.url,
    merge_commit: pull.mergeCommit ?? commits[commits.length - 1]!,
    head: pull.head,
    commits,
    approvals,
    gate,
    problem,
  };
}

function directChange(c: CommitInfo, problem: string): ReleaseChange {
  return {
    pull_request: null,
    title: c.subject,
    author: c.author,
    url: null,
    merge_commit: c.sha,
    head: c.sha,
    commits: [c.sha],
    approvals: [],
    gate: 'missing',
    problem,
  };
}

/** Issues with an anomaly label that were open at the release commit's time. */
async function openAnomalies(github: ReleaseGitHub, labels: string[], evaluatedLabel: string, date: string): Promise<ReleaseAnomaly[]> {
  const lists = await mapConcurrent(labels, REQUEST_CONCURRENCY, (l) => github.issuesWithLabel(l));
  const at = Date.parse(date);
  const byNumber = new Map<number, ReleaseAnomaly>();
  for (const issue of lists.flat()) {
    if (byNumber.has(issue.number) || Date.parse(issue.createdAt) > at) continue;
    if (issue.closedAt && Date.parse(issue.closedAt) <= at) continue;
    const sortedLabels = [...issue.labels].sort(compare);
    const evaluated = sortedLabels.includes(evaluatedLabel) || hasEvaluationSection(issue.body);
    byNumber.set(issue.number, { number: issue.number, title: issue.title, url: issue.url, labels: sortedLabels, evaluated });
  }
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

function changeName(c: ReleaseChange): string {
  return c.pull_request === null ? `commit ${shortSha(c.merge_commit)} (${c.title})` : `#${c.pull_request} (${c.title})`;
}

function safeName(id: string): string {
  return id.replace(/[^A-Za-z0-9_.-]/g, '_');
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Code-unit order: the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
