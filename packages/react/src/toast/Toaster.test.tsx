import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, makeError, TEST_NOW, XSS_PAYLOADS } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { ToastContent } from './ToastContent.js';
import { Toaster, type ToasterProps } from './Toaster.js';
import { createToastQueue, MIN_TOAST_DURATION, type ToastQueue } from './ToastQueue.js';
import { createToast, toast } from './toast.js';

let queue: ToastQueue;
let notify: ReturnType<typeof createToast>;

function setup(props: Partial<ToasterProps> = {}, support?: { email: string }) {
  const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  const view = render(
    <FaultlineProvider support={support}>
      <button type="button">Rename camera</button>
      <Toaster queue={queue} {...props} />
    </FaultlineProvider>,
  );
  return { user, ...view };
}

const show = (fn: () => unknown) => act(() => void fn());
const wait = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const region = () => screen.getByRole('region', { name: 'Notifications (F8)' });
const titles = () =>
  screen.queryAllByRole('listitem').map((item) => item.querySelector('.fl-toast-title')?.textContent);

function setHidden(hidden: boolean) {
  Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
  vi.setSystemTime(TEST_NOW);
  queue = createToastQueue();
  notify = createToast(queue);
});
afterEach(() => {
  Reflect.deleteProperty(document, 'hidden');
  toast.dismiss();
  vi.useRealTimers();
});

