import { configDefaults, defineConfig } from 'vitest/config';
import TakingTurns from './tests/setup/sequencer.ts';

export default defineConfig({
  test: {
    // The build and browser files in turn, so that the builds run beside the browser tests.
    sequence: { sequencer: TakingTurns },
    // `npm run test:coverage`: the unit tests' coverage of the pure code and the data layer.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts', 'src/data/**/*.ts'],
      // Tests, and the data tests' own configuration and content, are not what is measured.
      exclude: ['**/*.test.ts', 'src/data/vitest.config.ts', 'src/data/test-content.ts'],
      reporter: ['text-summary', 'text'],
      // Just under what the unit tests reach today: coverage may grow, not fall.
      thresholds: {
        'src/lib/**/*.ts': { statements: 92, branches: 87, functions: 90, lines: 92 },
        // src/data/feeds.ts is tested through the built feeds (tests/build), not here.
        'src/data/**/*.ts': { statements: 71, branches: 69, functions: 76, lines: 71 },
      },
    },
    projects: [
      'src/data/vitest.config.ts',
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/helpers/**/*.test.ts', 'bench/*.test.ts'],
          // Under Astro's Vite configuration: the `data` project.
          exclude: [...configDefaults.exclude, 'src/data/**'],
          // The files share one module graph per worker, three times faster; a test file
          // that mocks a module (vi.mock) would leak its mock, and belongs in a project
          // of its own, such as `data`.
          isolate: false,
          // Vitest leaves a core to itself by default, one worker on two cores: a second worker
          // halves the guide's test (scripts/editing-docs.test.ts, seconds) against the rest.
          // The `data` project, run in the same group, must ask for as many.
          maxWorkers: 2,
          // Some run Stylelint or Astro's compiler for a second on an idle machine: 5 s, the
          // default, is too little when the build and browser tests load both cores.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/setup/build-sites.ts'],
          // Build test files mostly wait: for other processes (Astro, the Nu HTML Checker's Java)
          // and for their turn to build (tests/helpers/build.ts builds one site at a time). The
          // browser files run in the same group, three files at once in all, so that a file
          // waiting leaves the cores to the others; Vitest asks the same number of both projects.
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          // The files drive one Chromium, started once for the project, which spreads over both
          // cores while the test processes wait; beside the build files (see above).
          maxWorkers: 3,
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/setup/build-sites.ts', 'tests/setup/chromium.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // A page's scripts (the call status, the search) can take seconds to run on a loaded
          // machine: `expect.poll` waits up to 15 s for them, where its default gives up after 1 s.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
