import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createFacts, WEAKLY_HELD_FROM, type FactSources } from '../src/facts/facts.js';
import type { FileText } from '../src/core/types.js';

// The facts read each file at a commit once: a getter runs once per key, and concurrent callers share it. A large
// file (WEAKLY_HELD_FROM bytes or more) is held only while a gate holds it, so a 175 MB SBOM's bytes and text do not
// stay for the whole run; asked for again after it was let go, it is read again (the same blob).

function sources(sizes: Record<string, number>): { sources: FactSources; reads: string[] } {
  const reads: string[] = [];
  const pr = { number: 1, title: '', body: '', labels: [], author: '', baseSha: 'b'.repeat(40), headSha: 'h'.repeat(40) };
  const readFile = async (ref: string, path: string): Promise<FileText | undefined> => {
    reads.push(path);
    const size = sizes[path];
    if (size === undefined) return undefined;
    const bytes = Buffer.alloc(size, 0x61);
    return { path, ref, bytes, text: bytes.toString('latin1') };
  };
  const none = async () => {
    throw new Error('not asked');
  };
  return {
    reads,
    sources: { pr, readFile, listFiles: none, changedFiles: none, reviews: none, teamMembers: none },
  };
}

/** The collector, run now: a test may ask for it (V8's flag set before it is first used). */
function collect(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('the facts read each file once', () => {
  it('a small file, and a missing one: once, however often and however concurrently asked', async () => {
    const { sources: s, reads } = sources({ 'a.yml': 10 });
    const facts = createFacts(s);
    const [a, b] = await Promise.all([facts.readAtHead('a.yml'), facts.readAtHead('a.yml')]);
    expect(a).toBe(b);
    expect(await facts.readAtHead('a.yml')).toBe(a);
    expect(await facts.readAtHead('missing.yml')).toBeUndefined();
    expect(await facts.readAtHead('missing.yml')).toBeUndefined();
    expect(reads).toEqual(['a.yml', 'missing.yml']);
  });

  it('a large file: once while a gate holds it; read again after it was let go, the same text', async () => {
    const { sources: s, reads } = sources({ 'sbom.json': WEAKLY_HELD_FROM });
    const facts = createFacts(s);
    const gc = collect();
    let held: FileText | undefined = await facts.readAtHead('sbom.json');
    const same = (await Promise.all([facts.readAtHead('sbom.json'), facts.readAtHead('sbom.json')])).every((f) => f === held);
    expect(same).toBe(true);
    expect(reads).toEqual(['sbom.json']);
    const text = held!.text;
    held = undefined;
    // A WeakRef keeps its target until the job that made it ends: collected after a turn.
    await new Promise((r) => setTimeout(r, 0));
    gc();
    const reread = await facts.readAtHead('sbom.json');
    expect(reads).toEqual(['sbom.json', 'sbom.json']);
    expect(reread!.text).toBe(text);
  });

  it('a file just under the size is held for the run', async () => {
    const { sources: s, reads } = sources({ 'lock.json': WEAKLY_HELD_FROM - 1 });
    const facts = createFacts(s);
    const gc = collect();
    await facts.readAtHead('lock.json');
    await new Promise((r) => setTimeout(r, 0));
    gc();
    await facts.readAtHead('lock.json');
    expect(reads).toEqual(['lock.json']);
  });
});
