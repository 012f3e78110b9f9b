// The shell around the screens: landmarks, navigation, focus.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { launch, openApp } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

describe('the shell', () => {
  test('has one banner, main navigation, main and the mock API region', async () => {
    const { context, page } = await openApp(browser, 'team');
    try {
      assert.equal(await page.getByRole('banner').count(), 1);
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);
      assert.equal(await page.getByRole('main').count(), 1);
      assert.equal(await page.getByRole('complementary', { name: 'Mock API' }).count(), 1);
      assert.equal(await page.getByRole('heading', { level: 1 }).count(), 1);
    } finally {
      await context.close();
    }
  });

  test('marks the current screen in the navigation and names it in the title', async () => {
    const { context, page } = await openApp(browser, 'webhooks');
    try {
      const current = page.getByRole('navigation', { name: 'Main' }).locator('[aria-current="page"]');
      assert.equal(await current.textContent(), 'Webhooks');
      assert.equal(await page.title(), 'Webhooks · Harbor');
    } finally {
      await context.close();
    }
  });

  test('moves focus to the new screen’s heading after a navigation', async () => {
    const { context, page } = await openApp(browser, 'team');
    try {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Uploads' }).click();
      await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Uploads');
    } finally {
      await context.close();
    }
  });

  test('offers a skip link as the first stop, and shows where focus is', async () => {
    const { context, page } = await openApp(browser, 'team');
    try {
      await page.keyboard.press('Tab');
      const skip = page.getByRole('button', { name: 'Skip to content' });
      assert.ok(await skip.evaluate((el) => el === document.activeElement));
      const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
      assert.notEqual(outline, 'none');
      await page.keyboard.press('Enter');
      assert.ok(await page.getByRole('main').evaluate((el) => el === document.activeElement));
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        return el
          ? { outline: getComputedStyle(el).outlineStyle, inMain: Boolean(el.closest('main')) }
          : undefined;
      });
      assert.deepEqual(focused, { outline: 'solid', inMain: true });
    } finally {
      await context.close();
    }
  });
});
