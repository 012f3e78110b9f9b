import { afterEach, describe, expect, it } from 'vitest';
import { MAX_WAIT_MS } from '../decode/duration.js';
import { ALL_READERS } from '../decode/readers.js';
import {
  headersThatBreak,
  isPrototypePolluted,
  revokedProxy,
  throwingHeaders,
  throwingProxy,
} from '../test-utils/hostile.js';
import { parseHttpDate } from './dates.js';
import { normalizeHeaders, readHeaders } from './headers.js';
import { parseLinks } from './links.js';

// 2027-01-15T08:00:00.000Z
const NOW = 1_800_000_000_000;

function read(headers: unknown) {
  return readHeaders(headers, NOW, Object.assign({}, ...ALL_READERS));
}

describe('normalizeHeaders', () => {
  it('leaves out a header that holds no text or number', () => {
    const all = normalizeHeaders({ 'retry-after': undefined, 'x-debug': { a: 1 }, 'x-request-id': 'req_1' });
    expect(Object.keys(all)).toEqual(['x-request-id']);
  });

  it('reads a Headers object with names lower-cased', () => {
    const all = normalizeHeaders(new Headers({ 'X-Request-Id': 'req_1', 'Retry-After': '5' }));
    expect({ ...all }).toEqual({ 'x-request-id': 'req_1', 'retry-after': '5' });
  });

  it('reads a plain record whatever the case of its names', () => {
    expect({ ...normalizeHeaders({ 'X-REQUEST-ID': 'req_1' }) }).toEqual({ 'x-request-id': 'req_1' });
  });

  it('reads a Map', () => {
    expect({ ...normalizeHeaders(new Map([['Retry-After', '5']])) }).toEqual({ 'retry-after': '5' });
  });

  it('reads a list of name and value pairs, as fetch accepts them', () => {
    const all = normalizeHeaders([
      ['Retry-After', '5'],
      ['X-Request-Id', 'req_1'],
    ]);
    expect({ ...all }).toEqual({ 'retry-after': '5', 'x-request-id': 'req_1' });
  });

  it('joins a repeated name with a comma, as Headers does', () => {
    expect(normalizeHeaders({ 'X-Tag': 'a', 'x-tag': 'b' })['x-tag']).toBe('a, b');
  });

  it('joins array values and turns numbers into text', () => {
    const all = normalizeHeaders({ vary: ['accept', 'origin'], 'retry-after': 30 });
    expect({ ...all }).toEqual({ vary: 'accept, origin', 'retry-after': '30' });
  });

  it('skips values that are neither text, numbers nor lists of text', () => {
    const all = normalizeHeaders({ a: null, b: { x: 1 }, c: Number.NaN, d: true, e: 'kept' });
    expect({ ...all }).toEqual({ e: 'kept' });
  });

  it('reads nothing from a number, a string, null or undefined', () => {
    for (const input of [42, 'x-request-id: req_1', null, undefined]) {
      expect({ ...normalizeHeaders(input) }).toEqual({});
    }
  });

  it('reads nothing from a headers object that throws, and does not throw', () => {
    expect({ ...normalizeHeaders(throwingHeaders()) }).toEqual({});
  });

  it('keeps the headers read before a headers object broke', () => {
    expect({ ...normalizeHeaders(headersThatBreak()) }).toEqual({
      'x-request-id': 'req_before_break',
      'retry-after': '30',
    });
  });

  it('reads nothing from a proxy that throws on every trap or a revoked proxy', () => {
    expect({ ...normalizeHeaders(throwingProxy()) }).toEqual({});
    expect({ ...normalizeHeaders(revokedProxy()) }).toEqual({});
  });

  it('keeps one bad value from losing the others', () => {
    const input = { 'x-request-id': 'req_1' };
    Object.defineProperty(input, 'retry-after', {
      enumerable: true,
      get() {
        throw new Error('bad value');
      },
    });
    expect({ ...normalizeHeaders(input) }).toEqual({ 'x-request-id': 'req_1' });
  });

  it('reads the text items of a list value, at most 20 of them, and no header from an empty list', () => {
    const all = normalizeHeaders({
      vary: ['accept', null, 7, { x: 1 }, 'origin'],
      'x-many': Array.from({ length: 30 }, (_, i) => `v${i}`),
      'x-none': [],
      'x-no-text': [null, 1],
    });
    expect({ ...all }).toEqual({
      vary: 'accept, origin',
      'x-many': Array.from({ length: 20 }, (_, i) => `v${i}`).join(', '),
    });
  });

  it('cuts a repeated name joined past 8 KB', () => {
    const all = normalizeHeaders([
      ['x-long', 'a'.repeat(5000)],
      ['x-long', 'b'.repeat(5000)],
    ]);
    expect(all['x-long']).toHaveLength(8192);
  });

  it('reads no pair past the 200th of a list, whether the ones before were readable or not', () => {
    const list = [...Array.from({ length: 200 }, () => ['x-broken']), ['x-request-id', 'req_1']];
    expect({ ...normalizeHeaders(list) }).toEqual({});
  });

  it('skips list entries that are not one name and one value', () => {
    const all = normalizeHeaders([['x-a', '1', 'x'], 'ab', ['x-b'], ['x-c', '3']]);
    expect({ ...all }).toEqual({ 'x-c': '3' });
  });

  it('skips names that are not text (a String object included), blank or longer than 256 characters', () => {
    const all = normalizeHeaders([
      [1, 'number'],
      [new String('x-boxed'), 'boxed'],
      ['', 'blank'],
      ['n'.repeat(257), 'long'],
      ['n'.repeat(256), 'kept'],
    ]);
    expect({ ...all }).toEqual({ ['n'.repeat(256)]: 'kept' });
  });

  it('reads no entry of a record past the 200th, whether the ones before were readable or not', () => {
    const record = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`x-empty-${i}`, null]));
    expect({ ...normalizeHeaders({ ...record, 'x-request-id': 'req_1' }) }).toEqual({});
  });

  it('reads at most 200 headers from a Map, which has no length to cut', () => {
    const many = new Map(Array.from({ length: 300 }, (_, i) => [`x-h-${i}`, 'v']));
    const all = normalizeHeaders(many);
    expect(Object.keys(all)).toHaveLength(200);
    expect(all['x-h-199']).toBe('v');
  });

  it('reads at most 200 headers', () => {
    const many = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`x-h-${i}`, 'v']));
    expect(Object.keys(normalizeHeaders(many))).toHaveLength(200);
  });

  it('cuts a value longer than 8 KB', () => {
    expect(normalizeHeaders({ 'x-long': 'a'.repeat(100_000) })['x-long']).toHaveLength(8192);
  });

  it('keeps a header named __proto__ as data without touching any prototype', () => {
    const all = normalizeHeaders(JSON.parse('{"__proto__":"x","constructor":"y"}'));
    expect(Object.getPrototypeOf(all)).toBeNull();
    expect(Object.entries(all)).toContainEqual(['__proto__', 'x']);
    expect(isPrototypePolluted()).toBe(false);
  });
});

