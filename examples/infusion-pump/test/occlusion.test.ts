import { describe, expect, it } from 'vitest';
import { DEBOUNCE_SAMPLES, OcclusionDetector } from '../src/alarms/occlusion.js';

describe('occlusion alarm', () => {
  // REQ-004: alarm within 1 s (10 samples at 100 ms) of the pressure exceeding 600 mmHg.
  it('alarms after the debounce, well within 1 s (REQ-004)', () => {
    const detector = new OcclusionDetector();
    const alarms = Array.from({ length: 10 }, () => detector.sample(650));
    expect(alarms.indexOf(true)).toBe(DEBOUNCE_SAMPLES - 1);
  });

  it('does not alarm below the threshold (REQ-004)', () => {
    const detector = new OcclusionDetector();
    expect(Array.from({ length: 20 }, () => detector.sample(590)).some(Boolean)).toBe(false);
  });
});
