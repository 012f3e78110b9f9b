import { type ApiErrorJSON, readApiErrorJSON, withoutUndefined } from './ApiErrorJSON.js';
import { type ErrorKind, isRetryableKind } from './ErrorKind.js';
import { DEFAULT_MESSAGES } from './messages.js';
import type { FieldError, RateLimit } from './types.js';

const BRAND: unique symbol = Symbol.for('faultline.ApiError') as never;
const NO_FIELD_ERRORS: readonly FieldError[] = /* @__PURE__ */ Object.freeze([]);

/** Everything an {@link ApiError} is built from. */
export interface ApiErrorInit {
  /** HTTP status; `0` when no response arrived. */
  status: number;
  /** The API's own stable code, or one derived from the kind. */
  code: string;
  /** The canonical category. */
  kind: ErrorKind;
  /** A human message; an empty one is replaced by the copy for the kind. */
  message: string;
  /** Messages for form fields. */
  fieldErrors?: readonly FieldError[] | undefined;
  /** The id support needs to find the request. */
  requestId?: string | undefined;
  /** The W3C trace id tracing systems index the request by. */
  traceId?: string | undefined;
  /** How long to wait before retrying, relative to the decode clock. */
  retryAfterMs?: number | undefined;
  /** The instant a retry is allowed, epoch ms. */
  retryAt?: number | undefined;
  /** Rate-limit state from the headers. */
  rateLimit?: RateLimit | undefined;
  /** An http(s) link that explains the error. */
  docsUrl?: string | undefined;
  /** An http(s) link to the endpoint that replaces a retired one. */
  successorUrl?: string | undefined;
  /** Whether retrying the same request can succeed. */
  retryable: boolean;
  /** The dialect that recognized the body. */
  format: string;
  /** The dialect's extra payload, untouched. */
  details?: unknown;
  /** The body as it arrived (parsed when it was JSON). */
  body?: unknown;
  /** The headers as they arrived, names lower-cased. */
  headers?: Readonly<Record<string, string>> | undefined;
  /** What caused this error (a `TypeError` from fetch, say). */
  cause?: unknown;
  /** When the failure was decoded or seen, epoch ms; defaults to the moment the error is built. */
  occurredAt?: number | undefined;
}

/**
 * One model for every API failure. Thrown from a `queryFn`, caught by a boundary, read by every
 * faultline component.
 */
export class ApiError extends Error {
  /** HTTP status; `0` when no response arrived (network, abort). */
  declare readonly status: number;
  /** The API's own stable code, exactly as sent; when the body has none, the kind. */
  declare readonly code: string;
  /** The canonical category that drives presentation. */
  declare readonly kind: ErrorKind;
  /** Messages for form fields, with dotted paths. */
  declare readonly fieldErrors: readonly FieldError[];
  /** The request id from the body, the headers or, last, the message. */
  declare readonly requestId: string | undefined;
  /** The W3C trace id (32 hex digits) from `traceparent`, `traceresponse`, `Server-Timing` or the body. */
  declare readonly traceId: string | undefined;
  /** How long to wait before retrying, in ms from the decode clock. */
  declare readonly retryAfterMs: number | undefined;
  /** The same wait as an absolute epoch-ms instant: what a countdown uses. */
  declare readonly retryAt: number | undefined;
  /** Rate-limit state from the headers. */
  declare readonly rateLimit: RateLimit | undefined;
  /** An http(s) link the API gives to explain the error. */
  declare readonly docsUrl: string | undefined;
  /** An http(s) link to the successor of a retired endpoint. */
  declare readonly successorUrl: string | undefined;
  /** Whether retrying the same request can succeed (408, 429, 502, 503, 504, network). */
  declare readonly retryable: boolean;
  /** The name of the dialect that recognized the body. */
  declare readonly format: string;
  /** The dialect's extra payload, untouched; never rendered by default. */
  declare readonly details: unknown;
  /** The body as it arrived. */
  declare readonly body: unknown;
  /** The headers as they arrived, names lower-cased. */
  declare readonly headers: Readonly<Record<string, string>>;
  /**
   * When the failure was decoded or seen, in epoch ms (the decode clock, `options.now`): the time
   * components show, the same on the server and in the browser because it travels with the error.
   */
  declare readonly occurredAt: number;

