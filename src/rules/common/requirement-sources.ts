import type { Facts, Finding } from '../../core/types.js';
import { readOrFinding } from './read-file.js';
import { globMatcher } from '../../util/glob.js';
import { mapConcurrent, READ_CONCURRENCY } from '../../util/concurrency.js';
import { parseDoorstopSettings, type DoorstopSettings } from '../../parsers/requirements/doorstop.js';
import { DEFAULT_ID_PATTERN, formatFromExtension, parseInFormat, type RequirementFile } from '../../parsers/requirements/formats.js';
import type {
  ParsedRequirements,
  Requirement,
  RequirementFormat,
  RequirementSource,
  SourceOptions,
} from '../../parsers/requirements/types.js';

// Reads the requirement sources of a policy (globs, or {path, format}) through Facts, for the gates that need the
// requirement set (traceability, risk register): a file that cannot be read or parsed is a finding with its line,
// and the other files are still read. The parsing itself is the parsers' (text in, values out).

export interface RequirementsRead extends ParsedRequirements {
  /** The files that were read as requirement sources (Doorstop settings excluded). */
  files: RequirementFile[];
}

const DOORSTOP_SETTINGS = '.doorstop.yml';

const hasGlob = (s: string) => /[*?[\]{}()!]/.test(s);

/** The globs a source's path names: a glob as it is, a plain path as that file or folder (trailing slashes dropped). */
export function sourceGlobs(path: string): string[] {
  const clean = path.replace(/\/+$/, '');
  return hasGlob(clean) ? [clean] : [clean, `${clean}/**`];
}
const dirOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');

