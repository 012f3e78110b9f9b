// The README's picture of the dashboard: the register form after a 422, at a desktop size.
// `npm run screenshot:readme` writes it to docs/dashboard.png; other runs to test-results/.
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertMessageUnder, launch, openApp, screenshot } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

test('the register form with field errors, as the README shows it', async () => {
  const { context, page } = await openApp(browser, 'register', { dialect: 'problem', latencyMs: 0 });
  try {
    await page.setViewportSize({ width: 1360, height: 860 });
    await page.getByLabel('Full name').fill('Ada Lovelace');
    await page.getByLabel('Work email').fill('ada@harbor.example');
    await page.getByLabel('Password').fill('engine');
    await page.getByRole('button', { name: 'Create account' }).click();
    await assertMessageUnder(page.getByLabel('Password'), 'Use at least 12 characters.');
    // The caret and focus ring of the moment are not part of the picture.
    await page.evaluate(() =>
      document.activeElement instanceof HTMLElement ? document.activeElement.blur() : undefined,
    );
    if (process.env.README_SCREENSHOT) {
      await page.screenshot({ path: join(import.meta.dirname, '..', '..', '..', 'docs', 'dashboard.png') });
    } else {
      await screenshot(page, 'readme-dashboard');
    }
  } finally {
    await context.close();
  }
});
