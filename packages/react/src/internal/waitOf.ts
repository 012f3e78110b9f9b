import type { ApiError } from '@faultline/core';

/**
 * The instant a retry is allowed, when the API said when and retrying can help (a rate limit, a
 * server error, a network failure): what countdowns count to. `undefined` otherwise.
 */
export function waitOf(error: ApiError | undefined): number | undefined {
  return error && (error.retryable || error.kind === 'server') ? error.retryAt : undefined;
}
