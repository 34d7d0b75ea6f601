import { defineConfig } from 'vitest/config';

// Test files run two at a time (the CI machine has two cores). The files that time the code — a ratio of two sizes
// (the linear-growth checks) or an absolute bound on wall-clock time — run afterwards, one at a time, so that a busy
// neighbour does not decide their result.
const TIMED = [
  'test/api-conduct.test.ts',
  'test/codeowners.test.ts',
  'test/glob.test.ts',
  'test/grep-scaling.test.ts',
  'test/lockfiles.test.ts',
  'test/id-index.test.ts',
  'test/markdown-scaling.test.ts',
  'test/monitor-scaling.test.ts',
  'test/pattern-whole.test.ts',
  'test/patterns.test.ts',
  'test/redaction.test.ts',
  'test/report.test.ts',
  'test/requirements-formats-scaling.test.ts',
  'test/sbom-scale.test.ts',
  'test/sbom-xml-stream.test.ts',
  'test/sbom-xml.test.ts',
  'test/scaling.test.ts',
  'test/startup.test.ts',
  'test/trace-html-audit.test.ts',
  'test/traceability-citations.test.ts',
];

const shared = { testTimeout: 60_000, hookTimeout: 60_000, pool: 'forks' } as const;

export default defineConfig({
  test: {
    maxWorkers: 2,
    projects: [
      { test: { ...shared, name: 'parallel', include: ['test/**/*.test.ts'], exclude: TIMED, sequence: { groupOrder: 0 } } },
      { test: { ...shared, name: 'timed', include: TIMED, fileParallelism: false, maxWorkers: 1, sequence: { groupOrder: 1 } } },
    ],
  },
});
