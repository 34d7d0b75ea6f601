// Downstream occlusion detection from the line-pressure sensor. IEC 62304 class B (default).
// Requirements: REQ-004. Hazards: HAZ-002 (under-infusion from an undetected occlusion).

/** Pressure above which the line is considered occluded, mmHg. */
export const OCCLUSION_THRESHOLD_MMHG = 600;
/** Consecutive high samples needed before alarming (samples every 100 ms). */
export const DEBOUNCE_SAMPLES = 5;

export class OcclusionDetector {
  private highSamples = 0;

  /** Feeds one pressure sample; returns true when the occlusion alarm must sound. */
  sample(pressureMmHg: number): boolean {
    this.highSamples = pressureMmHg >= OCCLUSION_THRESHOLD_MMHG ? this.highSamples + 1 : 0;
    return this.highSamples >= DEBOUNCE_SAMPLES;
  }

  reset(): void {
    this.highSamples = 0;
  }
}
