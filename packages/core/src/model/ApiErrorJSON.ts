import { get, httpUrl } from '../decode/read.js';
import type { ApiErrorInit } from './ApiError.js';
import { type ErrorKind, isErrorKind, isRetryableKind } from './ErrorKind.js';
import type { FieldError, RateLimit } from './types.js';

/**
 * An {@link ApiError} as plain data: what `error.toJSON()` gives and `ApiError.fromJSON` reads. It
 * crosses the server boundary (a server action's or a loader's result, `postMessage`,
 * `structuredClone`, `JSON.stringify`) with every field a component needs, and never the body or
 * the headers.
 */
export interface ApiErrorJSON {
  /** Always `'ApiError'`: how {@link isApiErrorJSON} tells it from other data. */
  name: 'ApiError';
  /** HTTP status; `0` when no response arrived. */
  status: number;
  /** The API's own stable code, or the kind. */
  code: string;
  /** The canonical category. */
  kind: ErrorKind;
  /** The message a person reads. */
  message: string;
  /** Messages for form fields, with dotted paths. */
  fieldErrors: FieldError[];
  /** The id support needs to find the request. */
  requestId?: string;
  /** The W3C trace id: 32 lowercase hex digits. */
  traceId?: string;
  /** The wait before a retry, in ms from `occurredAt`. */
  retryAfterMs?: number;
  /** The instant a retry is allowed, epoch ms: what a countdown uses, wherever it runs. */
  retryAt?: number;
  /** Rate-limit state from the headers. */
  rateLimit?: RateLimit;
  /** An http(s) link that explains the error. */
  docsUrl?: string;
  /** An http(s) link to the endpoint that replaces a retired one. */
  successorUrl?: string;
  /** Whether retrying the same request can succeed. */
  retryable: boolean;
  /** The dialect that recognized the body. */
  format: string;
  /** When the failure was decoded or seen, epoch ms. */
  occurredAt: number;
}

/** Longest message kept; a decoded message is at most 2,000 characters. */
const MAX_MESSAGE = 10_000;
/** Longest code, format, request id or field path kept. */
const MAX_SHORT = 1_000;
/** Most field messages kept; the decoder keeps at most 200. */
const MAX_FIELD_ERRORS = 1_000;
/** The range of a JavaScript `Date`, in epoch ms. */
const MAX_INSTANT = 8.64e15;

// This module ships with every `ApiError` (it is behind `ApiError.fromJSON`), also in a toasts-only
// bundle: its readers are written small; the guarded `get` is the decoder's own, shared with it.

const string = (value: unknown, max = MAX_SHORT): string | undefined =>
  typeof value === 'string' && value.length <= max ? value : undefined;
/** A number in `min … max` (never `NaN` or infinite). */
const number = (value: unknown, min = -MAX_INSTANT): number | undefined =>
  typeof value === 'number' && value >= min && value <= MAX_INSTANT ? value : undefined;

/** A bare W3C trace id: 32 lowercase hex digits, not all zeros (the header reader shares it). */
export const TRACE_ID = /^(?!0{32})[0-9a-f]{32}$/;

const hex32 = (value: unknown): string | undefined =>
  typeof value === 'string' && TRACE_ID.test(value) ? value : undefined;

/** Copies `value` without the keys whose value is `undefined`, so the JSON has no empty fields. */
export function withoutUndefined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readFieldErrors(value: unknown): FieldError[] {
  const out: FieldError[] = [];
  if (!Array.isArray(value)) return out;
  for (const item of value.slice(0, MAX_FIELD_ERRORS)) {
    const path = string(get(item, 'path'));
    const message = string(get(item, 'message'), MAX_MESSAGE);
    const code = string(get(item, 'code'));
    if (path !== undefined && message !== undefined)
      out.push(code === undefined ? { path, message } : { path, message, code });
  }
  return out;
}

/**
 * What an {@link ApiError} is built from, read from its JSON form (or from anything else): only own
 * properties, each checked for its type and size; links kept only when http(s); a missing or unknown
 * kind is `unknown`. Throws only on a hostile array (a proxy); `ApiError.fromJSON` catches that.
 */
export function readApiErrorJSON(value: unknown): ApiErrorInit {
  const read = (key: string) => get(value, key);
  const status = read('status');
  const kind = read('kind');
  const knownKind: ErrorKind = isErrorKind(kind) ? kind : 'unknown';
  const retryable = read('retryable');
  const occurredAt = number(read('occurredAt')) ?? Date.now();
  const retryAfterMs = number(read('retryAfterMs'), 0);
  const rateLimit = read('rateLimit');
  const limits = withoutUndefined<RateLimit>({
    limit: number(get(rateLimit, 'limit'), 0),
    remaining: number(get(rateLimit, 'remaining'), 0),
    resetAt: number(get(rateLimit, 'resetAt')),
  });
  return {
    status:
      // Stryker disable next-line EqualityOperator: `> 0` is the same, as a status of 0 gives 0 (the other changes fail the status tests).
      Number.isInteger(status) && (status as number) >= 0 && (status as number) <= 999
        ? (status as number)
        : 0,
    code: string(read('code')) || knownKind,
    kind: knownKind,
    // An empty message becomes the copy for the kind in the constructor.
    message: string(read('message'), MAX_MESSAGE) ?? '',
    fieldErrors: readFieldErrors(read('fieldErrors')),
    requestId: string(read('requestId')) || undefined,
    traceId: hex32(read('traceId')),
    retryAfterMs,
    // A JSON written by hand may give only the wait: the instant is counted from when it occurred.
    retryAt: number(read('retryAt')) ?? (retryAfterMs === undefined ? undefined : occurredAt + retryAfterMs),
    rateLimit: Object.keys(limits).length > 0 ? limits : undefined,
    docsUrl: httpUrl(read('docsUrl')),
    successorUrl: httpUrl(read('successorUrl')),
    retryable: typeof retryable === 'boolean' ? retryable : isRetryableKind(knownKind),
    format: string(read('format')) || 'unknown',
    occurredAt,
  };
}

/**
 * Whether a value is the JSON form of an {@link ApiError} (what `toJSON()` gives, after any trip
 * through `JSON`, `structuredClone` or a server function's result). Never throws.
 */
export function isApiErrorJSON(value: unknown): value is ApiErrorJSON {
  return (
    get(value, 'name') === 'ApiError' &&
    Number.isInteger(get(value, 'status')) &&
    isErrorKind(get(value, 'kind')) &&
    typeof get(value, 'code') === 'string' &&
    typeof get(value, 'message') === 'string'
  );
}
