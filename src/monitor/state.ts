import { STATE_SCHEMA, type MonitorState, type StateItem, type StateRefEntry } from '../core/monitor.js';
import { purlKey } from '../parsers/lockfiles/purl.js';

// What the monitor remembers between runs: when each (vulnerability, component) was first seen, so its clocks run
// from first sight, and its status at each ref, so a ref that drops it is known to be fixed. The CLI keeps it in a
// JSON file (--state); the action keeps it in the hidden marker of each tracking issue. Pure: text in, values out.

/** One key per (vulnerability, component): the OSV id and the component's purl without its version. */
export function monitorKey(id: string, purl: string): string {
  return `${id.toUpperCase()} ${purlKey(purl)?.key ?? purl}`;
}

export const emptyState = (): MonitorState => ({ schema: STATE_SCHEMA, items: {} });

/** The state from its JSON text; a plain Error saying what is wrong when it is not a monitor state. */
export function parseState(text: string, name: string): MonitorState {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`${name} is not valid JSON (${(e as Error).message}) — fix it, or delete it to start the clocks afresh`, { cause: e });
  }
  const o = json as { schema?: unknown; items?: unknown };
  if (!o || typeof o !== 'object' || o.schema !== STATE_SCHEMA || !o.items || typeof o.items !== 'object' || Array.isArray(o.items)) {
    throw new Error(
      `${name} is not a monitor state ({"schema": "${STATE_SCHEMA}", "items": {…}}) — name the file a previous run wrote with --state`,
    );
  }
  const items: Record<string, StateItem> = {};
  for (const [key, raw] of Object.entries(o.items as Record<string, unknown>)) {
    const item = raw as { first_seen?: unknown; refs?: unknown };
    if (!item || typeof item.first_seen !== 'string' || !Number.isFinite(Date.parse(item.first_seen))) {
      throw new Error(`${name}: item "${key}" has no valid first_seen date (ISO 8601) — fix or remove the item`);
    }
    const refs: Record<string, StateRefEntry> = {};
    if (item.refs && typeof item.refs === 'object') {
      for (const [ref, e] of Object.entries(item.refs as Record<string, Partial<StateRefEntry>>)) {
        if (e && typeof e.purl === 'string' && typeof e.id === 'string' && ['open', 'assessed', 'fixed'].includes(e.status as string)) {
          refs[ref] = { status: e.status!, purl: e.purl, id: e.id, component: typeof e.component === 'string' ? e.component : e.purl };
        }
      }
    }
    items[key] = { first_seen: new Date(Date.parse(item.first_seen)).toISOString(), ...(Object.keys(refs).length ? { refs } : {}) };
  }
  return { schema: STATE_SCHEMA, items };
}

export function renderState(state: MonitorState): string {
  const items = Object.fromEntries(Object.entries(state.items).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return `${JSON.stringify({ schema: STATE_SCHEMA, items }, null, 2)}\n`;
}
