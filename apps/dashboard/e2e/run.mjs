#!/usr/bin/env node
// End-to-end run: builds the dashboard, serves the build with `vite preview` on localhost, runs
// every e2e/*.e2e.mjs with node:test against it in the system Chromium, and stops the server.
// Exits non-zero when the build or any test fails.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const app = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(app, 'package.json'));
const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
const PORT = Number(process.env.E2E_PORT ?? 4180);
const BASE_URL = `http://localhost:${PORT}`;
const started = Date.now();
const seconds = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(chromium)) {
  console.error(
    `e2e: no Chromium at ${chromium}. Install it (apt-get install chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}

console.log('e2e: building the dashboard');
const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
  cwd: app,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

const output = join(app, 'test-results');
rmSync(output, { recursive: true, force: true });
mkdirSync(output, { recursive: true });

console.log(`e2e: serving the build on ${BASE_URL}`);
const server = spawn(process.execPath, [vite, 'preview', '--port', String(PORT), '--strictPort'], {
  cwd: app,
  stdio: ['ignore', 'pipe', 'inherit'],
});
let serverExited = false;
server.on('exit', () => {
  serverExited = true;
});
const stopServer = () => {
  if (!serverExited) server.kill('SIGTERM');
};
process.on('SIGINT', () => {
  stopServer();
  process.exit(130);
});

async function waitForServer() {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (serverExited) throw new Error('vite preview exited before it served the app');
    try {
      const response = await fetch(BASE_URL);
      if (response.ok) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`vite preview did not answer on ${BASE_URL} within 30 s`);
}

let code = 1;
try {
  await waitForServer();
  const only = process.argv.slice(2);
  const specs = readdirSync(join(app, 'e2e'))
    .filter((name) => name.endsWith('.e2e.mjs'))
    .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
    .sort()
    .map((name) => join('e2e', name));
  console.log(`e2e: running ${specs.length} spec files (${seconds()} so far)`);
  const run = spawnSync(
    process.execPath,
    ['--test', '--test-reporter=spec', '--test-concurrency=2', ...specs],
    { cwd: app, stdio: 'inherit', env: { ...process.env, BASE_URL, E2E_OUTPUT: output } },
  );
  code = run.status ?? 1;
} catch (error) {
  console.error(`e2e: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  stopServer();
}
console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds()}; screenshots in ${output}`);
process.exit(code);
