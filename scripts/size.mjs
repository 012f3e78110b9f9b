#!/usr/bin/env node
// Size budgets, run by `npm test` after the build: measures every entry of size-budgets.json the
// way a user's bundler would ship it, prints a table, and fails when one is over or missing.
// `--modules <scenario name>` also lists what each module brings to that scenario (minified bytes,
// before gzip), e.g. `node scripts/size.mjs --modules "the whole kit"`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatBytes, measureEntry, parseLimit, root } from './measure-size.js';

const { budgets } = JSON.parse(readFileSync(join(root, 'size-budgets.json'), 'utf8'));

const modulesOf = process.argv.includes('--modules')
  ? process.argv[process.argv.indexOf('--modules') + 1]
  : undefined;
if (modulesOf !== undefined && !budgets.some((b) => b.name === modulesOf)) {
  console.error(`size: no scenario named "${modulesOf}" (${budgets.map((b) => b.name).join(', ')})`);
  process.exit(1);
}

const rows = [];
const listed = [];
const problems = [];
let failed = false;
for (const entry of budgets) {
  const limit = parseLimit(entry.limit);
  try {
    const size = await measureEntry(entry);
    const over = size.gzip > limit;
    failed ||= over;
    // What a scenario must leave out (a dialect a toast does not need, say): a bundler that keeps it
    // means a module-level side effect or an import that pulls too much.
    for (const pattern of entry.forbid ?? []) {
      const kept = (size.modules ?? []).filter((m) => new RegExp(pattern).test(m.path));
      if (kept.length === 0) continue;
      failed = true;
      problems.push(
        `size: ${entry.name} must leave out ${pattern}, but ships ${kept.map((m) => m.path).join(', ')}`,
      );
    }
    if (over && size.modules?.length) {
      const top = size.modules
        .slice(0, 6)
        .map((m) => `  ${formatBytes(m.bytes).padStart(9)}  ${m.path}`)
        .join('\n');
      problems.push(`size: ${entry.name} is over; what fills it (minified, before gzip):\n${top}`);
    }
    if (entry.name === modulesOf) {
      listed.push(`${entry.name}, what each module brings (minified, before gzip):`);
      for (const m of size.modules ?? []) listed.push(`  ${formatBytes(m.bytes).padStart(9)}  ${m.path}`);
    }
    const goal = entry.goal === undefined ? undefined : parseLimit(entry.goal);
    rows.push([
      entry.name,
      formatBytes(size.min),
      formatBytes(size.gzip),
      size.css?.gzip ? `${formatBytes(size.js.gzip)} + ${formatBytes(size.css.gzip)}` : '',
      formatBytes(limit),
      goal === undefined ? '' : `${formatBytes(goal)}${size.gzip <= goal ? ' (met)' : ''}`,
      over ? 'OVER' : 'ok',
    ]);
  } catch (error) {
    failed = true;
    rows.push([entry.name, '-', '-', '', formatBytes(limit), '', 'MISSING']);
    problems.push(error instanceof Error ? error.message : String(error));
  }
}

const header = ['scenario', 'min', 'min+gzip', 'JS + CSS', 'limit (gzip)', 'goal', ''];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) =>
  cells
    .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i])))
    .join('  ');
console.log(line(header).trimEnd());
for (const row of rows) console.log(line(row).trimEnd());
if (listed.length > 0) console.log(`\n${listed.join('\n')}`);

for (const problem of problems) console.error(problem);
if (failed) {
  console.error('\nsize: a budget is over or an entry is missing (budgets live in size-budgets.json).');
  process.exit(1);
}
