import type { Finding } from '../../core/types.js';
import { DEFAULT_TEST_TYPES } from '../../parsers/requirements/openfasttrace.js';
import type { RequirementSource } from '../../parsers/requirements/types.js';
import type { RequirementFile } from '../../parsers/requirements/formats.js';
import type { MatrixRow } from './matrix.js';

// OpenFastTrace's coverage rule for the test artifact types: a coverage tag `[utest->dsn~name~1]` covers the item
// for the type that covers (`utest`), and an item is covered only when each type its `Needs:` names is. So, as
// `oft trace` judges them:
// - a tag whose type the item does not need is unwanted coverage (OFT's COVERED_UNWANTED, a failed trace): an
//   error at the tag, and it covers nothing;
// - an item that needs several test types (Needs: utest, itest) is untested until a tag of each covers it; the
//   types still missing are kept on the row (`missingCoverage`) so the finding and the matrix can name them.
// Types that are not test types (impl, dsn, …) are covered by implementation and design items, which are OFT's
// business, not the gate's.

/** The covering artifact type of a coverage tag's text: `utest` of "[ utest~name~1 -> dsn~x~1 ]". */
const COVERING_TYPE = /^\[[ \t]*([A-Za-z]+)/;

interface Tag {
  type: string;
  id: string;
  file: string;
  line: number;
}

/** The coverage tags one scan reads (fed by the reference matcher), judged against the items once they are known. */
export class OftCoverage {
  private readonly tags: Tag[] = [];

  /** Each OpenFastTrace file's test types, as its source names them (test_types, else OFT's defaults). */
  constructor(private readonly testTypesByFile: ReadonlyMap<string, ReadonlySet<string>>) {}

  /** Records one tag: `text` is the whole match of the coverage-tag form, `id` the item it covers. */
  readonly record = (text: string, id: string, file: string, line: number): void => {
    const type = COVERING_TYPE.exec(text)?.[1];
    if (type) this.tags.push({ type, id, file, line });
  };

  /**
   * Drops what OFT would not count: sets `missingCoverage` (and the verdict untested, unless a linked test failed)
   * on each OpenFastTrace row that a needed test type does not cover; returns an error for each unwanted tag (one
   * per file, item and type).
   */
  judge(rows: readonly MatrixRow[]): Finding[] {
    const oftRows = new Map<string, MatrixRow>();
    for (const row of rows) if (row.requirement.format === 'openfasttrace') oftRows.set(row.requirement.id, row);
    const covered = new Map<string, Set<string>>();
    const findings: Finding[] = [];
    const said = new Set<string>();
    for (const tag of this.tags) {
      const row = oftRows.get(tag.id);
      if (!row) continue; // an id no item defines: an unknown reference, said elsewhere
      const needs = row.requirement.needs ?? [];
      if (needs.includes(tag.type)) {
        let types = covered.get(tag.id);
        if (!types) covered.set(tag.id, (types = new Set()));
        types.add(tag.type);
        continue;
      }
      const key = `${tag.file}\u0000${tag.id}\u0000${tag.type}`;
      if (said.has(key)) continue;
      said.add(key);
      findings.push(unwanted(tag, row));
    }
    for (const row of oftRows.values()) {
      const types = covered.get(row.requirement.id);
      const testTypes = this.testTypesByFile.get(row.requirement.file);
      const missing = (row.requirement.needs ?? []).filter((t) => testTypes?.has(t) && !types?.has(t));
      // An item no tag cites at all is untested already, and said so plainly.
      if (!missing.length || (row.verdict === 'untested' && !row.tests.length)) continue;
      row.missingCoverage = missing;
      if (row.verdict !== 'failed') row.verdict = 'untested';
    }
    return findings;
  }
}

function unwanted(tag: Tag, row: MatrixRow): Finding {
  const r = row.requirement;
  const needed = (r.needs ?? []).join(', ') || 'nothing';
  return {
    severity: 'error',
    message: `${tag.file}:${tag.line} covers ${tag.id} with ${tag.type}, but ${tag.id} (${r.file}:${r.line}) needs ${needed} — OpenFastTrace counts this as unwanted coverage and fails the trace: tag the test with a type the item needs, or add ${tag.type} to its Needs.`,
    file: tag.file,
    line: tag.line,
    action: { text: `Retag ${tag.file}:${tag.line} with a type ${tag.id} needs (${needed}), or add ${tag.type} to its Needs` },
  };
}

/** The test types of each OpenFastTrace file, by path: its source's test_types, or OFT's defaults. */
export function oftTestTypesByFile(files: readonly RequirementFile[]): Map<string, Set<string>> {
  const byFile = new Map<string, Set<string>>();
  for (const f of files) if (f.format === 'openfasttrace') byFile.set(f.path, new Set(f.options?.test_types ?? DEFAULT_TEST_TYPES));
  return byFile;
}

/** The test types of the policy's OpenFastTrace sources: each source's test_types, or OFT's defaults. */
export function oftTestTypes(sources: readonly RequirementSource[]): Set<string> {
  const types = new Set<string>();
  for (const s of sources)
    if (typeof s !== 'string' && s.format === 'openfasttrace') for (const t of s.test_types ?? DEFAULT_TEST_TYPES) types.add(t);
  return types;
}
