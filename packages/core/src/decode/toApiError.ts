import { ApiError, errorOfKind, isApiError } from '../model/ApiError.js';
import { isApiErrorJSON } from '../model/ApiErrorJSON.js';
import { type ErrorKind, kindFromStatus } from '../model/ErrorKind.js';
import type { DecodeOptions, HeadersInput } from '../model/types.js';
import { isChunkLoadError, unwrapPreloadError } from './chunkLoad.js';
import { clock } from './clock.js';
import { prop } from './read.js';

function errorName(thrown: unknown): string | undefined {
  const name = prop(thrown, 'name');
  return typeof name === 'string' ? name : undefined;
}

function noResponse(kind: ErrorKind, cause: unknown, occurredAt: number, format = 'fetch'): ApiError {
  return errorOfKind(kind, 0, format, { cause, occurredAt });
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

/**
 * The response a client attached to what it threw, decoded with `options.decoder`, what was thrown
 * kept as the `cause`. Without a decoder (or when it fails), what needs no dialect: the kind the
 * status implies, the copy for it, and the body as it arrived.
 */
function decodeAttached(
  attached: { status: number; headers: unknown; body: unknown },
  options: DecodeOptions | undefined,
  thrown: unknown,
  occurredAt: number,
): ApiError {
  const decoder = prop(options, 'decoder');
  try {
    const decoded: unknown = (decoder as { decode?: unknown } | undefined)?.decode
      ? (decoder as NonNullable<DecodeOptions['decoder']>).decode(
          { status: attached.status, headers: attached.headers as HeadersInput, body: attached.body },
          options,
        )
      : undefined;
    if (isApiError(decoded)) return new ApiError({ ...decoded, message: decoded.message, cause: thrown });
  } catch {
    /* a decoder that throws leaves the status to speak */
  }
  return errorOfKind(kindFromStatus(attached.status), attached.status, 'http', {
    body: attached.body,
    cause: thrown,
    occurredAt,
  });
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
  const now = clock(options);
  try {
    if (isApiError(thrown)) return thrown;
    // An error that crossed the server boundary as its JSON form (a server action's result).
    if (isApiErrorJSON(thrown)) return ApiError.fromJSON(thrown);
    if (isChunkLoadError(thrown)) return noResponse('network', unwrapPreloadError(thrown), now, 'chunk');
    const name = errorName(thrown);
    if (name === 'AbortError') return noResponse('aborted', thrown, now);
    if (name === 'TimeoutError') return noResponse('timeout', thrown, now);
    if (thrown instanceof TypeError || name === 'TypeError') return noResponse('network', thrown, now);
    const attached = attachedResponse(thrown);
    if (attached !== undefined) return decodeAttached(attached, options, thrown, now);
    const message = prop(thrown, 'message');
    return errorOfKind('unknown', 0, 'thrown', {
      details: name === undefined ? undefined : { name, message: typeof message === 'string' ? message : '' },
      cause: thrown,
      occurredAt: now,
    });
  } catch (cause) {
    return noResponse('unknown', cause, now);
  }
}
