import { ApiError, isApiError } from './ApiError.js';
import { decodeError } from './decodeError.js';
import { type ErrorKind, isRetryableKind } from './ErrorKind.js';
import { DEFAULT_MESSAGES } from './messages.js';
import { get } from './read.js';
import type { DecodeOptions } from './types.js';

function errorName(thrown: unknown): string | undefined {
  const name = get(thrown, 'name') ?? (thrown instanceof Error ? thrown.name : undefined);
  return typeof name === 'string' ? name : undefined;
}

function noResponse(kind: ErrorKind, cause: unknown): ApiError {
  return new ApiError({
    status: 0,
    code: kind,
    kind,
    message: DEFAULT_MESSAGES[kind],
    retryable: isRetryableKind(kind),
    format: 'fetch',
    cause,
  });
}

/**
 * Turns anything a fetch can throw into an {@link ApiError}: an `ApiError` is returned as is,
 * `TypeError` (no response) is `network`, `AbortError` is `aborted`, `TimeoutError` is `timeout`,
 * an object with a `status` is decoded, and anything else is wrapped as `unknown`.
 */
export function toApiError(thrown: unknown, options?: DecodeOptions): ApiError {
  try {
    if (isApiError(thrown)) return thrown;
    const name = errorName(thrown);
    if (name === 'AbortError') return noResponse('aborted', thrown);
    if (name === 'TimeoutError') return noResponse('timeout', thrown);
    if (thrown instanceof TypeError || name === 'TypeError') return noResponse('network', thrown);
    const status = get(thrown, 'status');
    if (typeof status === 'number' && status >= 400) {
      return decodeError(
        {
          status,
          headers: get(thrown, 'headers') as Record<string, string>,
          body: get(thrown, 'body') ?? get(thrown, 'data'),
        },
        options,
      );
    }
    const error = new ApiError({
      status: 0,
      code: 'unknown',
      kind: 'unknown',
      message: DEFAULT_MESSAGES.unknown,
      retryable: false,
      format: 'thrown',
      details: thrown instanceof Error ? { name: thrown.name, message: thrown.message } : undefined,
      cause: thrown,
    });
    return error;
  } catch (cause) {
    return noResponse('unknown', cause);
  }
}
