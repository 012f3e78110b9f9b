// The browser's own offline mode (Playwright's context.setOffline, which sets navigator.onLine and
// fires the offline and online events), not the mock API's switch: every screen says so once, and
// comes back without a reload.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, openApp, screenshot, toastRegion } from './harness.js';

const SCREENS = [
  'sign-in',
  'register',
  'team',
  'api-keys',
  'billing',
  'agents',
  'uploads',
  'workspaces',
  'webhooks',
  'status',
];
const OFFLINE = 'You are offline — we will try again when you are back';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('offline in the browser', () => {
  for (const screen of SCREENS) {
    test(`${screen}: one offline status, no error toast, and back without a reload`, async () => {
      const { context, page } = await openApp(browser, screen);
      try {
        const heading = await page.getByRole('heading', { level: 1 }).first().textContent();
        await context.setOffline(true);
        const status = page.locator('.fl-offline');
        await status.waitFor();
        assert.equal(await status.count(), 1);
        assert.equal(await status.getAttribute('role'), 'status');
        assert.match((await status.textContent()) ?? '', new RegExp(OFFLINE));
        // Background work goes on while offline (a focus refetch): it waits instead of failing.
        await page.evaluate(() => window.dispatchEvent(new Event('focus')));
        await page.waitForTimeout(300);
        assert.equal(await page.locator('.fl-toast[data-type="error"]').count(), 0);
        if (screen === 'status') await screenshot(page, 'offline-status');
        await context.setOffline(false);
        await status.waitFor({ state: 'detached' });
        await toastRegion(page).getByText('Back online').waitFor();
        assert.equal(await page.getByRole('heading', { level: 1 }).first().textContent(), heading);
      } finally {
        await context.close();
      }
    });
  }

  test('two tabs of the app: the offline status in the visible one only, then in the other once it is shown', async () => {
    const { context, page: visible } = await openApp(browser, 'status');
    try {
      const other = await context.newPage();
      await other.goto('/#/team');
      await other.getByRole('heading', { level: 1 }).first().waitFor();
      // Headless Chromium reports every page as visible: the other tab goes to the background as the
      // page sees it, through document.hidden and the visibilitychange event.
      const setHidden = (page, hidden) =>
        page.evaluate((hidden) => {
          Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
          Object.defineProperty(document, 'visibilityState', {
            configurable: true,
            get: () => (hidden ? 'hidden' : 'visible'),
          });
          document.dispatchEvent(new Event('visibilitychange'));
        }, hidden);
      await setHidden(other, true);
      // The tabs tell each other through a BroadcastChannel, a task later.
      await visible.waitForTimeout(200);
      await context.setOffline(true);
      await visible.locator('.fl-offline').waitFor();
      await other.waitForTimeout(500);
      assert.equal(await other.locator('.fl-offline').count(), 0);
      assert.equal(await other.locator('.fl-toast[data-type="error"]').count(), 0);
      await setHidden(other, false);
      await other.locator('.fl-offline').waitFor();
      await context.setOffline(false);
      await visible.locator('.fl-offline').waitFor({ state: 'detached' });
      await other.locator('.fl-offline').waitFor({ state: 'detached' });
    } finally {
      await context.close();
    }
  });

  test('a change sent offline waits, is listed, and is sent once when the network is back', async () => {
    const { context, page } = await openApp(browser, 'webhooks');
    try {
      const sent = [];
      page.on('request', (request) => {
        if (request.method() === 'POST' && request.url().includes('/test')) sent.push(request.url());
      });
      await context.setOffline(true);
      await page.locator('.fl-offline').waitFor();
      await page
        .getByRole('button', { name: /Send test event/ })
        .first()
        .click();
      await page.locator('.fl-offline').getByText('1 waiting to send').waitFor();
      assert.equal(sent.length, 0);
      await context.setOffline(false);
      await page.locator('.fl-offline').waitFor({ state: 'detached' });
      await page.waitForTimeout(1000);
      assert.equal(sent.length, 1);
    } finally {
      await context.close();
    }
  });
});
