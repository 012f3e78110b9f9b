import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../test-utils/errors.js';
import { createRetryTicker } from './RetryTicker.js';

function setVisibility(state: DocumentVisibilityState): void {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
  document.dispatchEvent(new Event('visibilitychange'));
}

describe('createRetryTicker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(TEST_NOW);
  });

  afterEach(() => {
    vi.useRealTimers();
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('runs no timer until someone subscribes', () => {
    const ticker = createRetryTicker();
    expect(ticker.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ticks on every whole second with the current time', async () => {
    vi.setSystemTime(TEST_NOW + 300);
    const ticker = createRetryTicker();
    const seen: number[] = [];
    const stop = ticker.subscribe((now) => seen.push(now));
    await vi.advanceTimersByTimeAsync(699);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.advanceTimersByTimeAsync(2000);
    expect(seen).toEqual([TEST_NOW + 1000, TEST_NOW + 2000, TEST_NOW + 3000]);
    stop();
  });

  it('uses one timer for fifty subscribers', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    const ticker = createRetryTicker();
    const listeners = Array.from({ length: 50 }, () => vi.fn());
    const stops = listeners.map((listener) => ticker.subscribe(listener));
    expect(vi.getTimerCount()).toBe(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(setTimeoutSpy).toHaveBeenCalledTimes(4);
    for (const listener of listeners) expect(listener).toHaveBeenCalledTimes(3);
    for (const stop of stops) stop();
  });

  it('stops its timer when the last subscriber leaves', async () => {
    const ticker = createRetryTicker();
    const first = ticker.subscribe(() => {});
    const second = ticker.subscribe(() => {});
    first();
    expect(ticker.running).toBe(true);
    second();
    expect(ticker.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(5000);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('starts again for a subscriber after it stopped', async () => {
    const ticker = createRetryTicker();
    ticker.subscribe(() => {})();
    const listener = vi.fn();
    const stop = ticker.subscribe(listener);
    await vi.advanceTimersByTimeAsync(1000);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('realigns to whole seconds after the clock jumps', async () => {
    const ticker = createRetryTicker();
    const seen: number[] = [];
    const stop = ticker.subscribe((now) => seen.push(now));
    await vi.advanceTimersByTimeAsync(1000);
    vi.setSystemTime(TEST_NOW + 600_400);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.advanceTimersByTimeAsync(600);
    expect(seen).toEqual([TEST_NOW + 1000, TEST_NOW + 601_400, TEST_NOW + 602_000]);
    stop();
  });

  it('ticks at once when the tab becomes visible again', () => {
    const ticker = createRetryTicker();
    const listener = vi.fn();
    const stop = ticker.subscribe(listener);
    setVisibility('hidden');
    expect(listener).not.toHaveBeenCalled();
    setVisibility('visible');
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });

  it('listens for visibility changes only while it runs', () => {
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const ticker = createRetryTicker();
    const stops = [ticker.subscribe(() => {}), ticker.subscribe(() => {})];
    expect(add.mock.calls.filter(([type]) => type === 'visibilitychange')).toHaveLength(1);
    for (const stop of stops) stop();
    expect(remove.mock.calls.filter(([type]) => type === 'visibilitychange')).toHaveLength(1);
  });

  it('keeps ticking the others when a listener leaves during a tick', async () => {
    const ticker = createRetryTicker();
    const other = vi.fn();
    const stopSelf = ticker.subscribe(() => stopSelf());
    const stopOther = ticker.subscribe(other);
    await vi.advanceTimersByTimeAsync(2000);
    expect(other).toHaveBeenCalledTimes(2);
    expect(ticker.size).toBe(1);
    stopOther();
  });

  it('stops when the last listener leaves during a tick', async () => {
    const ticker = createRetryTicker();
    const stop = ticker.subscribe(() => stop());
    await vi.advanceTimersByTimeAsync(1000);
    expect(ticker.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ticks where there is no document (a worker, a server), without watching visibility', async () => {
    const ticker = createRetryTicker();
    const listener = vi.fn();
    vi.stubGlobal('document', undefined);
    try {
      const stop = ticker.subscribe(listener);
      await vi.advanceTimersByTimeAsync(1000);
      stop();
    } finally {
      vi.unstubAllGlobals();
    }
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ticker.running).toBe(false);
  });

  it('ticks once a second on a clock that returns NaN instead of spinning', async () => {
    const ticker = createRetryTicker({ now: () => Number.NaN });
    const listener = vi.fn();
    const stop = ticker.subscribe(listener);
    await vi.advanceTimersByTimeAsync(999);
    expect(listener).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
  });
});
