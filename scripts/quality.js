// Mutation scores, kept in git as one small JSON record per Stryker run (quality/mutation/*.json),
// and QUALITY.md written from them: per package, per folder, per file, and every mutant that is not
// killed, with why. A record holds counts and the undetected mutants' places, never sources, so
// records of two branches never touch the same file and merge as they are.
import { createHash } from 'node:crypto';
import { dirname } from 'node:path';

/** Statuses whose mutant the tests did not detect. */
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The package a file belongs to (`packages/core`), or its top folder. */
export function packageOf(file) {
  const [top, name] = file.split('/');
  return top === 'packages' || top === 'apps' ? `${top}/${name}` : (top ?? file);
}

/** A file's fingerprint: whether it changed since its run, without keeping its text. */
export const fingerprint = (source) => createHash('sha256').update(source).digest('hex');

/** Whether Stryker left this mutant out because it is static and static mutants were not run. */
const isStaticNotRun = (m) => m.status === 'Ignored' && /static/i.test(m.statusReason ?? '');

/** A zero count of every status. */
const zero = () => ({ killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, static: 0, errors: 0 });

/** Where a mutant is and what it does, as a record keeps it. */
const placeOf = ({ location, mutatorName, replacement }) => ({
  line: location.start.line,
  column: location.start.column,
  mutator: mutatorName,
  ...(replacement === undefined ? {} : { replacement }),
});

const byPlace = (a, b) =>
  a.line - b.line ||
  (a.column ?? 0) - (b.column ?? 0) ||
  a.mutator.localeCompare(b.mutator) ||
  (a.replacement ?? '').localeCompare(b.replacement ?? '');

/**
 * One file of a Stryker report (mutation-testing-report-schema) as a record keeps it: the count of
 * each status (`static` counts the ignored ones that were static and not run), the undetected
 * mutants and the ones marked equivalent in the code with their reason, and the source's fingerprint.
 */
export function summarizeFile({ source, mutants }) {
  const count = zero();
  const undetected = [];
  const equivalent = [];
  for (const mutant of mutants) {
    const { status } = mutant;
    if (status === 'Killed') count.killed++;
    else if (status === 'Timeout') count.timeout++;
    else if (status === 'Survived') count.survived++;
    else if (status === 'NoCoverage') count.noCoverage++;
    else if (status === 'Ignored') count.ignored++;
    else count.errors++;
    if (isStaticNotRun(mutant)) count.static++;
    else if (status === 'Ignored') equivalent.push({ ...placeOf(mutant), reason: mutant.statusReason ?? '' });
    if (UNDETECTED.has(status)) undetected.push({ ...placeOf(mutant), status });
  }
  return {
    ...(source === undefined ? {} : { sha256: fingerprint(source) }),
    ...count,
    undetected: undetected.sort(byPlace),
    equivalent: equivalent.sort(byPlace),
  };
}

/**
 * The record of one run: `{ date, load, mutate, files }`, `date` an ISO instant, `load` the load
 * average when it started, `mutate` what `--mutate` named (absent: everything), `files` keyed by the
 * path relative to the project root; `statics` when static mutants ran too. `unmutated` maps the files the run named in which Stryker found
 * nothing to mutate (re-exports, types), which its report leaves out, to their source: they are
 * recorded with no mutants, so they count as run.
 */
export function recordOf(report, { date, load, mutate, tests, statics = false, unmutated = {} }) {
  const root = report.projectRoot ? `${report.projectRoot.replace(/\/$/, '')}/` : '';
  const found = Object.entries(report.files).map(([path, file]) => [
    path.startsWith(root) ? path.slice(root.length) : path,
    file,
  ]);
  const named = new Set(found.map(([path]) => path));
  for (const [path, source] of Object.entries(unmutated)) {
    if (!named.has(path)) found.push([path, { source, mutants: [] }]);
  }
  const files = {};
  for (const [path, file] of found.sort(([a], [b]) => a.localeCompare(b))) files[path] = summarizeFile(file);
  return {
    date,
    ...(load === undefined ? {} : { load: Number(load.toFixed(2)) }),
    mutate,
    ...(tests === undefined ? {} : { tests }),
    ...(statics ? { statics } : {}),
    files,
  };
}

