// Shared set-up for the end-to-end specs: the system Chromium, a fresh context per test with the
// mock API's settings seeded, screenshots under test-results/, and a check after every test that
// no page it opened threw or logged an error.
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach } from 'node:test';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../../scripts/chromium.js';

/** Where `vite preview` serves the build. */
export const BASE_URL = process.env.BASE_URL ?? 'http://localhost:4180';
const OUTPUT = process.env.E2E_OUTPUT ?? join(import.meta.dirname, '..', 'test-results');
mkdirSync(OUTPUT, { recursive: true });

/** The dialects of the dev panel: id as stored, label as shown. */
export const DIALECTS = [
  { id: 'nessy', label: 'NessyAPI' },
  { id: 'chatsby', label: 'Chatsby' },
  { id: 'nova', label: 'NovaVMS' },
  { id: 'nested', label: 'Nested {error:{code}}' },
  { id: 'flat', label: 'Flat UPPER_CASE' },
  { id: 'problem', label: 'RFC 9457 problem+json' },
];

const SETTINGS_KEY = 'harbor.mock-api.settings';

/**
 * The console errors a test may cause, and only these. Anything else a page logs as an error, and
 * any uncaught exception, fails the test.
 */
export const ALLOWED_CONSOLE_ERRORS = [
  // Chromium's own line for a response with an error status: the mock API answers 4xx and 5xx on purpose.
  /^Failed to load resource: the server responded with a status of [45]\d\d \(/,
  // Chromium's own line for a failed request: the mock API's offline fault answers with a network error.
  /^Failed to load resource: net::ERR_FAILED$/,
];

/** The problems of every context opened since the last check: uncaught errors and console errors. */
const watched = [];

/** Records what a context's pages throw or log as errors, except the allowed console lines. */
function watch(context) {
  const problems = [];
  context.on('weberror', (error) => problems.push(`uncaught: ${error.error().message}`));
  context.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    if (ALLOWED_CONSOLE_ERRORS.some((allowed) => allowed.test(text))) return;
    const { url, lineNumber } = message.location();
    problems.push(`console.error: ${text}${url ? ` (${url}:${lineNumber})` : ''}`);
  });
  watched.push(problems);
  return problems;
}

// Every test of every spec fails when a page it opened threw or logged an error.
afterEach(() => {
  const problems = watched.splice(0).flat();
  assert.deepEqual(problems, [], 'a page threw or logged an error');
});

/** Starts the system Chromium. */
export function launch() {
  return chromium.launch(chromiumLaunchOptions);
}

/**
 * Opens the dashboard at `route` in a new context whose mock API starts with `settings` (no latency
 * unless asked). The settings are stored only when the page has none, so a reload keeps what the
 * test changed through the dev panel. `options` go to `browser.newContext` (viewport,
 * deviceScaleFactor, colorScheme), and its `initScript` runs in every page before the app.
 */
export async function openApp(browser, route, settings = {}, options = {}) {
  const { initScript, ...contextOptions } = options;
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1360, height: 900 },
    reducedMotion: 'reduce',
    ...contextOptions,
  });
  if (initScript) await context.addInitScript(initScript);
  context.setDefaultTimeout(10_000);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: BASE_URL });
  await context.addInitScript(
    ([key, value]) => {
      // The blank page a context starts on has no storage; only the dashboard's own pages do.
      if (window.location.protocol.startsWith('http') && localStorage.getItem(key) === null) {
        localStorage.setItem(key, value);
      }
    },
    [SETTINGS_KEY, JSON.stringify({ latencyMs: 0, ...settings })],
  );
  const problems = watch(context);
  const page = await context.newPage();
  await page.goto(`/#/${route}`);
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return { context, page, problems };
}

/** The region the toasts are shown in; toast checks look only there, not in the live regions. */
export function toastRegion(page) {
  return page.getByRole('region', { name: /^Notifications\b/ });
}

/** Writes a full-page screenshot to test-results/<name>.png. */
export async function screenshot(page, name) {
  await page.screenshot({ path: join(OUTPUT, `${name}.png`), fullPage: true });
}

/** The texts of the elements an input's `aria-describedby` points to. */
export async function descriptionOf(input) {
  return input.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => document.getElementById(id)?.textContent?.trim() ?? ''),
  );
}

/**
 * Asserts the input shows `message` right under it: the input is invalid, its description includes
 * the message, and the message's element follows the input inside the same field.
 */
export async function assertMessageUnder(input, message) {
  await input
    .page()
    .waitForFunction(
      ([element, text]) =>
        (element.getAttribute('aria-describedby') ?? '')
          .split(/\s+/)
          .some((id) => document.getElementById(id)?.textContent?.includes(text)),
      [await input.elementHandle(), message],
    );
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  const placed = await input.evaluate((element, text) => {
    const field = element.closest('.field, fieldset');
    const note = (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => document.getElementById(id))
      .find((el) => el?.textContent?.includes(text));
    return Boolean(
      field &&
        note &&
        field.contains(note) &&
        element.compareDocumentPosition(note) & Node.DOCUMENT_POSITION_FOLLOWING,
    );
  }, message);
  assert.ok(placed, `"${message}" is not under its input`);
}

/** Runs axe on the page and fails with a readable list of violations. */
export async function assertAccessible(page, label) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).join('\n    ')}`,
  );
  assert.deepEqual(found, [], `${label}: axe found violations`);
}

/** Picks a dialect in the dev panel. */
export async function chooseDialect(page, label) {
  await page
    .getByRole('complementary', { name: 'Mock API' })
    .getByRole('radio', { name: label, exact: true })
    .check();
}

/** On the sign-in screen: a wrong password until the API answers 429 and the countdown shows. */
export async function signInUntilLimited(page) {
  await page.getByLabel('Password').fill('wrong-password');
  for (let i = 0; i < 4; i++) {
    const answered = page.waitForResponse((r) => r.url().endsWith('/auth/login'));
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await answered;
  }
  await page
    .getByText(/Try again in/)
    .first()
    .waitFor();
}
