import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

// The workflow's event payload (GITHUB_EVENT_PATH), as the runner wrote it.

/** The payload; an error saying what to do when it is not there or not JSON. */
export async function readEventPayload(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) throw new Error('GITHUB_EVENT_PATH is not set; run sdlc-gate as a step of a workflow');
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new Error(`the event payload at GITHUB_EVENT_PATH cannot be read: ${(e as Error).message}`, { cause: e });
  }
}

/** The payload, or an empty one when it cannot be had (for what only improves with it, like the default branch's name). */
export async function readEventPayloadOrEmpty(path: string | undefined): Promise<Record<string, unknown>> {
  if (!path) return {};
  try {
    return JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The payload read at once, for the action's first request before anything else is loaded; throws when it cannot be read. */
export function readEventPayloadSync(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}
