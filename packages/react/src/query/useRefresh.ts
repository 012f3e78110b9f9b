'use client';
import type { ApiError } from '@faultline/core';
import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { toApiError, useCallback, useMemo, useRef, useState } from '../internal/deps.js';
import { setAsked } from './askedFetches.js';
import { type RetryingQuery, type RetryState, useRetryState } from './useRetryState.js';

/** What {@link useRefresh} returns: a refresh the person asked for, and how it is going. */
export interface Refresh extends RetryState {
  /** Fetches again because the person asked ("Check now"); its failures show from the first attempt. */
  refresh: () => void;
  /** Whether the fetch the person asked for is still running, retry waits included. */
  refreshing: boolean;
  /** The failure of the fetch the person asked for: set from its first failed attempt until the next refresh or success. */
  error: ApiError | undefined;
  /** Stops the retries of that fetch: the data shown before stays, and so does its failure. */
  stop: () => void;
}

interface Run {
  readonly id: number;
  readonly settled: boolean;
  readonly failure?: unknown;
}

/**
 * A refresh the person started, such as "Check now", which must not fail silently while retries
 * run in the background: its first failure shows at once (with `useRetryState`'s "retrying in N s",
 * "retry now" and a `stop`), and it is shown in place only, never also as a toast. Refetches the
 * person did not ask for (intervals, focus, reconnect) stay quiet as before.
 */
export function useRefresh(query: RetryingQuery, queryKey: QueryKey): Refresh {
  const client = useQueryClient();
  const retry = useRetryState(query);
  const [run, setRun] = useState<Run>();
  const runs = useRef(0);
  const { refetch, failureReason, failureCount } = query;
  const find = useCallback(() => client.getQueryCache().find({ queryKey, exact: true }), [client, queryKey]);

  const refresh = useCallback(() => {
    const id = ++runs.current;
    const cached = find();
    if (cached) setAsked(cached, true);
    setRun({ id, settled: false });
    void Promise.resolve(refetch({ cancelRefetch: true })).then((result) => {
      if (cached) setAsked(cached, false);
      // A later refresh, or a stop, took over.
      if (runs.current !== id) return;
      const failed = (result as { isError?: boolean; error?: unknown } | undefined)?.isError;
      setRun({ id, settled: true, failure: failed ? (result as { error: unknown }).error : undefined });
    });
  }, [find, refetch]);

  const stop = useCallback(() => {
    const id = ++runs.current;
    setRun({ id, settled: true, failure: failureReason ?? undefined });
    const cached = find();
    // Back to what was shown before the refresh; the failure stays on screen.
    void cached?.cancel({ revert: true });
  }, [find, failureReason]);

  const running = run !== undefined && !run.settled;
  const failure = running ? (failureCount > 0 ? failureReason : undefined) : run?.failure;
  const error = useMemo(() => (failure == null ? undefined : toApiError(failure)), [failure]);
  return { ...retry, refresh, refreshing: running, error, stop };
}
