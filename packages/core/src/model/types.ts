import type { ApiError } from './ApiError.js';
import type { ErrorKind } from './ErrorKind.js';

/** One message that belongs to one input of a form. */
export interface FieldError {
  /** Dotted path of the field (`items.0.name`); JSON pointers and location arrays are converted. */
  readonly path: string;
  /** The server's message for this field. */
  readonly message: string;
  /** The API's own code for this field's problem, when it sent one. */
  readonly code?: string;
}

/** Rate-limit state read from `X-RateLimit-*` / `RateLimit-*` headers. */
export interface RateLimit {
  /** Requests allowed in the window. */
  readonly limit?: number;
  /** Requests left in the window. */
  readonly remaining?: number;
  /** When the window resets, in epoch milliseconds. */
  readonly resetAt?: number;
}

/** Headers as they arrived: a `Headers` object or a plain record. */
export type HeadersInput = Headers | Readonly<Record<string, string | readonly string[] | undefined>>;

/** What `decodeError` reads: the status, the headers and the body of a response. */
export interface DecodeInput {
  /** HTTP status; `0` when no response arrived. */
  status: number;
  /** Response headers. */
  headers?: HeadersInput | undefined;
  /** Parsed JSON, a JSON string, other text (HTML, plain), bytes, or nothing. */
  body?: unknown;
}

/** What the one header module read, whatever the dialect. */
export interface HeaderReading {
  /** Header names lower-cased, values as strings. */
  readonly all: Readonly<Record<string, string>>;
  /** The media type of `content-type`, lower-cased, without parameters. */
  readonly contentType: string | undefined;
  /** Milliseconds to wait from `Retry-After`. */
  readonly retryAfterMs: number | undefined;
  /** Rate-limit state. */
  readonly rateLimit: RateLimit | undefined;
  /**
   * Request id from `X-Request-Id`, `Request-Id`, vendor names (GitHub, Microsoft, Shopify, Okta, AWS),
   * any `*-Request-Id`, `*-RequestId`, `*-Trace-Id` or `*-Correlation-Id`, CDN ids, `traceparent`.
   */
  readonly requestId: string | undefined;
  /** W3C trace id from `traceparent`, `traceresponse` or a `Server-Timing` trace entry. */
  readonly traceId: string | undefined;
  /** `Link` with `rel="successor-version"`, http(s) only. */
  readonly successorUrl: string | undefined;
  /** `Link` with `rel="help"`, http(s) only. */
  readonly helpUrl: string | undefined;
}

/** What a dialect is given besides the body. */
export interface DialectContext {
  /** HTTP status of the response. */
  readonly status: number;
  /** The headers, already read. */
  readonly headers: HeaderReading;
}

/** What a dialect found in a body. Every field is optional: leave out what the body does not say. */
export interface DialectReading {
  /** The API's own code, exactly as sent (numbers become strings). */
  code?: string | undefined;
  /** The server's human message. */
  message?: string | undefined;
  /** Messages for form fields. */
  fieldErrors?: readonly FieldError[] | undefined;
  /** Request id carried in the body. */
  requestId?: string | undefined;
  /** A wait the body states, in milliseconds. */
  retryAfterMs?: number | undefined;
  /** A link that explains the error (any scheme; the decoder keeps http(s) only). */
  docsUrl?: string | undefined;
  /**
   * A kind the dialect knows better than the status (a GraphQL error sent with 200); a code the code
   * table knows still wins.
   */
  kind?: ErrorKind | undefined;
  /** The dialect's extra payload, untouched. */
  details?: unknown;
}

/** One API error envelope: a name, a cheap test, and a reader. One file each under `dialects/`. */
export interface Dialect {
  /** Stable name, reported as `ApiError.format`. */
  readonly name: string;
  /** Cheap check whether this body is in this dialect. Must not throw on any input (the decoder guards anyway). */
  match(body: unknown, context: DialectContext): boolean;
  /** Reads what the body says. */
  read(body: unknown, context: DialectContext): DialectReading;
  /** The codes the APIs of this dialect send and the kind each means; a decoder holding the dialect knows them. */
  readonly codes?: Readonly<Record<string, ErrorKind>> | undefined;
}

/** What any envelope may say in the usual places of its body: request id, trace id, wait, docs link. */
export interface CommonReading {
  /** The first request id found. */
  readonly requestId: string | undefined;
  /** The first W3C trace id found under a trace-id name (ASP.NET Core's `traceId`). */
  readonly traceId: string | undefined;
  /** The first wait found, in ms. */
  readonly retryAfterMs: number | undefined;
  /** The first http(s) docs link found. */
  readonly docsUrl: string | undefined;
}

/** What the server's message says once code-like tokens and restated reason phrases are taken out. */
export interface ServerWords {
  /** The human sentence, if any. */
  readonly message: string | undefined;
  /** The code the message starts with (`WEAK_PASSWORD : …`), which wins over any other. */
  readonly code?: string | undefined;
  /** The token the whole message is (`EMAIL_NOT_FOUND`), a code when the envelope has none. */
  readonly token?: string | undefined;
}

