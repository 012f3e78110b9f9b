'use client';
import type { ApiError } from '@faultline/core';
import { isApiError, useCallback, useSyncExternalStore } from '../internal/deps.js';
import { useHydrated } from '../internal/useHydrated.js';
import { useFaultline } from '../provider/index.js';
import { retryTicker } from './RetryTicker.js';

/** Where a countdown counts to: an error with a `retryAt`, an epoch-ms instant, a `Date`, or nothing. */
export type RetryCountdownSource = ApiError | number | Date | null | undefined;

/** What {@link useRetryCountdown} returns. */
export interface RetryCountdownState {
  /** Whole seconds until a retry is allowed, rounded up; `0` when it is allowed. */
  secondsLeft: number;
  /** Whether a retry is allowed now (also `true` when there is nothing to wait for). */
  ready: boolean;
  /** The instant a retry is allowed, in epoch ms; `undefined` when there is nothing to wait for. */
  retryAt: number | undefined;
  /** Milliseconds until a retry is allowed, as of this render. */
  msLeft: number;
  /**
   * Whether `secondsLeft` was measured against the clock. `false` on the server and while hydrating,
   * when no clock is read: an error's count is then its whole wait as it was when it occurred, and a
   * bare instant (a number or a `Date`) counts 0 without being `ready`. Measured from the next render.
   */
  measured: boolean;
}

/** The instant a source points at, or `undefined` when it points at none. */
export function retryAtOf(source: unknown): number | undefined {
  const value = isApiError(source) ? source.retryAt : source instanceof Date ? source.getTime() : source;
  return Number.isFinite(value) ? (value as number) : undefined;
}

const secondsUntil = (retryAt: number | undefined, now: number) =>
  retryAt === undefined ? 0 : Math.max(0, Math.ceil((retryAt - now) / 1000));

const noop = (): void => {};
// The count on the server and while hydrating, for a bare instant: not known yet.
const UNKNOWN = -1;

/**
 * What the server renders and the browser hydrates with, without reading either clock: an error's
 * whole wait as it was when it occurred (its `retryAt` and `occurredAt` travel with it), nothing
 * to wait for without an instant, and an unknown count for a bare instant.
 */
function countAtHydration(source: unknown, retryAt: number | undefined): number {
  if (retryAt === undefined) return 0;
  return isApiError(source) ? secondsUntil(retryAt, source.occurredAt) : UNKNOWN;
}

/**
 * Counts down to the moment a retry is allowed. The count is computed from the absolute instant
 * against the provider's clock, so it is right on the next tick after the tab slept or the clock
 * jumped. Every countdown on the page shares one ticker; a component re-renders at most once a
 * second, and only when `secondsLeft` changes.
 *
 * No clock is read on the server or while hydrating, so the server's HTML hydrates: an error counts
 * its whole wait from when it occurred and a bare instant waits without a count (see `measured`);
 * the render after hydration counts against the browser's clock.
 */
export function useRetryCountdown(source: RetryCountdownSource): RetryCountdownState {
  const { now } = useFaultline();
  const retryAt = retryAtOf(source);
  const hydrated = useHydrated();

  const subscribe = useCallback(
    (onChange: () => void) => {
      if (secondsUntil(retryAt, now()) === 0) return noop;
      let unsubscribe = retryTicker.subscribe(() => {
        onChange();
        // A finished countdown stops listening, so the ticker can stop when nothing waits.
        if (secondsUntil(retryAt, now()) === 0) {
          unsubscribe();
          unsubscribe = noop;
        }
      });
      return () => unsubscribe();
    },
    [retryAt, now],
  );
  const getSnapshot = useCallback(() => secondsUntil(retryAt, now()), [retryAt, now]);
  const getServerSnapshot = () => countAtHydration(source, retryAt);
  const count = useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
  const secondsLeft = Math.max(0, count);

  return {
    secondsLeft,
    ready: count === 0,
    retryAt,
    msLeft: retryAt === undefined ? 0 : hydrated ? Math.max(0, retryAt - now()) : secondsLeft * 1000,
    measured: hydrated || retryAt === undefined,
  };
}