describe('parseHttpDate', () => {
  it('reads the IMF-fixdate form', () => {
    expect(parseHttpDate('Fri, 15 Jan 2027 08:00:45 GMT', NOW)).toBe(NOW + 45_000);
  });

  it('reads the obsolete RFC 850 form with a two-digit year', () => {
    expect(parseHttpDate('Friday, 15-Jan-27 08:00:45 GMT', NOW)).toBe(NOW + 45_000);
  });

  it('reads a two-digit year more than 50 years ahead as the past century', () => {
    expect(parseHttpDate('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  it('reads the asctime form', () => {
    expect(parseHttpDate('Fri Jan 15 08:00:45 2027', NOW)).toBe(NOW + 45_000);
    expect(parseHttpDate('Sun Nov  6 08:49:37 1994', NOW)).toBe(Date.UTC(1994, 10, 6, 8, 49, 37));
  });

  describe('in a time zone other than GMT', () => {
    const saved = process.env.TZ;
    afterEach(() => {
      process.env.TZ = saved;
    });

    it('reads an asctime date as GMT, as HTTP defines it', () => {
      process.env.TZ = 'America/New_York';
      expect(parseHttpDate('Fri Jan 15 08:00:45 2027', NOW)).toBe(NOW + 45_000);
    });
  });

  it('reads an ISO 8601 instant with a zone', () => {
    expect(parseHttpDate('2027-01-15T08:00:45Z', NOW)).toBe(NOW + 45_000);
    expect(parseHttpDate('2027-01-15T09:00:45.250+01:00', NOW)).toBe(NOW + 45_250);
  });

  it('refuses an ISO 8601 date without a zone, which would be read in local time', () => {
    expect(parseHttpDate('2027-01-15T08:00:45', NOW)).toBeUndefined();
  });

  it('reads a date with spaces around it', () => {
    expect(parseHttpDate('  Fri, 15 Jan 2027 08:00:45 GMT \t', NOW)).toBe(NOW + 45_000);
  });

  it('reads a two-digit year exactly 50 years ahead as ahead, and one more as the past century', () => {
    // RFC 9110 §5.6.7: only a year "more than 50 years in the future" is taken as the past one.
    expect(parseHttpDate('Friday, 15-Jan-77 08:00:45 GMT', NOW)).toBe(Date.UTC(2077, 0, 15, 8, 0, 45));
    expect(parseHttpDate('Sunday, 15-Jan-78 08:00:45 GMT', NOW)).toBe(Date.UTC(1978, 0, 15, 8, 0, 45));
  });

  it('refuses dates and times that do not exist, in every form', () => {
    for (const date of [
      '2027-13-15T08:00:45Z',
      '2027-00-15T08:00:45Z',
      '2027-02-30T08:00:45Z',
      'Fri, 00 Jan 2027 08:00:45 GMT',
      'Fri, 15 Jan 2027 08:60:45 GMT',
      'Fri, 15 Jan 2027 08:00:61 GMT',
      'Fri Jan 15 24:00:45 2027',
    ]) {
      expect(parseHttpDate(date, NOW), date).toBeUndefined();
    }
  });

  it('refuses days that do not exist', () => {
    expect(parseHttpDate('Mon, 32 Jan 2027 08:00:45 GMT', NOW)).toBeUndefined();
    expect(parseHttpDate('Tue, 30 Feb 2027 08:00:45 GMT', NOW)).toBeUndefined();
    expect(parseHttpDate('Fri, 15 Foo 2027 08:00:45 GMT', NOW)).toBeUndefined();
    expect(parseHttpDate('Fri, 15 Jan 2027 25:00:45 GMT', NOW)).toBeUndefined();
  });

  it('refuses what Date.parse would guess a date from', () => {
    for (const guess of ['1', '-5', '10, 20', 'in 5', 'foo 1', 'tomorrow 3', 'Feb 30 2027']) {
      expect(parseHttpDate(guess, NOW)).toBeUndefined();
    }
  });
});

describe('readHeaders: Retry-After', () => {
  it('reads delta seconds', () => {
    expect(read({ 'retry-after': '120' }).retryAfterMs).toBe(120_000);
  });

  it('reads fractional seconds to the millisecond', () => {
    expect(read({ 'retry-after': '1.5' }).retryAfterMs).toBe(1500);
  });

  it('reads an HTTP date as the time left until it', () => {
    expect(read({ 'retry-after': 'Fri, 15 Jan 2027 08:00:45 GMT' }).retryAfterMs).toBe(45_000);
  });

  it('reads a date already past as no wait at all', () => {
    expect(read({ 'retry-after': 'Thu, 14 Jan 2027 08:00:00 GMT' }).retryAfterMs).toBe(0);
  });

  it('caps a wait longer than a week at a week', () => {
    expect(read({ 'retry-after': '99999999999' }).retryAfterMs).toBe(MAX_WAIT_MS);
  });

  it('reads no wait from a negative number or text that is no date', () => {
    for (const value of ['-5', 'soon', '10, 20', '', '   ', 'in 5', '5 minutes']) {
      expect(read({ 'retry-after': value }).retryAfterMs).toBeUndefined();
    }
  });

  it('reads a value with spaces around it', () => {
    expect(read({ 'retry-after': ' 120 ' }).retryAfterMs).toBe(120_000);
  });

  it('reads a value of up to 64 characters and refuses a longer one, which a cut could have made', () => {
    expect(read({ 'retry-after': `${'0'.repeat(62)}30` }).retryAfterMs).toBe(30_000);
    expect(read({ 'retry-after': `${'0'.repeat(63)}30` }).retryAfterMs).toBeUndefined();
  });

  it('prefers Retry-After-Ms for its precision', () => {
    expect(read({ 'retry-after': '2', 'retry-after-ms': '1500' }).retryAfterMs).toBe(1500);
  });

  it('reads a Retry-After-Ms with spaces around it', () => {
    expect(read({ 'retry-after-ms': ' 1500 ' }).retryAfterMs).toBe(1500);
  });

  it('reads Azure’s x-ms-retry-after-ms', () => {
    // https://learn.microsoft.com/en-us/azure/architecture/best-practices/retry-service-specific
    expect(read({ 'retry-after': '2', 'x-ms-retry-after-ms': '1500' }).retryAfterMs).toBe(1500);
  });

  it('reads a Retry-After-Ms of up to 32 characters and refuses a longer one', () => {
    expect(read({ 'retry-after-ms': `${'0'.repeat(28)}1500` }).retryAfterMs).toBe(1500);
    expect(read({ 'retry-after-ms': `${'0'.repeat(29)}1500`, 'retry-after': '2' }).retryAfterMs).toBe(2000);
  });

  it('falls back to Retry-After when Retry-After-Ms is no number', () => {
    expect(read({ 'retry-after': '2', 'retry-after-ms': 'soon' }).retryAfterMs).toBe(2000);
  });
});

describe('readHeaders: rate limits', () => {
  // X's documented headers (https://docs.x.com/fundamentals/rate-limits), among the others of a response.
  it("reads X's x-rate-limit-* headers among the others", () => {
    const { rateLimit } = read({
      'content-type': 'application/json; charset=utf-8',
      'x-rate-limit-limit': '900',
      'x-rate-limit-remaining': '847',
      'x-rate-limit-reset': '1705420800',
    });
    expect(rateLimit).toEqual({ limit: 900, remaining: 847, resetAt: 1_705_420_800_000 });
  });

  it('reads a reset sent as an ISO instant with spaces around it', () => {
    expect(read({ 'x-ratelimit-reset': ' 2027-01-15T08:01:00Z ' }).rateLimit).toEqual({
      resetAt: NOW + 60_000,
    });
  });

  it('reads X-RateLimit-* with the reset in epoch seconds', () => {
    const { rateLimit } = read({
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': '1800000012',
    });
    expect(rateLimit).toEqual({ limit: 60, remaining: 0, resetAt: 1_800_000_012_000 });
  });

  it('reads a reset in epoch milliseconds', () => {
    expect(read({ 'x-ratelimit-reset': '1800000012345' }).rateLimit).toEqual({ resetAt: 1_800_000_012_345 });
  });

  it('reads a reset in seconds from now', () => {
    expect(read({ 'ratelimit-reset': '30' }).rateLimit).toEqual({ resetAt: NOW + 30_000 });
  });

  it('reads a reset given as an HTTP date', () => {
    expect(read({ 'x-ratelimit-reset': 'Fri, 15 Jan 2027 08:01:00 GMT' }).rateLimit).toEqual({
      resetAt: NOW + 60_000,
    });
  });

  it('refuses a reset beyond the last date a clock can hold', () => {
    expect(read({ 'x-ratelimit-reset': '9'.repeat(30) }).rateLimit).toBeUndefined();
    expect(read({ 'x-ratelimit-reset': '8640000000000001' }).rateLimit).toBeUndefined();
  });

  it('reads a reset of 10⁹ as epoch seconds and one of 10¹² as epoch milliseconds, both in 2001', () => {
    expect(read({ 'x-ratelimit-reset': '1000000000' }).rateLimit).toEqual({ resetAt: 1e12 });
    expect(read({ 'x-ratelimit-reset': '1000000000000' }).rateLimit).toEqual({ resetAt: 1e12 });
  });

  it('reads a reset at the last date a clock can hold', () => {
    expect(read({ 'x-ratelimit-reset': '8640000000000000' }).rateLimit).toEqual({ resetAt: 8.64e15 });
  });

  it('reads a reset of 0 seconds as now, and refuses a negative one', () => {
    expect(read({ 'ratelimit-reset': '0' }).rateLimit).toEqual({ resetAt: NOW });
    expect(read({ 'ratelimit-reset': '-5' }).rateLimit).toBeUndefined();
  });

  it('reads a reset date with spaces around it', () => {
    expect(read({ 'x-ratelimit-reset': ' Fri, 15 Jan 2027 08:01:00 GMT ' }).rateLimit).toEqual({
      resetAt: NOW + 60_000,
    });
  });

  it('gives only the parts of a rate limit that were sent', () => {
    expect(read({ 'x-ratelimit-remaining': '0' }).rateLimit).toStrictEqual({ remaining: 0 });
    expect(read({ 'ratelimit-limit': '100' }).rateLimit).toStrictEqual({ limit: 100 });
    expect(read({ 'ratelimit-reset': '30' }).rateLimit).toStrictEqual({ resetAt: NOW + 30_000 });
  });

  it('reads the RateLimit-Limit, -Remaining and -Reset fields', () => {
    const { rateLimit } = read({
      'ratelimit-limit': '100',
      'ratelimit-remaining': '7',
      'ratelimit-reset': '5',
    });
    expect(rateLimit).toEqual({ limit: 100, remaining: 7, resetAt: NOW + 5000 });
  });

  it('reads a limit followed by its policy', () => {
    expect(read({ 'ratelimit-limit': '100, 100;w=60, 1000;w=3600' }).rateLimit).toEqual({ limit: 100 });
  });

  it('reads the draft RateLimit dictionary', () => {
    expect(read({ ratelimit: 'limit=100, remaining=0, reset=30' }).rateLimit).toEqual({
      limit: 100,
      remaining: 0,
      resetAt: NOW + 30_000,
    });
  });

  it('reads the policy of the IETF RateLimit list with the fewest requests left', () => {
    const { rateLimit } = read({
      ratelimit: '"daily";r=900;t=3600, "burst";r=0;t=30',
      'ratelimit-policy': '"daily";q=1000;w=86400, "burst";q=10;w=60',
    });
    expect(rateLimit).toEqual({ limit: 10, remaining: 0, resetAt: NOW + 30_000 });
  });

  it('reads a policy name with a comma inside its quotes', () => {
    expect(read({ ratelimit: '"a,b";r=3;t=9' }).rateLimit).toEqual({ remaining: 3, resetAt: NOW + 9000 });
  });

  it('reads a policy that gives only what is left, or only when it resets', () => {
    expect(read({ ratelimit: '"burst";r=0' }).rateLimit).toStrictEqual({ remaining: 0 });
    expect(read({ ratelimit: '"daily";t=3600' }).rateLimit).toStrictEqual({ resetAt: NOW + 3_600_000 });
  });

  it('reads parameters with spaces around them', () => {
    expect(read({ ratelimit: '"burst" ; r = 0 ; t = 30' }).rateLimit).toEqual({
      remaining: 0,
      resetAt: NOW + 30_000,
    });
  });

  it('reads the last of a repeated parameter, as structured fields do', () => {
    // RFC 9651 §4.2.3.2: a key that comes again overwrites the value before it.
    expect(read({ ratelimit: '"burst";r=5;r=0;t=30' }).rateLimit).toEqual({
      remaining: 0,
      resetAt: NOW + 30_000,
    });
  });

  it('reads the limit of the first RateLimit-Policy when the RateLimit field names no policy', () => {
    const { rateLimit } = read({
      ratelimit: 'limit=100, remaining=5, reset=30',
      'ratelimit-policy': '"hour";q=1000;w=3600',
    });
    expect(rateLimit).toEqual({ limit: 100, remaining: 5, resetAt: NOW + 30_000 });
    expect(read({ ratelimit: 'remaining=5', 'ratelimit-policy': '"hour";q=1000;w=3600' }).rateLimit).toEqual({
      limit: 1000,
      remaining: 5,
    });
  });

  it('reads the limit of an unnamed policy, as the earlier drafts wrote it', () => {
    expect(read({ 'ratelimit-policy': '100;w=60', 'ratelimit-remaining': '5' }).rateLimit).toEqual({
      limit: 100,
      remaining: 5,
    });
  });

  it('reads the first 20 policies and the first kilobyte of a RateLimit field', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => `"p${i}";r=5;t=30`).join(', ');
    expect(read({ ratelimit: `${twenty}, "late";r=0;t=1` }).rateLimit?.remaining).toBe(5);
    expect(read({ ratelimit: `"p";r=5;t=30,${' '.repeat(1024)}"late";r=0;t=1` }).rateLimit?.remaining).toBe(
      5,
    );
  });

  it('prefers the X-RateLimit-* fields over the RateLimit field', () => {
    expect(read({ 'x-ratelimit-remaining': '4', ratelimit: '"p";r=0;t=1' }).rateLimit?.remaining).toBe(4);
  });

  it('refuses negative counts', () => {
    expect(read({ 'x-ratelimit-remaining': '-1', 'x-ratelimit-limit': '-5' }).rateLimit).toBeUndefined();
    expect(read({ 'x-ratelimit-remaining': '-1', 'x-ratelimit-limit': '10' }).rateLimit).toStrictEqual({
      limit: 10,
    });
  });

  it('reads no rate limit when no header names one', () => {
    expect(read({ 'content-type': 'application/json' }).rateLimit).toBeUndefined();
  });

  it('reads no rate limit from values that are not numbers', () => {
    expect(read({ 'x-ratelimit-remaining': 'none', ratelimit: 'garbage;;;==,,' }).rateLimit).toBeUndefined();
  });
});

