import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { network } from '../test-utils/storm.js';
import { stormControl } from './stormControl.js';
import { createToastQueue, MIN_TOAST_DURATION, type ToastInput } from './ToastQueue.js';
import { createToast } from './toast.js';

const info = (message: string, extra: Partial<ToastInput> = {}): ToastInput => ({
  type: 'info',
  message,
  dedupeKey: message,
  ...extra,
});
const messages = (queue: ReturnType<typeof createToastQueue>) =>
  queue.getSnapshot().toasts.map((toast) => toast.message);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('createToastQueue', () => {
  it('shows toasts oldest first and returns their ids', () => {
    const queue = createToastQueue();
    const first = queue.add(info('Saved'));
    const second = queue.add(info('Uploaded'));
    expect(queue.getSnapshot().toasts.map((toast) => toast.id)).toEqual([first, second]);
    expect(first).not.toBe(second);
  });

  it('collapses an equal toast into the one shown, counting it', () => {
    const queue = createToastQueue();
    const id = queue.add(info('Saved'));
    expect(queue.add(info('Saved'))).toBe(id);
    expect(queue.add(info('Saved'))).toBe(id);
    expect(queue.getSnapshot().toasts).toHaveLength(1);
    expect(queue.getSnapshot().toasts[0]).toMatchObject({ id, count: 3, version: 2 });
  });

  it('restarts the full time when an equal toast arrives', () => {
    const queue = createToastQueue({ duration: 6000 });
    queue.add(info('Saved'));
    vi.advanceTimersByTime(5000);
    queue.add(info('Saved'));
    vi.advanceTimersByTime(5999);
    expect(messages(queue)).toEqual(['Saved']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('shows at most three toasts by default and keeps the rest waiting', () => {
    const queue = createToastQueue();
    for (const message of ['a', 'b', 'c', 'd', 'e']) queue.add(info(message));
    expect(messages(queue)).toEqual(['a', 'b', 'c']);
    expect(queue.getSnapshot().queued).toBe(2);
  });

  it('shows a waiting toast when a visible one is dismissed', () => {
    const queue = createToastQueue({ max: 1 });
    const first = queue.add(info('a'));
    queue.add(info('b'));
    queue.dismiss(first);
    expect(messages(queue)).toEqual(['b']);
    expect(queue.getSnapshot().queued).toBe(0);
  });

  it('does not run the timer of a waiting toast', () => {
    const queue = createToastQueue({ max: 1, duration: 6000 });
    queue.add(info('a'));
    queue.add(info('b'));
    vi.advanceTimersByTime(6000);
    expect(messages(queue)).toEqual(['b']);
    vi.advanceTimersByTime(5999);
    expect(messages(queue)).toEqual(['b']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('never closes a toast with an action by itself', () => {
    const queue = createToastQueue();
    queue.add(info('Deleted', { action: { label: 'Undo', onClick: () => {} }, duration: 1000 }));
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(messages(queue)).toEqual(['Deleted']);
  });

  it('keeps a toast at least five seconds even when asked for less', () => {
    const queue = createToastQueue();
    queue.add(info('Saved', { duration: 1000 }));
    vi.advanceTimersByTime(MIN_TOAST_DURATION - 1);
    expect(messages(queue)).toEqual(['Saved']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('never lets the default duration drop under five seconds', () => {
    const queue = createToastQueue({ duration: 10 });
    queue.add(info('Saved'));
    vi.advanceTimersByTime(MIN_TOAST_DURATION - 1);
    expect(messages(queue)).toEqual(['Saved']);
  });

  it('keeps a toast with an infinite duration until it is dismissed', () => {
    const queue = createToastQueue();
    const id = queue.add(info('Offline', { duration: Number.POSITIVE_INFINITY }));
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(messages(queue)).toEqual(['Offline']);
    queue.dismiss(id);
    expect(messages(queue)).toEqual([]);
  });

  it('keeps a toast that counts down to a retry until the wait is over, and a while after', () => {
    vi.setSystemTime(TEST_NOW);
    const queue = createToastQueue({ duration: 6000 });
    const error = errors.rateLimited(30);
    queue.add({ type: 'error', message: error.message, error });
    vi.advanceTimersByTime(30_000 + MIN_TOAST_DURATION - 1);
    expect(messages(queue)).toEqual([error.message]);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('keeps the usual time for a toast whose wait is already over', () => {
    vi.setSystemTime(TEST_NOW + 60_000);
    const queue = createToastQueue({ duration: 6000 });
    const error = errors.rateLimited(30);
    queue.add({ type: 'error', message: error.message, error });
    vi.advanceTimersByTime(6000);
    expect(messages(queue)).toEqual([]);
  });

  it('resumes a paused timer with the time that was left', () => {
    const queue = createToastQueue({ duration: 6000 });
    queue.add(info('Saved'));
    vi.advanceTimersByTime(4000);
    const resume = queue.pause();
    vi.advanceTimersByTime(60_000);
    expect(messages(queue)).toEqual(['Saved']);
    resume();
    vi.advanceTimersByTime(1999);
    expect(messages(queue)).toEqual(['Saved']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('stays paused until every pause has been resumed', () => {
    const queue = createToastQueue({ duration: 6000 });
    queue.add(info('Saved'));
    const hover = queue.pause();
    const focus = queue.pause();
    hover();
    hover();
    vi.advanceTimersByTime(10_000);
    expect(messages(queue)).toEqual(['Saved']);
    focus();
    vi.advanceTimersByTime(6000);
    expect(messages(queue)).toEqual([]);
  });

  it('updates the toast with the same id in place', () => {
    const queue = createToastQueue();
    queue.add(info('a'));
    queue.add(info('Loading cameras failed'), 'cameras');
    queue.add(info('c'));
    queue.add(info('Cameras are offline'), 'cameras');
    expect(messages(queue)).toEqual(['a', 'Cameras are offline', 'c']);
    expect(queue.getSnapshot().toasts[1]).toMatchObject({ id: 'cameras', count: 1, version: 1 });
  });

  it('counts an equal toast sent again under the same id', () => {
    const queue = createToastQueue();
    queue.add(info('Cameras are offline'), 'cameras');
    queue.add(info('Cameras are offline'), 'cameras');
    expect(queue.getSnapshot().toasts[0]?.count).toBe(2);
  });

  it('dismisses one toast by id and ignores ids it does not know', () => {
    const queue = createToastQueue();
    const first = queue.add(info('a'));
    queue.add(info('b'));
    queue.dismiss('nope');
    queue.dismiss(first);
    expect(messages(queue)).toEqual(['b']);
  });

  it('dismisses every toast, waiting ones too, when no id is given', () => {
    const queue = createToastQueue({ max: 1 });
    queue.add(info('a'));
    queue.add(info('b'));
    queue.dismiss();
    expect(queue.getSnapshot()).toEqual({ toasts: [], queued: 0 });
  });

  it('keeps the same snapshot object until something visible changes', () => {
    const queue = createToastQueue();
    queue.add(info('a'));
    const before = queue.getSnapshot();
    const resume = queue.pause();
    resume();
    queue.dismiss('nope');
    queue.configure({ duration: 8000 });
    expect(queue.getSnapshot()).toBe(before);
  });

  it('tells subscribers about changes until they unsubscribe', () => {
    const queue = createToastQueue();
    const listener = vi.fn();
    const unsubscribe = queue.subscribe(listener);
    const id = queue.add(info('a'));
    queue.pause()();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    queue.dismiss(id);
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('shows more toasts when the visible cap is raised', () => {
    const queue = createToastQueue({ max: 1 });
    queue.add(info('a'));
    queue.add(info('b'));
    queue.configure({ max: 2 });
    expect(messages(queue)).toEqual(['a', 'b']);
  });

  it('drops the oldest waiting toast rather than grow without bound', () => {
    const queue = createToastQueue({ max: 1 });
    for (let i = 0; i < 60; i++) queue.add(info(`toast ${i}`));
    expect(queue.getSnapshot().queued).toBe(50);
    expect(messages(queue)).toEqual(['toast 0']);
    queue.dismiss();
    queue.add(info('fresh'));
    expect(messages(queue)).toEqual(['fresh']);
  });

  it('keeps the newest waiting toasts when the waiting line is full', () => {
    const queue = createToastQueue({ max: 1 });
    for (let i = 0; i < 60; i++) queue.add(info(`toast ${i}`));
    const shown: string[] = [];
    while (queue.getSnapshot().toasts.length > 0) {
      const [visible] = queue.getSnapshot().toasts;
      shown.push(visible?.message ?? '');
      queue.dismiss(visible?.id);
    }
    // The visible toast stays; toasts 1 to 9, the oldest waiting ones, made room for the rest.
    expect(shown).toEqual(['toast 0', ...Array.from({ length: 50 }, (_, i) => `toast ${i + 10}`)]);
  });

  it('collapses a repeat of a waiting toast into it instead of queueing it twice', () => {
    const queue = createToastQueue({ max: 1 });
    const first = queue.add(info('Saved'));
    const waiting = queue.add(info('Uploaded'));
    expect(queue.add(info('Uploaded'))).toBe(waiting);
    expect(queue.getSnapshot().queued).toBe(1);
    queue.dismiss(first);
    expect(queue.getSnapshot().toasts).toEqual([expect.objectContaining({ id: waiting, count: 2 })]);
    expect(queue.getSnapshot().queued).toBe(0);
  });

  it('ignores a cap or duration that is not a positive number', () => {
    const queue = createToastQueue({ max: Number.NaN, duration: -5 });
    for (const message of ['a', 'b', 'c', 'd']) queue.add(info(message));
    expect(messages(queue)).toEqual(['a', 'b', 'c']);
    vi.advanceTimersByTime(5999);
    expect(messages(queue)).toHaveLength(3);
  });

  it('gives a cap of 0 and a duration of 0 the usual three toasts and six seconds', () => {
    const queue = createToastQueue({ max: 0, duration: 0 });
    for (const message of ['a', 'b', 'c', 'd']) queue.add(info(message, { duration: 0 }));
    expect(messages(queue)).toEqual(['a', 'b', 'c']);
    vi.advanceTimersByTime(5999);
    expect(messages(queue)).toEqual(['a', 'b', 'c']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual(['d']);
  });

  it('shows two toasts with neither a key nor an id as two, even with the same text', () => {
    const queue = createToastQueue();
    const first = queue.add({ type: 'info', message: 'Saved' });
    const second = queue.add({ type: 'info', message: 'Saved' });
    expect(second).not.toBe(first);
    expect(messages(queue)).toEqual(['Saved', 'Saved']);
  });

  it('keeps a toast with a Try again button after the pointer rests on the toasts and leaves', () => {
    const queue = createToastQueue();
    queue.add(info('Could not save', { retry: () => {} }));
    const resume = queue.pause();
    vi.advanceTimersByTime(1000);
    resume();
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(messages(queue)).toEqual(['Could not save']);
  });

  it('keeps a waiting toast with an Undo button once it gets its place, until it is dismissed', () => {
    const queue = createToastQueue({ max: 1 });
    const first = queue.add(info('Saved'));
    queue.add(info('Deleted', { action: { label: 'Undo', onClick: () => {} } }));
    queue.dismiss(first);
    vi.advanceTimersByTime(24 * 60 * 60 * 1000);
    expect(messages(queue)).toEqual(['Deleted']);
  });

  it('shows a background failure at once, hidden tab or not, when it has no storm part', () => {
    const queue = createToastQueue();
    queue.setHidden(true);
    queue.setOnline(false);
    queue.retryOffline();
    queue.add({ type: 'error', message: 'Could not refresh the cameras', background: true });
    expect(messages(queue)).toEqual(['Could not refresh the cameras']);
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('keeps a toast for the default duration it is given', () => {
    const queue = createToastQueue({ duration: 10_000 });
    queue.add(info('Saved'));
    vi.advanceTimersByTime(9999);
    expect(messages(queue)).toEqual(['Saved']);
    vi.advanceTimersByTime(1);
    expect(messages(queue)).toEqual([]);
  });

  it('lets a toaster without the storm part come and go', () => {
    const queue = createToastQueue();
    const hide = queue.connect();
    expect(hide).not.toThrow();
    queue.add(info('Saved'));
    expect(messages(queue)).toEqual(['Saved']);
  });

  it('gives the server an empty snapshot', () => {
    const queue = createToastQueue();
    queue.add(info('a'));
    expect(queue.getServerSnapshot()).toEqual({ toasts: [], queued: 0 });
  });
});

describe('a queue shown by toasters, with the storm part', () => {
  const offline = (queue: ReturnType<typeof createToastQueue>) => queue.getSnapshot().offline;

  it('starts following the network when the first toaster shows the queue', () => {
    const net = network(false);
    const queue = createToastQueue({ storms: stormControl({ online: net, tabs: false }) });
    expect(offline(queue)).toBeUndefined();
    const hide = queue.connect();
    expect(offline(queue)).toMatchObject({ reason: 'browser' });
    hide();
  });

  it('follows the network at once when a toaster already shown is given the storm part', () => {
    const net = network(false);
    const queue = createToastQueue();
    const hide = queue.connect();
    queue.configure({ storms: stormControl({ online: net, tabs: false }) });
    expect(offline(queue)).toMatchObject({ reason: 'browser' });
    net.set(true);
    expect(offline(queue)).toBeUndefined();
    hide();
  });

  it('follows the network while any of its toasters is shown, and stops when the last one goes', () => {
    const net = network();
    const queue = createToastQueue({ storms: stormControl({ online: net, tabs: false }) });
    const hideFirst = queue.connect();
    const hideSecond = queue.connect();
    hideFirst();
    net.set(false);
    expect(offline(queue)).toMatchObject({ reason: 'browser' });
    net.set(true);
    expect(offline(queue)).toBeUndefined();
    hideSecond();
    net.set(false);
    expect(offline(queue)).toBeUndefined();
  });

  it('counts a toaster that lets go twice as gone once: the other one still follows the network', () => {
    const net = network();
    const queue = createToastQueue({ storms: stormControl({ online: net, tabs: false }) });
    const hideFirst = queue.connect();
    const hideSecond = queue.connect();
    hideFirst();
    hideFirst();
    net.set(false);
    expect(offline(queue)).toMatchObject({ reason: 'browser' });
    hideSecond();
  });

  it('follows the network again when a toaster shows the queue after all had gone', () => {
    const net = network();
    const queue = createToastQueue({ storms: stormControl({ online: net, tabs: false }) });
    queue.connect()();
    const hide = queue.connect();
    net.set(false);
    expect(offline(queue)).toMatchObject({ reason: 'browser' });
    hide();
  });

  it('keeps the offline status and what waits when the toaster is given new storm settings', () => {
    vi.setSystemTime(TEST_NOW);
    const queue = createToastQueue({ storms: stormControl({ tabs: false }) });
    const notify = createToast(queue);
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry: () => {} });
    expect(offline(queue)).toMatchObject({ reason: 'failures', waiting: 3 });
    queue.configure({ storms: stormControl({ tabs: false, burst: 10 }) });
    expect(offline(queue)).toMatchObject({ reason: 'failures', waiting: 3 });
  });
});
