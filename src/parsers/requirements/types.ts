import type { Finding } from '../../core/types.js';
import { Pattern } from '../../util/pattern.js';

// What every requirement reader returns: requirements with the place they are defined, and findings for what it
// could not read (with the line), never a throw.

export type RequirementFormat = 'yaml' | 'markdown' | 'doorstop' | 'strictdoc' | 'openfasttrace' | 'sphinx-needs' | 'reqif';

export interface Requirement {
  id: string;
  title: string;
  /** The statement, as written (the title is kept apart). */
  text: string;
  /** IEC 62304 software safety class, when the requirement states one. */
  class?: string;
  /** Ids of the requirements (or system/user needs) this one derives from. */
  parents?: string[];
  /** Ids of requirements that derive from this one (StrictDoc `TYPE: Child`): the reverse of their parents. */
  children?: string[];
  /** Files this requirement names as linked to it (StrictDoc `TYPE: File`), as written: a test file among them cites it. */
  linkedFiles?: string[];
  /** OpenFastTrace: the artifact types its `Needs:` asks to cover it (utest, impl, ...). */
  needs?: string[];
  /** OpenFastTrace: the items its `Depends:` names. */
  depends?: string[];
  file: string;
  line: number;
  format: RequirementFormat;
}

/** One entry of the `requirements` option: a glob (format from extension/content) or a path with its format. */
export type RequirementSource = string | ({ path: string; format?: RequirementFormat } & SourceOptions);

/** Options a source may give for its format (see docs/gates/traceability-formats.md). */
export interface SourceOptions {
  /** ReqIF: the attribute whose value is a spec object's id (default ReqIF.ForeignID, then the IDENTIFIER). */
  id_attribute?: string;
  /** OpenFastTrace: the artifact types that stand for tests; an item is a requirement when its Needs names one. */
  test_types?: string[];
}

export interface ParsedRequirements {
  requirements: Requirement[];
  findings: Finding[];
  /** Doorstop items (requirements or not), with the stamps their links and reviews are checked against. */
  doorstop?: import('./doorstop.js').DoorstopItem[];
}

export interface ParseContext {
  /** Compiled `id_pattern`, anchored: does a string look like a requirement id. */
  isId: (s: string) => boolean;
}

export function anchoredId(idPattern: string): (s: string) => boolean {
  return Pattern.whole(idPattern);
}

/** The text compared between base and head: whitespace-only edits are not changes. */
export function normalizedText(r: Pick<Requirement, 'title' | 'text'>): string {
  return `${r.title}\n${r.text}`.replace(/\s+/g, ' ').trim();
}

/** The 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
