import { defineConfig } from 'vitest/config';

// Three tiers, named by file suffix: *.test.ts (pure, fast), *.int.test.ts (real PostgreSQL + HTTP),
// e2e/*.e2e.test.ts (the built app in Debian's Chromium). `npm test` runs all three.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['packages/*/src/**/*.int.test.ts'],
          environment: 'node',
          globalSetup: ['test-support/postgres-global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test-support/postgres-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // expect.poll gives up after 1 s by default: too short for a page load or a save and re-render in the
          // browser when the machine is busy (steps then take 3–4 times as long), which made journeys fail at
          // random. Playwright's own waits allow 30 s; a poll that passes still returns as soon as it does.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
