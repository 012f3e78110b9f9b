// The behaviours the dashboard must keep whichever dialect the mock API speaks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertMessageUnder, DIALECTS, launch, openApp, screenshot, toastRegion } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const dialect of DIALECTS) {
  describe(`in the ${dialect.label} dialect`, () => {
    test('the register form shows each field error under its field and keeps what was typed', async () => {
      const { context, page } = await openApp(browser, 'register', { dialect: dialect.id });
      try {
        await page.getByLabel('Full name').fill('Ada Lovelace');
        await page.getByLabel('Work email').fill('ada@harbor.example');
        await page.getByLabel('Password').fill('short');
        await page.getByRole('button', { name: 'Create account' }).click();

        await assertMessageUnder(page.getByLabel('Work email'), 'An account with this email already exists.');
        await assertMessageUnder(page.getByLabel('Password'), 'Use at least 12 characters.');
        assert.equal(await page.getByLabel('Full name').getAttribute('aria-invalid'), null);
        assert.equal(await page.getByLabel('Full name').inputValue(), 'Ada Lovelace');
        assert.equal(await page.getByLabel('Work email').inputValue(), 'ada@harbor.example');
        assert.equal(await page.getByLabel('Password').inputValue(), 'short');
        // The summary took focus and links to both fields.
        const summary = page.locator('.fl-error-summary');
        await summary.getByRole('link', { name: 'Use at least 12 characters.' }).waitFor();
        assert.ok(await summary.evaluate((el) => el === document.activeElement));
        await screenshot(page, `${dialect.id}-register-field-errors`);

        // The action form submits again with what was typed plus the fix, and succeeds.
        await page.getByLabel('Work email').fill(`ada+${dialect.id}@harbor.example`);
        await page.getByLabel('Password').fill('a-long-enough-password');
        await page.getByRole('button', { name: 'Create account' }).click();
        await toastRegion(page).getByText('Welcome to Harbor, Ada Lovelace.').waitFor();
        await page.waitForURL(/#\/agents$/);
      } finally {
        await context.close();
      }
    });

    test('the sign-in 429 shows a countdown and re-enables the button when it ends', async () => {
      const { context, page } = await openApp(browser, 'sign-in', {
        dialect: dialect.id,
        retryAfterSeconds: 2,
      });
      try {
        const button = page.getByRole('button', { name: 'Sign in', exact: true });
        await page.getByLabel('Password').fill('not-my-password');
        for (let attempt = 1; attempt <= 3; attempt++) {
          const answered = page.waitForResponse((r) => r.url().endsWith('/auth/login'));
          await button.click();
          assert.equal((await answered).status(), 401);
        }
        await page.locator('.fl-notice').getByText('The email or password is incorrect.').waitFor();

        const limited = page.waitForResponse((r) => r.url().endsWith('/auth/login'));
        await button.click();
        assert.equal((await limited).status(), 429);
        await page
          .getByText(/Try again in [12] seconds?/)
          .first()
          .waitFor();
        // Unavailable, yet focusable: aria-disabled, not disabled.
        assert.equal(await button.getAttribute('aria-disabled'), 'true');
        assert.equal(await button.evaluate((el) => el.disabled), false);
        await screenshot(page, `${dialect.id}-sign-in-429-countdown`);

        await page.waitForFunction(
          () => document.querySelector('button[type="submit"]')?.getAttribute('aria-disabled') !== 'true',
          undefined,
          { timeout: 5_000 },
        );
        await page.getByText('You can try again now.').first().waitFor({ state: 'attached' });

        // The lock is over: the right password signs in.
        await page.getByLabel('Password').fill('analytical-engine-1843');
        await button.click();
        await page.getByRole('heading', { level: 1, name: 'Agents' }).waitFor();
      } finally {
        await context.close();
      }
    });

    test('a 500 shows the request id and copies it', async () => {
      const { context, page } = await openApp(browser, 'workspaces', { dialect: dialect.id });
      try {
        const answered = page.waitForResponse((r) => r.url().includes('/workspaces/ws_pricing/synthesis'));
        await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
        assert.equal((await answered).status(), 500);

        const panel = page.locator('.fl-support');
        const id = (await panel.locator('.fl-support-id').first().textContent())?.trim() ?? '';
        assert.match(id, /^req_[0-9A-Z]{16}$/);
        await panel.getByRole('button', { name: 'Copy Request ID' }).click();
        await panel.getByText('Copied').waitFor();
        assert.equal(await page.evaluate(() => navigator.clipboard.readText()), id);
        await screenshot(page, `${dialect.id}-synthesis-500-support`);
      } finally {
        await context.close();
      }
    });

    test('a 402 offers the top-up, and the report works after it', async () => {
      const { context, page } = await openApp(browser, 'billing', { dialect: dialect.id });
      try {
        const answered = page.waitForResponse((r) => r.url().endsWith('/billing/reports'));
        await page.getByRole('button', { name: 'Generate report' }).click();
        assert.equal((await answered).status(), 402);
        const topUp = page.getByRole('link', { name: 'Top up' });
        await topUp.waitFor();
        await screenshot(page, `${dialect.id}-billing-402-top-up`);

        await topUp.click();
        await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'radio');
        await page.getByRole('button', { name: /^Add 10,000 tokens$/ }).click();
        await page.getByText('11,200 tokens', { exact: true }).waitFor();
        await page.getByRole('button', { name: 'Generate report' }).click();
        await toastRegion(page)
          .getByText(/Usage report rpt_\w+ is being generated/)
          .waitFor();
      } finally {
        await context.close();
      }
    });

    test('offline shows a network notice and recovers when back online', async () => {
      const { context, page } = await openApp(browser, 'status', { dialect: dialect.id, offline: true });
      try {
        await page.locator('.fl-notice[data-kind="network"]').waitFor();
        await page.locator('.fl-notice').getByText('You are offline').waitFor();
        await screenshot(page, `${dialect.id}-status-offline`);

        await page.getByRole('switch', { name: /Offline/ }).uncheck();
        await page.getByRole('cell', { name: 'Synthesis workers' }).waitFor({ timeout: 15_000 });
        assert.equal(await page.locator('.fl-notice').count(), 0);
      } finally {
        await context.close();
      }
    });
  });
}
