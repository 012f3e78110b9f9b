import { type ApiError, type Decoder, defaultDecoder, isApiError, toApiError } from '@faultline/core';

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
  /**
   * The decoder for a failure that is not an `ApiError` yet (an axios or ky error with the response
   * attached), so a retry is judged as the toast presents it. Default: every built-in dialect.
   */
  decoder?: Decoder | undefined;
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

/**
 * Whether a failure of this kind can succeed when tried again at all: a rate limit whatever its
 * status (a 429, GitHub's 403 with no requests left, Google Maps' 200 OVER_QUERY_LIMIT), a timeout
 * (408 or the client's own), a network failure, a 5xx. Never an abort, a bug in the query function
 * (status 0), another 4xx, or a 429 whose code says the plan or quota is spent (OpenAI's
 * insufficient_quota reads as payment_required).
 */
function isWorthRetrying(error: ApiError): boolean {
  if (error.kind === 'rate_limited' || error.kind === 'timeout' || error.kind === 'network') return true;
  return error.status >= 500;
}

/**
 * faultline's retry policy: never for 4xx but timeouts and rate limits; a server-requested wait under
 * the cap is honoured exactly, a longer one stops so the countdown shows; network errors and 5xx back
 * off exponentially with full jitter.
 */
export function createRetryPolicy(options: RetryPolicyOptions = {}): RetryPolicy {
  const maxRetries = options.maxRetries ?? 3;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const maxBackoffMs = options.maxBackoffMs ?? 30_000;
  const baseBackoffMs = options.baseBackoffMs ?? 1_000;
  const random = options.random ?? Math.random;
  const now = options.now ?? (() => Date.now());
  const asApiError = (error: unknown): ApiError =>
    isApiError(error) ? error : toApiError(error, { decoder: options.decoder ?? defaultDecoder() });

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
