import { describe, expect, it } from 'vitest';
import { ERROR_KINDS, isErrorKind, isRetryableKind, kindFromStatus } from './ErrorKind.js';
import { DEFAULT_MESSAGES, DEFAULT_TITLES } from './messages.js';

describe('ERROR_KINDS', () => {
  it('lists the 21 kinds in their documented order, each with its copy and title', () => {
    expect(ERROR_KINDS).toEqual([
      'validation',
      'bad_request',
      'unauthenticated',
      'forbidden',
      'payment_required',
      'not_found',
      'method_not_allowed',
      'timeout',
      'conflict',
      'gone',
      'payload_too_large',
      'unsupported_media_type',
      'rate_limited',
      'server',
      'not_implemented',
      'bad_gateway',
      'unavailable',
      'gateway_timeout',
      'network',
      'aborted',
      'unknown',
    ]);
    expect(Object.keys(DEFAULT_MESSAGES)).toEqual([...ERROR_KINDS]);
    expect(Object.keys(DEFAULT_TITLES)).toEqual([...ERROR_KINDS]);
    expect(Object.isFrozen(ERROR_KINDS)).toBe(true);
  });

  it('knows a kind by name only', () => {
    for (const kind of ERROR_KINDS) expect(isErrorKind(kind)).toBe(true);
    const printsAsKind = { toString: (): string => 'network' };
    for (const value of [
      'toString',
      '__proto__',
      'Validation',
      '',
      404,
      null,
      undefined,
      ['network'],
      printsAsKind,
    ]) {
      expect(isErrorKind(value)).toBe(false);
    }
  });
});

describe('kindFromStatus', () => {
  it.each([
    [0, 'network'],
    [400, 'bad_request'],
    [401, 'unauthenticated'],
    [402, 'payment_required'],
    [403, 'forbidden'],
    [451, 'forbidden'],
    [404, 'not_found'],
    [405, 'method_not_allowed'],
    [408, 'timeout'],
    [409, 'conflict'],
    [412, 'conflict'],
    [423, 'conflict'],
    [428, 'conflict'],
    [410, 'gone'],
    [413, 'payload_too_large'],
    [431, 'payload_too_large'],
    [415, 'unsupported_media_type'],
    [418, 'bad_request'],
    [422, 'validation'],
    [429, 'rate_limited'],
    [499, 'aborted'],
    [500, 'server'],
    [501, 'not_implemented'],
    [502, 'bad_gateway'],
    [520, 'bad_gateway'],
    [521, 'bad_gateway'],
    [523, 'bad_gateway'],
    [503, 'unavailable'],
    [504, 'gateway_timeout'],
    [522, 'gateway_timeout'],
    [524, 'gateway_timeout'],
    [599, 'server'],
    [200, 'unknown'],
    [302, 'unknown'],
    [600, 'unknown'],
    [399, 'unknown'],
    [1000, 'unknown'],
    [-404, 'unknown'],
    [Number.NaN, 'unknown'],
    [403.5, 'bad_request'],
  ] as const)('reads %s as %s', (status, kind) => {
    expect(kindFromStatus(status)).toBe(kind);
  });
});

describe('isRetryableKind', () => {
  it('says a retry can cure timeouts, rate limits, gateway failures, unavailability and the network only', () => {
    expect(ERROR_KINDS.filter(isRetryableKind)).toEqual([
      'timeout',
      'rate_limited',
      'bad_gateway',
      'unavailable',
      'gateway_timeout',
      'network',
    ]);
  });
});
