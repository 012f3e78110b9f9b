#!/usr/bin/env node
// `npm run test:mutation [-- <stryker options>]`: runs Stryker with stryker.config.mjs at low CPU
// priority, keeps the run's report in reports/mutation/runs/, then writes QUALITY.md from every kept
// run (each file as its latest run left it), so runs of one folder at a time (`--mutate`) add up.
// `--report-only` rewrites QUALITY.md from the kept runs without running Stryker. Exits non-zero
// when Stryker fails.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { getPriority, loadavg, setPriority } from 'node:os';
import path, { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { mergeRuns, renderQuality } from './quality.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = join(root, 'reports', 'mutation', 'mutation.json');
const RUNS = join(root, 'reports', 'mutation', 'runs');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');

/** The value of `--mutate` / `-m` (`--mutate x` or `--mutate=x`), if given. */
function mutateOf(list) {
  for (const [index, arg] of list.entries()) {
    if (arg === '--mutate' || arg === '-m') return list[index + 1];
    if (arg.startsWith('--mutate=')) return arg.slice('--mutate='.length);
  }
  return undefined;
}

const mutate = mutateOf(args);
/** A file name for what this run mutates: one incremental file and one kept report per `--mutate`. */
const slug =
  mutate === undefined
    ? 'all'
    : mutate
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100);

if (!reportOnly) {
  const load = loadavg()[0];
  const require = createRequire(join(root, 'package.json'));
  const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  const options = args.includes('--incrementalFile')
    ? args
    : [...args, '--incrementalFile', `reports/incremental/${slug}.json`];
  const child = spawn(process.execPath, [stryker, 'run', ...options], { cwd: root, stdio: 'inherit' });
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
  const run = {
    date: new Date().toISOString(),
    load,
    mutate,
    report: JSON.parse(readFileSync(REPORT, 'utf8')),
  };
  writeFileSync(join(RUNS, `${slug}.json`), JSON.stringify(run));
}

const runs = existsSync(RUNS)
  ? readdirSync(RUNS)
      .filter((name) => name.endsWith('.json'))
      .map((name) => JSON.parse(readFileSync(join(RUNS, name), 'utf8')))
  : [];
if (runs.length === 0) {
  console.error(`mutation: no run kept in ${RUNS}; run without --report-only first.`);
  process.exit(1);
}

const merged = mergeRuns(runs);
// Files that were moved or deleted since their run are left out; files edited since are named.
for (const file of Object.keys(merged.files)) if (!existsSync(join(root, file))) delete merged.files[file];
const changed = Object.entries(merged.files)
  .filter(([file, { source }]) => source !== undefined && readFileSync(join(root, file), 'utf8') !== source)
  .map(([file]) => file);
const unrun = (await sourcesToMutate()).filter((file) => merged.files[file] === undefined);
const used = new Set(Object.values(merged.files).map((file) => file.run));

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
async function sourcesToMutate() {
  const { default: config } = await import(pathToFileURL(join(root, 'stryker.config.mjs')).href);
  const globs = config.mutate ?? [];
  const include = globs.filter((glob) => !glob.startsWith('!'));
  const exclude = globs.filter((glob) => glob.startsWith('!')).map((glob) => glob.slice(1));
  if (typeof path.matchesGlob !== 'function') return [];
  // path.matchesGlob is marked experimental on Node 20; its one warning says nothing to act on.
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    const matches = (file, list) => list.some((glob) => path.matchesGlob(file, glob));
    return walk(join(root, 'packages'))
      .map((file) => relative(root, file))
      .filter((file) => matches(file, include) && !matches(file, exclude))
      .sort();
  } finally {
    process.emitWarning = emitWarning;
  }
}

function walk(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'dist' || entry.name.startsWith('.')) return [];
    const file = join(folder, entry.name);
    return entry.isDirectory() ? walk(file) : /\.tsx?$/.test(entry.name) ? [file] : [];
  });
}
