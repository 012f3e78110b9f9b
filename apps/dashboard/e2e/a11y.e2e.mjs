// An axe scan of every screen, at rest and in its key error states.
import { after, before, describe, test } from 'node:test';
import { assertAccessible, launch, openApp, screenshot, signInUntilLimited, toastRegion } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** Every screen, and what shows it has loaded. */
const SCREENS = [
  ['sign-in', 'Sign in', (page) => page.getByLabel('Password').waitFor()],
  ['register', 'Create your account', (page) => page.getByLabel('Work email').waitFor()],
  ['team', 'Team', (page) => page.getByRole('cell', { name: 'Grace Hopper' }).waitFor()],
  ['api-keys', 'API keys', (page) => page.getByRole('button', { name: 'Test CI pipeline' }).waitFor()],
  ['billing', 'Billing & usage', (page) => page.getByText('1,200 tokens').waitFor()],
  ['agents', 'Agents', (page) => page.getByRole('link', { name: 'Support triage' }).waitFor()],
  ['agents/agt_support', 'Agent', (page) => page.getByText('lookup_customer').waitFor()],
  ['uploads', 'Uploads', (page) => page.getByRole('cell', { name: 'interview-notes.txt' }).waitFor()],
  ['workspaces', 'Workspaces', (page) => page.getByRole('heading', { name: 'Pricing study' }).waitFor()],
  [
    'webhooks',
    'Webhooks',
    (page) => page.getByText('https://crm.acme.example/webhooks/harbor', { exact: true }).waitFor(),
  ],
  ['status', 'Status', (page) => page.getByRole('cell', { name: 'Synthesis workers' }).waitFor()],
];

describe('axe finds no violations', () => {
  for (const [route, title, loaded] of SCREENS) {
    test(`on the ${title} screen`, async () => {
      const { context, page } = await openApp(browser, route);
      try {
        await loaded(page);
        await assertAccessible(page, route);
        await screenshot(page, `screen-${route.replace(/\//g, '-')}`);
      } finally {
        await context.close();
      }
    });
  }

  test('on the register form with field errors', async () => {
    const { context, page } = await openApp(browser, 'register');
    try {
      await page.getByLabel('Work email').fill('ada@harbor');
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.locator('.fl-error-summary').waitFor();
      await assertAccessible(page, 'register with errors');
    } finally {
      await context.close();
    }
  });

  test('on the sign-in countdown', async () => {
    const { context, page } = await openApp(browser, 'sign-in', { retryAfterSeconds: 60 });
    try {
      await signInUntilLimited(page);
      await assertAccessible(page, 'sign-in countdown');
    } finally {
      await context.close();
    }
  });

  test('on the support panel of a 500, the 402 notice and the toasts', async () => {
    const { context, page } = await openApp(browser, 'workspaces');
    try {
      await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
      await page.locator('.fl-support').waitFor();
      await assertAccessible(page, 'workspaces 500');
      await page.evaluate(() => {
        window.location.hash = '#/billing';
      });
      await page.getByRole('button', { name: 'Generate report' }).click();
      await page.getByRole('link', { name: 'Top up' }).waitFor();
      await assertAccessible(page, 'billing 402');
      await page.evaluate(() => {
        window.location.hash = '#/webhooks';
      });
      await page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click();
      await toastRegion(page)
        .getByText(/rejected the signature/)
        .waitFor();
      await assertAccessible(page, 'webhooks toast');
    } finally {
      await context.close();
    }
  });

  test('on the deleted agent fallback and the offline notice', async () => {
    const { context, page } = await openApp(browser, 'agents/agt_legacy_faq', { offline: false });
    try {
      await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
      await assertAccessible(page, 'agent 404');
      await page.getByRole('switch', { name: /Offline/ }).check();
      await page.evaluate(() => {
        window.location.hash = '#/uploads';
      });
      await page.locator('.fl-notice[data-kind="network"]').first().waitFor();
      await assertAccessible(page, 'offline');
      await screenshot(page, 'uploads-offline');
    } finally {
      await context.close();
    }
  });
});
