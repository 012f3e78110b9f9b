import { clampWait } from '../decode/duration.js';
import { get, httpUrl, num } from '../decode/read.js';
import { TRACE_ID } from '../model/ApiErrorJSON.js';
import type { HeaderReading, RateLimit } from '../model/types.js';

const MAX_HEADERS = 200;
const MAX_VALUE = 8192;
const MAX_REQUEST_ID = 256;
/** Latest instant a `Date` can hold; a reset beyond it is a server mistake. */
const MAX_INSTANT = 8.64e15;

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

/** Month names, three letters each: a name's index over 3 is its month. */
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// The three HTTP-date forms RFC 9110 §5.6.7 asks recipients to accept, and ISO 8601 with a zone.
// Every token is fixed or bounded, so matching is linear whatever the input.
/** `Sun, 06 Nov 1994 08:49:37 GMT`. */
export const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (?:gmt|utc)$/i;
/** `Sunday, 06-Nov-94 08:49:37 GMT`. */
export const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (?:gmt|utc)$/i;
/** `Sun Nov  6 08:49:37 1994`. */
export const ASCTIME = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;
/** `1994-11-06T08:49:37Z`, `…+01:00`: ISO 8601 with a zone. */
export const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(z|[+-]\d{2}:?\d{2})$/i;

function utc(
  year: number,
  monthName: string | number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  // A month is a name (`Nov`) in the HTTP-date forms and a number (1-12) in ISO 8601.
  const month = typeof monthName === 'number' ? monthName - 1 : MONTHS.indexOf(monthName.toLowerCase()) / 3;
  if (
    !Number.isInteger(month) ||
    month < 0 ||
    month > 11 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  )
    return undefined;
  if (day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate()) return undefined;
  return Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
}

/** A zone's offset from UTC: `Z` has no digits, so it is 0. */
function zoneOffsetMs(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, the obsolete RFC 850 and asctime forms) or an
 * ISO 8601 instant with a zone, as epoch ms; `undefined` for anything else. Unlike `Date.parse`,
 * it reads no local time zone and accepts no guesses ("1", "-5", "in 5" are not dates).
 */
