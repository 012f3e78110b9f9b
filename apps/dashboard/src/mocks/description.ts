/** The code vocabularies of the seed APIs: each names the same failure its own way. */
export type CodeFamily = 'nessy' | 'chatsby' | 'nova' | 'session' | 'workspace' | 'problem';

/** One input the server rejected. */
export interface FieldProblem {
  /** Where the field sits in the request body, as path segments (`['tools', 0, 'url']`). */
  readonly path: readonly (string | number)[];
  /** What is wrong, for the person who typed it. */
  readonly message: string;
  /** A stable code for the problem (`invalid_format`, `too_short`). */
  readonly code: string;
}

/** Rate-limit state a 429 reports in `X-RateLimit-*` headers. */
export interface RateLimitState {
  /** Requests allowed in the window. */
  readonly limit: number;
  /** Requests left in the window. */
  readonly remaining: number;
  /** When the window resets, in epoch seconds. */
  readonly resetEpochSeconds: number;
}

/**
 * One failure, described once, independently of any API's envelope. Every dialect builds its own
 * response (status, headers, body) from this, so the same screen fails the same way whichever
 * dialect the mock API speaks.
 */
export interface ErrorDescription {
  /** HTTP status most APIs send for this failure. */
  readonly status: number;
  /** The code in snake case, as NessyAPI and NovaVMS spell it. */
  readonly code: string;
  /** What the other API families call it, where they differ from `code` (UPPER_CASE is derived). */
  readonly codes?: Partial<Record<CodeFamily, string>>;
  /** A short, stable summary (the problem+json `title`). */
  readonly title: string;
  /** The human message. */
  readonly message: string;
  /** Inputs the server rejected. */
  readonly fields?: readonly FieldProblem[];
  /** The id support uses to find this request in the logs. */
  readonly requestId?: string;
  /** Seconds to wait before trying again. */
  readonly retryAfterSeconds?: number;
  /** Rate-limit state, for a 429. */
  readonly rateLimit?: RateLimitState;
  /** The endpoint that replaces a retired one. */
  readonly successorUrl?: string;
  /** A page that explains the error. */
  readonly docsUrl?: string;
  /** Extra, machine-readable facts (usage numbers, limits). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/** A response as a dialect builds it. */
export interface MockResponse {
  /** HTTP status. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Readonly<Record<string, string>>;
  /** The JSON body. */
  readonly body: unknown;
}

/** One API dialect the mock can speak: turns a description into that API's response. One file each. */
export interface MockDialect {
  /** Stable id, stored in the settings. */
  readonly id: string;
  /** Name shown in the dev panel. */
  readonly label: string;
  /** One line on the envelope, shown in the dev panel. */
  readonly summary: string;
  /** Position in the dev panel. */
  readonly order: number;
  /** Builds this API's error response. */
  respond(error: ErrorDescription): MockResponse;
}

/** The code a family uses for a failure: its own when it has one, else `code` (upper-cased for `workspace`). */
export function codeFor(error: ErrorDescription, family: CodeFamily): string {
  return error.codes?.[family] ?? (family === 'workspace' ? error.code.toUpperCase() : error.code);
}

/** A path as most APIs write it in JSON bodies: `tools[0].url`. */
export function bracketPath(path: readonly (string | number)[]): string {
  return path
    .map((segment, i) => (typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`))
    .join('');
}

/** A path as dotted segments: `tools.0.url`. */
export function dottedPath(path: readonly (string | number)[]): string {
  return path.join('.');
}

/** A path as an RFC 6901 JSON pointer in a URI fragment: `#/tools/0/url`. */
export function jsonPointer(path: readonly (string | number)[]): string {
  return `#/${path.map((s) => String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
}

/** Standard HTTP headers every dialect sends for a description: `Retry-After`, successor `Link`. */
export function httpHeaders(
  error: ErrorDescription,
  contentType = 'application/json',
): Record<string, string> {
  const headers: Record<string, string> = { 'content-type': contentType };
  if (error.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.retryAfterSeconds);
  if (error.successorUrl !== undefined) headers.link = `<${error.successorUrl}>; rel="successor-version"`;
  return headers;
}

/** `X-RateLimit-*` headers for a 429, where the API documents them. */
export function rateLimitHeaders(error: ErrorDescription): Record<string, string> {
  if (!error.rateLimit) return {};
  return {
    'x-ratelimit-limit': String(error.rateLimit.limit),
    'x-ratelimit-remaining': String(error.rateLimit.remaining),
    'x-ratelimit-reset': String(error.rateLimit.resetEpochSeconds),
  };
}

/**
 * The `details` of the session and workspace envelopes: one rejected field as `details.field` (its
 * message becomes the error's), several as `details.fields`, and the wait as `details.retry_after`.
 */
export function fieldDetails(
  error: ErrorDescription,
  path: (path: readonly (string | number)[]) => string,
  withCodes: boolean,
): { details: Record<string, unknown>; message: string } {
  const fields = error.fields ?? [];
  const [only] = fields;
  const details: Record<string, unknown> = { ...error.details };
  let message = error.message;
  if (fields.length === 1 && only) {
    details.field = path(only.path);
    if (withCodes) details.requirement = only.code;
    message = only.message;
  } else if (fields.length > 1) {
    details.fields = fields.map((f) => ({
      field: path(f.path),
      message: f.message,
      ...(withCodes ? { code: f.code } : {}),
    }));
  }
  if (error.retryAfterSeconds !== undefined) details.retry_after = error.retryAfterSeconds;
  return { details, message };
}
