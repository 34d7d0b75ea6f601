import { Worker } from 'node:worker_threads';
import { schemaFile } from './schemas/load.js';
import type { SbomIssue } from './types.js';
import { elementStartLines } from './xml-element-lines.js';

// CycloneDX XML against the official XSD of its declared version, with libxml2's xmllint compiled to WebAssembly
// (xmllint-wasm), offline. The wasm and its loader are embedded (xmllint/embedded.ts) because the package starts
// its worker from a file in its own folder, which the bundle does not carry. One worker thread per
// process validates one document at a time; each run gets a fresh xmllint instance, and a run that outlasts its
// time limit terminates the worker (the next run starts a new one), so a hostile document cannot hang the gate.
// The XSDs import the SPDX licence XSD as "spdx.SNAPSHOT.xsd" (the offline reference the CycloneDX library
// applies); it is handed to xmllint under that name, and --nonet forbids any other fetch.
//
// Streaming: xmllint validates with --stream (libxml2's xmlTextReader with the schema plugged in), so no document
// tree is built in the wasm heap — its memory no longer grows with the SBOM. The verdict is libxml2's own in both
// modes, identity constraints included (xs:unique on bom-ref is checked by the same IDC code while streaming). The
// document is handed over as UTF-8 bytes: the very bytes read from git when they sit in shared memory (large blobs
// do, src/facts/git/cat-file.ts), else an encoded copy whose buffer is transferred; either way the worker makes them
// libxml2's input file as they are (Emscripten's in-memory file owns them; its loader's inputFiles would copy them),
// so the document is held once beside the text. startXsdValidation returns as soon as it is posted, so the caller
// reads the document while the worker validates.
// The one difference is where some errors are reported: an error found when an element closes (a missing child, a
// duplicate key) carries the line of its end tag when streaming; such lines are mapped back to the element's start
// tag (elementStartLines), the line the tree mode names, so findings keep the lines they had.

export const MAX_XSD_ISSUES = 50;

const XSD_FILES: Record<string, string> = {
  '1.2': 'bom-1.2.SNAPSHOT.xsd',
  '1.3': 'bom-1.3.SNAPSHOT.xsd',
  '1.4': 'bom-1.4.SNAPSHOT.xsd',
  '1.5': 'bom-1.5.SNAPSHOT.xsd',
  '1.6': 'bom-1.6.SNAPSHOT.xsd',
  '1.7': 'bom-1.7.SNAPSHOT.xsd',
};
const SPDX_XSD = 'spdx.SNAPSHOT.xsd';
const DOCUMENT_NAME = 'sbom.xml';
// 64 KiB pages: start at 16 MiB, grow up to the 4 GiB a 32-bit wasm can address.
const INITIAL_PAGES = 256;
const MAX_PAGES = 65536;

// The embedded xmllint (1 MB of wasm and its loader) is loaded when an XML SBOM is first validated, not with
// every run of the gate.
type Xmllint = typeof import('./xmllint/embedded.js');
let xmllint: Promise<Xmllint> | undefined;
const loadXmllint = (): Promise<Xmllint> => (xmllint ??= import('./xmllint/embedded.js'));

const workerSource = (factorySource: string) => `var __dirname = '/'; var __filename = '/xmllint.js';
${factorySource}
;(() => {
  const { parentPort, workerData } = require('node:worker_threads');
  parentPort.on('message', (job) => {
    let stderr = '';
    let done = false;
    const finish = (exitCode) => {
      if (done) return;
      done = true;
      parentPort.postMessage({ id: job.id, exitCode, stderr });
    };
    // The document becomes the in-memory file itself (canOwn): the loader's own inputFiles would copy it.
    let document = job.document;
    job.document = undefined;
    const module = {
      inputFiles: job.inputFiles,
      preInit() {
        module.FS_createDataFile('/', document.fileName, document.contents, true, false, true);
        document = undefined;
      },
      arguments: job.args,
      print() {},
      printErr(text) { if (stderr.length < 1000000) stderr += text + '\\n'; },
      onExit: finish,
      onAbort(reason) { stderr += 'abort: ' + reason + '\\n'; finish(-1); },
      instantiateWasm(imports, callback) {
        WebAssembly.instantiate(workerData.wasm, imports).then((instance) => callback(instance, workerData.wasm), (e) => { stderr += String(e) + '\\n'; finish(-1); });
        return {};
      },
      wasmMemory: new WebAssembly.Memory({ initial: ${INITIAL_PAGES}, maximum: ${MAX_PAGES} }),
    };
    Module(module).catch((e) => { stderr += String(e) + '\\n'; finish(-1); });
  });
})();
`;

