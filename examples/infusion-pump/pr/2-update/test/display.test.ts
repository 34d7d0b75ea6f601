import { describe, expect, it } from 'vitest';
import { formatRate, statusLines } from '../src/ui/display.js';

describe('status screen', () => {
  it('shows rate, volume given and volume left (REQ-005)', () => {
    expect(formatRate(12.5)).toBe('12.5 mL/h');
    expect(formatRate(0.25)).toBe('0.25 mL/h');
    expect(statusLines({ rateMlPerHour: 12.5, infusedMl: 3.25, syringeRemainingMl: 16.75, bolusLockoutMinutes: 7 })).toEqual([
      'Rate   12.5 mL/h',
      'Given  3.3 mL',
      'Left   16.8 mL',
      'Bolus  in 7 min',
    ]);
  });

  it('puts the alarm banner first (REQ-006)', () => {
    const lines = statusLines({ rateMlPerHour: 12, infusedMl: 1, syringeRemainingMl: 19, alarm: 'occlusion' });
    expect(lines[0]).toBe('!! OCCLUSION !!');
  });
});
