import type { ApiErrorInit } from '../ApiError.js';
import { type ErrorKind, isErrorKind, isRetryableKind, kindFromStatus } from '../ErrorKind.js';
import { get, httpUrl, isRecord, list } from '../read.js';
import type { FieldError, RateLimit } from '../types.js';

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

const string = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.length <= max ? value : undefined;
const instant = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_INSTANT ? value : undefined;
const count = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;

/** Copies `value` without the keys whose value is `undefined`, so the JSON has no empty fields. */
export function withoutUndefined<T extends object>(value: { [K in keyof T]: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function readFieldErrors(value: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const item of list(value, MAX_FIELD_ERRORS) ?? []) {
    const path = string(get(item, 'path'), MAX_SHORT);
    const message = string(get(item, 'message'), MAX_MESSAGE);
    const code = string(get(item, 'code'), MAX_SHORT);
    if (path === undefined || message === undefined) continue;
    out.push(code === undefined ? { path, message } : { path, message, code });
  }
  return out;
}

function readRateLimit(value: unknown): RateLimit | undefined {
  if (!isRecord(value)) return undefined;
  const rateLimit = withoutUndefined<RateLimit>({
    limit: count(get(value, 'limit')),
    remaining: count(get(value, 'remaining')),
    resetAt: instant(get(value, 'resetAt')),
  });
  return Object.keys(rateLimit).length > 0 ? rateLimit : undefined;
}

/**
 * What an {@link ApiError} is built from, read from its JSON form (or from anything else): only own
 * properties, each checked for its type and size; links kept only when http(s); a kind or
 * retryability that is missing or unknown derived from the status. Never throws.
 */
export function readApiErrorJSON(value: unknown): ApiErrorInit {
  const rawStatus = get(value, 'status');
  const status =
    typeof rawStatus === 'number' && Number.isInteger(rawStatus) && rawStatus >= 0 && rawStatus <= 999
      ? rawStatus
      : 0;
  const rawKind = get(value, 'kind');
  const kind: ErrorKind = isErrorKind(rawKind) ? rawKind : status === 0 ? 'unknown' : kindFromStatus(status);
  const retryable = get(value, 'retryable');
  const occurredAt = instant(get(value, 'occurredAt')) ?? Date.now();
  const retryAfterMs = count(get(value, 'retryAfterMs'));
  const retryAt =
    instant(get(value, 'retryAt')) ?? (retryAfterMs === undefined ? undefined : occurredAt + retryAfterMs);
  return {
    status,
    code: string(get(value, 'code'), MAX_SHORT) || kind,
    kind,
    // An empty message becomes the copy for the kind in the constructor.
    message: string(get(value, 'message'), MAX_MESSAGE) ?? '',
    fieldErrors: readFieldErrors(get(value, 'fieldErrors')),
    requestId: string(get(value, 'requestId'), MAX_SHORT) || undefined,
    retryAfterMs,
    retryAt,
    rateLimit: readRateLimit(get(value, 'rateLimit')),
    docsUrl: httpUrl(get(value, 'docsUrl')),
    successorUrl: httpUrl(get(value, 'successorUrl')),
    retryable: typeof retryable === 'boolean' ? retryable : isRetryableKind(kind),
    format: string(get(value, 'format'), MAX_SHORT) || 'unknown',
    occurredAt,
  };
}

/**
 * Whether a value is the JSON form of an {@link ApiError} (what `toJSON()` gives, after any trip
 * through `JSON`, `structuredClone` or a server function's result). Never throws.
 */
export function isApiErrorJSON(value: unknown): value is ApiErrorJSON {
  const status = get(value, 'status');
  return (
    get(value, 'name') === 'ApiError' &&
    typeof status === 'number' &&
    Number.isInteger(status) &&
    isErrorKind(get(value, 'kind')) &&
    typeof get(value, 'code') === 'string' &&
    typeof get(value, 'message') === 'string'
  );
}
