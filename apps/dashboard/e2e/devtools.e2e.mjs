// faultline's devtools in the demo: a failed request shows in the panel with its trace, and the test
// vector the panel copies decodes to the same error. The vector is decoded here with the built
// @faultline/core (npm test builds it before the e2e run).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { decodeError } from '@faultline/core';
import { assertAccessible, DIALECTS, launch, openApp, screenshot } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Runs synthesis on the pricing workspace (the mock answers 500) and returns the response. */
async function failSynthesis(page) {
  const answered = page.waitForResponse((r) => r.url().includes('/workspaces/ws_pricing/synthesis'));
  await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
  const response = await answered;
  assert.equal(response.status(), 500);
  return response;
}

/** Opens the devtools with their button and returns the panel. */
async function openDevtools(page) {
  await page.getByRole('button', { name: /^Faultline devtools/ }).click();
  const panel = page.getByRole('complementary', { name: 'Faultline devtools' });
  await panel.waitFor();
  return panel;
}

/** The vectors file's clock (packages/core/test/vectors/seed-envelopes.json). */
const VECTOR_NOW = 1_800_000_000_000;

describe('the devtools panel', () => {
  for (const dialect of DIALECTS) {
    test(`shows a failed request with its trace id (${dialect.label})`, async () => {
      const { context, page } = await openApp(browser, 'workspaces', { dialect: dialect.id });
      try {
        const response = await failSynthesis(page);
        const traceparent = response.headers().traceparent ?? '';
        assert.match(traceparent, /^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
        const traceId = traceparent.slice(3, 35);
        // The support panel on the screen carries it too, labelled.
        const support = page.locator('.fl-support');
        await support.getByText(traceId).waitFor();

        const panel = await openDevtools(page);
        const item = panel.getByRole('list', { name: 'Recent errors' }).getByRole('button').first();
        await item.getByText('POST /api/v1/workspaces/ws_pricing/synthesis').waitFor();
        assert.equal(await item.getAttribute('aria-current'), 'true');
        const raw = panel.getByRole('region', { name: 'Response' });
        await raw.getByText(`traceparent: ${traceparent}`).waitFor();
        await raw.getByText(/server-timing: .*traceparent;desc=/).waitFor();
        await panel.getByRole('tabpanel', { name: 'Decoded' }).getByText(`"traceId": "${traceId}"`).waitFor();
        await panel.getByRole('tab', { name: 'Decode trace' }).click();
        const trace = panel.getByRole('tabpanel', { name: 'Decode trace' });
        const source = await trace.getByRole('row', { name: /^traceId / }).textContent();
        assert.match(source ?? '', /header:(traceparent|server-timing)/);
        await screenshot(page, `devtools-${dialect.id}`);
      } finally {
        await context.close();
      }
    });
  }

  test('copies a test vector that decodes to the same error', async () => {
    const { context, page } = await openApp(browser, 'workspaces', { dialect: 'chatsby' });
    try {
      await failSynthesis(page);
      const panel = await openDevtools(page);
      const shown = JSON.parse(
        (await panel.getByRole('tabpanel', { name: 'Decoded' }).locator('pre').textContent()) ?? '',
      );
      await panel.getByRole('button', { name: 'Copy as test vector' }).click();
      await panel.getByText('Test vector copied.').waitFor();
      const vector = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
      assert.equal(vector.id, 'post-api-v1-workspaces-ws-pricing-synthesis-500');
      const decoded = decodeError(vector, { now: VECTOR_NOW });
      for (const [key, value] of Object.entries(vector.expect)) {
        assert.deepEqual(JSON.parse(JSON.stringify(decoded[key])), value, key);
      }
      // …and it is the error the app decoded and the panel shows.
      for (const key of ['status', 'code', 'kind', 'message', 'requestId', 'traceId', 'fieldErrors']) {
        assert.deepEqual(vector.expect[key], shown[key], key);
      }
    } finally {
      await context.close();
    }
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`is operable by keyboard and axe finds nothing, open (${colorScheme})`, async () => {
      const { context, page } = await openApp(browser, 'workspaces', {}, { colorScheme });
      try {
        await failSynthesis(page);
        await page.keyboard.press('Alt+Shift+E');
        const panel = page.getByRole('complementary', { name: 'Faultline devtools' });
        await panel.getByRole('heading', { name: 'Faultline devtools' }).waitFor();
        assert.equal(
          await page.evaluate(() => document.activeElement?.textContent),
          'Faultline devtools',
          'focus moves into the panel',
        );
        await assertAccessible(page, `devtools open (${colorScheme})`);
        await page.keyboard.press('Escape');
        await panel.waitFor({ state: 'detached' });
        assert.match(
          (await page.evaluate(() => document.activeElement?.textContent)) ?? '',
          /^Faultline devtools/,
          'focus returns to the button',
        );
      } finally {
        await context.close();
      }
    });
  }
});
