// Every other failure of the seed APIs, screen by screen, in every dialect. Each test opens its own
// context on its own screen, so none depends on what an earlier one did.
import assert from 'node:assert/strict';
import { after, afterEach, before, describe, test } from 'node:test';
import { assertMessageUnder, DIALECTS, launch, openApp, screenshot, toastRegion } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

/** The status of the POST whose URL ends with `path`, after `action` triggers it. */
async function statusOf(page, path, action) {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(path),
  );
  await action();
  return (await answered).status();
}

for (const dialect of DIALECTS) {
  describe(`in the ${dialect.label} dialect`, () => {
    let context;
    /** Opens `route` in a new context whose mock API speaks this dialect. */
    const open = async (route) => {
      const app = await openApp(browser, route, { dialect: dialect.id });
      context = app.context;
      return app.page;
    };
    afterEach(async () => {
      await context?.close();
      context = undefined;
    });

    test('inviting a member answers 409 and says they are already in', async () => {
      const page = await open('team');
      await page.getByLabel('Email address').fill('grace@harbor.example');
      const status = await statusOf(page, '/team/invitations', () =>
        page.getByRole('button', { name: 'Send invitation' }).click(),
      );
      assert.equal(status, 409);
      await page
        .locator('.fl-notice')
        .getByText('grace@harbor.example is already a member of this workspace.')
        .waitFor();
      await page.locator('.fl-notice[data-kind="conflict"]').waitFor();
      assert.equal(await page.getByLabel('Email address').inputValue(), 'grace@harbor.example');
    });

    test('the retired invite endpoint answers 410 with a link to its successor', async () => {
      const page = await open('team');
      await page.getByLabel('Email address').fill('barbara@harbor.example');
      const status = await statusOf(page, '/auth/invite', () =>
        page.getByRole('button', { name: 'Send with the v1 API' }).click(),
      );
      assert.equal(status, 410);
      const link = page.getByRole('link', { name: 'Go to the new version' });
      assert.equal(await link.getAttribute('href'), 'https://api.harbor.example/v2/team/invitations');
      await screenshot(page, `${dialect.id}-team-410-successor`);
    });

    test('a viewer inviting answers 403 and can ask for access', async () => {
      const page = await open('team');
      const panel = page.getByRole('complementary', { name: 'Mock API' });
      await panel.getByLabel('Signed-in role').selectOption('viewer');
      await page.getByText('You are a viewer').waitFor();
      await page.getByLabel('Email address').fill('barbara@harbor.example');
      const status = await statusOf(page, '/team/invitations', () =>
        page.getByRole('button', { name: 'Send invitation' }).click(),
      );
      assert.equal(status, 403);
      await page.locator('.fl-notice[data-kind="forbidden"]').waitFor();
      await page.getByRole('button', { name: 'Ask for access' }).click();
      await toastRegion(page).getByText('Asked Ada Lovelace to make you an admin.').waitFor();
    });

    test('testing a revoked key answers 401', async () => {
      const page = await open('api-keys');
      const status = await statusOf(page, '/api-keys/key_ci/test', () =>
        page.getByRole('button', { name: 'Test CI pipeline' }).click(),
      );
      assert.equal(status, 401);
      await page.locator('.fl-notice').getByText('This key no longer works').waitFor();
      await page
        .locator('.fl-notice')
        .getByText(/hb_live_9c1e… has been revoked/)
        .waitFor();
    });

    test('an agent with nested mistakes gets each message under its input', async () => {
      const page = await open('agents');
      await page.getByRole('button', { name: 'Fill with mistakes' }).click();
      const status = await statusOf(page, '/agents', () =>
        page.getByRole('button', { name: 'Create agent' }).click(),
      );
      assert.ok(status === 422 || status === 400, `status ${status}`);
      await assertMessageUnder(page.getByLabel('Temperature'), 'Must be between 0.0 and 2.0. Received 3.5.');
      await assertMessageUnder(
        page.getByLabel('Max tokens per run'),
        'Must be a whole number from 1 to 32,000.',
      );
      await assertMessageUnder(
        page.getByLabel('Tool 2 name'),
        'Use lower case letters, digits and underscores.',
      );
      await assertMessageUnder(page.getByLabel('Tool 2 endpoint'), 'Tools must be served over HTTPS.');
      assert.equal(await page.getByLabel('Tool 1 endpoint').getAttribute('aria-invalid'), null);
      assert.equal(await page.getByLabel('Tool 2 endpoint').inputValue(), 'http://hooks.acme.example/slack');
      await screenshot(page, `${dialect.id}-agents-nested-validation`);
    });

    test('a deleted agent answers 404 and the boundary says so', async () => {
      const page = await open('agents/agt_legacy_faq');
      await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
      await page.getByText("No agent found with ID 'agt_legacy_faq'.").waitFor();
    });

    test('a file over the limit answers 413', async () => {
      const page = await open('uploads');
      const status = await statusOf(page, '/uploads', () =>
        page.getByRole('button', { name: /Try focus-group\.wav/ }).click(),
      );
      assert.equal(status, 413);
      await page
        .locator('.fl-notice[data-kind="payload_too_large"]')
        .getByText('over the 2 MB limit')
        .waitFor();
    });

    test('an executable answers 415', async () => {
      const page = await open('uploads');
      const status = await statusOf(page, '/uploads', () =>
        page.getByRole('button', { name: /Try setup\.exe/ }).click(),
      );
      assert.equal(status, 415);
      await page.locator('.fl-notice[data-kind="unsupported_media_type"]').waitFor();
    });

    test('a synthesis that is already running answers 409', async () => {
      const page = await open('workspaces');
      const status = await statusOf(page, '/ws_onboarding/synthesis', () =>
        page.getByRole('button', { name: 'Run synthesis' }).first().click(),
      );
      assert.equal(status, 409);
      await page
        .locator('.fl-notice')
        .getByText('Synthesis is already running for Onboarding research.')
        .waitFor();
    });

    test('a synthesis over unprocessed sources answers 422 and names them', async () => {
      const page = await open('workspaces');
      const status = await statusOf(page, '/ws_churn/synthesis', () =>
        page.getByRole('button', { name: 'Run synthesis' }).nth(1).click(),
      );
      assert.ok(status === 422, `status ${status}`);
      await page
        .locator('.fl-notice')
        .getByText(/not yet processed: User Interviews, Support Logs/)
        .waitFor();
    });

    test('webhook test events that fail arrive as toasts (400, 502)', async () => {
      const page = await open('webhooks');
      const signature = await statusOf(page, '/webhooks/wh_orders/test', () =>
        page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click(),
      );
      assert.equal(signature, 400);
      await toastRegion(page)
        .getByText(/rejected the signature of the test event/)
        .waitFor();
      const delivery = await statusOf(page, '/webhooks/wh_crm/test', () =>
        page.getByRole('button', { name: /Send test event to https:\/\/crm\.acme/ }).click(),
      );
      assert.equal(delivery, 502);
      await toastRegion(page)
        .getByText(/Delivery to https:\/\/crm\.acme\.example\/webhooks\/harbor failed/)
        .waitFor();
      await screenshot(page, `${dialect.id}-webhooks-toasts`);
    });
  });
}
