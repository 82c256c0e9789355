import { configDefaults, defineConfig } from 'vitest/config'

/**
 * Two projects. `corpus`: the files named `*.corpus.test.ts`, tests that take seconds (whole-corpus
 * runs, compiling generated code, worker threads, servers, fuzzing); they need ../shared (see
 * test/support/corpus.ts). `unit`: every other test file, the daily loop (`npm run test:unit`).
 */
const CORPUS_TESTS = 'test/**/*.corpus.test.ts'

export default defineConfig({
  test: {
    // Corpus-wide tests and compiling generated code take seconds on a 2-core machine.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, CORPUS_TESTS],
          // The code keeps no module-level state, so the files of a worker share one module graph:
          // the loop takes about a quarter of the time (most of it was importing `src/` anew per
          // file), and a module that starts keeping state across calls fails here first.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'corpus', include: [CORPUS_TESTS], globalSetup: ['test/support/require-shared.ts'] },
      },
    ],
  },
})
