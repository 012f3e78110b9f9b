import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { cameraFailure } from '../test-utils/storm.js';
import { stormControl } from './stormControl.js';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast, type ErrorToastOptions } from './toast.js';

let queue: ToastQueue;
let notify: ReturnType<typeof createToast>;
const shown = () => queue.getSnapshot().toasts;
const summaries = () => shown().filter((toast) => toast.summary);

const failure = (n: number, options: ErrorToastOptions = {}) => cameraFailure(notify, n, options);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
  queue = createToastQueue({ storms: stormControl() });
  notify = createToast(queue);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('a burst of failures', () => {
  it.each([5, 40, 1000])(
    'turns %i distinct failures at once into one summary, at most 3 toasts visible',
    (n) => {
      for (let i = 0; i < n; i++) failure(i);
      expect(shown().length).toBeLessThanOrEqual(3);
      expect(summaries()).toHaveLength(1);
      expect(queue.getSnapshot().queued).toBe(0);
      // Two failures shown as they came, the rest summed up in the last place.
      expect(summaries()[0]?.summary).toMatchObject({ reason: 'burst', total: n - 2 });
      expect(shown().indexOf(summaries()[0] as never)).toBe(2);
    },
  );

  it('lists the newest 100 failures of a very large burst and still counts them all', () => {
    for (let i = 0; i < 1000; i++) failure(i);
    const summary = summaries()[0]?.summary;
    expect(summary?.items).toHaveLength(100);
    expect(summary?.items.at(-1)?.message).toBe('Camera 999 is unreachable.');
  });

  it('collapses equal failures before counting a burst', () => {
    for (let i = 0; i < 10; i++) notify.error(errors.server());
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toMatchObject({ count: 10 });
    expect(summaries()).toHaveLength(0);
  });

  it('counts a repeat of a failure in the summary on its item, not as a new one', () => {
    for (let i = 0; i < 6; i++) failure(i);
    failure(5);
    const summary = summaries()[0]?.summary;
    expect(summary?.total).toBe(4);
    expect(summary?.items.at(-1)).toMatchObject({ message: 'Camera 5 is unreachable.', count: 2 });
  });

  it('adds new failures to the summary while it is shown, updating it in place', () => {
    for (let i = 0; i < 5; i++) failure(i);
    const before = summaries()[0];
    vi.advanceTimersByTime(3000);
    failure(99);
    expect(summaries()[0]).toMatchObject({ id: before?.id, version: (before?.version ?? 0) + 1 });
    expect(summaries()[0]?.summary?.total).toBe(4);
  });

  it('queues failures as before when they come slower than the window', () => {
    for (let i = 0; i < 5; i++) {
      failure(i, { onRetry: () => {} });
      vi.advanceTimersByTime(1000);
    }
    expect(summaries()).toHaveLength(0);
    expect(queue.getSnapshot().queued).toBe(2);
  });

  it('follows a configured threshold and window', () => {
    queue.configure({ storms: stormControl({ burst: 10, burstWindow: 500 }) });
    for (let i = 0; i < 8; i++) failure(i);
    expect(summaries()).toHaveLength(0);
  });

  it('keeps the summary until it is dismissed, however long', () => {
    for (let i = 0; i < 5; i++) failure(i);
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(summaries()).toHaveLength(1);
  });

  it('retries every retryable failure once with Retry all', () => {
    const retries = Array.from({ length: 6 }, () => vi.fn());
    for (const [i, onRetry] of retries.entries()) failure(i, i === 3 ? {} : { onRetry });
    summaries()[0]?.retry?.();
    expect(retries.map((retry) => retry.mock.calls.length)).toEqual([0, 0, 1, 0, 1, 1]);
  });

  it('has no Retry all when none of its failures can be retried', () => {
    for (let i = 0; i < 6; i++) failure(i);
    expect(summaries()[0]?.retry).toBeUndefined();
  });

  it('drops a failure that recovers from the summary, and the summary when none is left', () => {
    for (let i = 0; i < 4; i++) failure(i, { id: `query:${i}` });
    expect(summaries()[0]?.summary?.items.map((item) => item.id)).toEqual(['query:2', 'query:3']);
    queue.dismiss('query:2');
    expect(summaries()[0]?.summary).toMatchObject({ total: 1, items: [{ id: 'query:3' }] });
    queue.dismiss('query:3');
    expect(summaries()).toHaveLength(0);
  });

  it('updates a failure inside the summary by its id', () => {
    for (let i = 0; i < 4; i++) failure(i, { id: `query:${i}` });
    notify.error(errors.server(), { id: 'query:3' });
    expect(summaries()[0]?.summary?.items.at(-1)).toMatchObject({ id: 'query:3', error: { status: 500 } });
  });

  it('keeps a failure with an action of its own out of the summary', () => {
    for (let i = 0; i < 5; i++) failure(i);
    notify.error(errors.forbidden(), { action: { label: 'Ask for access', onClick: () => {} } });
    expect(queue.getSnapshot().queued).toBe(1);
  });
});

