#!/usr/bin/env node
// The Next.js test: the README's App Router example (a server action with `actionError` and
// `formValues`, a client form with `useActionState`, `useFormStatus`, `<FieldError>` and
// `<ErrorSummary>`) in a real Next.js app outside this workspace. Packs both packages, copies this
// fixture and the two README files into a temporary folder, installs the tarballs and Next.js with
// plain npm, runs `next build`, serves the build with `next start` against a mock API on localhost,
// and submits the form in Chromium: each message of the 422 under its field, the summary focused,
// what was typed kept (never the password), a second submit sent. Fails on any console error or page
// error. FAULTLINE_KEEP_NEXT=1 keeps the folder.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.js';
import { packPackages, root } from '../../scripts/pack.js';
import { readmeSnippets } from '../consumer/run.mjs';

const fixture = dirname(fileURLToPath(import.meta.url));
/** The README examples the app is made of, and where each goes in the app. */
const FROM_README = {
  'actions.ts': 'app/signup/actions.ts',
  'SignUpActionForm.tsx': 'app/signup/SignUpForm.tsx',
};
const started = performance.now();
const timings = [];

async function step(name, run) {
  const t0 = performance.now();
  console.log(`next: ${name}`);
  const result = await run();
  timings.push([name, (performance.now() - t0) / 1000]);
  return result;
}

function sh(command, args, cwd, env = {}) {
  execFileSync(command, args, {
    cwd,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: undefined, NEXT_TELEMETRY_DISABLED: '1', ...env },
  });
}

function assert(condition, message) {
  if (!condition) throw new Error(`next: ${message}`);
}

function copyFixture(app) {
  cpSync(fixture, app, {
    recursive: true,
    filter: (source) => !/[/\\](node_modules|\.next)([/\\]|$)/.test(source) && !source.endsWith('run.mjs'),
  });
  const snippets = readmeSnippets('README.md', readFileSync(join(root, 'README.md'), 'utf8'));
  for (const [name, target] of Object.entries(FROM_README)) {
    const snippet = snippets.find((s) => s.name === name);
    assert(snippet, `the README has no example named ${name}`);
    writeFileSync(join(app, target), snippet.code);
  }
}

/**
 * The mock API the server action calls: every sign-up fails with the NessyAPI 422 of the seed
 * vectors (`nessy-422-validation`: a message for the email and one for the password). Counts the
 * requests.
 */
