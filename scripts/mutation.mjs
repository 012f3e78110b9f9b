#!/usr/bin/env node
// `npm run test:mutation [-- <stryker options>]`: runs Stryker with stryker.config.mjs at low CPU
// priority, then writes the scores into QUALITY.md. `--report-only` rewrites QUALITY.md from the
// last report without running Stryker. Exits non-zero when Stryker fails.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderQuality } from './quality.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const REPORT = join(root, 'reports', 'mutation', 'mutation.json');
const args = process.argv.slice(2);
const reportOnly = args.includes('--report-only');
const load = loadavg()[0];

if (!reportOnly) {
  const require = createRequire(join(root, 'package.json'));
  const stryker = join(dirname(require.resolve('@stryker-mutator/core/package.json')), 'bin', 'stryker.js');
  const child = spawn(process.execPath, [stryker, 'run', ...args], { cwd: root, stdio: 'inherit' });
  try {
    // Mutation runs are long and the machine is shared: let everything else go first.
    if (child.pid !== undefined) (await import('node:os')).setPriority(child.pid, 10);
  } catch {
    /* not permitted here: run at the usual priority */
  }
  const code = await new Promise((resolve) => child.on('exit', (status) => resolve(status ?? 1)));
  if (code !== 0) process.exit(code);
}

if (!existsSync(REPORT)) {
  console.error(`mutation: no report at ${REPORT}; run without --report-only first.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(REPORT, 'utf8'));
writeFileSync(
  join(root, 'QUALITY.md'),
  renderQuality(report, {
    date: new Date().toISOString().slice(0, 10),
    command: 'npm run test:mutation',
    load: reportOnly ? undefined : load,
  }),
);
console.log('mutation: scores written to QUALITY.md');