type InputFile = { fileName: string; contents: string };

/** Documents of this many bytes or more end their worker's life once validated (theWorker). */
const RELEASE_AFTER = 8 * 1024 * 1024;

interface Job {
  id: number;
  /** A document of RELEASE_AFTER bytes or more: the worker is let go once it has validated it and has nothing else. */
  large: boolean;
  resolve: (r: { exitCode: number; stderr: string }) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

// The compiled module is posted to the worker; its type is not in the ES2023 lib this project compiles with.
type WasmModule = object;
const { WebAssembly: Wasm } = globalThis as unknown as { WebAssembly: { Module: new (bytes: Uint8Array) => WasmModule } };

let compiledWasm: WasmModule | undefined;
let current: { worker: Worker; jobs: Map<number, Job> } | undefined;
let nextId = 0;

function wasmModule(embedded: Xmllint): WasmModule {
  compiledWasm ??= new Wasm.Module(Buffer.from(embedded.XMLLINT_WASM_BASE64, 'base64'));
  return compiledWasm;
}

function failAll(jobs: Map<number, Job>, error: Error): void {
  for (const job of jobs.values()) {
    clearTimeout(job.timer);
    job.reject(error);
  }
  jobs.clear();
}

/** Whether a validation worker is there for the next run (the tests see a large document's worker let go). */
export function xsdWorkerKept(): boolean {
  return current !== undefined;
}

function theWorker(embedded: Xmllint): { worker: Worker; jobs: Map<number, Job> } {
  if (current) return current;
  const worker = new Worker(workerSource(embedded.XMLLINT_FACTORY_SOURCE), { eval: true, workerData: { wasm: wasmModule(embedded) } });
  const jobs = new Map<number, Job>();
  const self = { worker, jobs };
  worker.on('message', (m: { id: number; exitCode: number; stderr: string }) => {
    const job = jobs.get(m.id);
    if (!job) return;
    jobs.delete(m.id);
    clearTimeout(job.timer);
    if (jobs.size === 0) worker.unref();
    // An idle worker seldom collects its garbage: after a large document it would keep that document's bytes (shared
    // with the facts) and libxml2's grown memory for the rest of the run. Ended instead; the next run starts another.
    if (jobs.size === 0 && job.large) {
      if (current === self) current = undefined;
      void worker.terminate();
    }
    job.resolve(m);
  });
  worker.on('error', (e) => {
    if (current === self) current = undefined;
    failAll(jobs, e instanceof Error ? e : new Error(String(e)));
  });
  worker.on('exit', (code) => {
    if (current === self) current = undefined;
    failAll(jobs, new Error(`the XML validator stopped (exit code ${code})`));
  });
  worker.unref();
  current = self;
  return self;
}

/**
 * Posts one run of xmllint to the worker; resolves once it is posted, with the run's outcome, which rejects when it
 * does not finish within timeoutMs (the worker is then replaced). The document's buffer is transferred when it is
 * ours to give (`transfer`); shared memory is posted as it is (both threads see the same bytes, none are copied).
 */
async function postXmllint(
  document: { fileName: string; contents: Uint8Array },
  transfer: boolean,
  files: InputFile[],
  args: string[],
  timeoutMs: number,
): Promise<{ done: Promise<{ exitCode: number; stderr: string }> }> {
  const self = theWorker(await loadXmllint());
  const id = ++nextId;
  const done = new Promise<{ exitCode: number; stderr: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      self.jobs.delete(id);
      if (current === self) current = undefined;
      void self.worker.terminate();
      reject(new Error(`XSD validation did not finish within ${Math.round(timeoutMs / 1000)} s`));
    }, timeoutMs);
    self.jobs.set(id, { id, large: document.contents.length >= RELEASE_AFTER, resolve, reject, timer });
  });
  self.worker.ref();
  self.worker.postMessage({ id, document, inputFiles: files, args }, transfer ? [document.contents.buffer as ArrayBuffer] : []);
  return { done };
}

