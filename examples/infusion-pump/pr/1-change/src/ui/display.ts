// Formats the status screen. Software item "ui", IEC 62304 class A: display only, never drives delivery.

export interface PumpStatus {
  rateMlPerHour: number;
  infusedMl: number;
  syringeRemainingMl: number;
  /** Minutes until the next bolus may be given; 0 or absent when one may be given now. */
  bolusLockoutMinutes?: number;
  alarm?: string;
}

/** Low rates keep two decimals so 0.25 mL/h is not shown as 0.3 mL/h (HAZ-003). */
export function formatRate(rateMlPerHour: number): string {
  return `${rateMlPerHour.toFixed(rateMlPerHour < 10 ? 2 : 1)} mL/h`;
}

export function statusLines(status: PumpStatus): string[] {
  const lines = [`Rate   ${formatRate(status.rateMlPerHour)}`, `Given  ${status.infusedMl.toFixed(1)} mL`, `Left   ${status.syringeRemainingMl.toFixed(1)} mL`];
  if (status.bolusLockoutMinutes) lines.push(`Bolus  in ${status.bolusLockoutMinutes} min`);
  if (status.alarm) lines.unshift(`!! ${status.alarm.toUpperCase()} !!`);
  return lines;
}
