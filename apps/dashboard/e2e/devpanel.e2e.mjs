// The dev panel: it switches the dialect the mock API writes, injects faults, and remembers both.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chooseDialect, DIALECTS, launch, openApp, screenshot } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Which envelope a body is in, judged by its shape alone. */
function envelopeOf(body, contentType) {
  if (contentType.startsWith('application/problem+json')) return 'problem';
  if (typeof body.error === 'string') return 'nova';
  if (body.error && typeof body.error.type === 'string') return 'chatsby';
  if (body.error && 'request_id' in body.error) return 'nessy';
  if (body.error && 'details' in body.error) return 'nested';
  if (typeof body.code === 'string' && body.code === body.code.toUpperCase()) return 'flat';
  return 'unknown';
}

describe('the dev panel', () => {
  test('switches the envelope of every error the mock API writes', async () => {
    const { context, page } = await openApp(browser, 'workspaces');
    try {
      for (const dialect of DIALECTS) {
        await chooseDialect(page, dialect.label);
        const answered = page.waitForResponse((r) => r.url().includes('/ws_pricing/synthesis'));
        await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
        const response = await answered;
        const body = await response.json();
        assert.equal(envelopeOf(body, response.headers()['content-type'] ?? ''), dialect.id, dialect.label);
        // The screen does not care: the same support panel, whatever the envelope.
        await page.locator('.fl-support .fl-support-id').first().waitFor();
      }
    } finally {
      await context.close();
    }
  });

  test('keeps the chosen dialect and faults across a reload', async () => {
    const { context, page } = await openApp(browser, 'status');
    try {
      const panel = page.getByRole('complementary', { name: 'Mock API' });
      await chooseDialect(page, 'Flat UPPER_CASE');
      await panel.getByLabel('Latency').fill('120');
      await panel.getByLabel('Retry-After').fill('7');
      await page.reload();
      await page.getByRole('heading', { level: 1, name: 'Status' }).waitFor();
      assert.equal(
        await panel.getByRole('radio', { name: 'Flat UPPER_CASE', exact: true }).isChecked(),
        true,
      );
      assert.equal(await panel.getByLabel('Latency').inputValue(), '120');
      assert.equal(await panel.getByLabel('Retry-After').inputValue(), '7');
      await panel.getByText('Speaking Flat UPPER_CASE').waitFor();
    } finally {
      await context.close();
    }
  });

  test('adds the chosen latency to every call', async () => {
    const { context, page } = await openApp(browser, 'status', { latencyMs: 1200 });
    try {
      await page.getByRole('cell', { name: 'Synthesis workers' }).waitFor();
      const started = Date.now();
      const answered = page.waitForResponse((r) => r.url().endsWith('/status'));
      await page.getByRole('button', { name: 'Check now' }).click();
      await page.getByRole('button', { name: 'Checking…' }).waitFor();
      await answered;
      assert.ok(Date.now() - started >= 1100, `answered after ${Date.now() - started} ms`);
    } finally {
      await context.close();
    }
  });

  test('a 100% 5xx rate makes every call fail with a server error', async () => {
    const { context, page } = await openApp(browser, 'status', { failureRate: 1 });
    try {
      // The first /status call may be answered before openApp returns: listen, then load again.
      const answered = page.waitForResponse((r) => r.url().endsWith('/status'));
      await page.reload();
      const status = (await answered).status();
      assert.ok([500, 502, 503, 504].includes(status), `status ${status}`);
      await page.locator('.fl-notice').first().waitFor();
      const kind = await page.locator('.fl-notice').first().getAttribute('data-kind');
      assert.ok(['server', 'bad_gateway', 'unavailable', 'gateway_timeout'].includes(kind ?? ''), kind ?? '');
      await screenshot(page, 'status-random-5xx');
    } finally {
      await context.close();
    }
  });

  test('is a labelled region whose controls have names', async () => {
    const { context, page } = await openApp(browser, 'status');
    try {
      const panel = page.getByRole('complementary', { name: 'Mock API' });
      await panel.getByRole('group', { name: 'Error dialect' }).waitFor();
      await panel.getByRole('group', { name: 'Fault injection' }).waitFor();
      assert.equal(await panel.getByRole('radio').count(), DIALECTS.length);
      await panel.getByRole('switch', { name: /Offline/ }).waitFor();
      await panel.getByRole('slider', { name: 'Random 5xx rate' }).waitFor();
      await panel.getByRole('button', { name: 'Hide' }).click();
      assert.equal(await panel.getByRole('radio').count(), 0);
      await panel.getByRole('button', { name: 'Show' }).click();
    } finally {
      await context.close();
    }
  });
});