describe('offline', () => {
  it('shows one status instead of a toast per network failure, and tries them again when back', () => {
    const retries = Array.from({ length: 5 }, () => vi.fn());
    queue.setOnline(false);
    for (const onRetry of retries)
      notify.error(new TypeError('Failed to fetch'), { request: `${Math.random()}`, onRetry });
    expect(shown()).toEqual([]);
    expect(queue.getSnapshot().offline).toEqual({ since: TEST_NOW, waiting: 5, reason: 'browser' });
    queue.setOnline(true);
    expect(queue.getSnapshot().offline).toBeUndefined();
    expect(retries.every((retry) => retry.mock.calls.length === 1)).toBe(true);
    expect(shown()).toMatchObject([{ type: 'success', event: 'online' }]);
  });

  it('tries every one of 1,000 failed requests again when back, and counts them all as waiting', () => {
    const onRetry = vi.fn();
    queue.setOnline(false);
    for (let i = 0; i < 1000; i++)
      notify.error(new TypeError('Failed to fetch'), { request: `${i}`, onRetry });
    notify.error(new TypeError('Failed to fetch'), { request: 'no retry' });
    expect(queue.getSnapshot().offline?.waiting).toBe(1000);
    queue.setOnline(true);
    expect(onRetry).toHaveBeenCalledTimes(1000);
  });

  it('closes the "Back online" note by itself', () => {
    queue.setOnline(false);
    queue.setOnline(true);
    vi.advanceTimersByTime(6000);
    expect(shown()).toEqual([]);
  });

  it('still shows failures that got a response while offline', () => {
    queue.setOnline(false);
    notify.error(errors.forbidden());
    expect(shown()).toMatchObject([{ error: { kind: 'forbidden' } }]);
  });

  it('moves network failures already on screen into the status when the browser goes offline', () => {
    notify.error(errors.network(), { onRetry: () => {} });
    queue.setOnline(false);
    expect(shown()).toEqual([]);
    expect(queue.getSnapshot().offline?.waiting).toBe(1);
  });

  it('counts changes waiting outside the queue', () => {
    queue.setOnline(false);
    queue.setWaiting(2);
    expect(queue.getSnapshot().offline?.waiting).toBe(2);
  });

  it('treats three network failures in a row as offline while the browser says it is online', () => {
    notify.error(errors.network(), { request: 'a' });
    notify.error(errors.network(), { request: 'b' });
    expect(queue.getSnapshot().offline).toBeUndefined();
    notify.error(errors.network(), { request: 'c' });
    expect(queue.getSnapshot().offline?.reason).toBe('failures');
    expect(shown()).toEqual([]);
  });

  it('does not count network failures far apart as in a row', () => {
    for (const request of ['a', 'b', 'c']) {
      notify.error(errors.network(), { request });
      vi.advanceTimersByTime(60_000);
    }
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('ends the status when a response arrives after network failures in a row, and retries', () => {
    const onRetry = vi.fn();
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry });
    notify.error(errors.server());
    expect(queue.getSnapshot().offline).toBeUndefined();
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it('ends the status when a kept failure recovers', () => {
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { id: request });
    queue.dismiss('b');
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('tries again on request and comes back with the next network failure', () => {
    const onRetry = vi.fn();
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry });
    queue.retryOffline();
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(queue.getSnapshot().offline).toBeUndefined();
    notify.error(errors.network(), { request: 'a' });
    expect(queue.getSnapshot().offline).toBeDefined();
  });

  it('follows the source it connects to', () => {
    let listener = (_online: boolean) => {};
    const source = {
      isOnline: () => false,
      subscribe: (next: (online: boolean) => void) => {
        listener = next;
        return () => {};
      },
    };
    queue.configure({ storms: stormControl({ online: source }) });
    const disconnect = queue.connect();
    expect(queue.getSnapshot().offline).toBeDefined();
    listener(true);
    expect(queue.getSnapshot().offline).toBeUndefined();
    disconnect();
  });
});

describe('a queue the storm part joins later', () => {
  it('judges what was raised before it joined under the settings it came with, at the times it was raised', () => {
    const plain = createToastQueue();
    const early = createToast(plain);
    for (let i = 0; i < 3; i++) cameraFailure(early, i);
    vi.advanceTimersByTime(5000);
    for (let i = 3; i < 8; i++) cameraFailure(early, i);
    expect(plain.getSnapshot().queued).toBe(5);
    plain.configure({ max: 4, storms: stormControl() });
    const { toasts, queued } = plain.getSnapshot();
    expect(queued).toBe(0);
    expect(toasts.map((toast) => toast.summary?.total ?? toast.message)).toEqual([
      'Camera 0 is unreachable.',
      'Camera 1 is unreachable.',
      'Camera 2 is unreachable.',
      5,
    ]);
    expect(toasts[3]?.at).toBe(TEST_NOW + 5000);
  });
});

describe('a hidden tab', () => {
  it('keeps background failures and sums them up on return, dropping the recovered ones', () => {
    queue.setHidden(true);
    failure(1, { id: 'query:1', background: true });
    failure(2, { id: 'query:2', background: true });
    failure(3, { id: 'query:3', background: true });
    expect(shown()).toEqual([]);
    queue.dismiss('query:2');
    queue.setHidden(false);
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.summary).toMatchObject({
      reason: 'away',
      total: 3,
      recovered: 1,
      items: [{ id: 'query:1' }, { id: 'query:3' }],
    });
  });

  it('shows nothing on return when every failure recovered', () => {
    queue.setHidden(true);
    failure(1, { id: 'query:1', background: true });
    queue.dismiss('query:1');
    queue.setHidden(false);
    expect(shown()).toEqual([]);
  });

  it("shows a failure of the user's own action at once, hidden or not", () => {
    queue.setHidden(true);
    notify.error(errors.forbidden());
    expect(shown()).toHaveLength(1);
  });

  it('counts a repeated background failure once', () => {
    queue.setHidden(true);
    failure(1, { id: 'query:1', background: true });
    failure(1, { id: 'query:1', background: true });
    queue.setHidden(false);
    expect(shown()[0]?.summary).toMatchObject({ total: 1, items: [{ count: 2 }] });
  });
});
