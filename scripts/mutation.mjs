#!/usr/bin/env node
// `npm run test:mutation [-- <stryker options>]`: runs Stryker with stryker.config.mjs at low CPU
// priority, keeps a small record of the run in quality/mutation/ (tracked in git), then writes
// QUALITY.md from every record (each file as its latest run left it), so runs of one folder at a
// time (`--mutate`) add up, on one branch or several. `--report-only` rewrites QUALITY.md from the
// records without running Stryker (after a merge or rebase). Exits non-zero when Stryker fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getPriority, loadavg, setPriority } from 'node:os';
import path, { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fingerprint, mergeRuns, recordName, recordOf, renderQuality, slugOf } from './quality.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = join(root, 'reports', 'mutation', 'mutation.json');
const RUNS = join(root, 'quality', 'mutation');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
/** `--tests <globs>`: only these test files run against each mutant (vitest.mutation.config.ts). */
const testsAt = args.indexOf('--tests');
const tests = testsAt < 0 ? undefined : args[testsAt + 1];
if (testsAt >= 0) args.splice(testsAt, 2);
/**
 * `--ignoreStatic false`: static mutants run too. Stryker's own `--ignoreStatic` is a flag that can
 * only turn them off, so this is passed to stryker.config.mjs instead.
 */
const staticAt = args.findIndex((arg, index) => arg === '--ignoreStatic' && args[index + 1] === 'false');
const statics = staticAt >= 0;
if (statics) args.splice(staticAt, 2);

/** The value of `--mutate` / `-m` (`--mutate x` or `--mutate=x`), if given. */
function mutateOf(list) {
  for (const [index, arg] of list.entries()) {
    if (arg === '--mutate' || arg === '-m') return list[index + 1];
    if (arg.startsWith('--mutate=')) return arg.slice('--mutate='.length);
  }
  return undefined;
}

const { default: config } = await import(pathToFileURL(join(root, 'stryker.config.mjs')).href);
const mutate = mutateOf(args);
/** One incremental file per `--mutate` (and `--tests`). */
const slug = tests === undefined ? slugOf(mutate) : `${slugOf(mutate)}-tests-${slugOf(tests)}`;

if (!reportOnly) {
  const load = loadavg()[0];
  const require = createRequire(join(root, 'package.json'));
  const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  // `--mutate 'packages/core/src/xml/**'` names a folder's tests too: keep the configuration's
  // exclusions (tests, stories, test helpers), so only sources are mutated.
  const excluded = (config.mutate ?? []).filter((glob) => glob.startsWith('!'));
  const sources = (value) => [value, ...excluded].join(',');
  const options = args.map((arg, index) =>
    arg.startsWith('--mutate=')
      ? `--mutate=${sources(arg.slice('--mutate='.length))}`
      : index > 0 && ['--mutate', '-m'].includes(args[index - 1])
        ? sources(arg)
        : arg,
  );
  if (!args.includes('--incrementalFile'))
    options.push('--incrementalFile', `reports/incremental/${slug}.json`);
  const env = {
    ...process.env,
    ...(tests === undefined ? {} : { FAULTLINE_MUTATION_TESTS: tests }),
    ...(statics ? { FAULTLINE_MUTATION_STATIC: '1' } : {}),
  };
  const child = spawn(process.execPath, [stryker, 'run', ...options], { cwd: root, stdio: 'inherit', env });
  try {
    // Mutation runs are long and the machine is shared: let everything else go first (and never
    // undo a lower priority this script was started with, e.g. under `nice -n 15`).
    if (child.pid !== undefined) setPriority(child.pid, Math.max(10, getPriority()));
  } catch {
    /* not permitted here: run at the usual priority */
  }
  const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  if (code !== 0) process.exit(code);
  if (!existsSync(REPORT)) {
    console.error(`mutation: Stryker wrote no report at ${REPORT}.`);
    process.exit(1);
  }
  mkdirSync(RUNS, { recursive: true });
  const report = JSON.parse(readFileSync(REPORT, 'utf8'));
  const record = recordOf(report, {
    date: new Date().toISOString(),
    load,
    mutate,
    tests,
    statics,
    unmutated: Object.fromEntries(
      sourcesNamedBy(mutate).map((file) => [file, readFileSync(join(root, file), 'utf8')]),
    ),
  });
  writeFileSync(join(RUNS, recordName(record)), `${JSON.stringify(record, null, 2)}\n`);
}

const records = existsSync(RUNS)
  ? readdirSync(RUNS)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => ({ name, run: JSON.parse(readFileSync(join(RUNS, name), 'utf8')) }))
  : [];
const runs = records.map(({ run }) => run);
if (runs.length === 0) {
  console.error(`mutation: no run recorded in ${RUNS}; run without --report-only first.`);
  process.exit(1);
}

const merged = mergeRuns(runs);
// Files that were moved or deleted since their run are left out; files edited since are named.
for (const file of Object.keys(merged)) if (!existsSync(join(root, file))) delete merged[file];
const changed = Object.entries(merged)
  .filter(
    ([file, { sha256 }]) =>
      sha256 !== undefined && fingerprint(readFileSync(join(root, file), 'utf8')) !== sha256,
  )
  .map(([file]) => file);
const unrun = sourcesToMutate().filter((file) => merged[file] === undefined);
const used = new Set(Object.values(merged).map((file) => file.run));
// A record no file's latest result comes from is history only: git keeps it, the folder need not.
for (const { name, run } of records) if (!used.has(run)) rmSync(join(RUNS, name));

writeFileSync(
  join(root, 'QUALITY.md'),
  renderQuality(merged, {
    command: 'npm run test:mutation',
    runs: runs.filter((run) => used.has(run)).sort((a, b) => a.date.localeCompare(b.date)),
    changed,
    unrun,
  }),
);
console.log('mutation: scores written to QUALITY.md');

/** The files of the packages that stryker.config.mjs names for mutation, relative to the root. */
function sourcesToMutate() {
  const globs = config.mutate ?? [];
  const include = globs.filter((glob) => !glob.startsWith('!'));
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  if (typeof path.matchesGlob !== 'function') return [];
  const matches = (file, list) => list.some((glob) => matchesGlob(file, glob));
  return walk(join(root, 'packages'))
    .map((file) => relative(root, file))
    .filter((file) => matches(file, include) && !matches(file, exclude))
    .sort();
}

/** `path.matchesGlob`, marked experimental on Node 20: its one warning says nothing to act on. */
function matchesGlob(file, glob) {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return path.matchesGlob(file, glob);
  } finally {
    process.emitWarning = emitWarning;
  }
}

/**
 * The files of `sourcesToMutate()` a run's `--mutate` names (all of them without it): those of them
 * Stryker's report leaves out had nothing to mutate.
 */
function sourcesNamedBy(mutate) {
  if (mutate === undefined) return sourcesToMutate();
  const globs = mutate
    .split(',')
    .filter((glob) => glob.length > 0 && !glob.startsWith('!'))
    // A range (`file.ts:10-20`) mutates part of a file: never the whole of it.
    .filter((glob) => !/:\d/.test(glob));
  return sourcesToMutate().filter((file) => globs.some((glob) => matchesGlob(file, glob)));
}

function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const file = join(folder, entry.name);
    return entry.isDirectory() ? walk(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}
