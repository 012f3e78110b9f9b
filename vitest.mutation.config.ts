import type { RunnerTestFile } from 'vitest';
import { defineConfig, type UserWorkspaceConfig } from 'vitest/config';
import type { Reporter, TestModule } from 'vitest/node';
import core from './packages/core/vitest.config.ts';
import react from './packages/react/vitest.config.ts';

/**
 * Stryker's Vitest runner builds a mutant's result from the tests it collected, and a test file
 * that fails to import collects none: a mutant that stops a module from loading would count as
 * survived (stryker-js issue 6150). This reporter gives such a file one failed test carrying its
 * load error, so the mutant counts as killed, as the suite does kill it.
 */
const loadFailuresAsFailedTests: Reporter = {
  onTestRunEnd(modules: readonly TestModule[]) {
    for (const module of modules) {
      // The runner's task tree, which Stryker reads (not part of the public reporter types).
      const file = (module as unknown as { task: RunnerTestFile }).task;
      if (file.result?.state !== 'fail' || file.tasks.length > 0) continue;
      const failed = {
        type: 'test',
        id: `${file.id}_load`,
        name: 'loads',
        mode: 'run',
        file,
        suite: file,
        meta: {},
        result: { state: 'fail', errors: file.result.errors ?? [{ message: 'the test file did not load' }] },
      };
      // Read by Stryker only, after the run: no context or hooks are needed.
      file.tasks.push(failed as unknown as RunnerTestFile['tasks'][number]);
    }
  },
};

/**
 * `npm run test:mutation -- --tests <globs>` runs only these test files against each mutant (comma
 * separated, from the repository root): a quicker run that shows what a module's own tests catch.
 */
const only = process.env.FAULTLINE_MUTATION_TESTS?.split(',').filter(Boolean);

/** The test files of one package to run: all of them, or those `--tests` names, relative to it. */
function includeOf(name: string): string[] | undefined {
  if (only === undefined) return undefined;
  const prefix = `packages/${name}/`;
  return only.filter((glob) => glob.startsWith(prefix)).map((glob) => glob.slice(prefix.length));
}

// The tests Stryker runs against each mutant (npm run test:mutation): the unit tests of the two
// packages, once each (the React 18 project runs the same tests again, and the apps mutate nothing),
// with time limits that hold while two Stryker workers share the machine with everything else.
export default defineConfig({
  test: {
    // Each package's own configuration, taken as it is rather than extended: extending would add
    // `--tests`' files to the package's own `include` instead of putting them in its place.
    projects: (
      [
        ['core', core],
        ['react', react],
      ] as [string, UserWorkspaceConfig][]
    )
      .filter(([name]) => includeOf(name)?.length !== 0)
      .map(([name, config]) => ({
        ...config,
        root: `./packages/${name}`,
        test: {
          ...config.test,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          ...(only && { include: includeOf(name) }),
        },
      })),
    reporters: [loadFailuresAsFailedTests],
  },
});
