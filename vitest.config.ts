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
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: [...configDefaults.exclude, CORPUS_TESTS] },
      },
      {
        extends: true,
        test: { name: 'corpus', include: [CORPUS_TESTS], globalSetup: ['test/support/require-shared.ts'] },
      },
    ],
  },
})
