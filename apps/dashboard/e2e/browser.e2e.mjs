// What a demanding user and an accessibility reviewer found in a real browser (issue 12): offline
// lazy screens, announcements, focus during requests, small screens and zoom, dark colours, the
// console, a refresh that fails, and small things.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertAccessible, DIALECTS, launch, openApp, screenshot, signInUntilLimited } from './harness.js';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

function go(page, route) {
  return page.evaluate((hash) => {
    window.location.hash = hash;
  }, `#/${route}`);
}

/** Every screen, and what shows it has loaded. */
const SCREENS = [
  ['sign-in', (page) => page.getByLabel('Password').waitFor()],
  ['register', (page) => page.getByLabel('Work email').waitFor()],
  ['team', (page) => page.getByRole('cell', { name: 'Grace Hopper' }).waitFor()],
  ['api-keys', (page) => page.getByRole('button', { name: 'Test CI pipeline' }).waitFor()],
  ['billing', (page) => page.getByText('1,200 tokens').waitFor()],
  ['agents', (page) => page.getByRole('link', { name: 'Support triage' }).waitFor()],
  ['agents/agt_support', (page) => page.getByText('lookup_customer').waitFor()],
  ['uploads', (page) => page.getByRole('cell', { name: 'interview-notes.txt' }).waitFor()],
  ['workspaces', (page) => page.getByRole('heading', { name: 'Pricing study' }).waitFor()],
  [
    'webhooks',
    (page) => page.getByText('https://crm.acme.example/webhooks/harbor', { exact: true }).waitFor(),
  ],
  ['status', (page) => page.getByRole('cell', { name: 'Synthesis workers' }).waitFor()],
];

/**
 * Records what live regions say: text added to an `aria-live`, `alert` or `status` element that was
 * in the page before (a region that appears together with its text is not announced by screen readers).
 */
function recordAnnouncements() {
  const said = [];
  const known = new WeakSet();
  const REGION = '[aria-live], [role="alert"], [role="status"]';
  const remember = () => {
    for (const region of document.querySelectorAll(REGION)) known.add(region);
  };
  new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      const target = mutation.target instanceof Element ? mutation.target : mutation.target.parentElement;
      const region = target?.closest(REGION);
      if (!region || !known.has(region)) continue;
      for (const node of mutation.addedNodes) {
        const text = node.textContent?.trim();
        if (text) said.push(text);
      }
      if (mutation.type === 'characterData' && target?.textContent?.trim())
        said.push(target.textContent.trim());
    }
    remember();
  }).observe(document, { childList: true, subtree: true, characterData: true });
  document.addEventListener('DOMContentLoaded', remember);
  Object.assign(window, { __announcements: said });
}

const announcements = (page) => page.evaluate(() => window.__announcements.join('\n'));

async function statusOf(page, path, action) {
  const answered = page.waitForResponse(
    (r) => r.request().method() === 'POST' && new URL(r.url()).pathname.endsWith(path),
  );
  await action();
  return (await answered).status();
}

