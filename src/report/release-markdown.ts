import type { ReleaseRecord } from '../core/release.js';
import { escapeMarkdown as md } from './escape.js';
import { notCheckedComponentText } from './not-checked.js';

// The release record as the job summary shows it: the verdict and what to resolve first, then the counts and where
// the full record is. Everything from the repository or GitHub is escaped.

const ICON = { pass: '✅', fail: '❌', incomplete: '⚠️' } as const;
const MAX_LINES = 50;

export function renderReleaseMarkdown(r: ReleaseRecord, folder: string): string {
  const lines = [`### ${ICON[r.status]} sdlc-gate release record: ${md(r.tag)} — ${r.status}`, ''];
  lines.push(
    `Release ${md(r.tag)} at \`${r.commit.slice(0, 12)}\`${r.previous ? `, changes since ${md(r.previous)}` : ', the first release'}; policy \`${md(r.policy.path)}\` (sha256 \`${r.policy.sha256.slice(0, 16)}…\`).`,
    '',
  );
  const list = (title: string, items: string[]) => {
    if (!items.length) return;
    lines.push(`**${title}**`, '', ...items.slice(0, MAX_LINES).map((p) => `- ${md(p)}`));
    if (items.length > MAX_LINES) lines.push(`- … ${items.length - MAX_LINES} more in record.json`);
    lines.push('');
  };
  list('To resolve before the release is accepted', r.problems);
  list('Not verified', r.unverified);
  list(
    'Components not checked for vulnerabilities (no vulnerabilities are known for them because none were looked up)',
    r.not_checked.map((n) => `${notCheckedComponentText(n)}: ${n.reason}`),
  );
  const failed = r.gates.filter((g) => g.status === 'fail' || g.status === 'error').length;
  const prs = r.changes.filter((c) => c.pull_request !== null).length;
  lines.push(
    '| | |',
    '|---|---|',
    `| Gates | ${r.gates.length} (${failed} failed) |`,
    `| Changes | ${r.changes.length} (${prs} through pull requests, ${r.changes.filter((c) => c.gate !== 'success').length} without a passing check) |`,
    `| Open anomalies | ${r.anomalies.length} (${r.anomalies.filter((a) => !a.evaluated).length} not evaluated) |`,
    `| Evidence files | ${r.artifacts.length} |`,
    '',
    `The record (record.json, index.html, manifest.json and the evidence) is in \`${md(folder)}\`: upload it as an artifact and attest manifest.json.`,
    '',
  );
  return lines.join('\n');
}