/** Header names lower-cased, values as strings: what every header reader is given. */
export type HeaderRecord = Readonly<Record<string, string>>;

/**
 * A reader a decoder is assembled from, beside its dialects: the hooks it fills. The
 * decoder's own core reads the status, `Content-Type`, `Retry-After` (seconds or HTTP date),
 * `Retry-After-Ms` and the common request-id headers, and gives the kind from the status and codes;
 * each reader adds what it knows, and a decoder without one only knows less — it never fails or
 * guesses instead. The built-in readers are listed in `ALL_READERS`; a decoder merges the readers it
 * is given into one (`decoder.reader`), and when two fill the same hook, the later one's is used. A
 * hook must be a function: one that is not fails each decode over to what the status alone says.
 */
export interface Reader {
  /** An HTTP date in any form (as epoch ms) for `Retry-After`; without it, an IMF-fixdate only. */
  readonly date?: ((value: string, now: number) => number | undefined) | undefined;
  /** Rate-limit state from the headers; a reset is an epoch-ms instant counted from `now`. */
  readonly rateLimit?: ((headers: HeaderRecord, now: number) => RateLimit | undefined) | undefined;
  /** The http(s) links of a `Link` header: `rel="help"` and `rel="successor-version"`. */
  readonly links?: ((headers: HeaderRecord) => Pick<HeaderReading, 'helpUrl' | 'successorUrl'>) | undefined;
  /**
   * The W3C trace id the headers carry, and as `requestId` the one of `traceparent` alone (the request
   * id of last resort, when no request-id header names one).
   */
  readonly trace?: ((headers: HeaderRecord) => Pick<HeaderReading, 'traceId' | 'requestId'>) | undefined;
  /** Request id, trace id, wait and docs link from the usual places of a body, a wait counted from `now`. */
  readonly common?: ((body: unknown, now: number) => CommonReading) | undefined;
  /** What the server's message is: a sentence, a code-like token, a code before its text, or a restated reason phrase. */
  readonly words?: ((message: string) => ServerWords) | undefined;
  /** The code a header names when the body names none (AWS's `X-Amzn-ErrorType`). */
  readonly headerCode?: ((headers: HeaderRecord) => string | undefined) | undefined;
  /**
   * The kind the words of a code name (`channel_not_found`), for a code no table knows, when they
   * should replace `kind` (the kind so far) given `statusKind` (the status's own).
   */
  readonly codeKind?:
    | ((code: string, kind: ErrorKind, statusKind: ErrorKind) => ErrorKind | undefined)
    | undefined;
  /** A wait the message states ("Try again in 15 minutes"), in ms. */
  readonly messageWait?: ((message: string) => number | undefined) | undefined;
  /** A request id the message names ("request ID: req_abc123"). */
  readonly messageRequestId?: ((message: string) => string | undefined) | undefined;
  /** The field a message names first ("email: is taken") and the text for it. */
  readonly messageField?: ((message: string) => FieldError | undefined) | undefined;
}

/** Options for `decodeError`, `fromResponse` and `toApiError`. */
export interface DecodeOptions {
  /** The clock, in epoch ms: relative waits are measured from it and it becomes the error's `occurredAt`. Defaults to `Date.now()`. */
  now?: number | undefined;
  /**
   * The decoder to use. `decodeError` and `fromResponse` default to every built-in dialect;
   * `toApiError` without one reads a thrown response from its status alone.
   */
  decoder?: Decoder | undefined;
}

/** Options for `fromResponse` and a decoder's `fromResponse`. */
export interface FromResponseOptions extends DecodeOptions {
  /** Most bytes of the body to read; the rest is left unread. Defaults to 1 MB. */
  maxBytes?: number | undefined;
}

/** A configured decoder: dialects in the order they are tried, the code-to-kind table, and the two ways to decode with them. */
export interface Decoder {
  /** The dialects tried in order; the first whose `match` is true reads the body. */
  readonly dialects: readonly Dialect[];
  /**
   * The hooks of the readers the decoder is assembled from, merged into one reader; a decoder without
   * one reads the status, `Retry-After` and the request-id headers only.
   */
  readonly reader?: Reader | undefined;
  /** Looks up the kind an API code means (case and separators ignored): the codes of its dialects, then yours. */
  kindOfCode(code: string): ErrorKind | undefined;
  /** Decodes a status, headers and body with this decoder's dialects only; total like `decodeError`. */
  decode(input: DecodeInput, options?: DecodeOptions): ApiError;
  /** Reads a failed `Response` (at most 1 MB of its body) and decodes it with this decoder; never rejects. */
  fromResponse(response: Response, options?: FromResponseOptions): Promise<ApiError>;
}
