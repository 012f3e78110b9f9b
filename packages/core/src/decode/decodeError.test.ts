import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../model/ApiError.js';
import { ERROR_KINDS, type ErrorKind } from '../model/ErrorKind.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import type { Dialect, DialectReading } from '../model/types.js';
import {
  cyclic,
  deepJson,
  deepObject,
  revokedProxy,
  tenMegabytes,
  throwingGetters,
  throwingProxy,
} from '../test-utils/hostile.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';

const NOW = 1_800_000_000_000;

function decode(status: unknown, body?: unknown, headers?: Record<string, string>) {
  return decodeError({ status, body, headers } as never, { now: NOW });
}

/** A decoder whose only dialect returns the given reading, to test the pipeline apart from any dialect. */
function saying(reading: DialectReading) {
  const dialect: Dialect = { name: 'fixed', match: () => true, read: () => reading };
  return createDecoder({ dialects: [dialect] });
}

describe('decodeError: kind from status', () => {
  it.each<[number, ErrorKind]>([
    [0, 'network'],
    [400, 'bad_request'],
    [401, 'unauthenticated'],
    [402, 'payment_required'],
    [403, 'forbidden'],
    [404, 'not_found'],
    [405, 'method_not_allowed'],
    [408, 'timeout'],
    [409, 'conflict'],
    [410, 'gone'],
    [412, 'conflict'],
    [413, 'payload_too_large'],
    [415, 'unsupported_media_type'],
    [418, 'bad_request'],
    [422, 'validation'],
    [423, 'conflict'],
    [428, 'conflict'],
    [429, 'rate_limited'],
    [431, 'payload_too_large'],
    [451, 'forbidden'],
    [499, 'aborted'],
    [500, 'server'],
    [501, 'not_implemented'],
    [502, 'bad_gateway'],
    [503, 'unavailable'],
    [504, 'gateway_timeout'],
    [507, 'server'],
    [520, 'bad_gateway'],
    [522, 'gateway_timeout'],
    [524, 'gateway_timeout'],
    [599, 'server'],
    [200, 'unknown'],
    [302, 'unknown'],
    [600, 'unknown'],
    [999, 'unknown'],
  ])('reads status %i as %s', (status, kind) => {
    const error = decode(status);
    expect(error.kind).toBe(kind);
    expect(error.status).toBe(status);
  });

  it('reads a status sent as numeric text', () => {
    expect(decode('429')).toMatchObject({ status: 429, kind: 'rate_limited' });
  });

  it('reads a status sent as text with spaces around it', () => {
    expect(decode(' 503 ')).toMatchObject({ status: 503, kind: 'unavailable' });
  });

  it('reads a megabyte of digits as an unusable status', () => {
    expect(decode(`${'4'.repeat(1_000_000)}!`)).toMatchObject({ status: 0, kind: 'unknown' });
  });

  it.each([
    [-1],
    [1000],
    [429.5],
    [Number.NaN],
    ['abc'],
    [''],
    [' '],
    ['1e2'],
    ['0x1F4'],
    ['4 29'],
    [true],
    [[429]],
    [null],
    [undefined],
    [{}],
  ])('reads the unusable status %j as 0 and the kind as unknown', (status) => {
    expect(decode(status)).toMatchObject({ status: 0, kind: 'unknown' });
  });
});