/**
 * The UTF-8 bytes xmllint reads. The bytes the text was decoded from are used as they are when they are that text's
 * UTF-8 (no UTF-16 byte order mark, the same length; a UTF-8 byte order mark is left out, as the text has none):
 * read from git they sit in shared memory, which the worker reads without a copy. Otherwise the text is encoded
 * into a buffer of its own, which is transferred.
 */
function documentBytes(xml: string, given: Uint8Array | undefined): { bytes: Uint8Array; transfer: boolean } {
  if (given && !(given[0] === 0xff && given[1] === 0xfe) && !(given[0] === 0xfe && given[1] === 0xff)) {
    const bytes = given[0] === 0xef && given[1] === 0xbb && given[2] === 0xbf ? given.subarray(3) : given;
    if (bytes.length === Buffer.byteLength(xml, 'utf8')) return { bytes, transfer: false };
  }
  return { bytes: new TextEncoder().encode(xml), transfer: true };
}

export function hasXsd(version: string): boolean {
  return version in XSD_FILES;
}

/** Time allowed for one document: a minute, plus a second per MB (XSD validation runs at tens of MB/s). */
function timeLimitMs(chars: number): number {
  return 60_000 + Math.ceil(chars / 1_000_000) * 1_000;
}

export interface XsdOptions {
  timeoutMs?: number;
  mode?: 'stream' | 'tree';
  /** The bytes `xml` was decoded from, if at hand: validated as they are when they are its UTF-8 (documentBytes). */
  bytes?: Uint8Array;
}

/**
 * Validates a CycloneDX XML document against the XSD of `version`. Returns problems with their lines (at most
 * MAX_XSD_ISSUES, then a count). The caller has already refused DOCTYPE declarations, so no entity reaches
 * libxml2; xmllint is not asked to substitute entities anyway. `mode: 'tree'` validates a whole document tree
 * instead of streaming (the tests compare the two).
 */
export async function validateXsd(version: string, xml: string, opts: XsdOptions = {}): Promise<SbomIssue[]> {
  return (await startXsdValidation(version, xml, opts)).result;
}

/**
 * Starts validating and resolves once the document is with the validator (in its worker thread), with the result
 * to await: what the caller does meanwhile runs concurrently with the validation. The result never rejects.
 */
