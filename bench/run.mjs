#!/usr/bin/env node
// `npm run bench`: builds the packages, runs every benchmark, and writes BENCHMARKS.md and
// bench/results/latest.json. `--only decode,size,browser` runs some parts and keeps the last
// figures of the others (`offline` is the offline case of the browser part alone); `--no-build`
// skips the build; `--repeat N` sets the browser runs per case.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { root } from '../scripts/measure-size.js';
import { renderReport } from './report.js';

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const parts = (option('--only') ?? 'decode,size,browser').split(',');
const repeat = Number(option('--repeat') ?? 3);
const log = (message) => console.error(`bench: ${message}`);

const resultsDir = join(root, 'bench', 'results');
const resultsFile = join(resultsDir, 'latest.json');
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};

if (!argv.includes('--no-build')) {
  log('building the packages');
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'pnpm.mjs'), 'run', 'build'], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stdout + r.stderr);
    log('the build failed');
    process.exit(1);
  }
}

const version = (name) =>
  JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
const cpuList = cpus();
// The machine line describes the run of the timed parts; a size-only run keeps it.
const timed = parts.includes('decode') || parts.includes('browser') || parts.includes('offline');
const results = {
  ...previous,
  machine: {
    ...previous.machine,
    cpu: cpuList[0]?.model.trim() ?? 'unknown',
    cores: cpuList.length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
    os: `${type()} ${release()}`,
    loadAverage: timed || !previous.machine ? loadavg()[0].toFixed(2) : previous.machine.loadAverage,
    node: process.version,
    react: version('react'),
    sonner: version('sonner'),
    reactHotToast: version('react-hot-toast'),
    esbuild: version('esbuild'),
  },
  date: timed || !previous.date ? new Date().toISOString() : previous.date,
};

if (parts.includes('decode')) {
  log('decode (about 40 s)');
  const { runDecodeBench } = await import('./decode.js');
  results.decode = await runDecodeBench({ log });
}
if (parts.includes('size')) {
  log('sizes');
  const { runSizeBench } = await import('./sizes.js');
  results.size = await runSizeBench();
}
if (parts.includes('browser') || parts.includes('offline')) {
  log(`browser, ${repeat} runs per case (a few minutes: sonner takes long to settle)`);
  const { runBrowserBench } = await import('./browser.js');
  // `--only offline` runs the offline case alone and keeps the other browser figures.
  const cases = parts.includes('browser') ? undefined : ['offline'];
  const browser = await runBrowserBench({ repeat, log, cases });
  results.machine.chromium = browser.chromium;
  for (const key of ['storm', 'offline', 'countdown']) if (browser[key]) results[key] = browser[key];
}

mkdirSync(resultsDir, { recursive: true });
writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
writeFileSync(join(root, 'BENCHMARKS.md'), renderReport(results));
log('wrote BENCHMARKS.md and bench/results/latest.json');