describe('a lazily loaded screen opened offline', () => {
  test('shows why in place and loads once the browser is back online, without a reload', async () => {
    const { context, page } = await openApp(browser, 'team');
    try {
      await page.getByRole('cell', { name: 'Grace Hopper' }).waitFor();
      await page.evaluate(() => {
        window.__sameDocument = true;
      });
      await context.setOffline(true);
      await page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('link', { name: 'Billing & usage' })
        .click();
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'You are offline' }).waitFor();
      // The shell stays: the navigation and the banner are still there.
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);
      await screenshot(page, 'offline-lazy-screen');
      await context.setOffline(false);
      await page.getByRole('heading', { level: 1, name: 'Billing & usage' }).waitFor();
      await page.getByText('1,200 tokens').waitFor();
      assert.equal(await page.evaluate(() => window.__sameDocument), true);
    } finally {
      await context.close();
    }
  });

  test('"Try again" while still offline shows why again, never a blank page', async () => {
    const { context, page } = await openApp(browser, 'team');
    try {
      await page.getByRole('cell', { name: 'Grace Hopper' }).waitFor();
      await context.setOffline(true);
      await go(page, 'uploads');
      const main = page.getByRole('main');
      await main.getByRole('heading', { name: 'You are offline' }).waitFor();
      await main.getByRole('button', { name: 'Try again' }).click();
      await main.getByRole('heading', { name: 'You are offline' }).waitFor();
      assert.equal(await page.getByRole('navigation', { name: 'Main' }).count(), 1);
      await context.setOffline(false);
      await page.getByRole('cell', { name: 'interview-notes.txt' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

describe('a failure that answers a click is announced', () => {
  test('synthesis 409 and 500, upload 413, report 402: each said through a live region', async () => {
    const { context, page } = await openApp(browser, 'workspaces', {}, { initScript: recordAnnouncements });
    try {
      await page.getByRole('heading', { name: 'Pricing study' }).waitFor();
      const run = page.getByRole('button', { name: 'Run synthesis' });
      assert.equal(await statusOf(page, '/ws_onboarding/synthesis', () => run.nth(0).click()), 409);
      await page
        .locator('.fl-notice')
        .getByText('Synthesis is already running for Onboarding research.')
        .waitFor();
      assert.equal(await statusOf(page, '/ws_pricing/synthesis', () => run.nth(2).click()), 500);
      await page.locator('.fl-notice[data-kind="server"]').waitFor();

      await go(page, 'uploads');
      await page.getByRole('cell', { name: 'interview-notes.txt' }).waitFor();
      assert.equal(
        await statusOf(page, '/uploads', () =>
          page.getByRole('button', { name: /Try focus-group\.wav/ }).click(),
        ),
        413,
      );
      await page.locator('.fl-notice[data-kind="payload_too_large"]').waitFor();

      await go(page, 'billing');
      await page.getByText('1,200 tokens').waitFor();
      assert.equal(
        await statusOf(page, '/billing/reports', () =>
          page.getByRole('button', { name: 'Generate report' }).click(),
        ),
        402,
      );
      await page.getByRole('link', { name: 'Top up' }).waitFor();

      const said = await announcements(page);
      assert.match(
        said,
        /Error: This changed in the meantime\. Synthesis is already running for Onboarding research\./,
      );
      assert.match(said, /Error: Something went wrong\. Synthesis failed/);
      assert.match(said, /Error: Too large\..*over the 2 MB limit/);
      assert.match(said, /Error: Your plan has run out\./);
    } finally {
      await context.close();
    }
  });
});

describe('keyboard focus stays on the action button while its request runs', () => {
  for (const [route, name, path, loaded] of [
    ['workspaces', 'Run synthesis', '/ws_pricing/synthesis', 'Pricing study'],
    ['webhooks', /Send test event to https:\/\/hooks\.acme/, '/wh_orders/test', 'Endpoints'],
    ['billing', 'Generate report', '/billing/reports', 'Usage report'],
    ['sign-in', 'Sign in', '/auth/login', 'Sign in'],
  ]) {
    test(`on ${route}: ${name}`, async () => {
      // Slow enough to look at the button while the request runs.
      const { context, page } = await openApp(browser, route, { latencyMs: 700 });
      try {
        await page.getByRole('heading', { name: loaded }).first().waitFor();
        const button =
          route === 'workspaces'
            ? page.getByRole('button', { name: 'Run synthesis' }).nth(2)
            : page.getByRole('button', { name, exact: typeof name === 'string' });
        await button.waitFor();
        if (route === 'sign-in') await page.getByLabel('Password').fill('wrong-password');
        // The element itself: its name changes while pending ("Starting…").
        const element = await button.elementHandle();
        await element.focus();
        const answered = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith(path));
        await page.keyboard.press('Enter');
        // While pending: the same button holds focus, unavailable but not disabled.
        await page.waitForFunction(() => document.activeElement?.getAttribute('aria-disabled') === 'true');
        assert.ok(await element.evaluate((el) => el === document.activeElement && !el.disabled));
        await answered;
        await page.waitForFunction(() => document.activeElement?.getAttribute('aria-disabled') !== 'true');
        assert.ok(await element.evaluate((el) => el === document.activeElement));
      } finally {
        await context.close();
      }
    });
  }
});

describe('the register form, a React 19 action', () => {
  test('is pending while the action runs, sends one request per submit and focuses the summary after', async () => {
    const { context, page } = await openApp(browser, 'register', { latencyMs: 700 });
    try {
      let requests = 0;
      page.on('request', (r) => {
        if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/auth/register')) requests += 1;
      });
      await page.getByLabel('Full name').fill('Ada Lovelace');
      await page.getByLabel('Work email').fill('ada@harbor.example');
      await page.getByLabel('Password').fill('short');
      const button = await page.getByRole('button', { name: 'Create account' }).elementHandle();
      await button.focus();
      await page.keyboard.press('Enter');
      // useFormStatus: the same button says so and refuses a second submit while the action runs.
      await page.getByRole('button', { name: 'Creating account…' }).waitFor();
      assert.equal(await button.getAttribute('aria-disabled'), 'true');
      assert.ok(await button.evaluate((el) => el === document.activeElement && !el.disabled));
      await page.keyboard.press('Enter');
      const summary = page.locator('.fl-error-summary');
      await page.waitForFunction(() => document.activeElement?.classList.contains('fl-error-summary'));
      await summary.getByRole('link', { name: 'Use at least 12 characters.' }).waitFor();
      assert.equal(requests, 1);
      assert.equal(await page.getByLabel('Password').inputValue(), 'short');

      // The next submit runs again: a new request, the summary focused again.
      await page.getByLabel('Full name').focus();
      await page.getByRole('button', { name: 'Create account' }).click();
      await page.getByRole('button', { name: 'Creating account…' }).waitFor();
      await page.waitForFunction(() => document.activeElement?.classList.contains('fl-error-summary'));
      assert.equal(requests, 2);
      assert.equal(await page.getByLabel('Work email').inputValue(), 'ada@harbor.example');
    } finally {
      await context.close();
    }
  });
});

/**
 * WCAG 1.4.10 at 320 CSS px, and at 200 % zoom of a 1280 × 800 window. Browser zoom at 200 % halves
 * the CSS viewport and doubles the device pixels per CSS pixel, so it is emulated exactly by a
 * 640 × 400 viewport with a device scale factor of 2 (what a zoomed window lays out).
 */
const NARROW = [
  ['320 × 640', { viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 }],
  ['1280 × 800 at 200 %', { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 }],
];

/** Fails when the page scrolls sideways or a toast leaves the viewport. */
async function assertReflows(page, label) {
  const { scrollWidth, innerWidth, toasts } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    toasts: [...document.querySelectorAll('.fl-toast, .fl-toaster-more')].map((el) => {
      const { left, right } = el.getBoundingClientRect();
      return { left, right };
    }),
  }));
  assert.ok(scrollWidth <= innerWidth, `${label}: the page is ${scrollWidth} px wide in ${innerWidth} px`);
  for (const { left, right } of toasts) {
    assert.ok(
      left >= 0 && right <= innerWidth,
      `${label}: a toast spans ${left}–${right} px in ${innerWidth} px`,
    );
  }
}

for (const [size, options] of NARROW) {
  describe(`at ${size}, nothing scrolls sideways`, () => {
    test('on every screen', async () => {
      const { context, page } = await openApp(browser, 'sign-in', {}, options);
      try {
        for (const [route, loaded] of SCREENS) {
          await go(page, route);
          await loaded(page);
          await assertReflows(page, route);
        }
        await screenshot(page, `reflow-${options.viewport.width}-status`);
      } finally {
        await context.close();
      }
    });

    test('in every error state', async () => {
      const { context, page } = await openApp(browser, 'workspaces', { retryAfterSeconds: 60 }, options);
      try {
        await page.getByRole('heading', { name: 'Pricing study' }).waitFor();
        await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
        await page.locator('.fl-support').waitFor();
        await assertReflows(page, 'synthesis 500 with support details');
        await screenshot(page, `reflow-${options.viewport.width}-synthesis-500`);

        await go(page, 'uploads');
        await page.getByRole('button', { name: /Try focus-group\.wav/ }).click();
        await page.locator('.fl-notice[data-kind="payload_too_large"]').waitFor();
        await assertReflows(page, 'upload 413');

        await go(page, 'billing');
        await page.getByRole('button', { name: 'Generate report' }).click();
        await page.getByRole('link', { name: 'Top up' }).waitFor();
        await assertReflows(page, 'report 402');

        await go(page, 'webhooks');
        await page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click();
        await page.getByRole('button', { name: /Send test event to https:\/\/crm\.acme/ }).click();
        await page.locator('.fl-toast').nth(1).waitFor();
        await assertReflows(page, 'webhook toasts');
        await screenshot(page, `reflow-${options.viewport.width}-toasts`);
        await page.keyboard.press('F8');
        await page.keyboard.press('Escape');
        await page.keyboard.press('Escape');

        await go(page, 'register');
        await page.getByLabel('Work email').fill('ada@harbor');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.locator('.fl-error-summary').waitFor();
        await assertReflows(page, 'register 422');

        await go(page, 'agents');
        await page.getByRole('button', { name: 'Fill with mistakes' }).click();
        await page.getByRole('button', { name: 'Create agent' }).click();
        await page.locator('.fl-error-summary').waitFor();
        await assertReflows(page, 'agent 422');

        await go(page, 'agents/agt_legacy_faq');
        await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
        await assertReflows(page, 'agent 404');

        await go(page, 'sign-in');
        await signInUntilLimited(page);
        await assertReflows(page, 'sign-in 429');

        await page.getByRole('switch', { name: /Offline/ }).check();
        await go(page, 'team');
        await page.locator('.fl-notice[data-kind="network"]').first().waitFor();
        await assertReflows(page, 'offline');
      } finally {
        await context.close();
      }
    });
  });
}

describe('the navigation on a narrow screen', () => {
  test('folds into a menu button that opens, closes with Escape and gives focus back', async () => {
    const { context, page } = await openApp(browser, 'team', {}, NARROW[0][1]);
    try {
      const nav = page.getByRole('navigation', { name: 'Main' });
      const menu = nav.getByRole('button', { name: 'Menu' });
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await nav.getByRole('link', { name: 'Uploads' }).isVisible(), false);
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Sign in');
      await page.keyboard.press('Escape');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.ok(await menu.evaluate((el) => el === document.activeElement));
      await menu.click();
      await nav.getByRole('link', { name: 'Uploads' }).click();
      await page.getByRole('heading', { level: 1, name: 'Uploads' }).waitFor();
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    } finally {
      await context.close();
    }
  });
});

