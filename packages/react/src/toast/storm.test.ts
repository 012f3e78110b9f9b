import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { cameraFailure, network } from '../test-utils/storm.js';
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

describe('what the storm part leaves as it is', () => {
  const timeout = () => new DOMException('signal timed out', 'TimeoutError');

  it('ignores a burst, window or row of failures that is not a positive number', () => {
    queue.configure({ storms: stormControl({ burst: 0, burstWindow: 0, offlineAfter: 0 }) });
    notify.error(errors.network(), { request: 'a', onRetry: () => {} });
    expect(queue.getSnapshot().offline).toBeUndefined();
    for (let i = 0; i < 4; i++) {
      failure(i, { onRetry: () => {} });
      vi.advanceTimersByTime(2500);
    }
    expect(summaries()).toHaveLength(0);
    for (let i = 10; i < 15; i++) failure(i, { onRetry: () => {} });
    expect(summaries()).toHaveLength(1);
  });

  it('follows a configured window alone, and a configured row of network failures', () => {
    queue.configure({ storms: stormControl({ burstWindow: 500, offlineAfter: 5 }) });
    for (let i = 0; i < 6; i++) {
      failure(i, { onRetry: () => {} });
      vi.advanceTimersByTime(600);
    }
    expect(summaries()).toHaveLength(0);
    for (const request of ['a', 'b', 'c', 'd']) notify.error(errors.network(), { request });
    expect(queue.getSnapshot().offline).toBeUndefined();
    notify.error(errors.network(), { request: 'e' });
    expect(queue.getSnapshot().offline?.reason).toBe('failures');
  });

  it('takes exactly as many failures at once as the burst threshold as no burst', () => {
    const small = createToastQueue({ max: 1, storms: stormControl({ tabs: false }) });
    const early = createToast(small);
    for (let i = 0; i < 3; i++) cameraFailure(early, i);
    expect(small.getSnapshot()).toMatchObject({ queued: 2 });
    expect(small.getSnapshot().toasts[0]?.summary).toBeUndefined();
  });

  it('shows a burst that fits on screen as it is', () => {
    const roomy = createToastQueue({ max: 10, storms: stormControl({ tabs: false }) });
    const early = createToast(roomy);
    for (let i = 0; i < 6; i++) cameraFailure(early, i);
    expect(roomy.getSnapshot().toasts).toHaveLength(6);
    expect(roomy.getSnapshot().toasts.filter((toast) => toast.summary)).toEqual([]);
  });

  it('does not count failures exactly one window apart as one burst', () => {
    const small = createToastQueue({
      max: 1,
      storms: stormControl({ burst: 1, burstWindow: 1000, tabs: false }),
    });
    const early = createToast(small);
    cameraFailure(early, 0, { onRetry: () => {} });
    vi.advanceTimersByTime(1000);
    cameraFailure(early, 1, { onRetry: () => {} });
    expect(small.getSnapshot()).toMatchObject({ queued: 1 });
    expect(small.getSnapshot().toasts[0]?.summary).toBeUndefined();
  });

  it('does not count network failures exactly 30 seconds apart as in a row', () => {
    for (const request of ['a', 'b', 'c']) {
      notify.error(errors.network(), { request, onRetry: () => {} });
      vi.advanceTimersByTime(30_000);
    }
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('shows a success note as it comes while requests fail in a row, and keeps the offline status', () => {
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request });
    notify.success('Draft kept on this device');
    expect(queue.getSnapshot().offline?.reason).toBe('failures');
    expect(shown()).toMatchObject([{ type: 'success', message: 'Draft kept on this device' }]);
  });

  it('keeps the row of network failures going through a timeout, which is no response', () => {
    notify.error(errors.network(), { request: 'a' });
    notify.error(timeout(), { request: 'b' });
    notify.error(errors.network(), { request: 'c' });
    notify.error(errors.network(), { request: 'd' });
    expect(queue.getSnapshot().offline?.reason).toBe('failures');
  });

  it('shows a success toast during a burst as itself, not in the summary', () => {
    for (let i = 0; i < 5; i++) failure(i);
    const id = notify.success('Saved');
    expect(summaries()[0]?.summary?.items.map((item) => item.id)).not.toContain(id);
    expect(queue.getSnapshot().queued).toBe(1);
  });

  it('leaves a note, a failure with its own action and a summary of the time away out of a new burst', () => {
    failure(50);
    failure(51);
    notify.info('Two cameras were renamed');
    notify.error(errors.forbidden(), { action: { label: 'Ask for access', onClick: () => {} } });
    queue.setHidden(true);
    failure(100, { background: true });
    queue.setHidden(false);
    for (let i = 0; i < 5; i++) failure(i);
    const burst = summaries().find((toast) => toast.summary?.reason === 'burst');
    expect(burst?.summary?.items.map((item) => item.message)).toEqual(
      [0, 1, 2, 3, 4].map((i) => `Camera ${i} is unreachable.`),
    );
    queue.dismiss(burst?.id);
    queue.dismiss(shown()[0]?.id);
    queue.dismiss(shown()[0]?.id);
    expect(shown().map((toast) => toast.summary?.reason ?? toast.type)).toEqual(['info', 'error', 'away']);
  });

  it('updates the summary for a repeat of one of its failures even when the summary is alone on screen', () => {
    for (let i = 0; i < 5; i++) failure(i, { id: `query:${i}` });
    queue.dismiss('query:0');
    queue.dismiss('query:1');
    expect(shown()).toHaveLength(1);
    failure(3, { id: 'query:3' });
    expect(shown()).toHaveLength(1);
    expect(summaries()[0]?.summary?.items.find((item) => item.id === 'query:3')).toMatchObject({
      version: 1,
    });
  });

  it('does not count repeats of failures already in the summary toward the next burst', () => {
    for (let i = 0; i < 5; i++) failure(i, { onRetry: () => {} });
    vi.advanceTimersByTime(1500);
    failure(3, { onRetry: () => {} });
    failure(4, { onRetry: () => {} });
    vi.advanceTimersByTime(1000);
    queue.dismiss(summaries()[0]?.id);
    failure(10, { onRetry: () => {} });
    failure(11, { onRetry: () => {} });
    expect(summaries()).toHaveLength(0);
    expect(queue.getSnapshot().queued).toBe(1);
  });

  it('gives a summary and the "Back online" note no text of their own: the toaster words them', () => {
    for (let i = 0; i < 5; i++) failure(i);
    expect(summaries()[0]).toMatchObject({ type: 'error', message: '' });
    queue.dismiss();
    queue.setOnline(false);
    queue.setOnline(true);
    expect(shown()).toMatchObject([{ type: 'success', event: 'online', message: '' }]);
  });

  it('keeps a summary when a toast outside it is dismissed, and drops it without a trace when none of it is left', () => {
    for (let i = 0; i < 4; i++) failure(i, { id: `query:${i}` });
    queue.dismiss('query:0');
    expect(summaries()[0]?.summary).toMatchObject({ total: 2 });
    queue.dismiss('query:2');
    queue.dismiss('query:3');
    expect(shown().map((toast) => toast.id)).toEqual(['query:1']);
  });
});

