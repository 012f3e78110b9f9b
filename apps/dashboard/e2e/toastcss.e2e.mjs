// The toaster's own stylesheet (`@faultline/react/toast.css`, for an app that shows toasts and no
// other part) paints a toast exactly as the whole stylesheet does, in light and dark, and takes the
// app's theme. Static pages in Chromium: the toaster's markup as React renders it, with one
// stylesheet or the other.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import { decodeError } from '@faultline/core';
import { ToastContent } from '@faultline/react';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { assertAccessible, launch } from './harness.js';

const require = createRequire(import.meta.url);
const css = (file) => readFileSync(require.resolve(`@faultline/react/${file}`), 'utf8');

// A rate-limited error, a server error with a request id (the support details), an info toast with
// an action and a count: every element the default toast renders.
const now = Date.now();
const toasts = [
  {
    id: 'a',
    type: 'error',
    message: '',
    count: 3,
    version: 0,
    at: now,
    error: decodeError({
      status: 503,
      headers: { 'x-request-id': 'req_8f2a61c0d9' },
      body: { message: 'The cameras service is down for maintenance.' },
    }),
    retry: () => {},
  },
  {
    id: 'b',
    type: 'error',
    message: '',
    count: 1,
    version: 0,
    at: now,
    error: decodeError({ status: 429, headers: { 'retry-after': '30' } }),
  },
  {
    id: 'c',
    type: 'info',
    message: 'Draft saved',
    count: 1,
    version: 0,
    at: now,
    action: { label: 'Undo', onClick: () => {} },
  },
];

const markup = `<section class="fl-toaster" data-position="bottom-end" aria-label="Notifications"><ol>${toasts
  .map(
    (toast) =>
      `<li class="fl-toast" data-toast="${toast.id}" tabindex="-1" data-type="${toast.type}"${
        toast.error ? ` data-kind="${toast.error.kind}"` : ''
      }>${renderToStaticMarkup(createElement(ToastContent, { toast, onDismiss: () => {} }))}</li>`,
  )
  .join('')}</ol><p class="fl-toaster-more"><span aria-hidden="true">+2 more</span></p></section>`;

const page = (stylesheet, theme = '') =>
  `<!doctype html><html lang="en"${theme}><head><title>Toasts</title><style>${stylesheet}</style></head><body><main><h1>Toasts</h1></main>${markup}</body></html>`;

/** Every computed style of every element of the toaster, by its place in the region. */
function computedStyles() {
  return [...document.querySelectorAll('.fl-toaster, .fl-toaster *')].map((element) => {
    const style = getComputedStyle(element);
    return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
  });
}

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function stylesOf(html, colorScheme) {
  const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
  const tab = await context.newPage();
  await tab.setContent(html);
  const styles = await tab.evaluate(computedStyles);
  await context.close();
  return styles;
}

describe('toast.css', () => {
  const themes = [
    ['light', 'light', ''],
    ['dark (the system)', 'dark', ''],
    ['dark (data-theme)', 'light', ' data-theme="dark"'],
    ['light (data-theme over a dark system)', 'dark', ' data-theme="light"'],
  ];
  for (const [name, scheme, theme] of themes) {
    test(`paints the toaster as styles.css does: ${name}`, async () => {
      const own = await stylesOf(page(css('toast.css'), theme), scheme);
      const whole = await stylesOf(page(css('styles.css'), theme), scheme);
      assert.equal(own.length, whole.length);
      assert.ok(own.length > 20, 'the toaster renders its elements');
      own.forEach((style, i) => {
        for (const [property, value] of Object.entries(whole[i])) {
          assert.equal(style[property], value, `element ${i}: ${property}`);
        }
      });
    });
  }

  test('follows the dark theme and the app’s own custom properties', async () => {
    const context = await browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const tab = await context.newPage();
    await tab.setContent(page(css('toast.css')));
    const background = () =>
      tab.evaluate(() => getComputedStyle(document.querySelector('.fl-toast')).backgroundColor);
    assert.equal(await background(), 'rgb(28, 33, 40)');
    await tab.evaluate(() => document.documentElement.style.setProperty('--fl-bg', 'rgb(1, 2, 3)'));
    assert.equal(await background(), 'rgb(1, 2, 3)');
    await context.close();
  });

  test('passes axe with toast.css alone, light and dark', async () => {
    for (const colorScheme of ['light', 'dark']) {
      const context = await browser.newContext({ colorScheme, reducedMotion: 'reduce' });
      const tab = await context.newPage();
      await tab.setContent(page(css('toast.css')));
      await assertAccessible(tab, `toast.css ${colorScheme}`);
      await context.close();
    }
  });
});