for (const colorScheme of ['dark', 'light']) {
  describe(`in the ${colorScheme} colour scheme`, () => {
    test('follows the system, and axe (contrast included) finds nothing in the error states', async () => {
      const { context, page } = await openApp(browser, 'workspaces', {}, { colorScheme });
      try {
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), colorScheme);
        const toggle = page.getByRole('button', { name: 'Dark theme' });
        assert.equal(await toggle.getAttribute('aria-pressed'), String(colorScheme === 'dark'));
        await page.getByRole('heading', { name: 'Pricing study' }).waitFor();
        await page.getByRole('button', { name: 'Run synthesis' }).nth(2).click();
        await page.locator('.fl-support').waitFor();
        await assertAccessible(page, `${colorScheme}: synthesis 500`);
        await screenshot(page, `${colorScheme}-synthesis-500`);

        await go(page, 'billing');
        await page.getByRole('button', { name: 'Generate report' }).click();
        await page.getByRole('link', { name: 'Top up' }).waitFor();
        await assertAccessible(page, `${colorScheme}: report 402`);

        await go(page, 'webhooks');
        await page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click();
        await page
          .getByText(/rejected the signature/)
          .first()
          .waitFor();
        await assertAccessible(page, `${colorScheme}: webhook toast`);
        await screenshot(page, `${colorScheme}-webhooks-toast`);

        await go(page, 'register');
        await page.getByLabel('Work email').fill('ada@harbor');
        await page.getByRole('button', { name: 'Create account' }).click();
        await page.locator('.fl-error-summary').waitFor();
        await assertAccessible(page, `${colorScheme}: register 422`);

        await go(page, 'agents/agt_legacy_faq');
        await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
        await assertAccessible(page, `${colorScheme}: agent 404`);

        // The visitor's choice wins over the system's, and stays.
        await toggle.click();
        const chosen = colorScheme === 'dark' ? 'light' : 'dark';
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), chosen);
        await page.reload();
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), chosen);
      } finally {
        await context.close();
      }
    });
  });
}