export function parseHttpDate(value: string, now: number): number | undefined {
  const s = value.trim();
  let m = IMF_FIXDATE.exec(s) ?? RFC_850.exec(s);
  if (m) {
    let year = +m[3]!;
    if (m[3]!.length === 2) {
      // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year ending so.
      const current = new Date(now).getUTCFullYear();
      year += current - (current % 100);
      if (year > current + 50) year -= 100;
    }
    return utc(year, m[2]!, +m[1]!, +m[4]!, +m[5]!, +m[6]!);
  }
  m = ASCTIME.exec(s);
  if (m) return utc(+m[6]!, m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
  m = ISO_8601.exec(s);
  if (m) {
    const base = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
    if (base === undefined) return undefined;
    const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    return base + fraction - zoneOffsetMs(m[8]!);
  }
  return undefined;
}

/** Delta seconds: `120`, `1.5`. */
export const DELTA_SECONDS = /^\d+(?:\.\d+)?$/;

/** `Retry-After`: delta seconds or an HTTP date, as ms from `now`, clamped to a week. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  // Longer than any real value: a cut one could read as another number.
  if (s.length > 64) return undefined;
  if (DELTA_SECONDS.test(s)) return clampWait(Number(s) * 1000);
  // No date makes NaN, which clampWait refuses.
  return clampWait((parseHttpDate(s, now) ?? Number.NaN) - now);
}

/** `Retry-After-Ms` (Azure, OpenAI): the same wait in milliseconds. */
function parseRetryAfterMs(value: string | undefined): number | undefined {
  const s = value?.trim();
  return s !== undefined && s.length <= 32 && DELTA_SECONDS.test(s) ? clampWait(Number(s)) : undefined;
}

/**
 * A rate-limit reset as an epoch-ms instant. Servers send epoch seconds (GitHub, Chatsby), epoch ms,
 * seconds from now (IETF `RateLimit-Reset`, many gateways) or an HTTP date: a number too small to be
 * a date since 2001 is a delta.
 */
export function resetInstant(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const n = num(value);
  if (n === undefined) return parseHttpDate(value, now);
  if (n < 0) return undefined;
  let at: number;
  if (n >= 1e12) at = Math.round(n);
  else if (n >= 1e9) at = Math.round(n * 1000);
  else at = now + Math.round(n * 1000);
  return at <= MAX_INSTANT ? at : undefined;
}

/** A comma or semicolon between header list items or parameters. */
export const LIST_SEPARATOR = /[,;]/;

/** A count from a header that may carry a policy after it (`100, 100;w=60`); negative counts are refused. */
function count(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = num(value.split(LIST_SEPARATOR, 1)[0]);
  return (n ?? Number.NaN) >= 0 ? n : undefined;
}

/** Splits a structured-field list on commas outside quoted strings. */
function listMembers(value: string): string[] {
  const out: string[] = [];
  let start = 0;
  let quoted = false;
  value.split('').forEach((c, i) => {
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (c === ',' && !quoted) {
      out.push(value.slice(start, i));
      start = i + 1;
    }
  });
  out.push(value.slice(start));
  return out;
}

interface RateLimitMember {
  name: string;
  params: Record<string, string>;
}

function members(value: string | undefined, max = 1024): RateLimitMember[] {
  if (value === undefined) return [];
  return listMembers(value.slice(0, max))
    .slice(0, 20)
    .map((member) => {
      const params: Record<string, string> = Object.create(null);
      let name = '';
      for (const part of member.split(';')) {
        const eq = part.indexOf('=');
        if (eq === -1) {
          name ||= part.trim();
          continue;
        }
        // A repeated key takes its last value, as structured fields do (RFC 9651 §4.2.3.2); values
        // keep their spaces, which the number and date readers allow.
        params[part.slice(0, eq).trim().toLowerCase()] = part.slice(eq + 1);
      }
      return { name, params };
    });
}

type RateLimitText = Partial<Record<'limit' | 'remaining' | 'reset', string | undefined>>;
const RATE_LIMIT_KEYS = ['limit', 'remaining', 'reset'] as const;

/**
 * The IETF `RateLimit` field in either shape: the draft dictionary `limit=100, remaining=0, reset=30`,
 * or the current list of policies `"burst";r=0;t=30, "daily";r=900;t=3600`, where the policy with
 * the fewest requests left is the one that binds. The limit of a listed policy comes from
 * `RateLimit-Policy` (`"burst";q=100;w=60`).
 */
function readRateLimitField(field: string | undefined, policy: string | undefined): RateLimitText {
  const dictionary: RateLimitText = {};
  let binding: RateLimitMember | undefined;
  let bindingLeft = Number.POSITIVE_INFINITY;
  for (const member of members(field)) {
    const { r, t } = member.params;
    if (r === undefined && t === undefined) {
      for (const key of RATE_LIMIT_KEYS) dictionary[key] ??= member.params[key];
      continue;
    }
    const left = num(r) ?? Number.POSITIVE_INFINITY;
    if (binding === undefined || left < bindingLeft) {
      binding = member;
      bindingLeft = left;
    }
  }
  const policies = members(policy);
  const quota =
    policies.find((p) => binding !== undefined && p.name === binding.name)?.params.q ??
    policies[0]?.params.q ??
    // An unnamed policy of the earlier drafts: `RateLimit-Policy: 100;w=60`.
    policies[0]?.name;
  return {
    limit: dictionary.limit ?? quota,
    remaining: dictionary.remaining ?? binding?.params.r,
    reset: dictionary.reset ?? binding?.params.t,
  };
}

function readRateLimit(h: Record<string, string>, now: number): RateLimit | undefined {
  // Every rate-limit header has `rate` in its name: most failures carry none, and are read no further.
  // Stryker disable next-line ConditionalExpression,StringLiteral: a shortcut; without it such headers read as no rate limit all the same.
  if (!Object.keys(h).some((name) => name.includes('rate'))) return undefined;
  const field = readRateLimitField(h.ratelimit, h['ratelimit-policy']);
  const [limit, remaining, reset] = RATE_LIMIT_KEYS.map(
    (key) => h[`x-ratelimit-${key}`] ?? h[`ratelimit-${key}`] ?? h[`x-rate-limit-${key}`] ?? field[key],
  );
  const out: { limit?: number; remaining?: number; resetAt?: number } = {};
  const l = count(limit);
  const r = count(remaining);
  const resetAt = resetInstant(reset, now);
  if (l !== undefined) out.limit = l;
  if (r !== undefined) out.remaining = r;
  if (resetAt !== undefined) out.resetAt = resetAt;
  return l === undefined && r === undefined && resetAt === undefined ? undefined : out;
}

/**
 * A W3C Trace Context `traceparent` or `traceresponse` value: lowercase hex, version `ff` refused, ids
 * not all zeros; a version `00` value is exactly that long, a later one may go on after a `-`.
 */
export const TRACEPARENT =
  /^(?!ff)([0-9a-f]{2})-(?!0{32})([0-9a-f]{32})-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}(-|$)/;