describe('decodeError: code refines status', () => {
  it('reads a 400 whose code says validation as validation', () => {
    expect(decode(400, { error: { code: 'validation_error', message: 'Invalid.' } }).kind).toBe('validation');
  });

  it('reads a specific code over a generic status', () => {
    expect(decode(500, { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow.' }).kind).toBe('rate_limited');
  });

  it('reads a specific code over another specific status', () => {
    expect(decode(401, { code: 'INSUFFICIENT_PERMISSIONS', message: 'No.' }).kind).toBe('forbidden');
  });

  it.each<[number, string, ErrorKind]>([
    [404, 'internal_error', 'not_found'],
    [503, 'internal_error', 'unavailable'],
    [401, 'bad_request', 'unauthenticated'],
    [422, 'invalid_request', 'validation'],
  ])('never lets a generic code override the specific status %i (%s)', (status, code, kind) => {
    expect(decode(status, { code, message: 'x' }).kind).toBe(kind);
  });

  it('lets a generic code fill in when the status says nothing', () => {
    expect(decode(200, { code: 'internal_error', message: 'x' }).kind).toBe('server');
  });

  it('never lets a code turn a failure without response into something else', () => {
    expect(decode(0, { code: 'not_found', message: 'x' }).kind).toBe('network');
  });

  it('reads a kind the dialect knows better than the status', () => {
    const error = decodeError({ status: 200, body: {} }, { decoder: saying({ kind: 'unauthenticated' }) });
    expect(error.kind).toBe('unauthenticated');
  });

  it('keeps the code exactly as sent', () => {
    expect(decode(429, { code: 'RATE_LIMIT_EXCEEDED', message: 'Slow.' }).code).toBe('RATE_LIMIT_EXCEEDED');
  });

  it('keeps a numeric code as text', () => {
    expect(decodeError({ status: 400, body: {} }, { decoder: saying({ code: 4001 as never }) }).code).toBe(
      '4001',
    );
  });

  it('derives the code from the kind when the body has none', () => {
    expect(decode(404).code).toBe('not_found');
    expect(decode(503, 'Service Unavailable').code).toBe('unavailable');
  });
});

describe('decodeError: rate limits in headers', () => {
  const exhausted = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '1800000060' };

  it('reads a 403 with X-RateLimit-Remaining: 0 as rate limited', () => {
    const error = decode(403, { message: 'API rate limit exceeded.' }, exhausted);
    expect(error).toMatchObject({ kind: 'rate_limited', retryable: true, retryAfterMs: 60_000 });
  });

  it('keeps a 403 with requests left as forbidden', () => {
    expect(decode(403, undefined, { 'x-ratelimit-remaining': '5' }).kind).toBe('forbidden');
  });

  it('keeps a 403 whose code says forbidden as forbidden, even with no requests left', () => {
    expect(decode(403, { code: 'insufficient_permissions', message: 'No.' }, exhausted).kind).toBe(
      'forbidden',
    );
  });

  it('keeps a 400 that used the last request of the window as a bad request', () => {
    expect(decode(400, { code: 'INVALID_STATUS_TRANSITION', message: 'No.' }, exhausted).kind).toBe(
      'bad_request',
    );
  });

  it('waits until the reset when a rate-limited response has no Retry-After', () => {
    expect(decode(429, undefined, { 'x-ratelimit-reset': '1800000030' }).retryAfterMs).toBe(30_000);
  });

  it('reads no wait from a reset when requests are left and the kind is no rate limit', () => {
    expect(
      decode(500, undefined, { 'x-ratelimit-remaining': '3', 'x-ratelimit-reset': '30' }).retryAfterMs,
    ).toBe(undefined);
  });

  it('exposes the rate-limit state', () => {
    expect(decode(429, undefined, { 'x-ratelimit-limit': '60', ...exhausted }).rateLimit).toEqual({
      limit: 60,
      remaining: 0,
      resetAt: 1_800_000_060_000,
    });
  });
});

describe('decodeError: field errors', () => {
  it('reads a 400 with field errors as validation', () => {
    const error = decode(400, {
      error: { code: 'invalid', message: 'Email is invalid.', details: { field: 'email' } },
    });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'Email is invalid.' }]);
  });

  it('reads field errors without a response status as validation', () => {
    const error = decodeError(
      { status: 200, body: {} },
      { decoder: saying({ fieldErrors: [{ path: 'name', message: 'Required.' }] }) },
    );
    expect(error.kind).toBe('validation');
  });

  it('keeps the kind of a status more specific than a bad request', () => {
    const error = decodeError(
      { status: 409, body: {} },
      { decoder: saying({ fieldErrors: [{ path: 'slug', message: 'Taken.' }] }) },
    );
    expect(error.kind).toBe('conflict');
  });

  it('keeps a field error without a usable path as a form-level error', () => {
    const error = decodeError(
      { status: 422, body: {} },
      { decoder: saying({ fieldErrors: [{ path: '', message: 'Check the form.' }] }) },
    );
    expect(error.fieldErrors).toEqual([{ path: '', message: 'Check the form.' }]);
  });

  it('keeps at most 200 field errors', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ path: `f${i}`, message: 'Bad.' }));
    expect(
      decodeError({ status: 422, body: {} }, { decoder: saying({ fieldErrors: many }) }).fieldErrors,
    ).toHaveLength(200);
  });

  it('freezes the field errors', () => {
    expect(Object.isFrozen(decode(422).fieldErrors)).toBe(true);
  });
});

