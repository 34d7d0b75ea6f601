import type { GateStatus } from '../core/types.js';

export const STATUS_ICON: Record<GateStatus, string> = { pass: '✅', fail: '❌', warn: '⚠️', skip: '⏭️', error: '🛑' };
export const STATUS_WORD: Record<GateStatus, string> = { pass: 'PASS', fail: 'FAIL', warn: 'WARN', skip: 'SKIP', error: 'ERROR' };

/** Gates that need a person's attention, worst first. */
export const ATTENTION_ORDER: GateStatus[] = ['error', 'fail', 'warn'];

export function needsAttention(status: GateStatus): boolean {
  return ATTENTION_ORDER.includes(status);
}