async function mockApi() {
  const { vectors } = JSON.parse(
    readFileSync(join(root, 'packages/core/test/vectors/seed-envelopes.json'), 'utf8'),
  );
  const rejected = vectors.find((vector) => vector.id === 'nessy-422-validation');
  assert(rejected, 'the seed vectors have nessy-422-validation');
  let signups = 0;
  const server = createServer((request, response) => {
    if (request.method === 'POST' && request.url === '/v1/signup') {
      signups += 1;
      request.resume();
      response.writeHead(rejected.status, rejected.headers).end(JSON.stringify(rejected.body));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    signups: () => signups,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** A port nobody listens on now. */
async function freePort() {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Starts `next start` and waits until it answers; returns its URL and a stop function. */
async function nextStart(app, apiUrl) {
  const port = await freePort();
  const child = spawn(
    join(app, 'node_modules', '.bin', 'next'),
    ['start', '-p', String(port), '-H', '127.0.0.1'],
    {
      cwd: app,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', API_URL: apiUrl },
    },
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error('next: next start exited before it served the app');
    if (Date.now() > deadline) throw new Error('next: next start did not answer within 60 s');
    try {
      if ((await fetch(`${url}/signup`)).ok) break;
    } catch {
      /* not listening yet */
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (exited) return resolve();
        child.once('exit', resolve);
        child.kill('SIGTERM');
      }),
  };
}

async function submitInChromium(url, api) {
  const browser = await chromium.launch(chromiumLaunchOptions);
  const problems = [];
  try {
    const page = await browser.newPage();
    page.on('console', (message) => {
      if (message.type() !== 'error' && message.type() !== 'warning') return;
      // The app has no icon: Chromium's own request for /favicon.ico is answered 404.
      if (new URL(message.location().url || url).pathname === '/favicon.ico') return;
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url})`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.setDefaultTimeout(15_000);
    await page.goto(`${url}/signup`);
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();
    const email = page.getByLabel('Email');
    const password = page.getByLabel('Password');
    // Hydrated: React has attached the action (before that, the form posts as plain HTML).
    await page.waitForFunction(() => {
      const form = document.querySelector('form');
      return form !== null && Object.keys(form).some((key) => key.startsWith('__react'));
    });
    await email.fill('ada@example');
    await password.fill('correct horse battery');
    for (let submit = 1; submit <= 2; submit += 1) {
      await page.getByRole('button', { name: 'Create account' }).click();
      const deadline = Date.now() + 15_000;
      while (api.signups() < submit) {
        assert(Date.now() < deadline, `submit ${submit} never reached the API`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await page.getByRole('button', { name: 'Create account' }).waitFor();
      for (const [name, message] of [
        ['email', 'Enter a valid email address.'],
        ['password', 'Password must be at least 12 characters.'],
      ]) {
        await page.waitForFunction(
          ([field, text]) => {
            const input = document.querySelector(`input[name="${field}"]`);
            const ids = (input?.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
            return ids.some((id) => document.getElementById(id)?.textContent?.includes(text));
          },
          [name, message],
        );
      }
      await page.waitForFunction(() => document.activeElement?.classList.contains('fl-error-summary'));
      assert((await email.getAttribute('aria-invalid')) === 'true', 'the email input is marked invalid');
      assert((await email.inputValue()) === 'ada@example', 'the typed email survives the action');
      assert((await password.inputValue()) === '', 'the password is never sent back');
      assert(api.signups() === submit, `submit ${submit} reached the API (${api.signups()} requests)`);
      console.log(`next: submit ${submit}: messages under their fields, summary focused, email kept`);
      await password.fill('correct horse battery');
    }
  } finally {
    await browser.close();
  }
  assert(problems.length === 0, `the page reported problems:\n  ${problems.join('\n  ')}`);
}

async function main() {
  const work = mkdtempSync(join(tmpdir(), 'faultline-next-'));
  const app = join(work, 'app');
  let failed = true;
  try {
    if (!existsSync(join(root, 'packages', 'react', 'dist', 'index.js'))) {
      await step('build the packages', () =>
        sh(process.execPath, [join(root, 'scripts', 'pnpm.mjs'), 'build'], root),
      );
    }
    const tarballs = await step('pack both packages', () => packPackages(join(work, 'tarballs')));
    await step('copy the app and the README example', () => {
      mkdirSync(app, { recursive: true });
      copyFixture(app);
    });
    await step('npm install the tarballs and Next.js', () =>
      sh(
        'npm',
        ['install', '--no-audit', '--no-fund', '--loglevel=error', tarballs.core, tarballs.react],
        app,
      ),
    );
    await step('next build', () => sh(join(app, 'node_modules', '.bin', 'next'), ['build'], app));
    const api = await mockApi();
    try {
      const server = await step('next start', () => nextStart(app, api.url));
      try {
        await step('submit the form in Chromium', () => submitInChromium(server.url, api));
      } finally {
        await server.stop();
      }
    } finally {
      await api.close();
    }
    failed = false;
  } finally {
    if (process.env.FAULTLINE_KEEP_NEXT) console.log(`next: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
    for (const [name, seconds] of timings) console.log(`next: ${seconds.toFixed(1).padStart(6)} s  ${name}`);
    const total = ((performance.now() - started) / 1000).toFixed(1);
    console.log(failed ? `next: FAILED after ${total} s` : `next: passed in ${total} s`);
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