/** `Server-Timing` metrics that may carry a trace id: `traceparent`, `trace`, `trace-id`, `traceid`. */
export const TRACE_METRIC = /^trace/i;

/** The quotes of a quoted `desc`. */
export const QUOTES = /"/g;

/** The trace id of a `traceparent`-shaped value or of a bare trace id; `undefined` for anything else. */
export function traceIdOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (TRACE_ID.test(s)) return s;
  const m = TRACEPARENT.exec(s);
  return m && (m[1] !== '00' || s.length === 55) ? m[2] : undefined;
}

/** The trace id a `Server-Timing` entry carries: `traceparent;desc="00-…"`, `trace-id;desc=<hex>`. */
function serverTimingTraceId(value: string | undefined): string | undefined {
  for (const { name, params } of members(value, MAX_VALUE)) {
    const id = TRACE_METRIC.test(name) ? traceIdOf(params.desc?.replace(QUOTES, '')) : undefined;
    if (id) return id;
  }
  return undefined;
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

/** The `rel` parameter of a `Link` entry, quoted or bare. */
export const REL = /\brel\s*=\s*(?:"([^"]*)"|([^\s;,"]+))/i;

/** A run of whitespace between the relation types of one `rel`. */
export const WHITESPACE_RUN = /\s+/;

/** The links of a `Link` header by relation: `<https://…>; rel="successor-version"`. */
export function parseLinks(s: string): Map<string, string> {
  const out = new Map<string, string>();
  let open = s.indexOf('<');
  while (open !== -1) {
    const close = s.indexOf('>', open);
    if (close === -1) break;
    const next = s.indexOf('<', close);
    // The parameters of this link only: up to the next link, or to the end.
    const rel = REL.exec(s.slice(close, next === -1 ? undefined : next));
    for (const r of (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(WHITESPACE_RUN)) {
      if (r && !out.has(r)) out.set(r, s.slice(open + 1, close));
    }
    open = next;
  }
  return out;
}

/** Reads every header faultline understands, once, whatever the dialect. */
export function readHeaders(input: unknown, now: number): HeaderReading {
  const all = normalizeHeaders(input);
  const links = all.link === undefined ? undefined : parseLinks(all.link);
  // `split` always gives its first piece.
  const contentType =
    (all['content-type']?.split(';', 1)[0] as string | undefined)?.trim().toLowerCase() || undefined;
  const traceparent = traceIdOf(all.traceparent);
  return {
    all,
    contentType,
    retryAfterMs:
      parseRetryAfterMs(all['retry-after-ms'] ?? all['x-ms-retry-after-ms']) ??
      parseRetryAfter(all['retry-after'], now),
    rateLimit: readRateLimit(all, now),
    requestId: readRequestId(all) ?? traceparent,
    traceId: traceparent ?? traceIdOf(all.traceresponse) ?? serverTimingTraceId(all['server-timing']),
    successorUrl: httpUrl(links?.get('successor-version')),
    helpUrl: httpUrl(links?.get('help')),
  };
}