describe('no console errors', () => {
  for (const dialect of DIALECTS) {
    // The harness fails a test on any console error or uncaught exception its pages had.
    test(`on every screen in the ${dialect.label} dialect, the deleted agent's 404 included`, async () => {
      const { context, page } = await openApp(browser, 'sign-in', { dialect: dialect.id });
      try {
        for (const [route, loaded] of SCREENS) {
          await go(page, route);
          await loaded(page);
        }
        await go(page, 'agents/agt_legacy_faq');
        await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
      } finally {
        await context.close();
      }
    });
  }
});

describe('a refresh the person asked for', () => {
  test('shows a 503 with Retry-After at once, counts down to the retry and can be stopped', async () => {
    const { context, page } = await openApp(
      browser,
      'status',
      { retryAfterSeconds: 30 },
      {
        // The mock's random 5xx picks its status with Math.random: 0.6 picks 503 every time.
        initScript: () => {
          Math.random = () => 0.6;
        },
      },
    );
    try {
      await page.getByRole('cell', { name: 'Synthesis workers' }).waitFor();
      await page.getByLabel('Random 5xx rate').fill('100');
      const check = page.getByRole('button', { name: 'Check now' });
      const started = Date.now();
      await check.click();
      const notice = page.locator('.fl-notice[data-kind="unavailable"]');
      await notice.waitFor({ timeout: 5_000 });
      assert.ok(Date.now() - started < 5_000, 'the first failure showed at once');
      await page.getByText(/Retrying in (30|29|28) s \(attempt 2\)\./).waitFor();
      // The data stays under it, and no toast says it a second time.
      await page.getByRole('cell', { name: 'Synthesis workers' }).waitFor();
      assert.equal(await page.locator('.fl-toast').count(), 0);
      await page.getByRole('button', { name: 'Stop retrying' }).click();
      await page.getByRole('button', { name: 'Check now' }).waitFor();
      assert.equal(await page.getByText(/Retrying in/).count(), 0);
      assert.equal(await notice.count(), 1);
      await screenshot(page, 'status-check-now-503');
    } finally {
      await context.close();
    }
  });
});

