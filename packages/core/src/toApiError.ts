import { ApiError, isApiError } from './ApiError.js';
import { clock } from './clock.js';
import { decodeError } from './decodeError.js';
import { type ErrorKind, isRetryableKind } from './ErrorKind.js';
import { DEFAULT_MESSAGES } from './messages.js';
import { prop } from './read.js';
import type { DecodeOptions, HeadersInput } from './types.js';

function errorName(thrown: unknown): string | undefined {
  const name = prop(thrown, 'name');
  return typeof name === 'string' ? name : undefined;
}

function noResponse(kind: ErrorKind, cause: unknown, occurredAt: number): ApiError {
  return new ApiError({
    status: 0,
    code: kind,
    kind,
    message: DEFAULT_MESSAGES[kind],
    retryable: isRetryableKind(kind),
    format: 'fetch',
    cause,
    occurredAt,
  });
}

function isHttpStatus(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 400 && value <= 999;
}

function isResponse(value: unknown): boolean {
  try {
    return typeof Response !== 'undefined' && value instanceof Response;
  } catch {
    return false;
  }
}

/**
 * What an HTTP client attached to the error it threw: `{ status, headers, body | data }` as ofetch
 * and hand-written clients throw it, or `{ response: { status, headers, data } }` as axios and ky do.
 * A `Response` (thrown itself, or ky's `error.response`) gives its status and headers; its body
 * cannot be read synchronously, so `fromResponse` is the way to decode it fully.
 */
function attachedResponse(thrown: unknown): { status: number; headers: unknown; body: unknown } | undefined {
  for (const source of [thrown, prop(thrown, 'response')]) {
    const status = prop(source, 'status');
    if (!isHttpStatus(status)) continue;
    const body = isResponse(source) ? undefined : (prop(source, 'body') ?? prop(source, 'data'));
    return { status, headers: prop(source, 'headers'), body };
  }
  return undefined;
}

/** The same decoded error, with what was thrown kept as its `cause` for debugging. */
function withCause(error: ApiError, cause: unknown): ApiError {
  return new ApiError({ ...error, message: error.message, cause });
}

/**
 * Turns anything a fetch can throw into an {@link ApiError}: an `ApiError` is returned as is,
 * `TypeError` (no response) is `network`, `AbortError` is `aborted`, `TimeoutError` is `timeout`,
 * an error carrying an HTTP status of 400 or more is decoded, and anything else is wrapped as
 * `unknown` with the thrown value as `cause`. Never throws.
 */
export function toApiError(thrown: unknown, options?: DecodeOptions): ApiError {
  const now = clock(options);
  try {
    if (isApiError(thrown)) return thrown;
    const name = errorName(thrown);
    if (name === 'AbortError') return noResponse('aborted', thrown, now);
    if (name === 'TimeoutError') return noResponse('timeout', thrown, now);
    if (thrown instanceof TypeError || name === 'TypeError') return noResponse('network', thrown, now);
    const attached = attachedResponse(thrown);
    if (attached !== undefined) {
      const decoded = decodeError(
        { status: attached.status, headers: attached.headers as HeadersInput, body: attached.body },
        options,
      );
      return withCause(decoded, thrown);
    }
    const message = prop(thrown, 'message');
    return new ApiError({
      status: 0,
      code: 'unknown',
      kind: 'unknown',
      message: DEFAULT_MESSAGES.unknown,
      retryable: false,
      format: 'thrown',
      details: name === undefined ? undefined : { name, message: typeof message === 'string' ? message : '' },
      cause: thrown,
      occurredAt: now,
    });
  } catch (cause) {
    return noResponse('unknown', cause, now);
  }
}
