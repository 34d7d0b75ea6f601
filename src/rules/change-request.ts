import { Type, type Static } from '@sinclair/typebox';
import { defineRule } from '../core/rule.js';
import { annotate, regexSchema, RuleOptions } from '../core/schemas.js';
import { Pattern, PatternError } from '../util/pattern.js';
import { FactError, type Finding } from '../core/types.js';
import { listing, shortList } from '../util/text.js';
import type { GateOutcome } from '../core/rule.js';

/** One reference found in the pull request, and the issue number of this repository it names, if any. */
export interface ChangeReference {
  text: string;
  where: 'title' | 'body' | 'branch name';
  issue?: number;
}

// The default forms: #123 (not an HTML entity &#123; or a URL fragment), owner/repo#123, an issue or pull
// request URL, and a tracker key like ABC-123. Tokens that look like keys but name encodings, hashes and
// standards (UTF-8, SHA-256, ISO-14971) are not references.
const SAME_REPO = /(?<![\w&/#])#(\d+)\b/g;
const OTHER_REPO = /\b[A-Za-z0-9][\w.-]*\/[\w.-]+#\d+\b/g;
const ISSUE_URL = /\bhttps?:\/\/[^\s/]+\/[\w.-]+\/[\w.-]+\/(?:issues|pull|-\/issues|browse)\/[\w-]*\d+\b/g;
const KEY = /\b[A-Z][A-Z0-9_]{1,9}-\d+\b/g;
const NOT_KEYS = new Set([
  'UTF',
  'SHA',
  'MD',
  'ISO',
  'IEC',
  'EN',
  'RFC',
  'AES',
  'RSA',
  'TLS',
  'SSL',
  'HTTP',
  'IPV',
  'CVE',
  'CWE',
  'GHSA',
  'ECMA',
  'ES',
  'WCAG',
  'UCS',
  'UTC',
  'GMT',
  // Standards, their bodies and catalogues a change to regulated software cites ("MISRA-2012", "IEEE-754",
  // "PEP-8", "NIST-800", "FIPS-140", "CAPEC-66"), and names such as COVID-19 — none of them a likely tracker key
  // (short ones such as DO, UL or BS may well be a project's key: a policy that cites DO-178 sets a pattern).
  'MISRA',
  'IEEE',
  'PEP',
  'NIST',
  'FIPS',
  'ANSI',
  'ASTM',
  'AAMI',
  'ETSI',
  'ARINC',
  'MDR',
  'IVDR',
  'CFR',
  'CAPEC',
  'CVSS',
  'OWASP',
  'COVID',
  'SARS',
]);

export const DEFAULT_FORMS = '#123, owner/repo#123, an issue URL or a key like ABC-123';

/** The references in one text, by the default forms or a custom pattern (its first numeric capture group is an issue number). */
export function findReferences(text: string, where: ChangeReference['where'], pattern?: Pattern): ChangeReference[] {
  const refs: ChangeReference[] = [];
  if (pattern) {
    for (const m of pattern.matchAll(text)) {
      if (!m.text) continue;
      const group = m.groups.find((g) => g !== undefined && /^\d+$/.test(g));
      const hash = /(?<![\w&/#])#(\d+)\b/.exec(m.text);
      const number = group ?? hash?.[1];
      refs.push({ text: m.text, where, ...(number ? { issue: Number(number) } : {}) });
    }
    return refs;
  }
  // Cross-repository forms first, so their "#123" is not also read as an issue of this repository.
  let rest = text;
  for (const re of [ISSUE_URL, OTHER_REPO]) {
    rest = rest.replace(re, (m) => {
      refs.push({ text: m, where });
      return ' '.repeat(m.length);
    });
  }
  for (const m of rest.matchAll(SAME_REPO)) refs.push({ text: m[0], where, issue: Number(m[1]) });
  for (const m of rest.matchAll(KEY)) {
    if (!NOT_KEYS.has(m[0].replace(/-\d+$/, ''))) refs.push({ text: m[0], where });
  }
  return refs;
}

const ChangeRequestOptions = RuleOptions({
  pattern: Type.Optional(
    annotate(regexSchema, {
      description: `A regular expression a reference must match (searched in title, body and branch name); default: ${DEFAULT_FORMS}.`,
    }),
  ),
  verify: Type.Boolean({
    default: false,
    description:
      'Check through the API that each referenced issue of this repository (#123) exists; a 404 fails, a missing permission is an error.',
  }),
});
export type ChangeRequestOptions = Static<typeof ChangeRequestOptions>;

export const changeRequest = defineRule({
  name: 'change-request',
  description:
    'Change control (IEC 62304 8.2, 9): the pull request references a change request or problem report in its title, body or branch name.',
  options: ChangeRequestOptions,

  async evaluate(options, facts): Promise<GateOutcome> {
    let pattern: Pattern | undefined;
    if (options.pattern) {
      try {
        pattern = Pattern.compile(options.pattern);
      } catch (e) {
        if (e instanceof PatternError)
          throw new Error(`the pattern ${JSON.stringify(options.pattern)} ${e.message} — fix it in the policy`, { cause: e });
        throw e;
      }
    }
    const pr = await facts.pr();
    const branch = pr.headRef ?? '';
    const refs = [
      ...findReferences(pr.title, 'title', pattern),
      ...findReferences(stripComments(pr.body), 'body', pattern),
      ...findReferences(branch, 'branch name', pattern),
    ].filter((r) => r.issue === undefined || r.issue !== pr.number || pr.number === 0);
    const forms = pattern ? `the pattern ${options.pattern}` : DEFAULT_FORMS;

    if (refs.length === 0) {
      const branchNote = branch ? ` or branch name "${branch}"` : ' or branch name';
      return {
        findings: [
          {
            severity: 'error',
            message: `This pull request references no change request or problem report: its title, body${branchNote} contain nothing matching ${forms} — add the issue it implements or fixes to the title or body (e.g. "Fixes #12").`,
            action: {
              text: `Name the change request this implements in the title or description${pattern ? ` (matching ${options.pattern})` : ', e.g. "Fixes #12"'}`,
            },
          },
        ],
        summary: 'no change request referenced',
      };
    }
    const names = [...new Set(refs.map((r) => r.text.trim()))];
    if (!options.verify) return { findings: [], summary: `references ${shortList(names, 3)}` };

    const numbers = [...new Set(refs.flatMap((r) => (r.issue === undefined ? [] : [r.issue])))].sort((a, b) => a - b);
    if (numbers.length === 0) {
      return {
        findings: [
          {
            severity: 'error',
            message: `verify is on, but ${shortList(names, 3)} ${names.length === 1 ? 'is not an issue' : 'are not issues'} of this repository that can be looked up — reference the change request as #123, or set verify: false for references kept in another tracker.`,
            action: { text: 'Reference the change request as an issue of this repository (#123) in the title or description' },
          },
        ],
        summary: 'no verifiable issue referenced',
      };
    }
    if (!facts.issueExists) throw new FactError('these facts cannot look issues up, so verify: true cannot be checked');
    const exists = await Promise.all(numbers.map((n) => facts.issueExists!(n)));
    const missing = numbers.filter((_, i) => !exists[i]);
    const findings: Finding[] = missing.map((n) => ({
      severity: 'error',
      message: `#${n} (in the ${refs.find((r) => r.issue === n)!.where}) is not an issue of this repository (GET /repos/{owner}/{repo}/issues/${n} answered 404) — fix the number, or open the change request first.`,
      action: { text: `Fix the reference #${n}, or open that change request first` },
    }));
    const found = numbers.filter((_, i) => exists[i]).map((n) => `#${n}`);
    return {
      findings,
      summary: missing.length ? `${listing(missing.map((n) => `#${n}`))} not found` : `references ${shortList(found, 3)} (verified)`,
    };
  },
});

/** Drops HTML comments: PR templates keep their instructions in them, and a reference there was never written by anyone. */
function stripComments(body: string): string {
  return body.replace(/<!--[\s\S]*?(-->|$)/g, ' ');
}