describe('decodeError: retryable', () => {
  it.each([[408], [429], [502], [503], [504]])('reads status %i as retryable', (status) => {
    expect(decode(status).retryable).toBe(true);
  });

  it.each([[400], [401], [403], [404], [409], [422], [500], [501]])(
    'reads status %i as not retryable',
    (status) => {
      expect(decode(status).retryable).toBe(false);
    },
  );

  it('reads a failure without response as retryable', () => {
    expect(decode(0).retryable).toBe(true);
  });

  it('reads a rate limit named by the code as retryable', () => {
    expect(decode(400, { code: 'too_many_requests', message: 'Slow.' }).retryable).toBe(true);
  });

  it('keeps a retryable status retryable whatever the code says', () => {
    expect(decode(429, { code: 'VALIDATION_FAILED', message: 'x' }).retryable).toBe(true);
  });
});

describe('decodeError: message', () => {
  it('keeps the server message', () => {
    expect(decode(404, { code: 'x', message: 'No such invoice.' }).message).toBe('No such invoice.');
  });

  it.each([[''], ['   '], ['\u200b'], ['\u0000']])(
    'uses the copy for the kind when the message is %j',
    (message) => {
      expect(decode(404, { code: 'not_found', message }).message).toBe(DEFAULT_MESSAGES.not_found);
    },
  );

  it('uses the copy for the kind when there is no body', () => {
    for (const kind of ['timeout', 'server', 'unavailable'] as const) {
      const status = { timeout: 408, server: 500, unavailable: 503 }[kind];
      expect(decode(status).message).toBe(DEFAULT_MESSAGES[kind]);
    }
  });

  it('caps a very long message', () => {
    expect(
      decodeError({ status: 500, body: {} }, { decoder: saying({ message: 'm'.repeat(50_000) }) }).message,
    ).toHaveLength(2000);
  });
});

