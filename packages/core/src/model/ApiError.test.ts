import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { isPrototypePolluted } from '../test-utils/hostile.js';
import { ApiError } from './ApiError.js';

const init = {
  status: 503,
  code: 'unavailable',
  kind: 'unavailable',
  message: '',
  retryable: true,
  format: 'http',
} as const;

describe('ApiError headers', () => {
  it('copies and freezes the headers it is given, leaving the caller’s object as it was', () => {
    const given = { 'x-request-id': 'req_1' };
    const error = new ApiError({ ...init, headers: given });
    expect(error.headers).toEqual({ 'x-request-id': 'req_1' });
    expect(Object.isFrozen(error.headers)).toBe(true);
    expect(Object.isFrozen(given)).toBe(false);
    given['x-request-id'] = 'changed';
    expect(error.headers['x-request-id']).toBe('req_1');
  });

  it('has an empty frozen record without headers', () => {
    const error = new ApiError(init);
    expect(error.headers).toEqual({});
    expect(Object.isFrozen(error.headers)).toBe(true);
  });

  it('gives decoded headers as a frozen plain record, whatever names the response used', () => {
    const error = decodeError({
      status: 503,
      headers: [
        ['Retry-After', '5'],
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ],
    });
    expect(Object.getPrototypeOf(error.headers)).toBe(Object.prototype);
    expect(Object.isFrozen(error.headers)).toBe(true);
    expect(Object.entries(error.headers)).toEqual([
      ['retry-after', '5'],
      ['__proto__', 'x'],
      ['constructor', 'y'],
    ]);
    expect(error.retryAfterMs).toBe(5000);
    expect(isPrototypePolluted()).toBe(false);
  });
});
