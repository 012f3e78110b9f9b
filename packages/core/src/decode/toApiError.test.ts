import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, isApiError } from '../model/ApiError.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import { cyclic, revokedProxy, throwingGetters, throwingProxy } from '../test-utils/hostile.js';
import { isChunkLoadError } from './chunkLoad.js';
import { decodeError } from './decodeError.js';
import { defaultDecoder } from './defaultDecoder.js';
import { toApiError } from './toApiError.js';

const NOW = 1_800_000_000_000;

describe('toApiError', () => {
  it('records the decode clock as the time a failure without a response occurred', () => {
    expect(toApiError(new TypeError('Failed to fetch'), { now: NOW }).occurredAt).toBe(NOW);
    expect(toApiError(new DOMException('Aborted', 'AbortError'), { now: NOW }).occurredAt).toBe(NOW);
    expect(toApiError(new Error('boom'), { now: NOW }).occurredAt).toBe(NOW);
  });

  it('records the decode clock as the time an attached response failed', () => {
    expect(toApiError({ status: 503, body: 'down' }, { now: NOW }).occurredAt).toBe(NOW);
  });

  it('keeps the time an ApiError occurred when it is passed again later', () => {
    const error = decodeError({ status: 500 }, { now: NOW });
    expect(toApiError(error, { now: NOW + 60_000 }).occurredAt).toBe(NOW);
  });

  it('returns an ApiError as it is', () => {
    const error = decodeError({ status: 404 });
    expect(toApiError(error)).toBe(error);
  });

  it('returns an ApiError from another copy of faultline as it is', () => {
    const foreign = Object.create(null) as Record<symbol, unknown>;
    foreign[Symbol.for('faultline.ApiError')] = true;
    expect(toApiError(foreign)).toBe(foreign);
  });

  it('reads a TypeError from fetch as a network failure', () => {
    const cause = new TypeError('Failed to fetch');
    const error = toApiError(cause);
    expect(error).toMatchObject({ status: 0, kind: 'network', code: 'network', retryable: true });
    expect(error.message).toBe(DEFAULT_MESSAGES.network);
    expect(error.cause).toBe(cause);
  });

  it('reads an AbortError as a cancelled request', () => {
    const error = toApiError(new DOMException('The operation was aborted.', 'AbortError'));
    expect(error).toMatchObject({ status: 0, kind: 'aborted', retryable: false });
  });

  it('reads the reason of an aborted signal as a cancelled request', () => {
    const controller = new AbortController();
    controller.abort();
    expect(toApiError(controller.signal.reason).kind).toBe('aborted');
  });

  it('reads a TimeoutError as a timeout', () => {
    const error = toApiError(new DOMException('The operation timed out.', 'TimeoutError'));
    expect(error).toMatchObject({ status: 0, kind: 'timeout', retryable: true });
  });

  it('reads an error named like a DOMException from another realm by its name', () => {
    expect(toApiError({ name: 'AbortError', message: 'aborted' }).kind).toBe('aborted');
    expect(toApiError({ name: 'TypeError', message: 'fetch failed' }).kind).toBe('network');
  });

  it('decodes an error that carries the status, headers and body of a response', () => {
    const thrown = Object.assign(new Error('HTTP 429'), {
      status: 429,
      headers: { 'retry-after': '7' },
      body: { error: { code: 'rate_limited', message: 'Slow down.' } },
    });
    const error = toApiError(thrown, { now: NOW, decoder: defaultDecoder() });
    expect(error).toMatchObject({
      status: 429,
      kind: 'rate_limited',
      message: 'Slow down.',
      retryAt: NOW + 7000,
    });
    expect(error.cause).toBe(thrown);
  });

  it('decodes an error that carries the parsed body as data', () => {
    const thrown = { status: 422, data: { code: 'VALIDATION_FAILED', message: 'Check the form.' } };
    expect(toApiError(thrown, { decoder: defaultDecoder() })).toMatchObject({
      kind: 'validation',
      code: 'VALIDATION_FAILED',
    });
  });

  it('decodes an error that carries a response object, as axios throws it', () => {
    const thrown = Object.assign(new Error('Request failed with status code 403'), {
      response: { status: 403, headers: { 'x-request-id': 'req_ax' }, data: { message: 'No access.' } },
    });
    expect(toApiError(thrown, { decoder: defaultDecoder() })).toMatchObject({
      status: 403,
      kind: 'forbidden',
      requestId: 'req_ax',
    });
  });

  it('reads a thrown response from its status alone when no decoder is given', () => {
    const thrown = Object.assign(new Error('Request failed with status code 429'), {
      response: { status: 429, headers: { 'retry-after': '7' }, data: { message: 'Slow down.' } },
    });
    const error = toApiError(thrown);
    expect(error).toMatchObject({
      status: 429,
      kind: 'rate_limited',
      code: 'rate_limited',
      message: DEFAULT_MESSAGES.rate_limited,
      retryable: true,
      format: 'http',
      body: { message: 'Slow down.' },
    });
    expect(error.cause).toBe(thrown);
  });

  it('reads a thrown response from its status alone when the decoder throws', () => {
    const decoder = {
      ...defaultDecoder(),
      decode: () => {
        throw new Error('bug in a decoder');
      },
    };
    expect(toApiError({ status: 404, body: 'x' }, { decoder })).toMatchObject({ kind: 'not_found' });
  });

  it('decodes an error that carries a Response, as ky throws it, from its status and headers', () => {
    const response = new Response('{"message":"unread"}', { status: 503, headers: { 'retry-after': '5' } });
    const thrown = Object.assign(new Error('Request failed'), { name: 'HTTPError', response });
    const error = toApiError(thrown, { now: NOW, decoder: defaultDecoder() });
    expect(error).toMatchObject({ status: 503, kind: 'unavailable', retryAfterMs: 5000 });
    expect(error.body).toBeUndefined();
  });

  it('decodes a thrown Response from its status and headers', () => {
    expect(toApiError(new Response(null, { status: 401 })).kind).toBe('unauthenticated');
  });

  it('wraps an error with a status below 400 as unknown', () => {
    expect(toApiError({ status: 302 }).kind).toBe('unknown');
    expect(toApiError({ status: 399 })).toMatchObject({ kind: 'unknown', status: 0, format: 'thrown' });
  });

  it('reads an error with status 400 as a bad request', () => {
    expect(toApiError({ status: 400, body: 'x' })).toMatchObject({ status: 400, kind: 'bad_request' });
  });

  it('keeps the status 999 LinkedIn answers a request it refuses with', () => {
    // "HTTP/1.1 999 Request Denied" to a profile fetched by curl, or too many requests in a day:
    // https://http.dev/999
    expect(toApiError({ status: 999, body: '' })).toMatchObject({ status: 999, format: 'http' });
    expect(toApiError({ status: 1000 })).toMatchObject({ status: 0, format: 'thrown' });
  });

  it.each([
    ['a fraction', 404.5],
    ['text', '404'],
    ['a list', [404]],
  ])('wraps an error whose status is %s, not a whole number, as unknown', (_, status) => {
    expect(toApiError({ status, body: 'x' })).toMatchObject({ status: 0, kind: 'unknown', format: 'thrown' });
  });

  it('reads a thrown response from its status alone when the decoder gives no ApiError', () => {
    const decoder = { ...defaultDecoder(), decode: () => ({ message: 'Not an ApiError.' }) as never };
    const thrown = { status: 404, body: { message: 'Gone.' } };
    const error = toApiError(thrown, { decoder });
    expect(error).toMatchObject({ kind: 'not_found', message: DEFAULT_MESSAGES.not_found, format: 'http' });
    expect(error.cause).toBe(thrown);
  });

  it('keeps the body of a thrown response where the runtime has no Response', () => {
    vi.stubGlobal('Response', undefined);
    const error = toApiError({ status: 503, body: { message: 'Down.' } });
    expect(error).toMatchObject({ kind: 'unavailable', body: { message: 'Down.' } });
  });

  it('turns the JSON form of an error back into the error it was, server words and ids kept', () => {
    const sent = decodeError(
      {
        status: 404,
        headers: { 'x-request-id': 'req_7f3a' },
        body: { code: 'invoice_missing', message: 'No such invoice: in_1N3.' },
      },
      { now: NOW },
    );
    const error = toApiError(JSON.parse(JSON.stringify(sent)), { now: NOW + 60_000 });
    expect(isApiError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'not_found',
      code: 'invoice_missing',
      message: 'No such invoice: in_1N3.',
      requestId: 'req_7f3a',
      occurredAt: NOW,
    });
  });

  it('wraps any other error as unknown, with its name and message as details and never shown', () => {
    const thrown = new RangeError('index out of range');
    const error = toApiError(thrown);
    expect(error).toMatchObject({
      status: 0,
      kind: 'unknown',
      code: 'unknown',
      format: 'thrown',
      retryable: false,
    });
    expect(error.message).toBe(DEFAULT_MESSAGES.unknown);
    expect(error.details).toEqual({ name: 'RangeError', message: 'index out of range' });
    expect(error.cause).toBe(thrown);
  });

  it('keeps no details of a thrown value without a name', () => {
    expect(toApiError({ message: 'quota hit' }).details).toBeUndefined();
  });

  it('keeps the name of an error without a message, with an empty message', () => {
    expect(toApiError({ name: 'QuotaError', message: 42 }).details).toEqual({
      name: 'QuotaError',
      message: '',
    });
  });

  it.each([
    ['a string', 'oops'],
    ['a number', 42],
    ['null', null],
    ['undefined', undefined],
    ['a symbol', Symbol('x')],
    ['a function', () => {}],
    ['a cyclic object', cyclic()],
    ['an object with throwing getters', throwingGetters()],
    ['a proxy that throws on every trap', throwingProxy()],
    ['a revoked proxy', revokedProxy()],
  ])('wraps %s without throwing', (_, thrown) => {
    const error = toApiError(thrown);
    expect(isApiError(error)).toBe(true);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('unknown');
    expect(error.message.length).toBeGreaterThan(0);
  });

  it('wraps an error whose name and message getters throw', () => {
    const thrown = new Error('x');
    Object.defineProperty(thrown, 'name', {
      get() {
        throw new Error('hostile name');
      },
    });
    expect(toApiError(thrown).kind).toBe('unknown');
  });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('isApiError', () => {
  it('says no, without throwing, to a proxy that refuses to say what it is', () => {
    // `instanceof` asks a proxy for its prototype, which these refuse.
    expect(isApiError(revokedProxy())).toBe(false);
    expect(isApiError(throwingProxy())).toBe(false);
  });
});

// A lazily loaded screen that cannot be fetched (offline, or gone after a deploy) fails with the
// browser's own wording. Chromium: vitejs/vite#11804 (https://github.com/vitejs/vite/issues/11804);
// Firefox: cheeaun/phanpy#469 (https://github.com/cheeaun/phanpy/issues/469); Safari: the message
// guardian/dotcom-rendering#7188 filters (https://github.com/guardian/dotcom-rendering/pull/7188);
// Vite's preload helper (packages/vite/src/node/plugins/importAnalysisBuild.ts) rejects with
// "Unable to preload CSS for …" and dispatches `vite:preloadError` with the failure as `payload`
// (https://github.com/vitejs/vite/commit/2eca54e).
describe('toApiError on a chunk that could not be loaded', () => {
  const failures = {
    chromium: new TypeError(
      'Failed to fetch dynamically imported module: https://alkem.io/assets/SpaceSettings-C8xk2.js',
    ),
    firefox: new TypeError(
      'error loading dynamically imported module: https://phanpy.rollenspiel.social/assets/icons/quote-left-line-NQzeELMO.js',
    ),
    safari: new TypeError('Importing a module script failed.'),
    'vite CSS preload': new Error('Unable to preload CSS for https://app.example/assets/Billing-3fa1.css'),
    'webpack chunk': Object.assign(new Error('Loading chunk 7 failed.\n(error: https://app.example/7.js)'), {
      name: 'ChunkLoadError',
    }),
  };

  for (const [source, thrown] of Object.entries(failures)) {
    it(`reads ${source}'s failure as a network failure of a chunk`, () => {
      const error = toApiError(thrown);
      expect(error).toMatchObject({ status: 0, kind: 'network', format: 'chunk', retryable: true });
      expect(error.cause).toBe(thrown);
      expect(isChunkLoadError(thrown)).toBe(true);
    });
  }

  it("reads Vite's vite:preloadError event by its payload", () => {
    const payload = new Error('Unable to preload CSS for https://app.example/assets/Status-9a.css');
    const event = Object.assign(new Event('vite:preloadError', { cancelable: true }), { payload });
    const error = toApiError(event);
    expect(error).toMatchObject({ kind: 'network', format: 'chunk' });
    expect(error.cause).toBe(payload);
    expect(isChunkLoadError(event)).toBe(true);
  });

  it('leaves a plain error that only mentions a module unknown', () => {
    const thrown = new Error('The module script failed its own checks');
    expect(toApiError(thrown).kind).toBe('unknown');
    expect(isChunkLoadError(thrown)).toBe(false);
  });

  it('keeps a failed fetch a fetch failure, not a chunk', () => {
    expect(toApiError(new TypeError('Failed to fetch')).format).toBe('fetch');
  });
});
