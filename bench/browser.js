// The browser benchmarks: builds the pages in bench/browser/ with esbuild (production React with
// profiling, so <Profiler> counts commits at production speed), then drives them in the system
// Chromium with Playwright. Every run gets a fresh page.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium.js';

const here = new URL('./browser/', import.meta.url);
/** How many toasts each toaster shows at once (faultline's and sonner's default). */
export const VISIBLE_CAP = 3;

/** Resolves react-dom/client to react-dom/profiling: the same renderer, built with the profiler on. */
const profilingReactDom = {
  name: 'react-dom-profiling',
  setup(b) {
    b.onResolve({ filter: /^react-dom\/client$/ }, (args) =>
      b.resolve('react-dom/profiling', { kind: args.kind, resolveDir: args.resolveDir }),
    );
  },
};

async function buildPages() {
  const outDir = mkdtempSync(join(tmpdir(), 'faultline-bench-'));
  await build({
    entryPoints: {
      storm: new URL('storm.jsx', here).pathname,
      countdown: new URL('countdown.jsx', here).pathname,
    },
    outdir: outDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    jsx: 'automatic',
    conditions: ['@faultline/source'],
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [profilingReactDom],
    logLevel: 'error',
  });
  for (const page of ['storm', 'countdown']) {
    writeFileSync(
      join(outDir, `${page}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page}</title>` +
        `<link rel="icon" href="data:,"><link rel="stylesheet" href="./${page}.css"></head>` +
        `<body><div id="root"></div><script type="module" src="./${page}.js"></script></body></html>`,
    );
  }
  return outDir;
}

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };

/** Serves the built pages on 127.0.0.1 (module scripts do not load from file://). */
async function serve(dir) {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^([/\\])+/, '');
    // The API the offline case calls: it answers once the network is back.
    if (path.startsWith('api/')) {
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      return;
    }
    const file = join(dir, path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** The median of every numeric field over the runs; the runs are kept too. */
function medianOf(runs) {
  const out = {};
  for (const key of Object.keys(runs[0])) {
    const values = runs.map((r) => r[key]);
    const numbers = values.filter((v) => typeof v === 'number');
    out[key] = numbers.length > 0 ? median(numbers) : values.some(Boolean);
  }
  return { ...out, runs };
}

async function openPage(browser, url, { timers = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (timers) await context.addInitScript({ content: readFileSync(new URL('timers.js', here), 'utf8') });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  try {
    await page.waitForFunction(() => window.bench !== undefined, undefined, { timeout: 30_000 });
  } catch {
    throw new Error(`bench: ${url} did not start${errors.length > 0 ? `: ${errors.join('; ')}` : ''}`);
  }
  /** Runs `fn` in the page and fails loudly when the page threw on the way. */
  const run = async (fn, arg) => {
    const result = await page.evaluate(fn, arg);
    if (errors.length > 0) throw new Error(`bench: ${url} threw: ${errors.join('; ')}`);
    return result;
  };
  return { run, context, close: () => context.close() };
}

/** How many requests fail at once in the offline case, as many as the storm raises. */
export const OFFLINE_REQUESTS = 1000;

/**
 * The offline case on fresh pages: the browser's own offline mode on (context.setOffline), 1,000
 * requests fail at once and each is raised as the library's users do; then the network comes back.
 */
async function runOfflineCases(browser, origin, { repeat, log }) {
  const offline = { requests: OFFLINE_REQUESTS };
  for (const lib of ['faultline', 'sonner']) {
    const down = [];
    const up = [];
    for (let i = 0; i < repeat; i++) {
      const { run, context, close } = await openPage(
        browser,
        `${origin}/storm.html?lib=${lib}&cap=${VISIBLE_CAP}`,
      );
      await context.setOffline(true);
      down.push(await run((n) => window.bench.offline(n), OFFLINE_REQUESTS));
      await run(() => window.bench.armOnline());
      await context.setOffline(false);
      up.push(await run(() => window.bench.online()));
      await close();
    }
    offline[lib] = { down: medianOf(down), up: medianOf(up) };
    log(
      `offline ${lib}: ${offline[lib].down.toastsInDom} toasts, ${offline[lib].down.statusesInDom} status; ` +
        `back online: ${offline[lib].up.recovered} recovered`,
    );
  }
  return offline;
}

/**
 * Runs the toast storm, the offline case and the countdown benchmarks and returns every figure. `repeat` runs each
 * case that many times on a fresh page and keeps the median.
 */
export async function runBrowserBench({
  repeat = 3,
  log = () => {},
  cases = ['storm', 'offline', 'countdown'],
} = {}) {
  const outDir = await buildPages();
  const server = await serve(outDir);
  const browser = await chromium.launch(chromiumLaunchOptions);
  try {
    const storm = {};
    for (const kind of cases.includes('storm') ? ['equal', 'distinct'] : []) {
      for (const lib of ['faultline', 'sonner']) {
        const runs = [];
        for (let i = 0; i < repeat; i++) {
          const { run, close } = await openPage(
            browser,
            `${server.origin}/storm.html?lib=${lib}&cap=${VISIBLE_CAP}`,
          );
          runs.push(await run((k) => window.bench.storm(k, 1000), kind));
          await close();
        }
        storm[kind] ??= {};
        storm[kind][lib] = medianOf(runs);
        log(`storm ${kind} ${lib}: settle ${storm[kind][lib].settleMs.toFixed(0)} ms`);
      }
    }
    const offline = cases.includes('offline')
      ? await runOfflineCases(browser, server.origin, { repeat, log })
      : undefined;
    const countdown = {};
    for (const lib of cases.includes('countdown') ? ['faultline', 'hand'] : []) {
      const runs = [];
      for (let i = 0; i < Math.min(repeat, 3); i++) {
        const { run, close } = await openPage(browser, `${server.origin}/countdown.html?lib=${lib}&n=200`, {
          timers: true,
        });
        runs.push(await run(() => window.bench.observe(3000)));
        await close();
      }
      countdown[lib] = medianOf(runs);
      log(`countdown ${lib}: ${countdown[lib].maxPendingTimers} timers pending at most`);
    }
    return {
      chromium: browser.version(),
      storm: cases.includes('storm') ? { visibleCap: VISIBLE_CAP, ...storm } : undefined,
      offline,
      countdown: cases.includes('countdown') ? countdown : undefined,
    };
  } finally {
    await browser.close();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
