import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { toApiError } from '../decode/toApiError.js';
import { crossing } from '../test-utils/crossing.js';
import {
  cyclic,
  isPrototypePolluted,
  POLLUTION_SENTINEL,
  revokedProxy,
  tenMegabytes,
  throwingGetters,
  throwingProxy,
} from '../test-utils/hostile.js';
import { ApiError, isApiError } from './ApiError.js';
import { type ApiErrorJSON, isApiErrorJSON } from './ApiErrorJSON.js';
import { DEFAULT_MESSAGES } from './messages.js';

const file = fileURLToPath(new URL('../../test/vectors/seed-envelopes.json', import.meta.url));
const seeds = JSON.parse(readFileSync(file, 'utf8')) as {
  now: number;
  vectors: { id: string; status: number; headers?: Record<string, string>; body?: unknown }[];
};
const NOW = seeds.now;

// RFC 9457 §3, the example problem ("out of credit"), served by an endpoint that names its successor.
// https://www.rfc-editor.org/rfc/rfc9457#section-3
const outOfCredit = decodeError(
  {
    status: 403,
    headers: {
      'content-type': 'application/problem+json',
      link: '<https://api.example.com/v2/msgs>; rel="successor-version"',
      'x-ratelimit-limit': '60',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(NOW / 1000 + 30),
    },
    body: {
      type: 'https://example.com/probs/out-of-credit',
      title: 'You do not have enough credit.',
      detail: 'Your current balance is 30, but that costs 50.',
      instance: '/account/12345/msgs/abc',
      balance: 30,
      accounts: ['/account/12345', '/account/67890'],
    },
  },
  { now: NOW },
);

