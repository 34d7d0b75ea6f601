// Converts a programmed rate into stepper-motor timing. Software item "dosing", IEC 62304 class C.
// Requirements: REQ-001.

import { checkRate } from './limits.js';

/** Plunger travel per motor step for the 20 mL syringe, in mL. */
export const ML_PER_STEP = 0.000_25;

export interface MotorSchedule {
  stepsPerHour: number;
  /** Interval between steps, ms; Infinity when stopped. */
  stepIntervalMs: number;
}

export function scheduleFor(rateMlPerHour: number): MotorSchedule {
  if (rateMlPerHour === 0) return { stepsPerHour: 0, stepIntervalMs: Infinity };
  const check = checkRate(rateMlPerHour);
  if (!check.ok) throw new RangeError(`refusing to schedule: ${check.reason}`);
  const stepsPerHour = Math.round(rateMlPerHour / ML_PER_STEP);
  return { stepsPerHour, stepIntervalMs: 3_600_000 / stepsPerHour };
}

/** Volume delivered by a number of steps, mL. */
export function deliveredMl(steps: number): number {
  return steps * ML_PER_STEP;
}
