import { ApiError, errorOfKind, isApiError } from '../model/ApiError.js';
import { isApiErrorJSON } from '../model/ApiErrorJSON.js';
import { type ErrorKind, kindFromStatus } from '../model/ErrorKind.js';
import type { DecodeOptions, HeadersInput } from '../model/types.js';
import { isChunkLoadError, unwrapPreloadError } from './chunkLoad.js';
import { clock } from './clock.js';
import { prop } from './read.js';

const isResponse = (value: unknown): boolean => {
  try {
    return value instanceof Response;
  } catch {
    /* no Response in this runtime, or a value that will not say what it is */
  }
  return false;
};

/**
 * What an HTTP client attached to the error it threw: `{ status, headers, body | data }` as ofetch
 * and hand-written clients throw it, or `{ response: { status, headers, data } }` as axios and ky do.
 * A `Response` (thrown itself, or ky's `error.response`) gives its status and headers; its body
 * cannot be read synchronously, so `fromResponse` is the way to decode it fully. Decoded with
 * `options.decoder`, what was thrown kept as the `cause`; without a decoder (or when it fails), what
 * needs no dialect: the kind the status implies, the copy for it, and the body as it arrived.
 * `undefined` when nothing with an HTTP status (400 to 999) is attached.
 */
function decodeAttached(
  thrown: unknown,
  options: DecodeOptions | undefined,
  occurredAt: number,
): ApiError | undefined {
  for (const source of [thrown, prop(thrown, 'response')]) {
    const sent = prop(source, 'status');
    // Number.isInteger says no to anything but a number: `Number(sent)` is `sent` itself, as a number.
    const status = Number.isInteger(sent) ? Number(sent) : 0;
    if (status < 400 || status > 999) continue;
    const headers = prop(source, 'headers') as HeadersInput;
    const body = isResponse(source) ? undefined : (prop(source, 'body') ?? prop(source, 'data'));
    const decoder = prop(options, 'decoder') as DecodeOptions['decoder'];
    try {
      // Stryker disable next-line OptionalChaining: without a decoder, reading its decode throws, caught below: the same error from the status
      const decoded: unknown = decoder?.decode
        ? decoder.decode({ status, headers, body }, options)
        : undefined;
      if (isApiError(decoded)) return new ApiError({ ...decoded, message: decoded.message, cause: thrown });
    } catch {
      /* a decoder that throws leaves the status to speak */
    }
    return errorOfKind(kindFromStatus(status), status, 'http', { body, cause: thrown, occurredAt });
  }
  return undefined;
}

/**
 * Turns anything a fetch can throw into an {@link ApiError}: an `ApiError` is returned as is, its
 * JSON form (`error.toJSON()`, after a trip across the server boundary) becomes one again,
 * `TypeError` (no response) is `network`, a lazily loaded chunk that could not be fetched (every
 * browser's wording, Vite's `vite:preloadError`, webpack's `ChunkLoadError`) is `network` with the
 * format `'chunk'`, `AbortError` is `aborted`, `TimeoutError` is `timeout`, and anything else is
 * wrapped as `unknown` with the thrown value as `cause`. An error carrying an HTTP status of 400 or
 * more (axios, ky, ofetch) is decoded with `options.decoder`; without one it gives the kind its
 * status implies, for this function imports no dialect: decode responses where they arrive
 * (`fromResponse`, `apiFetch`) or pass a decoder. Never throws.
 */
export function toApiError(thrown: unknown, options?: DecodeOptions): ApiError {
  const occurredAt = clock(options);
  // No response arrived: the kind says why, and what was thrown is the cause.
  const noResponse = (kind: ErrorKind, cause: unknown = thrown, format = 'fetch') =>
    errorOfKind(kind, 0, format, { cause, occurredAt });
  try {
    if (isApiError(thrown)) return thrown;
    // An error that crossed the server boundary as its JSON form (a server action's result).
    if (isApiErrorJSON(thrown)) return ApiError.fromJSON(thrown);
    if (isChunkLoadError(thrown)) return noResponse('network', unwrapPreloadError(thrown), 'chunk');
    const name = prop(thrown, 'name');
    if (name === 'AbortError') return noResponse('aborted');
    if (name === 'TimeoutError') return noResponse('timeout');
    if (thrown instanceof TypeError || name === 'TypeError') return noResponse('network');
    const attached = decodeAttached(thrown, options, occurredAt);
    if (attached) return attached;
    const message = prop(thrown, 'message');
    return errorOfKind('unknown', 0, 'thrown', {
      details:
        typeof name === 'string' ? { name, message: typeof message === 'string' ? message : '' } : undefined,
      cause: thrown,
      occurredAt,
    });
  } catch (cause) {
    return noResponse('unknown', cause);
  }
}