const through = {
  JSON: (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown,
  structuredClone: (value: unknown) => structuredClone(value) as unknown,
};

describe('ApiError.toJSON and ApiError.fromJSON', () => {
  for (const [name, carry] of Object.entries(through)) {
    it(`bring back every seed error field for field through ${name}`, () => {
      for (const vector of seeds.vectors) {
        const error = decodeError(vector, { now: NOW });
        expect(crossing(ApiError.fromJSON(carry(error.toJSON()))), vector.id).toEqual(crossing(error));
      }
    });
  }

  it('carries the docs link, successor link, rate limit and retry instant', () => {
    const back = ApiError.fromJSON(through.JSON(outOfCredit.toJSON()));
    expect(back).toMatchObject({
      docsUrl: 'https://example.com/probs/out-of-credit',
      successorUrl: 'https://api.example.com/v2/msgs',
      rateLimit: { limit: 60, remaining: 0, resetAt: NOW + 30_000 },
      retryAt: NOW + 30_000,
      occurredAt: NOW,
    });
    expect(crossing(back)).toEqual(crossing(outOfCredit));
  });

  it('gives back an ApiError that is an Error', () => {
    const back = ApiError.fromJSON(outOfCredit.toJSON());
    expect(back).toBeInstanceOf(ApiError);
    expect(back).toBeInstanceOf(Error);
    expect(back.name).toBe('ApiError');
  });

  it('leaves out the body, the headers and the details', () => {
    const error = decodeError(
      {
        status: 500,
        headers: { authorization: 'Bearer secret', 'x-request-id': 'req_1' },
        body: { code: 'x', message: 'm', details: { token: 'secret' } },
      },
      { now: NOW },
    );
    const json = JSON.stringify(error.toJSON());
    expect(json).not.toContain('secret');
    expect(Object.keys(error.toJSON())).not.toEqual(expect.arrayContaining(['body', 'headers', 'details']));
  });

  it('leaves out fields without a value', () => {
    const json = decodeError({ status: 404 }, { now: NOW }).toJSON();
    expect(Object.values(json)).not.toContain(undefined);
    expect(json).not.toHaveProperty('requestId');
  });

  it('carries the trace id', () => {
    const error = decodeError(
      { status: 503, headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } },
      { now: NOW },
    );
    expect(error.toJSON().traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ApiError.fromJSON(through.JSON(error.toJSON())).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(isApiErrorJSON(error.toJSON())).toBe(true);
  });

  it('derives the retry instant from the wait when only the wait is given', () => {
    const back = ApiError.fromJSON({ ...outOfCredit.toJSON(), retryAt: undefined, retryAfterMs: 5_000 });
    expect(back.retryAt).toBe(NOW + 5_000);
  });

  it('derives a missing code and retryability from the kind', () => {
    expect(
      ApiError.fromJSON({ status: 503, kind: 'unavailable', message: 'Down for maintenance.' }),
    ).toMatchObject({
      code: 'unavailable',
      retryable: true,
      message: 'Down for maintenance.',
    });
  });

  it('calls an unknown kind unknown', () => {
    expect(ApiError.fromJSON({ status: 503, kind: 'exploded', message: 'Down.' }).kind).toBe('unknown');
  });
});

describe('ApiError.fromJSON on hostile input', () => {
  const SAFE = { status: 0, kind: 'unknown', code: 'unknown', fieldErrors: [], retryable: false };

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['a string', 'ApiError'],
    ['an array', [1, 2]],
    ['a throwing proxy', throwingProxy()],
    ['a revoked proxy', revokedProxy()],
    ['throwing getters', throwingGetters()],
    ['a cycle', cyclic()],
  ])('gives a safe error for %s', (_, value) => {
    const error = ApiError.fromJSON(value);
    expect(error).toMatchObject(SAFE);
    expect(error.message).toBe(DEFAULT_MESSAGES.unknown);
  });

  it('keeps only http(s) links', () => {
    for (const link of [
      'javascript:alert(1)',
      'data:text/html,<script>',
      '/relative',
      'https://a@evil.test/',
      'web+https://example.com/docs',
    ]) {
      const error = ApiError.fromJSON({ ...outOfCredit.toJSON(), docsUrl: link, successorUrl: link });
      expect(error.docsUrl, link).toBeUndefined();
      expect(error.successorUrl, link).toBeUndefined();
    }
  });

  it('ignores inherited and prototype keys, and pollutes nothing', () => {
    const inherited = Object.create({ status: 500, kind: 'server', message: 'inherited' }) as object;
    expect(ApiError.fromJSON(inherited)).toMatchObject(SAFE);
    const polluting = JSON.parse(
      `{"__proto__":{"status":500,"${POLLUTION_SENTINEL}":"yes"},"constructor":{"prototype":{"${POLLUTION_SENTINEL}":"yes"}},"fieldErrors":[{"path":"__proto__.${POLLUTION_SENTINEL}","message":"m"}]}`,
    ) as unknown;
    const error = ApiError.fromJSON(polluting);
    expect(error.status).toBe(0);
    expect(error.fieldErrors).toEqual([{ path: `__proto__.${POLLUTION_SENTINEL}`, message: 'm' }]);
    expect(isPrototypePolluted()).toBe(false);
  });

  it('reads at most 1,000 field messages of a huge array, quickly', () => {
    const huge = new Array(5_000_000).fill({ path: 'email', message: 'Invalid.' });
    const started = performance.now();
    const error = ApiError.fromJSON({ status: 422, kind: 'validation', fieldErrors: huge });
    expect(error.fieldErrors).toHaveLength(1_000);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('drops a huge message, code or field message rather than keeping it', () => {
    const error = ApiError.fromJSON({
      status: 400,
      kind: 'bad_request',
      message: tenMegabytes(),
      code: tenMegabytes(),
      requestId: tenMegabytes(),
      fieldErrors: [{ path: 'email', message: tenMegabytes() }],
    });
    expect(error).toMatchObject({
      message: DEFAULT_MESSAGES.bad_request,
      code: 'bad_request',
      fieldErrors: [],
    });
    expect(error.requestId).toBeUndefined();
  });

  it('keeps a trace id only when it is 32 lowercase hex digits and not all zeros', () => {
    for (const traceId of [
      '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      '4BF92F3577B34DA6A3CE929D0E0E4736',
      '4bf92f3577b34da6a3ce929d0e0e473',
      '0'.repeat(32),
      42,
      ['4bf92f3577b34da6a3ce929d0e0e4736'],
      tenMegabytes(),
    ]) {
      expect(ApiError.fromJSON({ ...outOfCredit.toJSON(), traceId }).traceId).toBeUndefined();
    }
  });

  it('drops numbers that are no instant or wait', () => {
    const error = ApiError.fromJSON({
      status: 429,
      retryAt: Number.POSITIVE_INFINITY,
      retryAfterMs: -5,
      occurredAt: 1e300,
      rateLimit: { limit: Number.NaN, remaining: '3' },
    });
    expect(error.retryAt).toBeUndefined();
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.rateLimit).toBeUndefined();
    expect(Number.isFinite(error.occurredAt)).toBe(true);
  });

  it('keeps a code, format or request id of 1,000 characters and drops a longer one', () => {
    const long = (n: number) => 'x'.repeat(n);
    const kept = ApiError.fromJSON({
      status: 400,
      kind: 'bad_request',
      code: long(1000),
      format: long(1000),
      requestId: long(1000),
    });
    expect([kept.code, kept.format, kept.requestId]).toEqual([long(1000), long(1000), long(1000)]);
    const dropped = ApiError.fromJSON({
      status: 400,
      kind: 'bad_request',
      code: long(1001),
      format: long(1001),
      requestId: long(1001),
    });
    expect([dropped.code, dropped.format, dropped.requestId]).toEqual(['bad_request', 'unknown', undefined]);
  });

  it('keeps the last instant a Date can hold, and no later one', () => {
    expect(ApiError.fromJSON({ status: 500, occurredAt: 8.64e15 }).occurredAt).toBe(8.64e15);
    expect(ApiError.fromJSON({ status: 500, occurredAt: 8.64e15 + 1 }).occurredAt).toBeLessThan(8.64e15);
  });

  it('keeps a status up to 999 when it is a whole number', () => {
    expect(ApiError.fromJSON({ status: 999 }).status).toBe(999);
    for (const status of [1000, 404.5, '404', -1])
      expect(ApiError.fromJSON({ status }).status, String(status)).toBe(0);
  });

  it('calls a kind that is not text unknown', () => {
    expect(ApiError.fromJSON({ status: 503, kind: ['unavailable'] }).kind).toBe('unknown');
  });

  it('names the format unknown when the JSON names none', () => {
    expect(ApiError.fromJSON({ status: 500, kind: 'server' }).format).toBe('unknown');
  });

  it('keeps field messages with a path and a message, and their code only when it is text', () => {
    const error = ApiError.fromJSON({
      status: 422,
      kind: 'validation',
      fieldErrors: [
        { message: 'No path.' },
        { path: 'email' },
        { path: 'email', message: 'Invalid.', code: 7 },
        { path: 'name', message: 'Taken.', code: 'taken' },
      ],
    });
    expect(error.fieldErrors).toStrictEqual([
      { path: 'email', message: 'Invalid.' },
      { path: 'name', message: 'Taken.', code: 'taken' },
    ]);
  });

  it('gives a safe error for JSON whose field messages throw when read', () => {
    const error = ApiError.fromJSON({ ...outOfCredit.toJSON(), fieldErrors: throwingProxy([]) });
    expect(error).toMatchObject({ status: 0, kind: 'unknown', code: 'unknown', format: 'unknown' });
    expect(error.message).toBe(DEFAULT_MESSAGES.unknown);
  });

  it('keeps server text as text', () => {
    const error = ApiError.fromJSON({ status: 422, message: '<img src=x onerror=alert(1)>' });
    expect(error.message).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('isApiErrorJSON', () => {
  it('recognizes the JSON form after a trip through JSON and structuredClone', () => {
    expect(isApiErrorJSON(through.JSON(outOfCredit.toJSON()))).toBe(true);
    expect(isApiErrorJSON(through.structuredClone(outOfCredit.toJSON()))).toBe(true);
  });

  it.each([
    ['an Error', new Error('x')],
    ['an error body', { error: { code: 'x', message: 'm' } }],
    ['a look-alike without kind', { name: 'ApiError', status: 500, code: 'x', message: 'm' }],
    ['one named otherwise', { ...outOfCredit.toJSON(), name: 'Error' }],
    ['one with a status that is no whole number', { ...outOfCredit.toJSON(), status: 403.5 }],
    ['one with a code that is not text', { ...outOfCredit.toJSON(), code: 403 }],
    ['one with a message that is not text', { ...outOfCredit.toJSON(), message: null }],
    ['a throwing proxy', throwingProxy()],
    ['null', null],
  ])('says no to %s', (_, value) => {
    expect(isApiErrorJSON(value)).toBe(false);
  });
});

describe('new ApiError', () => {
  const init = {
    status: 503,
    code: 'unavailable',
    kind: 'unavailable',
    retryable: true,
    format: 'test',
  } as const;

  it('shows the copy for its kind when the message is only blanks', () => {
    expect(new ApiError({ ...init, message: ' \n\t ' }).message).toBe(DEFAULT_MESSAGES.unavailable);
    expect(ApiError.fromJSON({ status: 503, kind: 'unavailable', message: '   ' }).message).toBe(
      DEFAULT_MESSAGES.unavailable,
    );
  });

  it('shows the copy for its kind when the message is no text', () => {
    expect(new ApiError({ ...init, message: 42 as unknown as string }).message).toBe(
      DEFAULT_MESSAGES.unavailable,
    );
  });

  it('is known as an ApiError, also one made by another copy of faultline', () => {
    expect(isApiError(new ApiError({ ...init, message: 'Down.' }))).toBe(true);
    // Another bundle's ApiError carries the same registered symbol on its prototype.
    const other = Object.create({ [Symbol.for('faultline.ApiError')]: true }) as object;
    expect(isApiError(other)).toBe(true);
    for (const value of [null, undefined, {}, new Error('Down.'), revokedProxy()])
      expect(isApiError(value)).toBe(false);
  });

  it('leaves the rate limit out of its JSON form when it has none', () => {
    expect('rateLimit' in new ApiError({ ...init, message: 'Down.' }).toJSON()).toBe(false);
  });

  it('has a cause only when it was given one', () => {
    expect('cause' in new ApiError({ ...init, message: 'Down.' })).toBe(false);
    const cause = new TypeError('fetch failed');
    expect(new ApiError({ ...init, message: 'Down.', cause }).cause).toBe(cause);
  });

  it('takes the time it was made when the time given is no finite number', () => {
    const before = Date.now();
    for (const occurredAt of [Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(new ApiError({ ...init, message: 'Down.', occurredAt }).occurredAt).toBeGreaterThanOrEqual(
        before,
      );
    }
  });
});

describe('toApiError on the JSON form', () => {
  it('gives the error back with its field messages', () => {
    const json: ApiErrorJSON = decodeError(seeds.vectors[0] as { status: number }, { now: NOW }).toJSON();
    const back = toApiError(through.JSON(json));
    expect(back.fieldErrors).toEqual(json.fieldErrors);
    expect(back.kind).toBe(json.kind);
    expect(back.occurredAt).toBe(NOW);
  });
});