/** Which files each source names at head, and in which format. */
export async function resolveRequirementFiles(
  sources: readonly RequirementSource[],
  facts: Pick<Facts, 'listAtHead'>,
): Promise<{ files: RequirementFile[]; findings: Finding[] }> {
  const findings: Finding[] = [];
  const byPath = new Map<string, RequirementFile>();
  // Doorstop documents are recognized by their settings file, wherever a source points into one.
  const doorstopDirs = await doorstopDirsAtHead(facts);
  // A document whose folder holds a .doorstop.skip is one Doorstop skips: so does the gate.
  const skippedDirs = doorstopDirs.size ? await doorstopSkippedDirsAtHead(facts) : new Set<string>();
  for (const source of sources) {
    const { path, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
    const options = sourceOptions(source);
    const matched = await facts.listAtHead(sourceGlobs(path));
    const allSettings = format === undefined || format === 'doorstop' ? doorstopDirs : new Set<string>();
    let count = 0;
    let skipped = 0;
    for (const p of matched) {
      const name = p.slice(p.lastIndexOf('/') + 1);
      if (name === DOORSTOP_SETTINGS) continue;
      const docDir = nearestDoorstopDir(p, allSettings);
      let f: RequirementFormat | undefined;
      if (format === 'doorstop' || (docDir !== undefined && format === undefined)) {
        if (docDir === undefined) {
          findings.push({
            severity: 'warning',
            message: `${p} is named as a Doorstop item, but no ${DOORSTOP_SETTINGS} lies in its folder or above within ${path} — it was not read.`,
            file: p,
          });
          continue;
        }
        if (!/\.(ya?ml|md)$/i.test(p) || p.slice(docDir.length).split('/').includes('assets')) continue;
        if (skippedDirs.has(docDir)) {
          skipped++;
          continue;
        }
        f = 'doorstop';
      } else f = format ?? formatFromExtension(p);
      if (!f) {
        findings.push({
          severity: 'warning',
          message: `${p} matches the requirements source "${path}" but its format is unknown — name it with {path, format: yaml|markdown|doorstop|strictdoc|openfasttrace|sphinx-needs|reqif}.`,
          file: p,
        });
        continue;
      }
      count++;
      if (!byPath.has(p))
        byPath.set(p, {
          path: p,
          format: f,
          ...(f === 'doorstop' ? { settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS } : {}),
          ...(options ? { options } : {}),
        });
    }
    if (count === 0) {
      findings.push({
        severity: 'error',
        message: skipped
          ? `The requirements source "${path}" names only Doorstop documents marked .doorstop.skip, so no requirement is read from it — remove the .doorstop.skip, or the source from the policy.`
          : `The requirements source "${path}" matches no requirement file at head — fix the path in the policy, or add the requirements.`,
      });
    }
  }
  return { files: [...byPath.values()], findings };
}

/**
 * The requirement file a path was, for a file a pull request removed (or moved away): which source names it and
 * in which format. An item of a Doorstop document that still has its `.doorstop.yml` (`doorstopDirs`, at head) is
 * read as Doorstop; a whole document removed needs its source to say `format: doorstop`.
 */
export function formerRequirementFile(
  path: string,
  sources: readonly RequirementSource[],
  doorstopDirs: ReadonlySet<string> = new Set(),
): RequirementFile | undefined {
  for (const source of sources) {
    const { path: sourcePath, format } = typeof source === 'string' ? { path: source, format: undefined } : source;
    if (!globMatcher(sourceGlobs(sourcePath))(path)) continue;
    if (path.endsWith(`/${DOORSTOP_SETTINGS}`) || path === DOORSTOP_SETTINGS) return undefined;
    const docDir = format === undefined || format === 'doorstop' ? nearestDoorstopDir(path, doorstopDirs as Set<string>) : undefined;
    if (docDir !== undefined && /\.(ya?ml|md)$/i.test(path))
      return { path, format: 'doorstop', settingsPath: docDir ? `${docDir}/${DOORSTOP_SETTINGS}` : DOORSTOP_SETTINGS };
    const f = format ?? formatFromExtension(path);
    const options = sourceOptions(source);
    if (f) return { path, format: f, ...(options ? { options } : {}) };
  }
  return undefined;
}

/** The format options a source gives, if any. */
function sourceOptions(source: RequirementSource): SourceOptions | undefined {
  if (typeof source === 'string') return undefined;
  const options: SourceOptions = {};
  if (source.id_attribute !== undefined) options.id_attribute = source.id_attribute;
  if (source.test_types !== undefined) options.test_types = source.test_types;
  return Object.keys(options).length ? options : undefined;
}

/** The folders of the Doorstop documents at head (where a `.doorstop.yml` is). */
export async function doorstopDirsAtHead(facts: Pick<Facts, 'listAtHead'>): Promise<Set<string>> {
  return new Set((await facts.listAtHead([DOORSTOP_SETTINGS, `**/${DOORSTOP_SETTINGS}`])).map(dirOf));
}

/** The folders of the Doorstop documents Doorstop skips (a `.doorstop.skip` beside the `.doorstop.yml`). */
export async function doorstopSkippedDirsAtHead(facts: Pick<Facts, 'listAtHead'>): Promise<Set<string>> {
  return new Set((await facts.listAtHead(['.doorstop.skip', '**/.doorstop.skip'])).map(dirOf));
}

function nearestDoorstopDir(path: string, dirs: Set<string>): string | undefined {
  for (let d = dirOf(path); ; d = dirOf(d)) {
    if (dirs.has(d)) return d;
    if (d === '') return undefined;
  }
}

export interface ReadOptions {
  id_pattern?: string;
}

/**
 * Every requirement the sources define at head, with findings for what could not be read or parsed.
 * Shared by the traceability gate and any gate that needs the requirement set (e.g. risk controls).
 */
export async function readRequirementSources(
  sources: readonly RequirementSource[],
  facts: Pick<Facts, 'listAtHead' | 'readAtHead'>,
  options: ReadOptions = {},
): Promise<RequirementsRead> {
  return readRequirementFiles(await resolveRequirementFiles(sources, facts), facts, options);
}

/** The requirements of files already resolved from their sources (resolveRequirementFiles), with its findings. */
export async function readRequirementFiles(
  resolved: { files: RequirementFile[]; findings: Finding[] },
  facts: Pick<Facts, 'readAtHead'>,
  options: ReadOptions = {},
): Promise<RequirementsRead> {
  const idPattern = options.id_pattern ?? DEFAULT_ID_PATTERN;
  const files = resolved.files;
  const findings = [...resolved.findings];
  const settingsByPath = new Map<string, DoorstopSettings>();
  for (const path of new Set(files.flatMap((f) => (f.settingsPath ? [f.settingsPath] : [])))) {
    const { text, finding } = await readOrFinding((p) => facts.readAtHead(p), path, 'the Doorstop document');
    if (finding) findings.push(finding);
    if (text === undefined) continue;
    const parsed = parseDoorstopSettings(text, path);
    findings.push(...parsed.findings);
    settingsByPath.set(path, parsed.settings);
  }
  const parsed = await mapConcurrent(files, READ_CONCURRENCY, async (file) => {
    const { text, finding } = await readOrFinding((p) => facts.readAtHead(p), file.path, 'its requirements');
    if (text === undefined) return { requirements: [], findings: finding ? [finding] : [] };
    return parseInFormat(file, text, idPattern, file.settingsPath ? settingsByPath.get(file.settingsPath) : undefined);
  });
  const requirements: Requirement[] = [];
  const doorstop: NonNullable<ParsedRequirements['doorstop']> = [];
  for (const p of parsed) {
    requirements.push(...p.requirements);
    findings.push(...p.findings);
    if (p.doorstop) doorstop.push(...p.doorstop);
  }
  return { requirements, findings, files, ...(doorstop.length ? { doorstop } : {}) };
}
