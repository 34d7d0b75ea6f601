import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../src/dosing/limits.js';
import { loadSettings } from '../src/settings/load.js';

describe('settings file', () => {
  it('keeps the last verified settings when the file does not parse (REQ-007)', () => {
    const loaded = loadSettings('maxBolusMl: [8\n');
    expect(loaded.limits).toEqual(DEFAULT_LIMITS);
    expect(loaded.advisory).toMatch(/does not parse/);
  });

  it('refuses a value outside its hard limit (REQ-007)', () => {
    expect(loadSettings('maxBolusMl: 50\n').advisory).toMatch(/hard limit/);
    expect(loadSettings('maxBolusMl: 8\n')).toEqual({ limits: { ...DEFAULT_LIMITS, maxBolusMl: 8 } });
  });
});
