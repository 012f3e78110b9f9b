#!/usr/bin/env node
// The consumer test: what a user gets from npm, outside this workspace. Packs both packages, copies
// this fixture app and every README example into a temporary folder, installs the tarballs and the
// app's dependencies with plain npm, type-checks with strict TypeScript (and the other resolution
// profiles the README claims), builds with Vite (client and server), renders the page with
// react-dom/server, serves it on localhost, hydrates it in Chromium and fails on any console error or
// warning, page error or recoverable (hydration) error. FAULTLINE_KEEP_CONSUMER=1 keeps the folder.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { packPackages, root } from '../../scripts/pack.js';

const fixture = dirname(fileURLToPath(import.meta.url));
/** The READMEs whose code examples the app uses. */
const READMES = ['README.md', 'packages/core/README.md', 'packages/react/README.md'];
const started = performance.now();
const timings = [];

function step(name, run) {
  const t0 = performance.now();
  console.log(`consumer: ${name}`);
  const result = run();
  timings.push([name, (performance.now() - t0) / 1000]);
  return result;
}

async function stepAsync(name, run) {
  const t0 = performance.now();
  console.log(`consumer: ${name}`);
  const result = await run();
  timings.push([name, (performance.now() - t0) / 1000]);
  return result;
}

function sh(command, args, cwd) {
  execFileSync(command, args, { cwd, stdio: 'inherit', env: { ...process.env, NODE_ENV: undefined } });
}

/**
 * Every TypeScript example of a README, by the file name its `<!-- snippet: name -->` line gives it.
 * An example without that line fails the test: every example must run.
 */
export function readmeSnippets(file, text) {
  const snippets = [];
  const fence = /^```(\w*)\n([\s\S]*?)^```$/gm;
  for (const match of text.matchAll(fence)) {
    const [, lang, code] = match;
    if (!['ts', 'tsx'].includes(lang ?? '')) continue;
    const before = text.slice(0, match.index).trimEnd().split('\n').at(-1) ?? '';
    const name = /^<!-- snippet: ([\w.-]+\.tsx?) -->$/.exec(before)?.[1];
    const line = text.slice(0, match.index).split('\n').length;
    if (!name)
      throw new Error(`${file}:${line}: a ${lang} example without a "<!-- snippet: name.${lang} -->" line`);
    snippets.push({ name, code: code ?? '' });
  }
  return snippets;
}

function copyFixture(app) {
  cpSync(fixture, app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|dist)([/\\]|$)/.test(source) && !source.endsWith('run.mjs'),
  });
  const readme = join(app, 'src', 'readme');
  mkdirSync(readme, { recursive: true });
  const seen = new Set();
  for (const file of READMES) {
    for (const { name, code } of readmeSnippets(file, readFileSync(join(root, file), 'utf8'))) {
      if (seen.has(name)) throw new Error(`${file}: two examples are named ${name}`);
      seen.add(name);
      writeFileSync(join(readme, name), code);
    }
  }
  // Every example runs: the app imports each one (copying it only would type-check it, not run it).
  const appSource = readFileSync(join(fixture, 'src', 'App.tsx'), 'utf8');
  for (const name of seen) {
    const module = `./readme/${name.replace(/\.tsx?$/, '.js')}`;
    if (!appSource.includes(`'${module}'`))
      throw new Error(`tests/consumer/src/App.tsx does not import ${module}`);
  }
  return seen.size;
}

