import { clampWait } from '../decode/duration.js';
import { get } from '../decode/read.js';
import type { HeaderReading, Reader } from '../model/types.js';
import { parseImfDate } from './dates.js';

const MAX_HEADERS = 200;
/** Longest header value kept. */
export const MAX_VALUE = 8192;
const MAX_REQUEST_ID = 256;

/**
 * Request-id headers by precedence: `X-Request-Id`, Stripe's `Request-Id`, `Correlation-Id`; then, in
 * the order they came, any header named by {@link ID_HEADER}, which takes in the vendors' documented
 * names (`X-GitHub-Request-Id`, `X-Ms-Request-Id`, `X-Shopify-Request-Id`, `X-Okta-Request-Id`,
 * `X-Amzn-RequestId`, `X-Zendesk-Request-Id`, `X-Correlation-Id`); then CDN ids and `traceparent`.
 */
const REQUEST_ID_HEADERS = ['x-request-id', 'request-id', 'correlation-id'] as const;
/** CDN and proxy ids, kept when the origin sent none: Cloudflare's ray, CloudFront's id. */
const EDGE_ID_HEADERS = ['cf-ray', 'x-amz-cf-id'] as const;
/** A header named for a request id by its ending: `x-notion-request-id`, `x-ms-client-requestid`, `x-b3-trace-id`. */
export const ID_HEADER = /-(?:request-?id|trace-id|correlation-id)$/;

function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.slice(0, MAX_VALUE);
  if (Number.isFinite(value)) return String(value);
  // The text items of a list, at most 20; any other value holds none.
  const parts = [value]
    .flat()
    .slice(0, 20)
    .filter((v): v is string => typeof v === 'string');
  return parts.length > 0 ? headerValue(parts.join(', ')) : undefined;
}

/**
 * Header names lower-cased, values as strings, from a `Headers`, a `Map`, a list of `[name, value]`
 * pairs or a plain record. Repeated names are joined with `, ` as `Headers` does.
 */
export function normalizeHeaders(input: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let count = 0;
  // Each header is read inside its own guard: one bad header does not lose the rest.
  const put = (pair: unknown) => {
    try {
      if (count >= MAX_HEADERS || !Array.isArray(pair) || pair.length !== 2) return;
      const [name, value] = pair;
      if (typeof name !== 'string' || name.length === 0 || name.length > 256) return;
      const v = headerValue(value);
      if (v === undefined) return;
      const key = name.toLowerCase();
      out[key] = key in out ? `${out[key]}, ${v}`.slice(0, MAX_VALUE) : v;
      count++;
    } catch {
      /* skipped */
    }
  };
  // No headers at all (the common `decodeError({ status, body })`) read as none without the
  // TypeError the reads below would throw and catch, which costs more than the whole decode.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut; as `false` the reads below throw, caught with the same empty result (`true` reads no headers at all).
  if (input === undefined || input === null) return out;
  // Other values that are no headers read as nothing: the reads below throw or find no entries.
  try {
    if (Array.isArray(input)) {
      for (const pair of input.slice(0, MAX_HEADERS)) put(pair);
      return out;
    }
    const forEach = (input as { forEach?: unknown }).forEach;
    if (typeof forEach === 'function') {
      // Headers and Map both call back with (value, name).
      forEach.call(input, (value: unknown, name: unknown) => put([name, value]));
      return out;
    }
    // `get` reads each value in its own guard.
    for (const name of Object.keys(input as object).slice(0, MAX_HEADERS)) put([name, get(input, name)]);
  } catch {
    /* a hostile headers object reads as whatever was read before it threw */
  }
  return out;
}

/** Delta seconds: `120`, `1.5`. */
export const DELTA_SECONDS = /^\d+(?:\.\d+)?$/;

/**
 * `Retry-After`: delta seconds or an HTTP date (an IMF-fixdate, or any form `date` reads), as ms from
 * `now`, clamped to a week.
 */
export function parseRetryAfter(
  value: string | undefined,
  now: number,
  date: (value: string, now: number) => number | undefined = parseImfDate,
): number | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  // Longer than any real value: a cut one could read as another number.
  if (s.length > 64) return undefined;
  if (DELTA_SECONDS.test(s)) return clampWait(Number(s) * 1000);
  // No date makes NaN, which clampWait refuses.
  return clampWait((date(s, now) ?? Number.NaN) - now);
}

/** `Retry-After-Ms` (Azure, OpenAI): the same wait in milliseconds. */
function parseRetryAfterMs(value: string | undefined): number | undefined {
  const s = value?.trim();
  return s !== undefined && s.length <= 32 && DELTA_SECONDS.test(s) ? clampWait(Number(s)) : undefined;
}

/** A control or format character: an id holding one cannot be typed back to support, so it is no id. */
export const CONTROL = /[\p{Cc}\p{Cf}]/u;

function readRequestId(h: Record<string, string>): string | undefined {
  const names = [
    ...REQUEST_ID_HEADERS,
    ...Object.keys(h).filter((name) => ID_HEADER.test(name)),
    ...EDGE_ID_HEADERS,
  ];
  for (const name of names) {
    const raw = h[name];
    if (raw === undefined) continue;
    // A proxy that adds its own id makes the value a list; the first is the origin's.
    const v = (raw.split(',', 1)[0] as string).trim();
    if (v && v.length <= MAX_REQUEST_ID && !CONTROL.test(v)) return v;
  }
  return undefined;
}

/**
 * Reads the headers once, whatever the dialect: the core reads `Content-Type`, `Retry-After` (delta
 * seconds or an HTTP date), `Retry-After-Ms` and the request-id headers; the readers of the decoder
 * add the rate limit, the `Link` relations and the trace id (see `Reader`).
 */
export function readHeaders(input: unknown, now: number, readers: Reader): HeaderReading {
  const all = normalizeHeaders(input);
  // `split` always gives its first piece.
  const contentType =
    (all['content-type']?.split(';', 1)[0] as string | undefined)?.trim().toLowerCase() || undefined;
  const links = readers.links?.(all);
  const trace = readers.trace?.(all);
  return {
    all,
    contentType,
    retryAfterMs:
      parseRetryAfterMs(all['retry-after-ms'] ?? all['x-ms-retry-after-ms']) ??
      parseRetryAfter(all['retry-after'], now, readers.date),
    rateLimit: readers.rateLimit?.(all, now),
    requestId: readRequestId(all) ?? trace?.requestId,
    traceId: trace?.traceId,
    successorUrl: links?.successorUrl,
    helpUrl: links?.helpUrl,
  };
}
