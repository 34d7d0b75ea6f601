// Formats the status screen. Software item "ui", IEC 62304 class A: display only, never drives delivery.

export interface PumpStatus {
  rateMlPerHour: number;
  infusedMl: number;
  syringeRemainingMl: number;
  alarm?: string;
}

export function formatRate(rateMlPerHour: number): string {
  return `${rateMlPerHour.toFixed(1)} mL/h`;
}

export function statusLines(status: PumpStatus): string[] {
  const lines = [`Rate   ${formatRate(status.rateMlPerHour)}`, `Given  ${status.infusedMl.toFixed(1)} mL`, `Left   ${status.syringeRemainingMl.toFixed(1)} mL`];
  if (status.alarm) lines.unshift(`!! ${status.alarm.toUpperCase()} !!`);
  return lines;
}
