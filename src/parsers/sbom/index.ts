import { readCycloneDxJson } from './cyclonedx-json.js';
import { CYCLONEDX_VERSIONS, SPDX_VERSIONS, detectJson, detectText } from './detect.js';
import { checkIntegrity } from './integrity.js';
import { jsonErrorLine } from './json-lines.js';
import { hasJsonSchema, validateJsonSchema } from './schema.js';
import type { SbomDetection, SbomDocument, SbomIssue, SbomReadResult } from './types.js';

// SBOM readers: CycloneDX JSON/XML and SPDX JSON/tag-value, detected from content. Pure: text in, values out;
// malformed input becomes issues with a place, never an exception.

export type * from './types.js';
export { CYCLONEDX_VERSIONS, SPDX_VERSIONS } from './detect.js';
export { checkIntegrity } from './integrity.js';
export { jsonPointerLines } from './json-lines.js';

export interface SbomFile {
  path: string;
  text: string;
  /** The bytes the text was decoded from, when at hand: the XSD validation reads them instead of an encoded copy. */
  bytes?: Uint8Array;
}

const FAMILY_NAMES = { cyclonedx: 'CycloneDX', spdx: 'SPDX', spdx3: 'SPDX 3' } as const;

/** Reads one file as an SBOM. Never throws on bad input: the issues say what is wrong and where. */
export function readSbom(file: SbomFile): SbomReadResult {
  const text = file.text.replace(/^\uFEFF/, '');
  const sniffed = detectText(text);
  if (sniffed.syntax === 'json') return readJson(file.path, text, sniffed);
  if (sniffed.syntax === 'xml') return readXml(file.path, text, sniffed);
  if (sniffed.syntax === 'tag-value') return readTagValueSbom(file.path, text, sniffed);
  return {
    detection: {},
    issues: [
      {
        severity: 'error',
        message:
          'is neither CycloneDX (JSON or XML) nor SPDX (JSON or tag-value): no bomFormat, spdxVersion, CycloneDX namespace or SPDXVersion line was found — point `paths` at the SBOM, or regenerate it',
        line: 1,
      },
    ],
  };
}

function readJson(path: string, text: string, sniffed: SbomDetection): SbomReadResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const what = sniffed.family ? `${FAMILY_NAMES[sniffed.family]} JSON` : 'JSON';
    return {
      detection: sniffed,
      issues: [
        {
          severity: 'error',
          message: `is not valid ${what} (${message.replace(/^JSON\.parse: /, '')}) — a truncated or hand-edited file? Regenerate it`,
          line: jsonErrorLine(text, message) ?? 1,
        },
      ],
    };
  }
  const detection = detectJson(json);
  if (!detection.family) {
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message:
            'is JSON but neither CycloneDX (no "bomFormat": "CycloneDX") nor SPDX (no "spdxVersion") — point `paths` at the SBOM, or regenerate it',
          line: 1,
        },
      ],
    };
  }
  if (detection.family === 'spdx3') {
    return {
      detection,
      issues: [
        {
          severity: 'error',
          message:
            'is an SPDX 3.0 JSON-LD document, which this gate does not support yet — also publish an SPDX 2.3 or CycloneDX SBOM and point `paths` at it',
          line: 1,
        },
      ],
    };
  }
  const versionIssue = unsupportedVersion(detection);
  if (versionIssue) return { detection, issues: [versionIssue] };
  const obj = json as Record<string, unknown>;
  const document =
    detection.family === 'cyclonedx'
      ? readCycloneDxJson(path, text, obj, detection.specVersion!)
      : readSpdxJsonDocument(path, text, obj, detection.specVersion!);
  return { detection, document, issues: [] };
}