describe('offline, further', () => {
  it('keeps failures that got a response on screen when the browser goes offline, and after it is back', () => {
    notify.error(errors.forbidden());
    queue.setOnline(false);
    expect(shown()).toMatchObject([{ error: { kind: 'forbidden' } }]);
    queue.setOnline(true);
    expect(shown()).toMatchObject([{ error: { kind: 'forbidden' } }, { event: 'online' }]);
  });

  it('drops the "Back online" note when the network goes again, and shows one when it is back again', () => {
    notify.error(errors.forbidden());
    queue.setOnline(false);
    queue.setOnline(true);
    queue.setOnline(false);
    expect(shown()).toMatchObject([{ error: { kind: 'forbidden' } }]);
    queue.setOnline(true);
    expect(shown().filter((toast) => toast.event)).toHaveLength(1);
  });

  it('shows one "Back online" note after the network went and came back through failures twice', () => {
    queue.setOnline(false);
    queue.setOnline(true);
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request });
    notify.error(errors.server());
    expect(shown().filter((toast) => toast.event)).toHaveLength(1);
  });

  it('keeps the status of failures in a row when the browser says again that it is online', () => {
    const net = network(true);
    queue.configure({ storms: stormControl({ online: net, tabs: false }) });
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry: () => {} });
    const stop = queue.connect();
    net.set(true);
    expect(queue.getSnapshot().offline).toMatchObject({ reason: 'failures', waiting: 3 });
    stop();
  });

  it('says the browser is offline once it says so after failures in a row, keeping when the network went', () => {
    const onRetry = vi.fn();
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry });
    vi.advanceTimersByTime(5000);
    queue.setOnline(false);
    expect(queue.getSnapshot().offline).toEqual({ since: TEST_NOW, waiting: 3, reason: 'browser' });
    expect(onRetry).not.toHaveBeenCalled();
    expect(shown()).toEqual([]);
    queue.setOnline(true);
    expect(onRetry).toHaveBeenCalledTimes(3);
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('says when the network went this time, not the time before', () => {
    queue.setOnline(false);
    queue.setOnline(true);
    vi.advanceTimersByTime(60_000);
    queue.setOnline(false);
    expect(queue.getSnapshot().offline?.since).toBe(TEST_NOW + 60_000);
  });

  it('counts as waiting only the failures that can be tried again', () => {
    queue.setOnline(false);
    notify.error(errors.network(), { request: 'a', onRetry: () => {} });
    notify.error(errors.network(), { request: 'b' });
    expect(queue.getSnapshot().offline?.waiting).toBe(1);
  });

  it('keeps the same snapshot while nothing about the offline status changes', () => {
    queue.setOnline(false);
    const before = queue.getSnapshot();
    queue.pause()();
    expect(queue.getSnapshot()).toBe(before);
  });

  it('ends the status when a kept failure recovers, and tries the others again, not it', () => {
    const retried: string[] = [];
    for (const request of ['a', 'b', 'c'])
      notify.error(errors.network(), { id: request, onRetry: () => retried.push(request) });
    queue.dismiss('b');
    expect(retried).toEqual(['a', 'c']);
    expect(queue.getSnapshot().offline).toBeUndefined();
  });

  it('keeps the status when a toast that was not kept is dismissed', () => {
    const shownId = notify.error(errors.forbidden());
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry: () => {} });
    queue.dismiss(shownId);
    expect(queue.getSnapshot().offline).toMatchObject({ reason: 'failures', waiting: 3 });
  });

  it('stays offline while the browser says so when a kept failure recovers', () => {
    queue.setOnline(false);
    notify.error(errors.network(), { id: 'a', onRetry: () => {} });
    queue.dismiss('a');
    expect(queue.getSnapshot().offline).toMatchObject({ reason: 'browser' });
    expect(shown()).toEqual([]);
  });

  it('tries nothing again on Try now while the browser says it is offline', () => {
    const onRetry = vi.fn();
    queue.setOnline(false);
    notify.error(errors.network(), { request: 'a', onRetry });
    queue.retryOffline();
    expect(onRetry).not.toHaveBeenCalled();
    expect(queue.getSnapshot().offline).toMatchObject({ waiting: 1 });
  });

  it('says nothing about being back after Try now', () => {
    for (const request of ['a', 'b', 'c']) notify.error(errors.network(), { request, onRetry: () => {} });
    queue.retryOffline();
    expect(shown()).toEqual([]);
  });

  it('follows a new online source given while connected, and no longer the old one', () => {
    const first = network(true);
    const second = network(false);
    queue.configure({ storms: stormControl({ online: first, tabs: false }) });
    const stop = queue.connect();
    queue.configure({ storms: stormControl({ online: second, tabs: false }) });
    expect(queue.getSnapshot().offline).toMatchObject({ reason: 'browser' });
    first.set(false);
    second.set(true);
    expect(queue.getSnapshot().offline).toBeUndefined();
    stop();
  });

  it('does not follow a source given after the last toaster went', () => {
    queue.configure({ storms: stormControl({ tabs: false }) });
    queue.connect()();
    queue.configure({ storms: stormControl({ online: network(false), tabs: false }) });
    expect(queue.getSnapshot().offline).toBeUndefined();
  });
});