/** The app's mock API: the failures the README examples present. Counts requests by path. */
function api(path, method) {
  const json = (status, body, headers = {}) => ({
    status,
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const invalid = (...errors) =>
    json(
      422,
      {
        type: 'https://example.com/problems/validation',
        title: 'Your request is not valid.',
        status: 422,
        errors: errors.map(([field, message]) => ({ detail: message, pointer: `#/${field}` })),
      },
      { 'content-type': 'application/problem+json' },
    );
  const routes = {
    'PUT /api/profile': () =>
      json(
        500,
        { error: { code: 'internal_error', message: 'Saving failed on our side.' } },
        { 'x-request-id': 'req_save_1' },
      ),
    'POST /api/signup': () =>
      invalid(['nickname', 'Choose another nickname.'], ['email', 'This email is already registered.']),
    'PUT /api/email': () => invalid(['email', 'This email is not allowed.']),
    'GET /v1/cameras/count': () =>
      json(403, { error: { code: 'forbidden', message: 'You cannot count these cameras.' } }),
    'GET /v1/cameras': () =>
      json(403, { error: { code: 'forbidden', message: 'You cannot see these cameras.' } }),
    'GET /v1/usage': () => json(401, { error: { code: 'unauthenticated', message: 'Sign in again.' } }),
    'POST /v1/agents': () => invalid(['name', 'Name is too long.']),
    'GET /v1/agents': () => json(404, { error: { code: 'not_found', message: 'No agents here.' } }),
    'POST /api/save': () =>
      json(503, { error: { code: 'unavailable', message: 'Try again soon.' } }, { 'retry-after': '5' }),
  };
  return routes[`${method} ${path}`]?.();
}

const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

async function serve(app, html) {
  const requests = new Map();
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    requests.set(path, (requests.get(path) ?? 0) + 1);
    const reply = api(path, request.method);
    if (reply) {
      response.writeHead(reply.status, reply.headers).end(reply.body);
    } else if (path === '/') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    } else {
      const file = join(app, 'dist', 'client', path);
      if (!file.startsWith(join(app, 'dist', 'client')) || !existsSync(file)) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

/** Waits until `done()` is true (5 s at most), else fails with `message`. */
async function until(done, message) {
  const deadline = Date.now() + 5_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`consumer: timed out: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(`consumer: ${message}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'faultline-consumer-'));
  const app = join(work, 'app');
  let failed = true;
  try {
    if (!existsSync(join(root, 'packages', 'react', 'dist', 'index.js'))) {
      step('build the packages', () =>
        sh(process.execPath, [join(root, 'scripts', 'pnpm.mjs'), 'build'], root),
      );
    }
    const tarballs = step('pack both packages', () => packPackages(join(work, 'tarballs')));
    const count = step('copy the app and the README examples', () => copyFixture(app));
    console.log(`consumer: ${count} README examples in ${app}`);
    step('npm install the tarballs and the app', () =>
      sh(
        'npm',
        ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballs.core, tarballs.react],
        app,
      ),
    );
    const installed = JSON.parse(
      readFileSync(join(app, 'node_modules', '@faultline', 'core', 'package.json'), 'utf8'),
    );
    assert(
      !existsSync(join(app, 'node_modules', '@faultline', 'react', 'node_modules')),
      'react got its own copy of core',
    );
    assert(
      installed.version ===
        JSON.parse(readFileSync(join(root, 'packages/core/package.json'), 'utf8')).version,
      'core from the tarball',
    );
    const bin = (name) => join(app, 'node_modules', '.bin', name);
    step('tsc --noEmit (strict, bundler)', () => sh(bin('tsc'), ['-p', 'tsconfig.json'], app));
    step('tsc: nodenext (ESM and CommonJS)', () =>
      sh(bin('tsc'), ['-p', 'profiles/nodenext/tsconfig.json'], app),
    );
    step('tsc: node10', () => sh(bin('tsc'), ['-p', 'profiles/node10/tsconfig.json'], app));
    step('node: require() of the packages (require(esm))', () =>
      sh(
        process.execPath,
        [
          '-e',
          "for (const m of ['@faultline/core', '@faultline/react', '@faultline/react/query', '@faultline/react/hook-form']) require(m)",
        ],
        app,
      ),
    );
    step('vite build (client)', () =>
      sh(bin('vite'), ['build', '--outDir', 'dist/client', '--logLevel', 'warn'], app),
    );
    step('vite build (server)', () =>
      sh(
        bin('vite'),
        ['build', '--ssr', 'src/entry-server.tsx', '--outDir', 'dist/server', '--logLevel', 'warn'],
        app,
      ),
    );
    const server = await import(pathToFileURL(join(app, 'dist', 'server', 'entry-server.js')).href);
    assert(
      server.rateLimited.kind === 'rate_limited',
      `the README's 429 decodes to kind ${server.rateLimited.kind}`,
    );
    assert(
      server.rateLimited.code === 'RATE_LIMIT_EXCEEDED',
      `the README's 429 keeps code ${server.rateLimited.code}`,
    );
    assert(server.rateLimited.retryAfterMs === 12_000, 'the README 429 waits 12 s');
    assert(
      server.fromNothing.kind === 'unknown' && server.fromNothing.message !== '',
      'decodeError(null) decodes',
    );
    assert(
      server.offline.kind === 'network' && server.offline.status === 0,
      'a failed fetch is network, status 0',
    );
    const body = step('render on the server (react-dom/server)', () => server.render());
    assert(body.includes('req_7Hq2Lx9'), 'the server HTML shows the support panel with its request id');
    const template = readFileSync(join(app, 'dist', 'client', 'index.html'), 'utf8');
    const html = template.replace('<!--app-->', body);
    const site = await serve(app, html);
    const browser = await chromium.launch(chromiumLaunchOptions);
    const problems = [];
    try {
      await stepAsync('hydrate in Chromium and use the examples', async () => {
        const page = await browser.newPage();
        page.on('console', (message) => {
          const type = message.type();
          if (type !== 'error' && type !== 'warning') return;
          const { url } = message.location();
          // Chromium logs every 4xx/5xx the mock API answers; the app handles them on purpose.
          const apiFailure =
            /^Failed to load resource: the server responded with a status of [45]\d\d/.test(message.text()) &&
            /\/(api|v1)\//.test(url);
          if (!apiFailure) problems.push(`console ${type}: ${message.text()} (${url})`);
        });
        page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        await page.goto(site.url);
        await page.waitForSelector('html[data-hydrated="true"]', { timeout: 15_000 });
        const text = (selector) => page.locator(selector).first().textContent();
        assert(
          (await text('[data-testid="decoded"]'))?.includes('rate_limited RATE_LIMIT_EXCEEDED 12000'),
          'the decoded examples show',
        );
        assert(
          (await text('[data-testid="decoded"]'))?.includes('rate_limited 30000'),
          'the one-dialect decoder reads its problem and Retry-After',
        );
        assert(
          (await text('[data-testid="explained"]'))?.includes('acme body:fault.id dialect:acme'),
          'the explained example shows where its fields came from',
        );

        await page.getByRole('button', { name: 'Save profile' }).click();
        await page.getByText('Saving failed on our side.').first().waitFor();
        await page.getByRole('button', { name: 'Send', exact: true }).click();
        await page.getByText('Could not save').first().waitFor();

        const email = page.getByLabel('Email', { exact: true }).first();
        await email.fill('ada@example.com');
        for (let submit = 1; submit <= 3; submit += 1) {
          await page.getByRole('button', { name: 'Sign up' }).click();
          await until(() => site.requests.get('/api/signup') === submit, `submit ${submit} sent a request`);
          await page.getByText('This email is already registered.').first().waitFor();
          // A message for a name the form has no field for goes to errors.root.server and blocks nothing.
          await page.getByText('Choose another nickname.').first().waitFor();
          await page.waitForFunction(() => document.activeElement?.id === 'signup-email');
        }
        assert((await email.inputValue()) === 'ada@example.com', 'the typed email survives the 422');

        await page.getByRole('button', { name: 'Change email' }).click();
        await page.getByText('This email is not allowed.').first().waitFor();

        await page.getByText('You cannot see these cameras.').first().waitFor();
        await page.getByText('You cannot count these cameras.').first().waitFor();
        const caught = (await page.evaluate(() => window.caughtErrors)).sort();
        const expected = ['You cannot count these cameras.', 'You cannot see these cameras.'];
        assert(
          JSON.stringify(caught) === JSON.stringify(expected),
          `boundaries caught ${JSON.stringify(caught)}`,
        );
        await page.waitForFunction(() => document.body.textContent?.includes('(unauthenticated)'));
        await page.close();
      });
    } finally {
      await browser.close();
      await site.close();
    }
    assert(problems.length === 0, `the page reported problems:\n  ${problems.join('\n  ')}`);
    failed = false;
  } finally {
    if (process.env.FAULTLINE_KEEP_CONSUMER) console.log(`consumer: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
    for (const [name, seconds] of timings)
      console.log(`consumer: ${seconds.toFixed(1).padStart(6)} s  ${name}`);
    const total = ((performance.now() - started) / 1000).toFixed(1);
    console.log(failed ? `consumer: FAILED after ${total} s` : `consumer: passed in ${total} s`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