function readXml(path: string, text: string, sniffed: SbomDetection): SbomReadResult {
  if (sniffed.family === 'spdx') {
    return {
      detection: sniffed,
      issues: [
        {
          severity: 'error',
          message:
            'is SPDX RDF/XML, which this gate does not read — publish the SPDX document as JSON or tag-value (or a CycloneDX SBOM) and point `paths` at it',
          line: 1,
        },
      ],
    };
  }
  if (sniffed.family !== 'cyclonedx') {
    return {
      detection: sniffed,
      issues: [
        {
          severity: 'error',
          message:
            'is XML but not a CycloneDX SBOM: no <bom> element in a CycloneDX namespace (http://cyclonedx.org/schema/bom/<version>) was found — point `paths` at the SBOM, or regenerate it',
          line: 1,
        },
      ],
    };
  }
  const versionIssue = unsupportedVersion(sniffed);
  if (versionIssue) return { detection: sniffed, issues: [versionIssue] };
  return readXmlSbom(path, text, sniffed);
}

function unsupportedVersion(d: SbomDetection): SbomIssue | undefined {
  const known: readonly string[] = d.family === 'cyclonedx' ? CYCLONEDX_VERSIONS : SPDX_VERSIONS;
  const field =
    d.family === 'cyclonedx'
      ? d.encoding === 'xml'
        ? 'the namespace version'
        : 'specVersion'
      : d.encoding === 'tag-value'
        ? 'SPDXVersion'
        : 'spdxVersion';
  if (d.specVersion === undefined) {
    const message =
      d.encoding === 'xml'
        ? 'has a <bom> element but not in a CycloneDX namespace (xmlns="http://cyclonedx.org/schema/bom/<version>"), so its version is unknown — regenerate the SBOM'
        : `declares no ${field}; a ${FAMILY_NAMES[d.family!]} document must say which version of the specification it follows`;
    return { severity: 'error', message, pointer: '', line: 1 };
  }
  if (known.includes(d.specVersion)) return undefined;
  return {
    severity: 'error',
    message: `declares ${FAMILY_NAMES[d.family!]} ${field} "${d.specVersion}", which is not a version this gate knows (${known.join(', ')}) — fix the version or regenerate the SBOM`,
    pointer: d.encoding === 'json' ? (d.family === 'cyclonedx' ? '/specVersion' : '/spdxVersion') : undefined,
    line: d.encoding === 'json' ? undefined : 1,
  };
}

/** Schema validation of a document read by readSbom: JSON Schema for JSON, the XSD for XML, the spec's fields for tag-value. */
export async function validateSbomSchema(doc: SbomDocument): Promise<SbomIssue[]> {
  if (doc.encoding === 'json' && hasJsonSchema(doc.family, doc.specVersion))
    return validateJsonSchema(doc.family, doc.specVersion, doc.json);
  if (doc.encoding === 'xml') return validateXmlSbom(doc);
  return [];
}

/** Everything readSbom and the checks that need no policy find: parse, schema (optional), identifiers and references. */
export async function inspectSbom(
  file: SbomFile,
  opts: { schema: boolean; afterRead?: (result: SbomReadResult) => void },
): Promise<SbomReadResult> {
  // CycloneDX XML: the XSD validation is posted to its worker first and runs while the document is read here.
  const sniffed = opts.schema ? detectText(file.text) : undefined;
  const early = sniffed?.syntax === 'xml' ? await startXmlValidation(file.text.replace(/^\uFEFF/, ''), sniffed, file.bytes) : undefined;
  const result = readSbom(file);
  // The document is parsed: what waited for the parse to be over (a lockfile's parse on the second core, which
  // would otherwise take the core this thread's garbage collector works on) may start.
  opts.afterRead?.(result);
  if (!result.document) {
    // Not read (not well-formed, say): the validation's verdict adds nothing to what the reader says.
    if (early) void early.result;
    return result;
  }
  const issues = [...result.issues, ...result.document.issues];
  if (opts.schema)
    issues.push(...(early && result.document.encoding === 'xml' ? await early.result : await validateSbomSchema(result.document)));
  issues.push(...checkIntegrity(result.document));
  return { ...result, issues };
}

// Filled in by the XML and SPDX readers.
import { readSpdxJsonDocument } from './spdx-json.js';
import { readTagValueSbom } from './spdx-tag-value.js';
import { readXmlSbom, startXmlValidation, validateXmlSbom } from './cyclonedx-xml.js';
export type { SbomDocument };
