import { afterEach, beforeEach } from './mocha.js';

/**
 * Catches console.warn for the tests of the surrounding describe block: what would have been written is kept
 * in `warnings` (one array of arguments per call), and console.warn is put back after each test.
 */
export function catchWarnings(): { warnings: unknown[][] } {
  const caught = { warnings: [] as unknown[][] };
  let original: typeof console.warn;
  beforeEach(() => {
    caught.warnings = [];
    original = console.warn;
    console.warn = (...args: unknown[]) => void caught.warnings.push(args);
  });
  afterEach(() => {
    console.warn = original;
  });
  return caught;
}