describe('a hidden tab, further', () => {
  it('shows a background failure at once while the page has not said it is hidden', () => {
    failure(1, { background: true });
    expect(shown()).toHaveLength(1);
  });

  it('shows background work that did not fail at once while hidden', () => {
    queue.setHidden(true);
    queue.add({ type: 'info', message: 'Cameras synced', background: true });
    expect(shown()).toMatchObject([{ message: 'Cameras synced' }]);
  });

  it('forgets what was kept when every toast is dismissed', () => {
    queue.setHidden(true);
    failure(1, { background: true });
    queue.dismiss();
    queue.setHidden(false);
    expect(shown()).toEqual([]);
  });

  it('counts as recovered only the kept failures that recovered', () => {
    const other = notify.error(errors.forbidden());
    queue.setHidden(true);
    failure(1, { id: 'query:1', background: true });
    queue.dismiss(other);
    queue.setHidden(false);
    expect(summaries()[0]?.summary).toMatchObject({ total: 1, recovered: 0 });
  });

  it('sums up each time away on its own', () => {
    queue.setHidden(true);
    failure(1, { background: true });
    queue.setHidden(false);
    queue.dismiss();
    queue.setHidden(true);
    failure(2, { background: true });
    queue.setHidden(false);
    expect(summaries()[0]?.summary).toMatchObject({
      total: 1,
      items: [{ message: 'Camera 2 is unreachable.' }],
    });
  });

  it('lists the newest 100 of 150 background failures on return and counts them all', () => {
    queue.setHidden(true);
    for (let i = 0; i < 150; i++) failure(i, { background: true });
    queue.setHidden(false);
    const summary = summaries()[0]?.summary;
    expect(summary?.total).toBe(150);
    expect(summary?.items).toHaveLength(100);
    expect(summary?.items[0]?.message).toBe('Camera 50 is unreachable.');
  });
});