/** A file name for what a run mutates (its `--mutate`, `all` without it). */
export const slugOf = (mutate) =>
  mutate === undefined
    ? 'all'
    : mutate
        .replace(/[^A-Za-z0-9]+/g, '-')
        .replace(/^-|-$/g, '')
        .slice(0, 100);

/** A record's file name: unique per run, so two branches adding runs add different files. */
export const recordName = ({ date, mutate }) =>
  `${date.slice(0, 19).replace(/:/g, '-')}Z-${slugOf(mutate)}.json`;

/**
 * Every file as its latest run left it: `{ [file]: { ...summary, run } }`, `run` the record it comes
 * from. Runs that mutated only some files (`--mutate`) add up.
 */
export function mergeRuns(runs) {
  const files = {};
  for (const run of [...runs].sort((a, b) => a.date.localeCompare(b.date))) {
    for (const [file, summary] of Object.entries(run.files)) files[file] = { ...summary, run };
  }
  return files;
}

/** Counts of several files together, and their score: detected ÷ (detected + undetected), in %. */
export function tally(summaries) {
  const count = zero();
  for (const summary of summaries) for (const key of Object.keys(count)) count[key] += summary[key] ?? 0;
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? undefined : (100 * detected) / valid };
}

/** Files grouped by a key of their name, in key order. */
function groupBy(files, key) {
  const groups = new Map();
  for (const [file, summary] of Object.entries(files)) {
    const k = key(file);
    groups.set(k, [...(groups.get(k) ?? []), summary]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

const percent = (score) => (score === undefined ? '–' : `${score.toFixed(1)} %`);
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\s+/g, ' ');

function table(rows, label) {
  const lines = [
    `| ${label} | Score | Killed | Timeout | Survived | No coverage | Ignored |`,
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const [name, summaries] of rows) {
    const t = tally(summaries);
    const none = t.killed + t.timeout + t.survived + t.noCoverage + t.ignored + t.errors === 0;
    lines.push(
      `| ${name} | ${none ? 'no mutants' : percent(t.score)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} |`,
    );
  }
  return lines.join('\n');
}

/** Where a mutant is and what it does: `file:line` and `mutator → replacement`. */
function describe(file, { line, mutator, replacement }) {
  const code = replacement === undefined ? '' : ` → \`${cell(replacement).slice(0, 80)}\``;
  return `\`${file}:${line}\` ${mutator}${code}`;
}

/** A run: when, how busy the machine was, and what it mutated. */
function describeRun({ date, load, mutate, tests, statics }) {
  const busy = load === undefined ? '' : `, load average ${load.toFixed(2)} on 2 cores`;
  return `- ${date.slice(0, 16).replace('T', ' ')} UTC${busy}: ${
    mutate === undefined ? 'everything `stryker.config.mjs` names' : `\`--mutate ${cell(mutate)}\``
  }${statics ? ', static mutants too' : ''}${
    tests === undefined ? '' : `, against these tests only: \`${cell(tests)}\``
  }`;
}

/** Each undetected or equivalent mutant with the file it is in, files in name order. */
const listed = (files, key) =>
  Object.entries(files)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, summary]) => summary[key].map((mutant) => ({ file, mutant })));

/**
 * QUALITY.md from every file's latest result: the scores, then the undetected mutants (each one a
 * test to write, or an equivalent mutant to mark in the code with its reason), then the marked ones
 * with their reasons, then how many static mutants were not run.
 */
export function renderQuality(files, { command, runs = [], changed = [], unrun = [] }) {
  const undetected = listed(files, 'undetected');
  const marked = listed(files, 'equivalent');
  const all = tally(Object.values(files));
  const detected = all.killed + all.timeout;
  const statics = Object.entries(files)
    .filter(([, summary]) => summary.static > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  return `# Quality

<!-- Written by \`${command}\` (scripts/mutation.mjs) from the runs in quality/mutation/; edits are overwritten. -->

How much of what the tests run they would notice if it broke: Stryker changes the code one small
way at a time (a \`<\` for a \`<=\`, a condition for \`true\`, a string for \`""\`) and runs the
tests that cover it. A mutant the tests fail on is killed; one they pass on survived and shows
behaviour no test pins down. Score = (killed + timeout) ÷ (killed + timeout + survived + no coverage).
${detected} of ${detected + all.survived + all.noCoverage} mutants detected, from ${
    runs.length === 1 ? 'this run' : `these ${runs.length} runs (each file as its latest run left it)`
  }:

${runs.map(describeRun).join('\n')}

**Reproduce.** \`${command}\` from a fresh clone after \`node scripts/pnpm.mjs install\`; it is not
part of \`npm test\` or CI, as a full run takes hours on 2 shared cores. What is mutated:
\`stryker.config.mjs\` (all of core; the toast queue and its storm part, retry ticker and countdown, field errors and
query retry of react). \`${command} -- --mutate 'packages/core/src/headers/**'\` mutates only those
files (Stryker's options pass through, e.g. \`--concurrency 1\`); this file then shows each file as
its latest run left it, so runs of one folder at a time add up. \`--tests <globs>\` runs only those
test files against each mutant: quicker, and what it detects the whole suite detects too (a run
made so says which tests it ran). The HTML report of the latest run is
\`reports/mutation/mutation.html\` (not kept).

**Where the figures come from.** Each run leaves one record in \`quality/mutation/\` (kept in git):
per file the count of each status, the place, mutator and replacement of every mutant not detected
or marked equivalent, and a fingerprint of the source (to say when a file changed since its run) —
no sources. Records are never edited, and a run's name holds its time, so two branches adding runs
add different files; a record no file's latest result comes from any more is deleted. This file is
written from the records: after merging or rebasing, take either side of a conflict in QUALITY.md
and run \`${command} -- --report-only\`.

**Incremental.** A re-run tests only the mutants whose code or covering tests changed, reading
\`reports/incremental/<what it mutates>.json\` (one file per \`--mutate\`, \`all.json\` without it).
These stay out of git: they hold the source of every mutated file and test file (megabytes), change
on every run, and would conflict between any two branches; a clone without them runs everything once.
A static mutant (in a module-level table or pattern) is covered by no single test, so a re-run keeps
its earlier result even after tests were added: after adding tests for one, run with \`--force\`.

${
  changed.length === 0
    ? ''
    : `**Changed since their run** (their scores may be out of date; run them again): ${changed
        .map((file) => `\`${file}\``)
        .join(', ')}.

`
}${
  unrun.length === 0
    ? ''
    : `**Not run yet** (named by \`stryker.config.mjs\`, no result here): ${unrun
        .map((file) => `\`${file}\``)
        .join(', ')}.

`
}## By package

${table(
  groupBy(files, (file) => packageOf(file)),
  'Package',
)}

## By folder

${table(
  groupBy(files, (file) => dirname(file)),
  'Folder',
)}

## By file

${table(
  groupBy(files, (file) => file),
  'File',
)}

## Not detected (${undetected.length})

Each is behaviour no test pins down, to be covered by a test, or an equivalent mutant to mark
where it is (\`// Stryker disable next-line <mutator>: <why>\`), which moves it to the list below.

${
  undetected.length === 0
    ? 'None.'
    : undetected.map(({ file, mutant }) => `- ${describe(file, mutant)} (${mutant.status})`).join('\n')
}

## Equivalent, with the reason given in the code (${marked.length})

${
  marked.length === 0
    ? 'None.'
    : marked.map(({ file, mutant }) => `- ${describe(file, mutant)}: ${cell(mutant.reason)}`).join('\n')
}

## Static, not run (${statics.reduce((sum, [, summary]) => sum + summary.static, 0)})

Mutants of module-level tables and regular expressions, which only a run with
\`-- --ignoreStatic false\` tests (they reload every test file that imports them).

${statics.length === 0 ? 'None.' : statics.map(([file, summary]) => `- \`${file}\`: ${summary.static}`).join('\n')}
`;
}
