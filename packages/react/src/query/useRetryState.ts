'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useRetryCountdown } from '../countdown/index.js';
import { useCallback } from '../internal/deps.js';
import { plannedRetryFor } from './retry.js';

/** The parts of a `useQuery` result that `useRetryState` reads. */
export interface RetryingQuery {
  /** Failures of the current fetch so far. */
  failureCount: number;
  /** The last failure of the current fetch. */
  failureReason: unknown;
  /** `'fetching'` while a fetch or a retry wait runs; `'paused'` while offline. */
  fetchStatus: 'fetching' | 'paused' | 'idle';
  /** Starts a new fetch. */
  refetch: (options?: { cancelRefetch?: boolean }) => unknown;
}

/** When the next automatic retry of a query happens. */
export interface RetryState {
  /** Whether an automatic retry is scheduled. */
  retrying: boolean;
  /** Whether the retry waits for the connection to come back. */
  waitingForNetwork: boolean;
  /** Which try comes next (2 for the first retry). */
  attempt: number;
  /** When the retry happens, epoch ms. */
  retryAt: number | undefined;
  /** Whole seconds until then. */
  secondsLeft: number;
  /** Cancels the wait and tries now. */
  retryNow: () => void;
}

/**
 * When a query's next automatic retry happens, for a "retrying in N s" line with a "retry now"
 * button. Reads the delay faultline's `retryDelay` really chose (jitter included) and counts down
 * on the page's one shared ticker.
 */
export function useRetryState(query: RetryingQuery): RetryState {
  const retryAt =
    query.fetchStatus !== 'fetching' || query.failureCount === 0
      ? undefined
      : plannedRetryFor(query.failureReason)?.at;
  const countdown = useRetryCountdown(retryAt);
  const client = useQueryClient();
  const { refetch, failureReason } = query;
  const retryNow = useCallback(() => {
    // TanStack Query lets a retry wait run out even on refetch({ cancelRefetch }) while the query
    // has no data, so the waiting query (found by its failure; before one there is no wait, and
    // another query's first fetch must not be taken for it) is cancelled first, back to how it was.
    const waiting =
      failureReason == null
        ? undefined
        : client
            .getQueryCache()
            .getAll()
            .find((q) => q.state.fetchStatus === 'fetching' && q.state.fetchFailureReason === failureReason);
    // refetch() cancels a fetch still running and starts again (its cancelRefetch defaults to true).
    void (waiting ? waiting.cancel({ revert: true }) : Promise.resolve()).then(() => refetch());
  }, [client, refetch, failureReason]);
  return {
    // Nothing to wait for counts as ready.
    retrying: !countdown.ready,
    waitingForNetwork: query.fetchStatus === 'paused' && query.failureCount > 0,
    attempt: query.failureCount + 1,
    retryAt,
    secondsLeft: countdown.secondsLeft,
    retryNow,
  };
}