describe('small things', () => {
  test('a deleted agent offers "Go back", not "Try again", and goes back', async () => {
    const { context, page } = await openApp(browser, 'agents');
    try {
      await page.getByRole('link', { name: 'Legacy FAQ bot' }).click();
      await page.getByRole('heading', { level: 2, name: 'Not found' }).waitFor();
      assert.equal(await page.getByRole('main').getByRole('button', { name: 'Try again' }).count(), 0);
      await page.getByRole('main').getByRole('button', { name: 'Go back' }).click();
      await page.getByRole('heading', { level: 1, name: 'Agents' }).waitFor();
    } finally {
      await context.close();
    }
  });

  test('the first-load 404 heading takes focus without a focus ring', async () => {
    const { context, page } = await openApp(browser, 'agents/agt_legacy_faq');
    try {
      const heading = page.getByRole('heading', { level: 2, name: 'Not found' });
      await heading.waitFor();
      await page.waitForFunction(() => document.activeElement?.textContent === 'Not found');
      assert.equal(await heading.evaluate((el) => getComputedStyle(el).outlineStyle), 'none');
    } finally {
      await context.close();
    }
  });

  test('"Run synthesis" is unavailable while that synthesis runs', async () => {
    const { context, page } = await openApp(browser, 'workspaces');
    try {
      await page.getByRole('heading', { name: 'Pricing study' }).waitFor();
      const rows = page.getByRole('listitem');
      const onboarding = rows
        .filter({ hasText: 'Onboarding research' })
        .getByRole('button', { name: 'Run synthesis' });
      await onboarding.click();
      // The 409 says a teammate started it: the list is read again and the button says it runs.
      await page.getByText('Synthesis: Running').first().waitFor();
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('li')]
            .find((li) => li.textContent?.includes('Onboarding research'))
            ?.querySelector('button')
            ?.getAttribute('aria-disabled') === 'true',
      );
      const tickets = rows
        .filter({ hasText: 'Support tickets Q3' })
        .getByRole('button', { name: 'Run synthesis' });
      await tickets.click();
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('li')]
            .find((li) => li.textContent?.includes('Support tickets Q3'))
            ?.querySelector('button')
            ?.getAttribute('aria-disabled') === 'true',
      );
      const requests = [];
      page.on('request', (r) => r.url().includes('/synthesis') && requests.push(r.url()));
      // Pressed from the keyboard (a pointer click would be refused as unavailable too).
      await tickets.focus();
      await page.keyboard.press('Enter');
      await page.waitForTimeout(300);
      assert.deepEqual(requests, []);
    } finally {
      await context.close();
    }
  });

  test('during a flood the toaster says how many more wait', async () => {
    const { context, page } = await openApp(browser, 'webhooks', {}, NARROW[0][1]);
    try {
      await page.getByText('https://crm.acme.example/webhooks/harbor', { exact: true }).waitFor();
      await page.getByRole('button', { name: /Send test event to https:\/\/hooks\.acme/ }).click();
      await page.getByRole('button', { name: /Send test event to https:\/\/crm\.acme/ }).click();
      for (const url of ['https://a.acme.example/hook', 'https://b.acme.example/hook']) {
        await page.getByLabel('Endpoint URL').fill(url);
        await page.getByRole('checkbox', { name: 'upload.processed' }).check();
        await statusOf(page, '/webhooks', () => page.getByRole('button', { name: 'Add endpoint' }).click());
      }
      const region = page.getByRole('region', { name: 'Notifications (F8)' });
      await region.getByText('+1 more').waitFor();
      await region.getByText('1 more notification waiting').waitFor({ state: 'attached' });
      await assertReflows(page, 'flood');
      await screenshot(page, 'toast-flood-more');
    } finally {
      await context.close();
    }
  });
});
