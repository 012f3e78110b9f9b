// Every other failure of the seed APIs, screen by screen, in every dialect.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertMessageUnder, DIALECTS, launch, openApp, screenshot } from './harness.js';

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

function go(page, route) {
  return page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

for (const dialect of DIALECTS) {
  describe(`in the ${dialect.label} dialect`, () => {
    let context;
    let page;
    before(async () => {
      ({ context, page } = await openApp(browser, 'team', { dialect: dialect.id }));
    });
    after(async () => {
      await context?.close();
    });

    test('inviting a member answers 409 and says they are already in', async () => {
      await go(page, 'team');
      await page.getByLabel('Email address').fill('grace@harbor.example');
      const status = await statusOf(page, '/team/invitations', () =>
        page.getByRole('button', { name: 'Send invitation' }).click(),
      );
      assert.equal(status, 409);
      await page.getByText('grace@harbor.example is already a member of this workspace.').waitFor();
      await page.locator('.fl-notice[data-kind="conflict"]').waitFor();
      assert.equal(await page.getByLabel('Email address').inputValue(), 'grace@harbor.example');
    });

    test('the retired invite endpoint answers 410 with a link to its successor', async () => {
      await go(page, 'team');
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
      await go(page, 'team');
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
      await page.getByText('Asked Ada Lovelace to make you an admin.').first().waitFor();
      await panel.getByLabel('Signed-in role').selectOption('admin');
    });

    test('testing a revoked key answers 401', async () => {
      await go(page, 'api-keys');
      const status = await statusOf(page, '/api-keys/key_ci/test', () =>
        page.getByRole('button', { name: 'Test CI pipeline' }).click(),
      );
      assert.equal(status, 401);
      await page.getByText('This key no longer works').waitFor();
      await page.getByText(/hb_live_9c1e… has been revoked/).waitFor();
    });

    test('an agent with nested mistakes gets each message under its input', async () => {
      await go(page, 'agents');
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
      await go(page, 'agents/agt_legacy_faq');
      await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
      await page.getByText("No agent found with ID 'agt_legacy_faq'.").waitFor();
    });

    test('a file over the limit answers 413', async () => {
      await go(page, 'uploads');
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
      await go(page, 'uploads');
      const status = await statusOf(page, '/uploads', () =>
        page.getByRole('button', { name: /Try setup\.exe/ }).click(),
      );
      assert.equal(status, 415);
      await page.locator('.fl-notice[data-kind="unsupported_media_type"]').waitFor();
    });

    test('a synthesis that is already running answers 409', async () => {
      await go(page, 'workspaces');
      const status = await statusOf(page, '/ws_onboarding/synthesis', () =>
        page.getByRole('button', { name: 'Run synthesis' }).first().click(),
      );
      assert.equal(status, 409);
      await page.getByText('Synthesis is already running for Onboarding research.').waitFor();
    });

    test('a synthesis over unprocessed sources answers 422 and names them', async () => {
      await go(page, 'workspaces');
      const status = await statusOf(page, '/ws_churn/synthesis', () =>
        page.getByRole('button', { name: 'Run synthesis' }).nth(1).click(),
      );
      assert.ok(status === 422, `status ${status}`);
      await page.getByText(/not yet processed: User Interviews, Support Logs/).waitFor();
    });

    test('webhook test events that fail arrive as toasts (400, 502)', async () => {
      await go(page, 'webhooks');
      const signature = await statusOf(page, '/webhooks/wh_orders/test', () =>
        page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click(),
      );
      assert.equal(signature, 400);
      await page
        .getByText(/rejected the signature of the test event/)
        .first()
        .waitFor();
      const delivery = await statusOf(page, '/webhooks/wh_crm/test', () =>
        page.getByRole('button', { name: /Send test event to https:\/\/crm\.acme/ }).click(),
      );
      assert.equal(delivery, 502);
      await page
        .getByText(/Delivery to https:\/\/crm\.acme\.example\/webhooks\/harbor failed/)
        .first()
        .waitFor();
      await screenshot(page, `${dialect.id}-webhooks-toasts`);
    });
  });
}
