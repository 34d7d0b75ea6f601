// Hard limits of the dosing engine. Software item "dosing", IEC 62304 class C.
// Requirements: REQ-002, REQ-003. Hazards: HAZ-001 (over-infusion).

export interface DoseLimits {
  /** Lowest programmable continuous rate, mL/h. */
  minRateMlPerHour: number;
  /** Highest programmable continuous rate, mL/h. */
  maxRateMlPerHour: number;
  /** Largest single bolus, mL. */
  maxBolusMl: number;
  /** Time that must pass after a bolus before the next one, minutes. */
  bolusLockoutMinutes: number;
}

export const DEFAULT_LIMITS: Readonly<DoseLimits> = Object.freeze({
  minRateMlPerHour: 0.1,
  maxRateMlPerHour: 200,
  maxBolusMl: 8,
  bolusLockoutMinutes: 15,
});

export type LimitCheck = { ok: true } | { ok: false; reason: string };

export function checkRate(rateMlPerHour: number, limits: DoseLimits = DEFAULT_LIMITS): LimitCheck {
  if (!Number.isFinite(rateMlPerHour)) return { ok: false, reason: 'rate is not a number' };
  if (rateMlPerHour < limits.minRateMlPerHour) return { ok: false, reason: `rate below ${limits.minRateMlPerHour} mL/h` };
  if (rateMlPerHour > limits.maxRateMlPerHour) return { ok: false, reason: `rate above ${limits.maxRateMlPerHour} mL/h` };
  return { ok: true };
}

export function checkBolus(volumeMl: number, lastBolusAt: Date | undefined, now: Date, limits: DoseLimits = DEFAULT_LIMITS): LimitCheck {
  if (!Number.isFinite(volumeMl) || volumeMl <= 0) return { ok: false, reason: 'bolus volume must be positive' };
  if (volumeMl > limits.maxBolusMl) return { ok: false, reason: `bolus above ${limits.maxBolusMl} mL` };
  if (lastBolusAt) {
    const minutesSince = (now.getTime() - lastBolusAt.getTime()) / 60_000;
    if (minutesSince < limits.bolusLockoutMinutes) {
      return { ok: false, reason: `lockout: next bolus in ${Math.ceil(limits.bolusLockoutMinutes - minutesSince)} min` };
    }
  }
  return { ok: true };
}
