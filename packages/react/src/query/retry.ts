import { type ApiError, defaultDecoder, isApiError, toApiError } from '@faultline/core';

/** Options of the retry policy. */
export interface RetryPolicyOptions {
  /** Retries after the first failure, at most. Default 3. */
  maxRetries?: number | undefined;
  /** Longest server-requested wait (Retry-After) that is waited out automatically; longer ones stop and let the countdown show. Default 60 000 ms. */
  maxRetryAfterMs?: number | undefined;
  /** Longest back-off between retries when the server asks for nothing. Default 30 000 ms. */
  maxBackoffMs?: number | undefined;
  /** First back-off step; doubles with every failure. Default 1 000 ms. */
  baseBackoffMs?: number | undefined;
  /** Source of randomness for the jitter, in [0, 1). Default `Math.random`. */
  random?: (() => number) | undefined;
  /** The clock, in epoch ms. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** The `retry` and `retryDelay` pair TanStack Query calls. */
export interface RetryPolicy {
  /** Whether to retry after `failureCount` earlier failures (TanStack passes 0 after the first). */
  retry: (failureCount: number, error: unknown) => boolean;
  /** How long to wait before the next try, in ms. */
  retryDelay: (failureCount: number, error: unknown) => number;
}

interface PlannedRetry {
  at: number;
  delay: number;
}

// Each delay handed to TanStack is remembered per error object, so `useRetryState` shows the instant
// the retry really happens (jitter included) instead of guessing it again.
const planned = /* @__PURE__ */ new WeakMap<object, PlannedRetry>();

/** When the retry after this failure is due, if a retry was planned for it. */
export function plannedRetryFor(error: unknown): PlannedRetry | undefined {
  // A WeakMap answers `undefined` for a key it cannot hold (a thrown string, null).
  return planned.get(error as object);
}

const asApiError = (error: unknown): ApiError =>
  isApiError(error) ? error : toApiError(error, { decoder: defaultDecoder() });

/** Whether a failure of this kind can succeed when tried again at all (never an abort: status 0). */
function isWorthRetrying(error: ApiError): boolean {
  if (error.status === 0) return error.kind === 'network' || error.kind === 'timeout';
  if (error.status === 408 || error.status === 429) return true;
  if (error.status >= 400 && error.status < 500) return error.kind === 'rate_limited';
  return error.status >= 500;
}

/**
 * faultline's retry policy: never for 4xx but 408 and 429; a server-requested wait under the cap is
 * honoured exactly, a longer one stops so the countdown shows; network errors and 5xx back off
 * exponentially with full jitter.
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const baseBackoffMs = options.baseBackoffMs ?? 1_000;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());

  const serverWait = (error: ApiError): number | undefined => {
    if (error.retryAt !== undefined) return Math.max(0, error.retryAt - now());
    return error.retryAfterMs;
  };

  return {
    retry(failureCount, raw) {
      if (failureCount >= maxRetries) return false;
      const error = asApiError(raw);
      if (!isWorthRetrying(error)) return false;
      const wait = serverWait(error);
      return wait === undefined || wait <= maxRetryAfterMs;
    },
    retryDelay(failureCount, raw) {
      const error = asApiError(raw);
      const wait = serverWait(error);
      const delay =
        wait !== undefined
          ? wait
          : Math.floor(random() * Math.min(maxBackoffMs, baseBackoffMs * 2 ** Math.max(0, failureCount)));
      if (typeof raw === 'object' && raw !== null) planned.set(raw, { at: now() + delay, delay });
      return delay;
    },
  };
}
