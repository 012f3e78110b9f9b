import { act, cleanup, render, renderHook, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { retryTicker } from './RetryTicker.js';
import { retryAtOf, useRetryCountdown } from './useRetryCountdown.js';

// Reads Date.now at call time, so the fake timers' clock is the one used.
const clock = () => Date.now();
function wrapper({ children }: { children: ReactNode }) {
  return <FaultlineProvider now={clock}>{children}</FaultlineProvider>;
}

function Countdown({ at }: { at: number }) {
  const { secondsLeft } = useRetryCountdown(at);
  return <p>{secondsLeft}</p>;
}

function HookProbe<T>({ hook, out }: { hook: () => T; out: { result?: T } }) {
  out.result = hook();
  return null;
}

// What a hook returns while the server renders.
function renderHookOnServer<T>(hook: () => T): { result?: T } {
  const out: { result?: T } = {};
  renderToString(
    <FaultlineProvider now={clock}>
      <HookProbe hook={hook} out={out} />
    </FaultlineProvider>,
  );
  return out;
}

describe('useRetryCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(TEST_NOW);
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('counts the whole seconds left, rounded up', () => {
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW + 11_200), { wrapper });
    expect(result.current).toEqual({
      secondsLeft: 12,
      ready: false,
      retryAt: TEST_NOW + 11_200,
      msLeft: 11_200,
      measured: true,
    });
  });

  it('counts down to the retryAt of a rate-limited error', () => {
    const { result } = renderHook(() => useRetryCountdown(errors.rateLimited(12)), { wrapper });
    expect(result.current.secondsLeft).toBe(12);
    expect(result.current.retryAt).toBe(TEST_NOW + 12_000);
  });

  it('counts down to a Date', () => {
    const { result } = renderHook(() => useRetryCountdown(new Date(TEST_NOW + 3000)), { wrapper });
    expect(result.current.secondsLeft).toBe(3);
  });

  it('goes down by one each second and is ready at the instant', async () => {
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW + 3000), { wrapper });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.secondsLeft).toBe(2);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.secondsLeft).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current).toMatchObject({ secondsLeft: 0, ready: true, msLeft: 0 });
  });

  it('is ready when there is nothing to wait for', () => {
    for (const source of [undefined, null, Number.NaN, errors.server()]) {
      const { result, unmount } = renderHook(() => useRetryCountdown(source), { wrapper });
      expect(result.current).toEqual({
        secondsLeft: 0,
        ready: true,
        retryAt: undefined,
        msLeft: 0,
        measured: true,
      });
      unmount();
    }
  });

  it('is ready when the instant has passed', () => {
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW - 5000), { wrapper });
    expect(result.current).toMatchObject({ secondsLeft: 0, ready: true, retryAt: TEST_NOW - 5000 });
  });

  it('is right on the next tick after the clock jumps ten minutes', async () => {
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW + 15 * 60_000), { wrapper });
    expect(result.current.secondsLeft).toBe(900);
    vi.setSystemTime(TEST_NOW + 10 * 60_000);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.secondsLeft).toBe(299);
  });

  it('is right at once when a tab that slept becomes visible', () => {
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW + 15 * 60_000), { wrapper });
    vi.setSystemTime(TEST_NOW + 10 * 60_000);
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(result.current.secondsLeft).toBe(300);
  });

  it('re-renders once per second while counting', async () => {
    let renders = 0;
    renderHook(
      () => {
        renders += 1;
        return useRetryCountdown(TEST_NOW + 60_000);
      },
      { wrapper },
    );
    const before = renders;
    // One act per second: React 18 batches every update inside one act into a single render.
    for (let second = 0; second < 10; second++) {
      await act(() => vi.advanceTimersByTimeAsync(1000));
    }
    expect(renders - before).toBe(10);
  });

  it('does not re-render on a tick that leaves the seconds unchanged', async () => {
    let renders = 0;
    const frozen = () => TEST_NOW;
    const frozenClock = ({ children }: { children: ReactNode }) => (
      <FaultlineProvider now={frozen}>{children}</FaultlineProvider>
    );
    renderHook(
      () => {
        renders += 1;
        return useRetryCountdown(TEST_NOW + 60_000);
      },
      { wrapper: frozenClock },
    );
    const before = renders;
    await act(() => vi.advanceTimersByTimeAsync(5000));
    expect(retryTicker.running).toBe(true);
    expect(renders).toBe(before);
  });

  it('counts with the clock of the provider', () => {
    const later = ({ children }: { children: ReactNode }) => (
      <FaultlineProvider now={() => TEST_NOW + 4000}>{children}</FaultlineProvider>
    );
    const { result } = renderHook(() => useRetryCountdown(TEST_NOW + 10_000), { wrapper: later });
    expect(result.current.secondsLeft).toBe(6);
  });

  it('shares one timer between fifty mounted countdowns', async () => {
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout');
    render(
      <FaultlineProvider now={clock}>
        {Array.from({ length: 50 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
          <Countdown key={i} at={TEST_NOW + 30_000 + i * 1000} />
        ))}
      </FaultlineProvider>,
    );
    expect(vi.getTimerCount()).toBe(1);
    expect(retryTicker.size).toBe(50);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    const tickerTimeouts = setTimeoutSpy.mock.calls.filter(([, delay]) => delay === 1000);
    expect(tickerTimeouts).toHaveLength(3);
    expect(screen.getAllByText('28')).toHaveLength(1);
  });

  it('stops the ticker when every countdown is unmounted', () => {
    const { unmount } = render(
      <FaultlineProvider now={clock}>
        <Countdown at={TEST_NOW + 10_000} />
        <Countdown at={TEST_NOW + 20_000} />
      </FaultlineProvider>,
    );
    expect(retryTicker.running).toBe(true);
    unmount();
    expect(retryTicker.running).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops listening once its wait is over', async () => {
    renderHook(() => useRetryCountdown(TEST_NOW + 2000), { wrapper });
    expect(retryTicker.size).toBe(1);
    await act(() => vi.advanceTimersByTimeAsync(2000));
    expect(retryTicker.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('does not start the ticker for a wait that is already over', () => {
    renderHook(() => useRetryCountdown(TEST_NOW - 1), { wrapper });
    expect(retryTicker.running).toBe(false);
  });

  it('starts over when it is given a new instant', async () => {
    const { result, rerender } = renderHook(({ at }) => useRetryCountdown(at), {
      initialProps: { at: TEST_NOW + 1000 },
      wrapper,
    });
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.ready).toBe(true);
    rerender({ at: TEST_NOW + 5000 });
    expect(result.current.secondsLeft).toBe(4);
    await act(() => vi.advanceTimersByTimeAsync(1000));
    expect(result.current.secondsLeft).toBe(3);
  });

  it('renders the whole wait of an error on the server, whatever the server clock says', () => {
    vi.setSystemTime(TEST_NOW + 5000);
    const { result } = renderHookOnServer(() => useRetryCountdown(errors.rateLimited(7)));
    expect(result).toMatchObject({ secondsLeft: 7, ready: false, msLeft: 7000, measured: false });
    expect(retryTicker.running).toBe(false);
  });

  it('is ready on the server when there is nothing to wait for', () => {
    for (const source of [undefined, null, Number.NaN, errors.server()]) {
      const { result } = renderHookOnServer(() => useRetryCountdown(source));
      expect(result).toEqual({ secondsLeft: 0, ready: true, retryAt: undefined, msLeft: 0, measured: true });
    }
    expect(retryTicker.running).toBe(false);
  });

  it('waits for a bare instant on the server without a count, not ready', () => {
    const { result } = renderHookOnServer(() => useRetryCountdown(TEST_NOW + 7000));
    expect(result).toEqual({
      secondsLeft: 0,
      ready: false,
      retryAt: TEST_NOW + 7000,
      msLeft: 0,
      measured: false,
    });
    expect(retryTicker.running).toBe(false);
  });
});

describe('retryAtOf', () => {
  it('reads an error, a number and a Date, and nothing else', () => {
    expect(retryAtOf(makeError(429, {}, { 'retry-after': '5' }))).toBe(TEST_NOW + 5000);
    expect(retryAtOf(42)).toBe(42);
    expect(retryAtOf(new Date(42))).toBe(42);
    expect(retryAtOf(new Date(Number.NaN))).toBeUndefined();
    expect(retryAtOf(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(retryAtOf('1800000000000')).toBeUndefined();
    expect(retryAtOf({ retryAt: 42 })).toBeUndefined();
  });
});
