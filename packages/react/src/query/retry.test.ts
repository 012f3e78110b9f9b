import { BUILTIN_DIALECTS, createDecoder, decodeError, toApiError } from '@faultline/core';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { createRetryPolicy, plannedRetryFor } from './retry.js';

const policy = (options = {}) => createRetryPolicy({ now: () => TEST_NOW, random: () => 0.5, ...options });

describe('createRetryPolicy', () => {
  it('never retries a client error such as 400, 401, 403, 404 or 422', () => {
    const { retry } = policy();
    for (const status of [400, 401, 403, 404, 409, 422]) {
      expect(retry(0, makeError(status, { code: 'X', message: 'no' }))).toBe(false);
    }
  });

  it('retries 408 and 429, which can succeed later', () => {
    const { retry } = policy();
    expect(retry(0, makeError(408))).toBe(true);
    expect(retry(0, errors.rateLimited(2))).toBe(true);
  });

  it('retries network errors and server errors', () => {
    const { retry } = policy();
    expect(retry(0, errors.network())).toBe(true);
    expect(retry(0, new TypeError('Failed to fetch'))).toBe(true);
    expect(retry(0, errors.server())).toBe(true);
    expect(retry(0, makeError(502))).toBe(true);
  });

  it('retries a request that timed out', () => {
    const timedOut = toApiError(new DOMException('signal timed out', 'TimeoutError'));
    expect(timedOut.kind).toBe('timeout');
    expect(policy().retry(0, timedOut)).toBe(true);
  });

  it('does not retry a bug in the query function, which fails the same way every time', () => {
    const { retry } = policy();
    expect(retry(0, new Error("Cannot read properties of undefined (reading 'items')"))).toBe(false);
    expect(retry(0, 'failed')).toBe(false);
  });

  it('does not retry an error the server answered with a success status (a GraphQL error in a 200)', () => {
    // Apollo Server's BAD_USER_INPUT, https://www.apollographql.com/docs/apollo-server/data/errors
    const graphql = makeError(200, {
      errors: [
        {
          message: 'Invalid argument value',
          locations: [{ line: 2, column: 3 }],
          path: ['userWithID'],
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
        },
      ],
      data: { userWithID: null },
    });
    expect(graphql.status).toBe(200);
    expect(policy().retry(0, graphql)).toBe(false);
  });

  it('retries a 403 that says the rate limit is used up, waiting until its reset', () => {
    // GitHub's primary rate limit, with the documented Date header as now:
    // https://github.com/github/docs/blob/015d8c38bacc76ad8b57b9ad65c9616ec9a238ea/content/rest/overview/resources-in-the-rest-api.md#exceeding-the-rate-limit
    const now = 1_377_010_241_000;
    const limited = decodeError(
      {
        status: 403,
        headers: {
          date: 'Tue, 20 Aug 2013 14:50:41 GMT',
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-used': '60',
          'x-ratelimit-reset': '1377013266',
        },
        body: {
          message:
            "API rate limit exceeded for xxx.xxx.xxx.xxx. (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)",
          documentation_url: 'https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting',
        },
      },
      { now },
    );
    const patient = createRetryPolicy({ now: () => now, maxRetryAfterMs: 3_600_000 });
    expect(patient.retry(0, limited)).toBe(true);
    expect(patient.retryDelay(0, limited)).toBe(3_025_000);
    expect(createRetryPolicy({ now: () => now }).retry(0, limited)).toBe(false);
  });

  it('retries a rate limit answered with 200, as Google Maps answers OVER_QUERY_LIMIT', () => {
    // The official client retries it:
    // https://github.com/googlemaps/google-maps-services-python/blob/9ec69cb66eec929d08ca90a82081b8ee4eef8b54/tests/test_client.py
    const overQuota = makeError(200, { status: 'OVER_QUERY_LIMIT' });
    expect(overQuota.kind).toBe('rate_limited');
    expect(policy().retry(0, overQuota)).toBe(true);
  });

  it('does not retry a 429 that says the plan is spent, as OpenAI answers insufficient_quota', () => {
    // https://platform.openai.com/docs/guides/error-codes#api-errors: "You exceeded your current
    // quota, please check your plan and billing details" — waiting does not help.
    const spent = makeError(429, {
      error: {
        message:
          'You exceeded your current quota, please check your plan and billing details. For more information on this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.',
        type: 'insufficient_quota',
        param: null,
        code: 'insufficient_quota',
      },
    });
    expect(spent.kind).toBe('payment_required');
    expect(policy().retry(0, spent)).toBe(false);
  });

  it('retries a 400 whose code says too many attempts', () => {
    // Firebase Auth answers TOO_MANY_ATTEMPTS_TRY_LATER with HTTP 400:
    // https://firebase.google.com/docs/reference/rest/auth#section-sign-in-email-password
    const tooMany = makeError(400, {
      error: {
        code: 400,
        message: 'TOO_MANY_ATTEMPTS_TRY_LATER',
        errors: [{ message: 'TOO_MANY_ATTEMPTS_TRY_LATER', domain: 'global', reason: 'invalid' }],
      },
    });
    expect(tooMany.kind).toBe('rate_limited');
    expect(policy().retry(0, tooMany)).toBe(true);
  });

  it('does not retry a request the user cancelled', () => {
    expect(policy().retry(0, new DOMException('The user aborted a request.', 'AbortError'))).toBe(false);
  });

  it('stops after three retries by default and after maxRetries when set', () => {
    expect(policy().retry(2, errors.server())).toBe(true);
    expect(policy().retry(3, errors.server())).toBe(false);
    expect(policy({ maxRetries: 1 }).retry(1, errors.server())).toBe(false);
  });

  it('waits exactly what Retry-After asks when it is under the cap', () => {
    const { retry, retryDelay } = policy();
    const error = errors.rateLimited(2);
    expect(retry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(2000);
  });

  it('waits out a server wait of exactly the cap', () => {
    const { retry, retryDelay } = policy({ maxRetryAfterMs: 2000 });
    const error = errors.rateLimited(2);
    expect(retry(0, error)).toBe(true);
    expect(retryDelay(0, error)).toBe(2000);
    expect(policy({ maxRetryAfterMs: 1999 }).retry(0, error)).toBe(false);
  });

  it('stops when the server asks for a wait longer than the cap, so the countdown shows instead', () => {
    const { retry } = policy();
    expect(retry(0, errors.rateLimited(3600))).toBe(false);
    expect(retry(0, makeError(503, 'down', { 'retry-after': '120' }))).toBe(false);
    expect(
      policy({ maxRetryAfterMs: 300_000 }).retry(0, makeError(503, 'down', { 'retry-after': '120' })),
    ).toBe(true);
  });

  it('waits what Retry-After asks when the query function throws an axios error', () => {
    // The response is decoded when the policy sees it, on the page's clock.
    vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const { retry, retryDelay } = policy();
    const thrown = Object.assign(new Error('Request failed with status code 429'), {
      isAxiosError: true,
      response: {
        status: 429,
        headers: { 'retry-after': '2' },
        data: { error: { code: 'rate_limited', message: 'Slow down.' } },
      },
    });
    expect(retry(0, thrown)).toBe(true);
    expect(retryDelay(0, thrown)).toBe(2000);
  });

  it('judges an error that is not decoded yet with the decoder it is given, as the toast presents it', () => {
    // An API of the app's own answers 400 with a code of its own while an export window is full; the
    // app's decoder knows the code (createDecoder's `codes`), the built-in dialects do not.
    const thrown = Object.assign(new Error('Request failed with status code 400'), {
      isAxiosError: true,
      response: {
        status: 400,
        headers: {},
        data: { error: { code: 'EXPORT_WINDOW_FULL', message: 'Exports are paused for this workspace.' } },
      },
    });
    expect(policy().retry(0, thrown)).toBe(false);
    const decoder = createDecoder({
      dialects: BUILTIN_DIALECTS,
      codes: { EXPORT_WINDOW_FULL: 'rate_limited' },
    });
    expect(policy({ decoder }).retry(0, thrown)).toBe(true);
  });

  it('counts a server wait from the instant it was decoded, not from the retry', () => {
    const { retryDelay } = createRetryPolicy({ now: () => TEST_NOW + 1500 });
    expect(retryDelay(0, errors.rateLimited(2))).toBe(500);
  });

  it('backs off exponentially with full jitter, capped at 30 seconds', () => {
    const low = policy({ random: () => 0 });
    const high = policy({ random: () => 0.999_999 });
    expect(low.retryDelay(0, errors.server())).toBe(0);
    expect(high.retryDelay(0, errors.server())).toBe(999);
    expect(high.retryDelay(1, errors.server())).toBe(1999);
    expect(high.retryDelay(3, errors.server())).toBe(7999);
    expect(high.retryDelay(10, errors.server())).toBe(29_999);
  });

  it('remembers the delay it chose for each failure, for the retry countdown', () => {
    const error = errors.server();
    const delay = policy().retryDelay(1, error);
    expect(plannedRetryFor(error)).toEqual({ at: TEST_NOW + delay, delay });
    expect(plannedRetryFor('not an object')).toBeUndefined();
  });

  it('backs off after a thrown string or null as after any network failure', () => {
    const { retryDelay } = policy({ random: () => 0.999_999 });
    expect(retryDelay(1, 'failed')).toBe(1999);
    expect(retryDelay(1, null)).toBe(1999);
    expect(plannedRetryFor(null)).toBeUndefined();
  });
});