export async function startXsdValidation(version: string, xml: string, opts: XsdOptions = {}): Promise<{ result: Promise<SbomIssue[]> }> {
  const xsd = XSD_FILES[version];
  if (!xsd) return { result: Promise.resolve([]) };
  const name = `CycloneDX ${version} XSD`;
  // Not validated (the worker failed, timed out, or xmllint stopped without a located error): never a pass.
  const unvalidated = (why: string): SbomIssue[] => [
    {
      severity: 'error',
      message: `could not be validated against the ${name}: ${why} — the gate cannot vouch for it; re-run the job, and if it fails again, report it with this message`,
      line: 1,
    },
  ];
  const failed = (e: unknown): SbomIssue[] => unvalidated((e as Error).message);
  const stream = opts.mode !== 'tree';
  let done: Promise<{ exitCode: number; stderr: string }>;
  try {
    const [main, spdx] = await Promise.all([schemaFile(xsd), schemaFile(SPDX_XSD)]);
    const { bytes, transfer } = documentBytes(xml, opts.bytes);
    const files = [
      { fileName: xsd, contents: main },
      { fileName: SPDX_XSD, contents: spdx },
    ];
    const args = ['--schema', xsd, '--noout', '--nonet', ...(stream ? ['--stream'] : []), DOCUMENT_NAME];
    ({ done } = await postXmllint(
      { fileName: DOCUMENT_NAME, contents: bytes },
      transfer,
      files,
      args,
      opts.timeoutMs ?? timeLimitMs(xml.length),
    ));
  } catch (e) {
    return { result: Promise.resolve(failed(e)) };
  }
  const result = done.then(
    (r) => {
      if (r.exitCode === 0) return [];
      const issues = issuesFromOutput(r.stderr, name);
      if (issues.length === 0) {
        // xmllint failed without a located message (out of memory, a schema it could not read).
        const why = r.stderr
          .trim()
          .split('\n')
          .filter((l) => !l.endsWith('fails to validate') && !l.endsWith('validates'))
          .slice(0, 3)
          .join(' ');
        return unvalidated(`xmllint exit code ${r.exitCode}${why ? `: ${why}` : ''}`);
      }
      return stream ? withStartLines(xml, issues) : issues;
    },
    (e: unknown) => failed(e),
  );
  return { result };
}

const LOCATED = new RegExp(`^${DOCUMENT_NAME.replace('.', '\\.')}:(\\d+): (.*)$`);

function issuesFromOutput(stderr: string, name: string): SbomIssue[] {
  const issues: SbomIssue[] = [];
  let total = 0;
  for (const raw of stderr.split('\n')) {
    const m = LOCATED.exec(raw);
    if (!m) continue;
    total++;
    if (issues.length >= MAX_XSD_ISSUES) continue;
    const text = m[2]!
      .replace(/\{http:\/\/cyclonedx\.org\/schema\/[^}]*\}/g, '')
      .replace(/^(element [^:]+: )?Schemas validity error : /, '')
      .replace(/^(element [^:]+: )?Schemas parser error : /, 'the schema: ')
      .replace(/^parser error : /, 'is not well-formed XML: ')
      .replace(
        /\{('[^']*'(?:, '[^']*'){19,})\}/g,
        (_all, set: string) => `{${set.split(', ').slice(0, 5).join(', ')}, ... (${set.split(', ').length} values)}`,
      )
      .trim();
    issues.push({ severity: 'error', message: `${text} (${name})`, line: Number(m[1]) });
  }
  if (total > issues.length)
    issues.push({ severity: 'error', message: `and ${total - issues.length} more XSD errors not listed`, line: 1 });
  return issues;
}

/**
 * Errors libxml2 finds when an element closes, which streaming reports at the element's end tag: content that is
 * incomplete or of the wrong type, and identity constraints (a duplicate or missing key). Errors about an attribute
 * are found at the start tag in both modes.
 */
const FOUND_AT_END =
  /^Element '([^']+)': (Missing child element\(s\)|Duplicate key-sequence|Not all fields of key identity-constraint|No match found for key-sequence|Character content|Element content is not allowed|\[facet |'.*' is not a valid value of )/;

/** Issues with the line of the start tag of the element they name, where streaming gave the line of its end. */
function withStartLines(xml: string, issues: SbomIssue[]): SbomIssue[] {
  const placed: { issue: number; name: string; endLine: number }[] = [];
  issues.forEach((issue, i) => {
    const m = FOUND_AT_END.exec(issue.message);
    if (m && issue.line !== undefined) placed.push({ issue: i, name: m[1]!.replace(/^.*:/, ''), endLine: issue.line });
  });
  if (placed.length === 0) return issues;
  const starts = elementStartLines(xml, placed);
  return issues.map((issue, i) => {
    const k = placed.findIndex((p) => p.issue === i);
    const start = k < 0 ? undefined : starts[k];
    return start === undefined ? issue : { ...issue, line: start };
  });
}
