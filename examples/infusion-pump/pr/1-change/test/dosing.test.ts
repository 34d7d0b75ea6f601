import { describe, expect, it } from 'vitest';
import { checkBolus, checkRate, DEFAULT_LIMITS } from '../src/dosing/limits.js';
import { scheduleFor } from '../src/dosing/rate.js';

describe('dosing limits', () => {
  it('accepts rates inside the limits and rejects the rest (REQ-002)', () => {
    expect(checkRate(10)).toEqual({ ok: true });
    expect(checkRate(0.05).ok).toBe(false);
    expect(checkRate(DEFAULT_LIMITS.maxRateMlPerHour + 1).ok).toBe(false);
  });

  it('caps a bolus at 8 mL and enforces the lockout (REQ-003)', () => {
    const now = new Date('2024-05-01T12:00:00Z');
    expect(checkBolus(8, undefined, now)).toEqual({ ok: true });
    expect(checkBolus(8.1, undefined, now).ok).toBe(false);
    expect(checkBolus(1, new Date('2024-05-01T11:50:00Z'), now).ok).toBe(false);
  });

  it('refuses to schedule an out-of-range rate (REQ-001)', () => {
    expect(() => scheduleFor(500)).toThrow(RangeError);
    expect(scheduleFor(9).stepsPerHour).toBe(36_000);
  });
});
