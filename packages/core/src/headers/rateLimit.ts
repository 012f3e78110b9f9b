import { num } from '../decode/read.js';
import type { RateLimit, Reader } from '../model/types.js';
import { parseHttpDate } from './dates.js';
import { type Member, members } from './lists.js';

/** Latest instant a `Date` can hold; a reset beyond it is a server mistake. */
const MAX_INSTANT = 8.64e15;

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
  let binding: Member | undefined;
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
 * The rate-limit headers, a reader a decoder is assembled from: `X-RateLimit-*`, `RateLimit-*`,
 * `X-Rate-Limit-*` and the IETF `RateLimit` / `RateLimit-Policy` fields give `ApiError.rateLimit`;
 * the reset of a spent window gives the wait when no `Retry-After` does, and a 403 with no request
 * left is `rate_limited` (GitHub's primary limit). A decoder without it reads none of these, and takes
 * a 403 for a rate limit only when its message says so ("API rate limit exceeded").
 */
export const rateLimitHeaders: Reader = { rateLimit: readRateLimit };
