// @ts-check
// Mutation testing: `npm run test:mutation` runs Stryker with this configuration, then writes the
// scores into QUALITY.md. Globs name files, not folders, so they hold when files move.

/** Source files, whatever folder they are in: never tests, stories, test helpers or type-only files. */
const NOT_SOURCE = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/*.test-d.ts',
  '**/*.stories.tsx',
  '**/test-utils/**',
];

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: true },
  coverageAnalysis: 'perTest',
  mutate: [
    // All of core: the decoder is the product.
    'packages/core/src/**/*.ts',
    // The stateful parts of react: the toast queue, its storm part and its store, the retry ticker
    // and countdown, field errors and their forms, and the query retry policy.
    'packages/react/src/**/{ToastQueue,storms,toast,useToasts,RetryTicker,useRetryCountdown}.ts',
    'packages/react/src/**/{useFieldErrors,applyFieldErrors,useMutationFieldErrors}.ts',
    'packages/react/src/**/FieldErrorsProvider.tsx',
    'packages/react/src/**/query/{retry,useRetryState}.ts',
    ...NOT_SOURCE.map((glob) => `!${glob}`),
  ],
  ignorePatterns: ['apps', 'bench', 'docs', '.storybook', '.tools', 'QUALITY.md', 'quality'],
  // A static mutant (a module-level table or regex) can only be tested by reloading and running every
  // test of every file that imports it: on 2 cores that is most of a run's time. They are counted in
  // QUALITY.md as not run; `npm run test:mutation -- --ignoreStatic false` tests them too
  // (scripts/mutation.mjs passes that on here: Stryker's own flag can only turn them off).
  ignoreStatic: process.env.FAULTLINE_MUTATION_STATIC !== '1',
  incremental: true,
  // scripts/mutation.mjs names one per `--mutate` (reports/incremental/<what>.json); this is the full run's.
  incrementalFile: 'reports/incremental/all.json',
  reporters: ['progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  concurrency: 2,
  // The first run of every test, on a shared 2-core machine, can take several minutes.
  dryRunTimeoutMinutes: 30,
  // A mutant's run may be slow because the machine is busy; only a far slower one counts as a timeout.
  timeoutMS: 20_000,
  cleanTempDir: 'always',
};