  constructor(init: ApiErrorInit) {
    // The message is what a person reads: an empty one falls back to the copy for the kind.
    const message =
      typeof init.message === 'string' && init.message.trim().length > 0
        ? init.message
        : (DEFAULT_MESSAGES[init.kind] ?? DEFAULT_MESSAGES.unknown);
    super(message, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ApiError';
    this.status = init.status;
    this.code = init.code;
    this.kind = init.kind;
    this.fieldErrors = init.fieldErrors?.length ? Object.freeze([...init.fieldErrors]) : NO_FIELD_ERRORS;
    this.requestId = init.requestId;
    this.traceId = init.traceId;
    this.retryAfterMs = init.retryAfterMs;
    this.retryAt = init.retryAt;
    this.rateLimit = init.rateLimit;
    this.docsUrl = init.docsUrl;
    this.successorUrl = init.successorUrl;
    this.retryable = init.retryable;
    this.format = init.format;
    this.details = init.details;
    this.body = init.body;
    this.headers = Object.freeze({ ...init.headers });
    this.occurredAt = Number.isFinite(init.occurredAt) ? (init.occurredAt as number) : Date.now();
  }

  /** Marks an ApiError of any copy of faultline, on the prototype (cheaper than on each instance). */
  get [BRAND](): true {
    return true;
  }

  /**
   * The error as plain data (no body, no headers, no details): safe to log, to send to support, and
   * to return from a server action or loader, where {@link ApiError.fromJSON} turns it back into an
   * `ApiError`. Fields without a value are left out.
   */
  toJSON(): ApiErrorJSON {
    return withoutUndefined<ApiErrorJSON>({
      name: 'ApiError',
      status: this.status,
      code: this.code,
      kind: this.kind,
      message: this.message,
      fieldErrors: this.fieldErrors.map((fieldError) => ({ ...fieldError })),
      requestId: this.requestId,
      traceId: this.traceId,
      retryAfterMs: this.retryAfterMs,
      retryAt: this.retryAt,
      rateLimit: this.rateLimit && { ...this.rateLimit },
      docsUrl: this.docsUrl,
      successorUrl: this.successorUrl,
      retryable: this.retryable,
      format: this.format,
      occurredAt: this.occurredAt,
    });
  }

  /**
   * Turns the JSON form of an error (what {@link ApiError.toJSON} gave, after any trip across the
   * server boundary) back into an `ApiError`. As total as `decodeError`: any value gives an
   * `ApiError` and nothing throws; only own properties are read, each checked for type and size,
   * and links are kept only when http(s).
   */
  static fromJSON(json: unknown): ApiError {
    try {
      return new ApiError(readApiErrorJSON(json));
    } catch {
      return errorOfKind('unknown', 0, 'unknown');
    }
  }
}

/**
 * An error no body describes (no response, an abort, something unreadable): the kind's own code,
 * the kit's copy for it, and whether a retry can help.
 */
export function errorOfKind(
  kind: ErrorKind,
  status: number,
  format: string,
  init?: Partial<ApiErrorInit>,
): ApiError {
  return new ApiError({
    status,
    code: kind,
    kind,
    message: '',
    retryable: isRetryableKind(kind),
    format,
    ...init,
  });
}

/** Whether a value is an {@link ApiError}, also across bundles or realms where `instanceof` fails. */
export function isApiError(value: unknown): value is ApiError {
  try {
    // The brand is on the prototype: an ApiError of this copy has it too.
    // Stryker disable next-line ConditionalExpression: as `true`, reading null's brand throws, caught below: the same answer (`false` says no to all).
    return value != null && (value as Record<symbol, unknown>)[BRAND] === true;
  } catch {
    return false;
  }
}
