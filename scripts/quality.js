// Mutation scores from Stryker's JSON report (mutation-testing-report-schema), as the tables of
// QUALITY.md: per package, per folder, and every mutant that is not killed, with why.
import { dirname } from 'node:path';

/** Statuses whose mutant the tests did not detect. */
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The package a file belongs to (`packages/core`), or its top folder. */
export function packageOf(file) {
  const [top, name] = file.split('/');
  return top === 'packages' || top === 'apps' ? `${top}/${name}` : (top ?? file);
}

/** Counts of one group of mutants, and its score: detected ÷ (detected + undetected), in %. */
export function tally(mutants) {
  const count = { killed: 0, timeout: 0, survived: 0, noCoverage: 0, ignored: 0, errors: 0 };
  for (const { status } of mutants) {
    if (status === 'Killed') count.killed++;
    else if (status === 'Timeout') count.timeout++;
    else if (status === 'Survived') count.survived++;
    else if (status === 'NoCoverage') count.noCoverage++;
    else if (status === 'Ignored') count.ignored++;
    else count.errors++;
  }
  const detected = count.killed + count.timeout;
  const valid = detected + count.survived + count.noCoverage;
  return { ...count, score: valid === 0 ? undefined : (100 * detected) / valid };
}

/** Every mutant of the report with the file it is in, relative to the project root. */
export function mutantsOf(report) {
  const root = report.projectRoot ? `${report.projectRoot.replace(/\/$/, '')}/` : '';
  return Object.entries(report.files).flatMap(([path, file]) => {
    const relative = path.startsWith(root) ? path.slice(root.length) : path;
    return file.mutants.map((mutant) => ({ ...mutant, file: relative }));
  });
}

/**
 * One report from several runs, each of which may have mutated only some files (`--mutate`): every
 * file as its latest run left it. `runs` are `{ date, load, mutate, report }`, `date` an ISO instant.
 * Each file keeps `run`, the run it comes from.
 */
export function mergeRuns(runs) {
  const files = {};
  for (const run of [...runs].sort((a, b) => a.date.localeCompare(b.date))) {
    const root = run.report.projectRoot ? `${run.report.projectRoot.replace(/\/$/, '')}/` : '';
    for (const [path, file] of Object.entries(run.report.files)) {
      const relative = path.startsWith(root) ? path.slice(root.length) : path;
      files[relative] = { ...file, run };
    }
  }
  return { files };
}

/** Whether Stryker left this mutant out because it is static and static mutants were not run. */
const isStaticNotRun = (m) => m.status === 'Ignored' && /static/i.test(m.statusReason ?? '');

/** Mutants grouped by a key, in key order. */
function groupBy(mutants, key) {
  const groups = new Map();
  for (const mutant of mutants) {
    const k = key(mutant);
    groups.set(k, [...(groups.get(k) ?? []), mutant]);
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
  for (const [name, mutants] of rows) {
    const t = tally(mutants);
    lines.push(
      `| ${name} | ${percent(t.score)} | ${t.killed} | ${t.timeout} | ${t.survived} | ${t.noCoverage} | ${t.ignored} |`,
    );
  }
  return lines.join('\n');
}

/** Where a mutant is and what it does: `file:line` and `mutator → replacement`. */
function describe({ file, location, mutatorName, replacement }) {
  const code = replacement === undefined ? '' : ` → \`${cell(replacement).slice(0, 80)}\``;
  return `\`${file}:${location.start.line}\` ${mutatorName}${code}`;
}

/** A run: when, how busy the machine was, and what it mutated. */
function describeRun({ date, load, mutate }) {
  const busy = load === undefined ? '' : `, load average ${load.toFixed(2)} on 2 cores`;
  return `- ${date.slice(0, 16).replace('T', ' ')} UTC${busy}: ${
    mutate === undefined ? 'everything `stryker.config.mjs` names' : `\`--mutate ${cell(mutate)}\``
  }`;
}

/**
 * QUALITY.md from a report: the scores, then the undetected mutants (each one a test to write, or an
 * equivalent mutant to mark in the code with its reason), then the ignored ones with their reasons.
 */
export function renderQuality(report, { command, runs = [], changed = [], unrun = [] }) {
  const mutants = mutantsOf(report);
  const undetected = mutants.filter((m) => UNDETECTED.has(m.status));
  const ignored = mutants.filter((m) => m.status === 'Ignored');
  // Static mutants left out by the configuration are counted per file; the others carry the reason
  // written beside them in the code, and are listed one by one.
  const notRun = ignored.filter(isStaticNotRun);
  const marked = ignored.filter((m) => !isStaticNotRun(m));
  const all = tally(mutants);
  const detected = all.killed + all.timeout;
  return `# Quality

<!-- Written by \`npm run test:mutation\` (scripts/mutation.mjs) from Stryker's report; edits are overwritten. -->

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
its latest run left it, so runs of one folder at a time add up. \`--report-only\` rewrites this file
from the runs kept in \`reports/mutation/runs/\`. The HTML report of the latest run is
\`reports/mutation/mutation.html\`.

**Incremental.** A re-run tests only the mutants whose code or covering tests changed, reading
\`reports/incremental/<what it mutates>.json\` (one file per \`--mutate\`, \`all.json\` without it).
These stay out of git: they hold the source of every mutated file and test file (megabytes), change
on every run, and would conflict between any two branches; a clone without them runs everything once.

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
  groupBy(mutants, (m) => packageOf(m.file)),
  'Package',
)}

## By folder

${table(
  groupBy(mutants, (m) => dirname(m.file)),
  'Folder',
)}

## By file

${table(
  groupBy(mutants, (m) => m.file),
  'File',
)}

## Not detected (${undetected.length})

Each is behaviour no test pins down, to be covered by a test, or an equivalent mutant to mark
where it is (\`// Stryker disable next-line <mutator>: <why>\`), which moves it to the list below.

${undetected.length === 0 ? 'None.' : undetected.map((m) => `- ${describe(m)} (${m.status})`).join('\n')}

## Equivalent, with the reason given in the code (${marked.length})

${marked.length === 0 ? 'None.' : marked.map((m) => `- ${describe(m)}: ${cell(m.statusReason ?? '')}`).join('\n')}

## Static, not run (${notRun.length})

Mutants of module-level tables and regular expressions, which only a run with
\`-- --ignoreStatic false\` tests (they reload every test file that imports them).

${
  notRun.length === 0
    ? 'None.'
    : groupBy(notRun, (m) => m.file)
        .map(([file, list]) => `- \`${file}\`: ${list.length}`)
        .join('\n')
}
`;
}
