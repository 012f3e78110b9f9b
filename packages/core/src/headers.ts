import { clampWait } from './duration.js';
import { httpUrl, num } from './read.js';
import type { HeaderReading, RateLimit } from './types.js';

const MAX_HEADERS = 200;
const MAX_VALUE = 8192;

const REQUEST_ID_HEADERS = [
  'x-request-id',
  'request-id',
  'x-amzn-requestid',
  'x-amz-request-id',
  'x-correlation-id',
  'correlation-id',
  'x-trace-id',
  'x-github-request-id',
  'cf-ray',
] as const;

function headerValue(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length > MAX_VALUE ? value.slice(0, MAX_VALUE) : value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (Array.isArray(value)) {
    const parts = value.slice(0, 20).filter((v): v is string => typeof v === 'string');
    return parts.length > 0 ? headerValue(parts.join(', ')) : undefined;
  }
  return undefined;
}

/** Header names lower-cased, values as strings, from a `Headers`, a `Map` or a plain record. */
export function normalizeHeaders(input: unknown): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  let count = 0;
  const put = (name: unknown, value: unknown) => {
    if (count >= MAX_HEADERS || typeof name !== 'string' || name.length === 0 || name.length > 256) return;
    const v = headerValue(value);
    if (v === undefined) return;
    const key = name.toLowerCase();
    out[key] = key in out ? `${out[key]}, ${v}` : v;
    count++;
  };
  try {
    if (typeof input !== 'object' || input === null) return out;
    const forEach = (input as { forEach?: unknown }).forEach;
    if (typeof forEach === 'function' && !Array.isArray(input)) {
      // Headers and Map both call back with (value, name).
      forEach.call(input, (value: unknown, name: unknown) => {
        try {
          put(name, value);
        } catch {
          /* one bad header does not lose the rest */
        }
      });
      return out;
    }
    for (const name of Object.keys(input).slice(0, MAX_HEADERS)) {
      try {
        put(name, (input as Record<string, unknown>)[name]);
      } catch {
        /* one bad header does not lose the rest */
      }
    }
  } catch {
    /* a hostile headers object reads as whatever was read before it threw */
  }
  return out;
}

/** `Retry-After`: delta seconds or an HTTP date, as ms from `now`. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const s = value.trim();
  if (/^\d{1,10}(\.\d+)?$/.test(s)) return clampWait(Number(s) * 1000);
  if (s.length > 64) return undefined;
  const at = Date.parse(s);
  return Number.isNaN(at) ? undefined : clampWait(at - now);
}

/**
 * A rate-limit reset as an epoch-ms instant. Servers send epoch seconds (GitHub, Chatsby), epoch ms,
 * or seconds from now (IETF `RateLimit-Reset`, many gateways): a number too small to be a date
 * since 2001 is a delta.
 */
export function resetInstant(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const n = num(value);
  if (n === undefined) {
    const at = value.length <= 64 ? Date.parse(value) : Number.NaN;
    return Number.isNaN(at) ? undefined : at;
  }
  if (n < 0) return undefined;
  if (n >= 1e12) return Math.round(n);
  if (n >= 1e9) return Math.round(n * 1000);
  return now + Math.round(n * 1000);
}

/** The parameters of an IETF `RateLimit` header: `limit=100, remaining=0, reset=30` or `"default";r=0;t=30`. */
function parseRateLimitField(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = Object.create(null);
  if (value === undefined) return out;
  for (const part of value.slice(0, 512).split(/[;,]/)) {
    const eq = part.indexOf('=');
    if (eq <= 0) continue;
    const key = part.slice(0, eq).trim().toLowerCase();
    const v = part.slice(eq + 1).trim();
    if (!(key in out)) out[key] = v;
  }
  return out;
}

function readRateLimit(h: Record<string, string>, now: number): RateLimit | undefined {
  const field = parseRateLimitField(h.ratelimit);
  const pick = (...names: (string | undefined)[]) => names.find((v) => v !== undefined);
  const limit = num(pick(h['x-ratelimit-limit'], h['ratelimit-limit'], h['x-rate-limit-limit'], field.limit));
  const remaining = num(
    pick(
      h['x-ratelimit-remaining'],
      h['ratelimit-remaining'],
      h['x-rate-limit-remaining'],
      field.remaining,
      field.r,
    ),
  );
  const resetAt = resetInstant(
    pick(h['x-ratelimit-reset'], h['ratelimit-reset'], h['x-rate-limit-reset'], field.reset, field.t),
    now,
  );
  if (limit === undefined && remaining === undefined && resetAt === undefined) return undefined;
  const out: { limit?: number; remaining?: number; resetAt?: number } = {};
  if (limit !== undefined) out.limit = limit;
  if (remaining !== undefined) out.remaining = remaining;
  if (resetAt !== undefined) out.resetAt = resetAt;
  return out;
}

function traceIdFromTraceparent(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const parts = value.trim().split('-');
  const id = parts[1];
  return parts.length >= 4 && id && /^[0-9a-f]{32}$/i.test(id) && !/^0+$/.test(id) ? id : undefined;
}

function readRequestId(h: Record<string, string>): string | undefined {
  for (const name of REQUEST_ID_HEADERS) {
    const v = h[name]?.trim();
    if (v && v.length <= 256) return v;
  }
  return traceIdFromTraceparent(h.traceparent);
}

/** The links of a `Link` header by relation: `<https://…>; rel="successor-version"`. */
export function parseLinks(value: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (value === undefined) return out;
  let i = 0;
  const s = value.slice(0, MAX_VALUE);
  while (i < s.length) {
    const open = s.indexOf('<', i);
    if (open < 0) break;
    const close = s.indexOf('>', open + 1);
    if (close < 0) break;
    const target = s.slice(open + 1, close).trim();
    const next = s.indexOf('<', close + 1);
    const params = s.slice(close + 1, next < 0 ? s.length : next);
    const rel = /\brel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params);
    for (const r of (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)) {
      if (r && !out.has(r)) out.set(r, target);
    }
    i = next < 0 ? s.length : next;
  }
  return out;
}

/** Reads every header faultline understands, once, whatever the dialect. */
export function readHeaders(input: unknown, now: number): HeaderReading {
  const all = normalizeHeaders(input);
  const links = parseLinks(all.link);
  const contentType = all['content-type']?.split(';')[0]?.trim().toLowerCase() || undefined;
  return {
    all,
    contentType,
    retryAfterMs: parseRetryAfter(all['retry-after'], now),
    rateLimit: readRateLimit(all, now),
    requestId: readRequestId(all),
    successorUrl: httpUrl(links.get('successor-version')),
    helpUrl: httpUrl(links.get('help')),
  };
}