describe('readHeaders: request id', () => {
  it.each([
    ['X-Request-Id', 'req_1'],
    ['Request-Id', 'req_2'],
    ['X-Amzn-RequestId', 'd4f1c0de-0000-4000-8000-000000000001'],
    ['X-Correlation-Id', 'corr-3'],
  ])('reads the request id from %s', (name, value) => {
    expect(read({ [name]: value }).requestId).toBe(value);
  });

  it.each([
    // https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api
    ['X-GitHub-Request-Id', 'CDE6:2B37:1E0B1A0:3C5F1D0:6543A1B2'],
    // https://learn.microsoft.com/en-us/graph/errors
    ['request-id', '0d3a1a6e-1c5a-4b8a-9a3e-1f1f1f1f1f1f'],
    ['x-ms-request-id', 'b8c4a1c6-0000-4000-8000-000000000002'],
    // https://shopify.dev/docs/api/usage/response-codes
    ['X-Shopify-Request-Id', '8c9f2a3b-4d5e-6f70-8192-a3b4c5d6e7f8'],
    // https://developer.okta.com/docs/reference/error-codes/
    ['X-Okta-Request-Id', 'reqVy8wsvmBQN27h4soUE3ZEnA'],
  ])('reads the vendor request id header %s', (name, value) => {
    expect(read({ [name]: value }).requestId).toBe(value);
  });

  it.each([
    ['x-notion-request-id'],
    ['X-Zendesk-Request-Id'],
    ['x-ms-client-requestid'],
    ['x-b3-trace-id'],
    ['x-acme-correlation-id'],
  ])('reads any header named like a request id: %s', (name) => {
    expect(read({ [name]: 'id_1' }).requestId).toBe('id_1');
  });

  it('prefers the origin’s request id to a CDN id, whatever the order', () => {
    // Notion answers behind Cloudflare: `cf-ray` is the edge's, `x-notion-request-id` the API's.
    expect(read({ 'cf-ray': '9a1b2c3d4e5f6789-SJC', 'x-notion-request-id': 'origin' }).requestId).toBe(
      'origin',
    );
    expect(read({ 'cf-ray': '9a1b2c3d4e5f6789-SJC' }).requestId).toBe('9a1b2c3d4e5f6789-SJC');
  });

  it('prefers X-Request-Id over the other names', () => {
    expect(read({ 'x-correlation-id': 'corr', 'x-request-id': 'req' }).requestId).toBe('req');
  });

  it('reads the trace id of a traceparent', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect(read({ traceparent }).requestId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it('prefers a request id header over a traceparent', () => {
    const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
    expect(read({ traceparent, 'x-request-id': 'req_1' }).requestId).toBe('req_1');
  });

  it('refuses an all-zero or malformed traceparent', () => {
    expect(read({ traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' }).requestId).toBe(
      undefined,
    );
    expect(read({ traceparent: '00-xyz-00f067aa0ba902b7-01' }).requestId).toBeUndefined();
    expect(read({ traceparent: 'garbage' }).requestId).toBeUndefined();
  });

  it("takes the origin's id when a proxy appended its own", () => {
    expect(read({ 'x-request-id': 'req_origin, req_proxy' }).requestId).toBe('req_origin');
  });

  it('reads no request id from headers that are not named for one', () => {
    const reading = read({
      'content-type': 'application/json',
      date: 'Fri, 15 Jan 2027 08:00:00 GMT',
      'x-powered-by': 'Express',
      'x-requested-with': 'XMLHttpRequest',
    });
    expect(reading.requestId).toBeUndefined();
  });

  it('reads an id of 256 characters', () => {
    expect(read({ 'x-request-id': 'r'.repeat(256) }).requestId).toBe('r'.repeat(256));
  });

  it('refuses an id longer than 256 characters and reads the next header', () => {
    expect(read({ 'x-request-id': 'r'.repeat(300), 'request-id': 'req_2' }).requestId).toBe('req_2');
  });

  it('refuses an id with control characters', () => {
    expect(read({ 'x-request-id': 'req\u0000_1' }).requestId).toBeUndefined();
  });

  it('refuses a blank id', () => {
    expect(read({ 'x-request-id': '   ' }).requestId).toBeUndefined();
  });
});

describe('readHeaders: links', () => {
  it('reads the successor of a retired endpoint', () => {
    const link = '<https://api.example.test/v2/items>; rel="successor-version"';
    expect(read({ link }).successorUrl).toBe('https://api.example.test/v2/items');
  });

  it('reads the help link', () => {
    expect(read({ link: '<https://docs.example.test/errors/quota>; rel=help' }).helpUrl).toBe(
      'https://docs.example.test/errors/quota',
    );
  });

  it('reads each relation of a header with several links', () => {
    const link =
      '<https://a.example.test/next>; rel="next", <https://a.example.test/v2>; rel="successor-version latest-version"';
    const links = parseLinks(link);
    expect(links.get('next')).toBe('https://a.example.test/next');
    expect(links.get('successor-version')).toBe('https://a.example.test/v2');
    expect(links.get('latest-version')).toBe('https://a.example.test/v2');
  });

  it('reads the relation whatever its case', () => {
    expect(read({ link: '<https://a.example.test/v2>; REL="Successor-Version"' }).successorUrl).toBe(
      'https://a.example.test/v2',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['/v2/items'],
    ['//evil.example.test/v2'],
    ['https://docs.example.test@evil.example.test/'],
    ['ftp://files.example.test/v2'],
  ])('refuses the link %s', (target) => {
    const reading = read({ link: `<${target}>; rel="successor-version", <${target}>; rel="help"` });
    expect(reading.successorUrl).toBeUndefined();
    expect(reading.helpUrl).toBeUndefined();
  });

  it('reads a header with spaces before its first link', () => {
    expect(read({ link: '  <https://a.example.test/v2>; rel="successor-version"' }).successorUrl).toBe(
      'https://a.example.test/v2',
    );
  });

  it('gives a link without a relation none of the next link’s relations', () => {
    const links = parseLinks('<https://a.example.test/old>, <https://a.example.test/help>; rel="help"');
    expect(links.get('help')).toBe('https://a.example.test/help');
    expect(links.size).toBe(1);
  });

  it('reads text before the first link as no link', () => {
    expect(parseLinks('https://a.example.test/v2>; rel="help"').size).toBe(0);
  });

  it('reads nothing from a link that never closes', () => {
    expect(parseLinks('<https://a.example.test/v2; rel="help"').size).toBe(0);
  });

  it('reads nothing from a link without a relation', () => {
    expect(parseLinks('<https://a.example.test/v2>; title="v2"').size).toBe(0);
  });
});

describe('readHeaders: content type', () => {
  it('reads the media type lower-cased, without parameters', () => {
    expect(read({ 'Content-Type': 'Application/Problem+JSON; charset=utf-8' }).contentType).toBe(
      'application/problem+json',
    );
  });

  it('reads no media type from a blank header', () => {
    expect(read({ 'content-type': ' ; charset=utf-8' }).contentType).toBeUndefined();
  });
});

describe('readHeaders with adversarial values', () => {
  const long = `${'a'.repeat(1_000_000)}!`;

  it('reads a megabyte of letters in every header as nothing useful', () => {
    const names = ['retry-after', 'x-ratelimit-reset', 'ratelimit', 'link', 'traceparent', 'x-request-id'];
    const reading = read(Object.fromEntries(names.map((name) => [name, long])));
    expect(reading.retryAfterMs).toBeUndefined();
    expect(reading.rateLimit).toBeUndefined();
    expect(reading.successorUrl).toBeUndefined();
  });

  it('reads long runs of the characters each pattern repeats', () => {
    const reading = read({
      'retry-after': `1.${'1'.repeat(1_000_000)}!`,
      link: `<https://a.example.test>;${' rel='.repeat(200_000)}"`,
      ratelimit: `${'"'.repeat(500_000)};r=${' '.repeat(500_000)}`,
      'ratelimit-limit': `${' '.repeat(1_000_000)}!`,
    });
    expect(reading.retryAfterMs).toBeUndefined();
    expect(reading.rateLimit).toBeUndefined();
  });
});

// W3C Trace Context: https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers and the
// test suite's cases, https://github.com/w3c/trace-context/blob/main/test/test.py.
describe('readHeaders: trace id', () => {
  it.each([
    // The specification's two examples: sampled and not sampled.
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01', '4bf92f3577b34da6a3ce929d0e0e4736'],
    ['00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-00', '4bf92f3577b34da6a3ce929d0e0e4736'],
    // § Relationship between the headers.
    ['00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01', '0af7651916cd43dd8448eb211c80319c'],
    // A later version (0xcc) is read by the version 00 rules and may carry more after a dash.
    ['cc-12345678901234567890123456789012-1234567890123456-01', '12345678901234567890123456789012'],
    [
      'cc-12345678901234567890123456789012-1234567890123456-01-what-the-future-will-be-like',
      '12345678901234567890123456789012',
    ],
    // Optional whitespace around the value.
    ['  00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01 ', '4bf92f3577b34da6a3ce929d0e0e4736'],
  ])('reads the trace id of traceparent %s', (traceparent, traceId) => {
    expect(read({ traceparent }).traceId).toBe(traceId);
  });

  it.each([
    ['version 00 with extra trailing characters', '00-12345678901234567890123456789012-1234567890123456-01.'],
    [
      'version 00 with a future tail',
      '00-12345678901234567890123456789012-1234567890123456-01-what-the-future-will-be-like',
    ],
    [
      'a later version whose tail does not start with a dash',
      'cc-12345678901234567890123456789012-1234567890123456-01.what-the-future-will-be-like',
    ],
    ['version ff, which is forbidden', 'ff-12345678901234567890123456789012-1234567890123456-01'],
    ['illegal characters in the version', '.0-12345678901234567890123456789012-1234567890123456-01'],
    [
      'illegal characters at the end of the version',
      '0.-12345678901234567890123456789012-1234567890123456-01',
    ],
    ['a version too long', '000-12345678901234567890123456789012-1234567890123456-01'],
    ['a version too short', '0-12345678901234567890123456789012-1234567890123456-01'],
    ['an all-zero trace id', '00-00000000000000000000000000000000-1234567890123456-01'],
    ['illegal characters in the trace id', '00-.2345678901234567890123456789012-1234567890123456-01'],
    ['a trace id too long', '00-123456789012345678901234567890123-1234567890123456-01'],
    ['a trace id too short', '00-1234567890123456789012345678901-1234567890123456-01'],
    ['an all-zero parent id', '00-12345678901234567890123456789012-0000000000000000-01'],
    ['illegal characters in the parent id', '00-12345678901234567890123456789012-123456789012345.-01'],
    ['a parent id too long', '00-12345678901234567890123456789012-12345678901234567-01'],
    ['a parent id too short', '00-12345678901234567890123456789012-123456789012345-01'],
    ['illegal characters in the flags', '00-12345678901234567890123456789012-1234567890123456-.0'],
    ['uppercase hex, which the format forbids', '00-4BF92F3577B34DA6A3CE929D0E0E4736-00F067AA0BA902B7-01'],
    ['spaces inside the value', '00 - 4bf92f3577b34da6a3ce929d0e0e4736 - 00f067aa0ba902b7 - 01'],
    [
      'two traceparent headers joined into one',
      '00-12345678901234567890123456789011-1234567890123456-01, 00-12345678901234567890123456789012-1234567890123456-01',
    ],
    ['an empty value', ''],
  ])('reads no trace id from a traceparent with %s', (_, traceparent) => {
    expect(read({ traceparent }).traceId).toBeUndefined();
    expect(read({ traceparent }).requestId).toBeUndefined();
  });

  it('reads the header name in any case', () => {
    const value = '00-12345678901234567890123456789012-1234567890123456-01';
    for (const name of ['TraceParent', 'TrAcEpArEnT', 'TRACEPARENT']) {
      expect(read({ [name]: value }).traceId).toBe('12345678901234567890123456789012');
    }
  });

  it('reads traceresponse, the response header of Trace Context Level 2', () => {
    // https://www.w3.org/TR/trace-context-2/#traceresponse-header
    const traceresponse = '00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01';
    expect(read({ traceresponse }).traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(read({ traceresponse: 'ff-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01' }).traceId).toBe(
      undefined,
    );
  });

  it('keeps the request id to the request id headers when the trace id came from traceresponse', () => {
    const traceresponse = '00-0af7651916cd43dd8448eb211c80319c-00f067aa0ba902b7-01';
    expect(read({ traceresponse }).requestId).toBeUndefined();
  });

  it('prefers traceparent to traceresponse and Server-Timing', () => {
    const reading = read({
      'server-timing': 'traceparent;desc="00-cccccccccccccccccccccccccccccccc-00f067aa0ba902b7-01"',
      traceresponse: '00-bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb-00f067aa0ba902b7-01',
      traceparent: '00-aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa-00f067aa0ba902b7-01',
    });
    expect(reading.traceId).toBe('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  });

  it.each([
    // The form OpenTelemetry vendors send to browsers, as proposed for the OpenTelemetry specification:
    // https://github.com/open-telemetry/opentelemetry-specification/issues/3811
    ['traceparent;desc="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"'],
    // The W3C draft's trace metric, unquoted: https://github.com/w3c/trace-context/pull/560
    ['trace;desc=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    ['trace-id;desc="4bf92f3577b34da6a3ce929d0e0e4736"'],
    ['traceid;desc=4bf92f3577b34da6a3ce929d0e0e4736'],
    // Among the Server Timing specification's own examples: https://www.w3.org/TR/server-timing/#examples
    [
      'miss, db;dur=53, app;dur=47.2, customView, dc;desc=atl, cache;desc="Cache Read";dur=23.2, traceparent;desc="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"',
    ],
    // Odd spacing, parameters before desc, the name in another case.
    ['  TraceParent ;  dur=0 ; desc = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"  '],
    // A quote that never closes runs to the end, as the Fetch standard collects a quoted string.
    ['traceparent;desc="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01'],
    // A first entry that is no trace id, then a good one.
    ['traceparent;desc="not-a-trace", trace-id;desc=4bf92f3577b34da6a3ce929d0e0e4736'],
  ])('reads the trace id of Server-Timing: %s', (serverTiming) => {
    expect(read({ 'Server-Timing': serverTiming }).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    [
      'a comma',
      'cache;desc="miss, traceparent;desc=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"',
    ],
    [
      'an escaped quote and a comma',
      'cache;desc="say \\"hi, traceparent;desc=00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"',
    ],
  ])('reads no trace id from the quoted description of another metric, with %s in it', (_, serverTiming) => {
    expect(read({ 'server-timing': serverTiming }).traceId).toBeUndefined();
  });

  it('reads Server-Timing sent as several headers', () => {
    const headers = new Headers();
    headers.append('Server-Timing', 'db;dur=53');
    headers.append(
      'Server-Timing',
      'traceparent;desc="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"',
    );
    expect(read(headers).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
  });

  it.each([
    ['the Server Timing examples alone', 'miss, db;dur=53, app;dur=47.2, cache;desc="Cache Read";dur=23.2'],
    ['a trace entry without desc', 'traceparent;dur=12'],
    ['uppercase hex', 'trace-id;desc=4BF92F3577B34DA6A3CE929D0E0E4736'],
    ['an all-zero id', 'trace-id;desc=00000000000000000000000000000000'],
    ['an id one digit short', 'trace-id;desc=4bf92f3577b34da6a3ce929d0e0e473'],
    ['a trace id under another metric name', 'db;desc=4bf92f3577b34da6a3ce929d0e0e4736'],
    ['version ff', 'traceparent;desc="ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"'],
  ])('reads no trace id from Server-Timing with %s', (_, serverTiming) => {
    expect(read({ 'server-timing': serverTiming }).traceId).toBeUndefined();
  });

  it('reads headers of 8 KB of near misses in bounded time', () => {
    const nearMiss = `00-${'0'.repeat(32)}-${'1'.repeat(16)}-01`;
    const started = performance.now();
    const reading = read({
      traceparent: `00-${'a'.repeat(100_000)}`,
      traceresponse: `${'0'.repeat(100_000)}`,
      'server-timing': `${`traceparent;desc="${nearMiss}", `.repeat(2_000)}${'"'.repeat(10_000)}`,
    });
    expect(reading.traceId).toBeUndefined();
    expect(performance.now() - started).toBeLessThan(500);
  });
});

describe('readHeaders without readers', () => {
  it('reads the content type, the wait and the request id, and nothing the readers would add', () => {
    const reading = readHeaders(
      {
        'content-type': 'application/json',
        'retry-after': '5',
        'x-ratelimit-limit': '60',
        link: '<https://api.example.com/v2/msgs>; rel="successor-version"',
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      },
      NOW,
      {},
    );
    expect(reading).toMatchObject({ contentType: 'application/json', retryAfterMs: 5000 });
    expect([
      reading.rateLimit,
      reading.requestId,
      reading.traceId,
      reading.successorUrl,
      reading.helpUrl,
    ]).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
