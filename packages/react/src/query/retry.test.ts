import { describe, expect, it } from 'vitest';
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
});