describe('Toaster', () => {
  it('has both live regions in the page before the first toast', () => {
    setup();
    const alert = screen.getByRole('alert');
    const status = screen.getByRole('status');
    expect(alert).toBeEmptyDOMElement();
    expect(status).toBeEmptyDOMElement();
    show(() => notify.error(errors.server()));
    expect(screen.getByRole('alert')).toBe(alert);
    expect(alert).not.toBeEmptyDOMElement();
  });

  it('announces an error assertively with its type in words', () => {
    setup();
    show(() => notify.error(errors.server()));
    expect(screen.getByRole('alert')).toHaveTextContent('Error: Something went wrong. Unexpected error.');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
  });

  it('announces information and success politely', () => {
    setup();
    show(() => notify.success('Camera renamed'));
    expect(screen.getByRole('status')).toHaveTextContent('Success: Camera renamed.');
    expect(screen.getByRole('alert')).toBeEmptyDOMElement();
  });

  it('keeps the visible toasts out of the live regions so nothing is read twice', () => {
    setup();
    show(() => notify.error(errors.server()));
    expect(region()).not.toHaveAttribute('aria-live');
    expect(within(region()).queryByRole('alert')).toBeNull();
    expect(within(region()).queryByRole('status')).toBeNull();
  });

  it('shows the kind as heading and the server message as text', () => {
    setup();
    show(() => notify.error(errors.forbidden()));
    const item = screen.getByRole('listitem', { name: 'Error: You do not have access' });
    expect(item).toHaveTextContent('The viewer role cannot invite team members.');
    expect(item).toHaveAttribute('data-type', 'error');
    expect(item).toHaveAttribute('data-kind', 'forbidden');
  });

  it('shows equal errors once with how many times they happened, and announces the repeat', () => {
    setup();
    show(() => notify.error(errors.server()));
    show(() => notify.error(errors.server()));
    show(() => notify.error(errors.server()));
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByRole('listitem')).toHaveTextContent('3 times');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Error: Something went wrong. Unexpected error. 3 times.',
    );
  });

  it('announces every repeat and every update again, each with a new element in its live region', () => {
    setup();
    const observer = new MutationObserver(() => {});
    for (const live of [screen.getByRole('alert'), screen.getByRole('status')]) {
      observer.observe(live, { childList: true });
    }
    show(() => notify.error(errors.server()));
    show(() => notify.error(errors.server()));
    show(() => notify('Syncing…', { id: 'sync' }));
    // An update in place is said as a new element too, not as an edit of the old one.
    show(() => notify('Synced', { id: 'sync' }));
    const announced = observer
      .takeRecords()
      .flatMap((record) =>
        [...record.addedNodes].map(
          (node) => `${(record.target as Element).getAttribute('role')}: ${node.textContent}`,
        ),
      );
    observer.disconnect();
    expect(announced).toEqual([
      'alert: Error: Something went wrong. Unexpected error.',
      'alert: Error: Something went wrong. Unexpected error. 2 times.',
      'status: Info: Syncing….',
      'status: Info: Synced.',
    ]);
    expect(screen.getByRole('alert').children).toHaveLength(1);
    expect(screen.getByRole('status').children).toHaveLength(1);
  });

  it('shows at most the given number of toasts and the next one when a place frees up', async () => {
    const { user } = setup({ max: 2 });
    show(() => {
      notify('First');
      notify('Second');
      notify('Third');
    });
    expect(titles()).toEqual(['Info: First', 'Info: Second']);
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(titles()).toEqual(['Info: Second', 'Info: Third']);
  });

  it('says how many more wait during a flood, in words for screen readers', async () => {
    const { user } = setup({ max: 2 });
    show(() => {
      for (const name of ['First', 'Second', 'Third', 'Fourth']) notify(name);
    });
    const more = region().querySelector('.fl-toaster-more');
    expect(more).toHaveTextContent('+2 more');
    expect(within(region()).getByText('2 more notifications waiting')).toHaveClass('fl-visually-hidden');
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(region().querySelector('.fl-toaster-more')).toHaveTextContent('+1 more');
    expect(within(region()).getByText('1 more notification waiting')).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(region().querySelector('.fl-toaster-more')).toBeNull();
  });

  it('closes a toast after its time', async () => {
    setup({ duration: 8000 });
    show(() => notify('Saved'));
    await wait(7999);
    expect(titles()).toEqual(['Info: Saved']);
    await wait(1);
    expect(titles()).toEqual([]);
  });

  it('pauses while the pointer is over the toasts and resumes with the time left', async () => {
    const { user } = setup();
    show(() => notify('Saved'));
    await wait(4000);
    await user.hover(region());
    await wait(60_000);
    expect(titles()).toEqual(['Info: Saved']);
    await user.unhover(region());
    await wait(1999);
    expect(titles()).toEqual(['Info: Saved']);
    await wait(1);
    expect(titles()).toEqual([]);
  });

  it('runs the timers again once the last toast is closed under the pointer', async () => {
    const { user } = setup();
    show(() => notify('Saved'));
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    show(() => notify('Renamed'));
    await wait(6000);
    expect(titles()).toEqual([]);
  });

  it('pauses while focus is in a toast', async () => {
    const { user } = setup();
    show(() => notify('Saved'));
    await user.keyboard('{F8}');
    await wait(60_000);
    expect(titles()).toEqual(['Info: Saved']);
    await user.keyboard('{F8}');
    await wait(6000);
    expect(titles()).toEqual([]);
  });

  it('pauses while the window is in the background and resumes with the time left', async () => {
    setup();
    show(() => notify('Saved'));
    await wait(5000);
    act(() => void window.dispatchEvent(new Event('blur')));
    await wait(60_000);
    expect(titles()).toEqual(['Info: Saved']);
    act(() => void window.dispatchEvent(new Event('focus')));
    await wait(999);
    expect(titles()).toEqual(['Info: Saved']);
    await wait(1);
    expect(titles()).toEqual([]);
  });

  it('pauses while the tab is hidden and resumes with the time left', async () => {
    setup();
    show(() => notify('Saved'));
    await wait(3000);
    act(() => setHidden(true));
    await wait(60_000);
    expect(titles()).toEqual(['Info: Saved']);
    act(() => setHidden(false));
    await wait(2999);
    expect(titles()).toEqual(['Info: Saved']);
    await wait(1);
    expect(titles()).toEqual([]);
  });

  it('moves focus into the labelled region with F8 and back with F8', async () => {
    const { user } = setup();
    show(() => notify.error(errors.server()));
    const origin = screen.getByRole('button', { name: 'Rename camera' });
    origin.focus();
    await user.keyboard('{F8}');
    expect(region()).toContainElement(document.activeElement as HTMLElement);
    expect(document.activeElement).toBe(screen.getByRole('listitem'));
    await user.keyboard('{F8}');
    expect(origin).toHaveFocus();
  });

  it('uses the hotkey it is given and names it in the region label', async () => {
    const { user } = setup({ hotkey: ['altKey', 'KeyT'] });
    show(() => notify('Saved'));
    await user.keyboard('{Alt>}t{/Alt}');
    expect(screen.getByRole('region', { name: 'Notifications (alt+T)' })).toContainElement(
      document.activeElement as HTMLElement,
    );
  });

  it('dismisses the focused toast with Escape and gives focus back where it was', async () => {
    const { user } = setup();
    show(() => notify.error(errors.server()));
    const origin = screen.getByRole('button', { name: 'Rename camera' });
    origin.focus();
    await user.keyboard('{F8}');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(origin).toHaveFocus();
  });

  it('moves focus to the next toast when Escape dismisses one of several', async () => {
    const { user } = setup();
    show(() => {
      notify('First');
      notify('Second');
    });
    await user.keyboard('{F8}');
    await user.keyboard('{Escape}');
    expect(screen.getByRole('listitem')).toHaveFocus();
    expect(titles()).toEqual(['Info: Second']);
  });

  it('gives focus back when a toast is closed with the pointer', async () => {
    const { user } = setup();
    show(() => {
      notify('First');
      notify('Second');
    });
    const origin = screen.getByRole('button', { name: 'Rename camera' });
    await user.click(origin);
    await user.keyboard('{F8}');
    await user.click(screen.getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    expect(origin).toHaveFocus();
  });

  it('runs the action, closes the toast, and never closes a toast with an action by itself', async () => {
    const { user } = setup();
    const onClick = vi.fn();
    show(() => notify.error(errors.unavailable(), { action: { label: 'Retry', onClick } }));
    await wait(10 * 60_000);
    await user.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onClick).toHaveBeenCalledOnce();
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('keeps a sticky toast and updates it in place by id', async () => {
    setup();
    show(() =>
      notify.error(errors.unavailable(), { id: 'query:cameras', duration: Number.POSITIVE_INFINITY }),
    );
    await wait(60 * 60_000);
    show(() => notify.error(errors.server(), { id: 'query:cameras', duration: Number.POSITIVE_INFINITY }));
    expect(titles()).toEqual(['Error: Something went wrong']);
    show(() => notify.dismiss('query:cameras'));
    expect(titles()).toEqual([]);
  });

  it('counts down in a rate-limited toast', async () => {
    setup();
    show(() => notify.error(errors.rateLimited(12)));
    const timer = screen.getByRole('timer');
    expect(timer).toHaveTextContent('Try again in 12 seconds');
    await wait(1000);
    expect(timer).toHaveTextContent('Try again in 11 seconds');
    expect(screen.getByRole('alert')).toHaveTextContent('You can try again in 12 seconds.');
  });

  it('keeps a rate-limited toast until its wait is over and announces the end', async () => {
    setup();
    show(() => notify.error(errors.rateLimited(30)));
    await wait(29_000);
    expect(screen.getByRole('timer')).toHaveTextContent('Try again in 1 second');
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    await wait(1000);
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again now.');
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.');
    await wait(MIN_TOAST_DURATION);
    expect(titles()).toEqual([]);
  });

  it('announces no end for a wait that was already over when the toast arrived', async () => {
    vi.setSystemTime(TEST_NOW + 60_000);
    setup();
    show(() => notify.error(errors.rateLimited(30)));
    expect(screen.getByRole('timer')).toHaveTextContent('You can try again now.');
    await wait(2000);
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(screen.getByRole('alert')).not.toHaveTextContent('You can try again in');
  });

  it('offers the request id, a copy button and a support link for a server error', async () => {
    const { user } = setup({}, { email: 'support@example.test' });
    show(() => notify.error(errors.server()));
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Request ID: req_01J9ZK4M2Q');
    await user.click(within(item).getByRole('button', { name: 'Copy' }));
    expect(await within(item).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe('req_01J9ZK4M2Q');
    const link = within(item).getByRole('link', { name: 'Contact support' });
    expect(link.getAttribute('href')).toMatch(/^mailto:support@example\.test\?subject=.*req_01J9ZK4M2Q/);
  });

  it('shows no support link when no support contact is configured', () => {
    setup();
    show(() => notify.error(errors.server()));
    expect(screen.getByRole('listitem')).toHaveTextContent('Request ID: req_01J9ZK4M2Q');
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('offers the request id and a copy button without any provider, and no support link', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    render(<Toaster queue={queue} />);
    show(() => notify.error(errors.server()));
    const item = screen.getByRole('listitem');
    expect(item).toHaveTextContent('Request ID: req_01J9ZK4M2Q');
    await user.click(within(item).getByRole('button', { name: 'Copy' }));
    expect(await within(item).findByRole('button', { name: 'Copied' })).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links to support from a toaster under a nested provider that inherits the contact', () => {
    render(
      <FaultlineProvider support={{ email: 'support@example.test' }}>
        <FaultlineProvider locale="en-GB">
          <Toaster queue={queue} />
        </FaultlineProvider>
      </FaultlineProvider>,
    );
    show(() => notify.error(errors.server()));
    const link = within(screen.getByRole('listitem')).getByRole('link', { name: 'Contact support' });
    expect(link.getAttribute('href')).toMatch(/^mailto:support@example\.test\?subject=/);
  });

  it('shows no support details for a client error', () => {
    setup({}, { email: 'support@example.test' });
    show(() => notify.error(errors.notFound()));
    expect(screen.getByRole('listitem')).not.toHaveTextContent('Request ID');
  });

  it('renders server text and messages as text, never as markup', () => {
    const { container } = setup();
    show(() => {
      for (const payload of XSS_PAYLOADS) {
        notify.error(makeError(500, { error: { code: payload, message: payload, request_id: payload } }));
        notify.info(payload);
      }
    });
    act(() => queue.configure({ max: 20 }));
    for (const payload of XSS_PAYLOADS) {
      expect(screen.getAllByText(payload, { exact: false }).length).toBeGreaterThan(0);
    }
    expect(container.querySelector('img, script, svg')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('renders custom toasts with renderToast', async () => {
    const { user } = setup({
      renderToast: (item, dismiss) => (
        <button type="button" onClick={dismiss}>
          Custom {item.message}
        </button>
      ),
    });
    show(() => notify('Saved'));
    await user.click(screen.getByRole('button', { name: 'Custom Saved' }));
    expect(screen.queryByRole('listitem')).toBeNull();
  });

  it('uses the copy from the provider', () => {
    render(
      <FaultlineProvider messages={{ notifications: 'Mitteilungen ({hotkey})', errorLabel: 'Fehler:' }}>
        <Toaster queue={queue} />
      </FaultlineProvider>,
    );
    show(() => notify.error(errors.server()));
    expect(screen.getByRole('region', { name: 'Mitteilungen (F8)' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/^Fehler: /);
  });

  it('shows the toasts of the default queue', () => {
    render(<Toaster />);
    act(() => void toast.error(errors.notFound()));
    expect(screen.getByRole('listitem')).toHaveTextContent('Camera not found.');
  });

  it('renders on the server with empty live regions and no toasts', () => {
    toast.error(errors.server());
    const html = renderToString(<Toaster />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('role="status"');
    expect(html).not.toContain('Unexpected error');
  });

  it('has no accessibility violations', async () => {
    vi.useRealTimers();
    const { container } = render(
      <FaultlineProvider support={{ email: 'support@example.test' }}>
        <Toaster queue={queue} />
      </FaultlineProvider>,
    );
    act(() => {
      notify.error(errors.server());
      notify.error(errors.rateLimited(30), { action: { label: 'Retry', onClick: () => {} } });
      notify.success('Camera renamed');
    });
    await expectNoAxeViolations(container);
  });
});

describe('Toaster rendered on the server', () => {
  it('hydrates its empty live regions', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider>
        <Toaster queue={queue} />
      </FaultlineProvider>,
    );
    expect(container.querySelector('[role="alert"]')).toBeEmptyDOMElement();
  });

  it('hydrates when a toast was raised before the page hydrated, then shows it', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider>
        <Toaster queue={queue} />
      </FaultlineProvider>,
      { beforeHydrate: () => void notify.error(errors.rateLimited(30)) },
    );
    expect(container.querySelector('.fl-toast')).toHaveTextContent('Rate limit exceeded.');
    expect(container.querySelector('[role="alert"]')).toHaveTextContent('Rate limit exceeded.');
  });
});

describe('ToastContent rendered on the server', () => {
  it('hydrates a toast with a countdown and support details', async () => {
    notify.error(errors.rateLimited(30));
    notify.error(errors.server());
    for (const data of queue.getSnapshot().toasts) {
      const { container, root } = await expectHydration(
        <FaultlineProvider support={{ email: 'help@example.test' }}>
          <ToastContent toast={data} onDismiss={() => {}} titleId="toast-title" />
        </FaultlineProvider>,
      );
      expect(container.querySelector('#toast-title')).not.toBeNull();
      act(() => root.unmount());
    }
  });
});
