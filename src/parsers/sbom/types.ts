import type { Severity } from '../../core/types.js';

// What the SBOM readers return: one shape for CycloneDX (JSON, XML) and SPDX (JSON, tag-value).

export type SbomFamily = 'cyclonedx' | 'spdx';
export type SbomEncoding = 'json' | 'xml' | 'tag-value';

/**
 * A problem in an SBOM file. `pointer` is where it is: a JSON pointer (`/components/3/version`), an XML element
 * path (`/bom/components/component[4]`) or, for tag-value, absent because `line` is known directly.
 */
export interface SbomIssue {
  severity: Severity;
  message: string;
  pointer?: string;
  line?: number;
}

/** FDA support data of a component, as found in the document (see the README for the accepted encodings). */
export interface SupportInfo {
  level?: string;
  endOfSupport?: string;
}

export interface SbomComponent {
  name: string;
  /** CycloneDX group (an npm scope, a Maven groupId), for naming the component in messages. */
  group?: string;
  version?: string;
  purl?: string;
  cpe?: string;
  swid?: string;
  /** License expressions or names as written, one per license entry. */
  licenses: string[];
  /** Supplier, else manufacturer, author or publisher: who stands behind the component (NTIA "supplier name"). */
  supplier?: string;
  /** bom-ref (CycloneDX) or SPDXID (SPDX). */
  ref?: string;
  /** Where the component is defined: JSON pointer or XML element path (see SbomIssue.pointer). */
  pointer: string;
  /** The line where the component is defined, when the reader knows it without extra work (tag-value). */
  line?: number;
  support?: SupportInfo;
  /** CycloneDX 1.7: `isExternal` and `versionRange`. */
  isExternal?: boolean;
  versionRange?: string;
}

export interface SbomDependency {
  ref: string;
  /** SPDX relationship type (DEPENDS_ON, CONTAINS, ...); absent for CycloneDX dependencies. */
  type?: string;
  dependsOn: string[];
  pointer: string;
  line?: number;
}

export interface SbomDocument {
  path: string;
  family: SbomFamily;
  encoding: SbomEncoding;
  /** The declared spec version: "1.6", "2.3". */
  specVersion: string;
  /** Who made the document (CycloneDX metadata authors/tools/manufacturer, SPDX creators). */
  authors: string[];
  timestamp?: string;
  /** The component the SBOM describes (CycloneDX metadata.component, SPDX documentDescribes). */
  primary?: SbomComponent;
  components: SbomComponent[];
  dependencies: SbomDependency[];
  /** CycloneDX XML: every bom-ref the document defines (components, services, ...) with its place, in document order. */
  definedRefs?: [ref: string, pointer: string][];
  /** SPDX: identifiers of files, snippets and other elements that relationships may name besides packages. */
  spdxOtherIds?: string[];
  /** Problems found while reading (structure the rest of the checks rely on). */
  issues: SbomIssue[];
  /** The parsed JSON document (JSON encodings), for schema validation. */
  json?: unknown;
  /** The XML text (XML encoding), for XSD validation. */
  xml?: string;
  /** Lines of pointers, computed in one pass over the text when asked. */
  linesOf(pointers: readonly string[]): Map<string, number>;
}

export interface SbomDetection {
  family?: SbomFamily | 'spdx3';
  encoding?: SbomEncoding;
  specVersion?: string;
}

export interface SbomReadResult {
  detection: SbomDetection;
  /** Present when the file was recognised and parsed far enough to have components. */
  document?: SbomDocument;
  /** Why the file could not be read as an SBOM (truncated JSON, an unknown format, an unsupported version...). */
  issues: SbomIssue[];
}