describe('decodeError: waits', () => {
  it('sets retryAt to now plus retryAfterMs', () => {
    const error = decode(429, undefined, { 'retry-after': '12' });
    expect(error.retryAfterMs).toBe(12_000);
    expect(error.retryAt).toBe(NOW + 12_000);
  });

  it('sets neither when no wait is known', () => {
    expect(decode(429)).toMatchObject({ retryAfterMs: undefined, retryAt: undefined });
  });

  it('prefers Retry-After over a wait in the body', () => {
    const error = decode(
      429,
      { code: 'x', message: 'Slow.', details: { retry_after: 60 } },
      { 'retry-after': '5' },
    );
    expect(error.retryAfterMs).toBe(5000);
  });

  it('prefers a wait in the body over the rate-limit reset', () => {
    const error = decode(
      429,
      { code: 'x', message: 'Slow.', details: { retry_after: 60 } },
      { 'x-ratelimit-reset': '5' },
    );
    expect(error.retryAfterMs).toBe(60_000);
  });

  it('reads the wait a retryable message states when nothing else does', () => {
    expect(decode(429, { code: 'x', message: 'Try again in 15 minutes.' }).retryAfterMs).toBe(900_000);
  });

  it('reads no wait from the message of an error retrying cannot fix', () => {
    expect(decode(400, { code: 'x', message: 'Try again in 15 minutes.' }).retryAfterMs).toBeUndefined();
  });

  it('refuses a wait the dialect reports as anything but a number', () => {
    const error = decodeError(
      { status: 503, body: {} },
      { decoder: saying({ retryAfterMs: '30' as never }) },
    );
    expect(error.retryAfterMs).toBeUndefined();
  });

  it('measures from the system clock when no clock is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    expect(decodeError({ status: 429, headers: { 'retry-after': '1' } }).retryAt).toBe(NOW + 1000);
  });

  it('measures from the system clock when the clock given is not finite', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW);
    const error = decodeError({ status: 429, headers: { 'retry-after': '1' } }, { now: Number.NaN });
    expect(error.retryAt).toBe(NOW + 1000);
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('decodeError: when it happened', () => {
  it('records the decode clock as the time the failure occurred', () => {
    expect(decode(500).occurredAt).toBe(NOW);
  });

  it('records the system clock when no clock is given', () => {
    vi.useFakeTimers();
    vi.setSystemTime(NOW + 5);
    expect(decodeError({ status: 500 }).occurredAt).toBe(NOW + 5);
  });

  it('records the decode clock even when the input cannot be read', () => {
    expect(decodeError(throwingProxy() as never, { now: NOW }).occurredAt).toBe(NOW);
  });

  it('carries the time it occurred in its JSON form', () => {
    expect(JSON.parse(JSON.stringify(decode(429, undefined, { 'retry-after': '3' })))).toMatchObject({
      occurredAt: NOW,
      retryAfterMs: 3000,
    });
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});

describe('decodeError: request id', () => {
  it('prefers the id in the body over the header', () => {
    expect(
      decode(500, { code: 'x', message: 'm', request_id: 'req_body' }, { 'x-request-id': 'req_head' })
        .requestId,
    ).toBe('req_body');
  });

  it('reads the id from the header when the body has none', () => {
    expect(decode(500, { code: 'x', message: 'm' }, { 'x-request-id': 'req_head' }).requestId).toBe(
      'req_head',
    );
  });

  it('reads the id the message names as a last resort', () => {
    expect(
      decode(500, { code: 'x', message: 'Contact support with request ID: req_abc123.' }).requestId,
    ).toBe('req_abc123');
  });

  it('refuses an id in the body longer than 256 characters and reads the header', () => {
    expect(
      decode(500, { code: 'x', message: 'm', request_id: 'r'.repeat(300) }, { 'x-request-id': 'req_h' })
        .requestId,
    ).toBe('req_h');
  });
});

describe('decodeError: trace id', () => {
  const traceparent = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

  it('reads the trace id beside the request id', () => {
    const error = decode(503, { code: 'x', message: 'm' }, { traceparent, 'x-request-id': 'req_1' });
    expect(error).toMatchObject({ requestId: 'req_1', traceId: '4bf92f3577b34da6a3ce929d0e0e4736' });
  });

  it('reads a trace id from Server-Timing on a response with no body', () => {
    const serverTiming =
      'app;dur=47.2, traceparent;desc="00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"';
    expect(decode(502, undefined, { 'server-timing': serverTiming }).traceId).toBe(
      '0af7651916cd43dd8448eb211c80319c',
    );
  });

  it('reads a trace id the body names (a trace_id of 32 digits, a traceparent) under any envelope', () => {
    expect(
      decode(500, { error: { message: 'm', trace_id: '0af7651916cd43dd8448eb211c80319c' } }).traceId,
    ).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(decode(500, { message: 'm', meta: { traceparent } }).traceId).toBe(
      '4bf92f3577b34da6a3ce929d0e0e4736',
    );
  });

  it('prefers the body over the headers, as for the request id', () => {
    const body = { message: 'm', traceId: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' };
    expect(decode(500, body, { traceparent }).traceId).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('reads no trace id from a body id that is not one', () => {
    expect(decode(500, { message: 'm', trace_id: 'abc123' }, {}).traceId).toBeUndefined();
    expect(
      decode(500, { message: 'm', request_id: '0af7651916cd43dd8448eb211c80319c' }).traceId,
    ).toBeUndefined();
  });
});

describe('decodeError: links', () => {
  it('keeps an http(s) docs link from the body', () => {
    expect(
      decode(400, { code: 'x', message: 'm', documentation_url: 'https://docs.example.test/x' }).docsUrl,
    ).toBe('https://docs.example.test/x');
  });

  it.each([
    ['javascript:alert(document.cookie)'],
    ['data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
    ['/docs/errors/x'],
    ['docs/errors/x'],
    ['//evil.example.test/x'],
  ])('refuses the docs link %s', (url) => {
    expect(decode(400, { code: 'x', message: 'm', doc_url: url, more_info: url }).docsUrl).toBeUndefined();
  });

  it('refuses a docs link a dialect reports with another scheme', () => {
    const error = decodeError(
      { status: 400, body: {} },
      { decoder: saying({ docsUrl: 'javascript:alert(1)' }) },
    );
    expect(error.docsUrl).toBeUndefined();
  });

  it('refuses a docs link too long to keep whole rather than link to a cut address', () => {
    const doc_url = `https://docs.example.test/${'a'.repeat(2100)}`;
    const body = { error: { type: 'invalid_request_error', message: 'm', doc_url } };
    expect(decode(400, body).docsUrl).toBeUndefined();
  });

  it('reads the next docs field when the first is no http(s) link', () => {
    const body = {
      code: 'x',
      message: 'm',
      doc_url: 'see the docs',
      more_info: 'https://docs.example.test/m',
    };
    expect(decode(400, body).docsUrl).toBe('https://docs.example.test/m');
  });

  it('reads the help link of the Link header when the body has none', () => {
    expect(decode(400, undefined, { link: '<https://docs.example.test/h>; rel="help"' }).docsUrl).toBe(
      'https://docs.example.test/h',
    );
  });

  it('reads the successor of a retired endpoint', () => {
    const error = decode(410, undefined, { link: '<https://api.example.test/v2>; rel="successor-version"' });
    expect(error.successorUrl).toBe('https://api.example.test/v2');
  });

  it.each([['javascript:alert(1)'], ['data:,x'], ['/v2']])('refuses the successor link %s', (url) => {
    expect(
      decode(410, undefined, { link: `<${url}>; rel="successor-version"` }).successorUrl,
    ).toBeUndefined();
  });
});

describe('decodeError: what arrived', () => {
  it('keeps the headers with lower-cased names, frozen', () => {
    const error = decode(500, undefined, { 'X-Request-Id': 'req_1' });
    expect(error.headers).toEqual({ 'x-request-id': 'req_1' });
    expect(Object.isFrozen(error.headers)).toBe(true);
  });

  it('reads a Headers object', () => {
    const error = decodeError({ status: 429, headers: new Headers({ 'Retry-After': '3' }) }, { now: NOW });
    expect(error.retryAfterMs).toBe(3000);
  });

  it('keeps the body as parsed', () => {
    expect(decode(409, '{"code":"CONFLICT","message":"Version mismatch."}').body).toEqual({
      code: 'CONFLICT',
      message: 'Version mismatch.',
    });
  });

  it('reports http as the format when no dialect knows the body', () => {
    expect(decode(500, 42).format).toBe('http');
  });

  it('leaves the body and headers out of its JSON form', () => {
    const json = decode(500, { code: 'x', message: 'm' }, { authorization: 'Bearer secret' }).toJSON();
    expect(json).not.toHaveProperty('body');
    expect(json).not.toHaveProperty('headers');
    expect(JSON.stringify(json)).not.toContain('secret');
  });
});

describe('decodeError: bad input', () => {
  const cases: [string, () => unknown][] = [
    ['a 10 MB string body', tenMegabytes],
    ['a body nested 100,000 levels deep', () => deepObject(100_000)],
    ['JSON nested 100,000 levels deep', () => deepJson(100_000)],
    ['a cyclic body', cyclic],
    ['a body with throwing getters', throwingGetters],
    ['a body that is a throwing proxy', () => throwingProxy()],
    ['a body that is a revoked proxy', () => revokedProxy()],
  ];

  it.each(cases)('decodes %s', (_, body) => {
    const error = decode(500, body());
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(500);
    expect(ERROR_KINDS).toContain(error.kind);
    expect(error.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['null', null],
    ['a string', 'status: 500'],
    ['a throwing proxy', throwingProxy()],
    ['a revoked proxy', revokedProxy()],
    ['an object with throwing getters', throwingGetters()],
  ])('decodes %s given as the whole input', (_, input) => {
    const error = decodeError(input as never);
    expect(error).toBeInstanceOf(ApiError);
    expect(ERROR_KINDS).toContain(error.kind);
  });

  it('decodes with options that throw on every read', () => {
    const error = decodeError({ status: 404 }, throwingProxy() as never);
    expect(error.kind).toBe('not_found');
  });
});

describe('the README’s core example', () => {
  it('reads a lone UPPER_CASE code as the code: decodeError({ status: 429, headers: { retry-after: 12 }, body: {"code":"RATE_LIMIT_EXCEEDED"} })', () => {
    const error = decodeError({
      status: 429,
      headers: { 'retry-after': '12' },
      body: '{"code":"RATE_LIMIT_EXCEEDED"}',
    });
    expect(error).toMatchObject({
      code: 'RATE_LIMIT_EXCEEDED',
      kind: 'rate_limited',
      retryAfterMs: 12_000,
      message: DEFAULT_MESSAGES.rate_limited,
    });
  });

  it('gives an ApiError for decodeError(null)', () => {
    const error = decodeError(null);
    expect(error.kind).toBe('unknown');
    expect(error.message.length).toBeGreaterThan(0);
  });
});
