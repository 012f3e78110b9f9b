// What the commonMembers reader finds in a body: the request id, trace id, wait and docs link an
// envelope carries in the usual places, for a decoder whose dialects do not read them. Each case
// decodes through a decoder with no dialect at all, so every field shown comes from this reader.
// Bodies copied from public documentation cite it; the others are built to the structure the named
// specification gives (their ids and links are this test's own).
import { describe, expect, it } from 'vitest';
import type { ApiError } from '../model/ApiError.js';
import { commonMembers } from './common.js';
import { createDecoder } from './createDecoder.js';

const NOW = 1_800_000_000_000;
const withCommon = createDecoder({ readers: [commonMembers] });
const without = createDecoder({});

function decode(body: unknown, status = 400, now = NOW): ApiError {
  return withCommon.decode({ status, body }, { now });
}

/** The W3C Trace Context example trace (§3.2.2.7), as ASP.NET Core and OpenTelemetry print it. */
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('commonMembers: request id', () => {
  it('reads a request id whose name only ends in one (Facebook’s fbtrace_id)', () => {
    // https://developers.facebook.com/docs/graph-api/guides/error-handling/
    const body = {
      error: {
        message: 'Message describing the error',
        type: 'OAuthException',
        code: 190,
        error_subcode: 460,
        error_user_title: 'A title',
        error_user_msg: 'A message',
        fbtrace_id: 'EJplcsCHuLu',
      },
    };
    expect(decode(body, 401).requestId).toBe('EJplcsCHuLu');
    expect(without.decode({ status: 401, body }).requestId).toBeUndefined();
  });

  it('reads a request id under error.innerError (Microsoft Graph)', () => {
    // https://learn.microsoft.com/en-us/graph/throttling#sample-response
    const body = {
      error: {
        code: 'TooManyRequests',
        innerError: {
          code: '429',
          date: '2020-08-18T12:51:51',
          message: 'Please retry after',
          'request-id': '94fb3b52-452a-4535-a601-69e0a90e3aa2',
          status: '429',
        },
        message: 'Please retry again later.',
      },
    };
    expect(decode(body, 429).requestId).toBe('94fb3b52-452a-4535-a601-69e0a90e3aa2');
  });

  it('keeps the first request id found: the top of the body before the places under it', () => {
    const body = { request_id: 'req_top', error: { innererror: { 'request-id': 'req_inner' } } };
    expect(decode(body).requestId).toBe('req_top');
  });

  it('keeps the first of two request ids in one place', () => {
    const body = { error: { innerError: { 'request-id': 'req_1', 'client-request-id': 'req_2' } } };
    expect(decode(body).requestId).toBe('req_1');
  });

  it.each([
    // JSON:API's top-level `meta` (https://jsonapi.org/format/#document-meta).
    ['meta', { errors: [{ status: '500' }], meta: { request_id: 'req_meta' } }],
    // GraphQL's top-level `extensions` (https://spec.graphql.org/October2021/#sec-Response-Format).
    ['extensions', { errors: [{ message: 'Boom' }], extensions: { requestId: 'req_ext' } }],
    ['details', { message: 'Failed', details: { request_id: 'req_details' } }],
    ['error.details', { error: { message: 'Failed', details: { request_id: 'req_error_details' } } }],
    ['error.detail', { error: { message: 'Failed', detail: { request_id: 'req_error_detail' } } }],
    ['error.meta', { error: { message: 'Failed', meta: { request_id: 'req_error_meta' } } }],
  ])('reads a request id under %s', (_, body) => {
    expect(decode(body).requestId).toMatch(/^req_/);
  });
});

describe('commonMembers: trace id', () => {
  it('reads the trace id of an ASP.NET Core problem’s traceId', () => {
    // Shape: https://learn.microsoft.com/en-us/aspnet/core/web-api/handle-errors ; the traceparent
    // is the W3C Trace Context example.
    const body = {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'Bad Request',
      status: 400,
      traceId: TRACEPARENT,
    };
    expect(decode(body).traceId).toBe(TRACE_ID);
    expect(without.decode({ status: 400, body }).traceId).toBeUndefined();
  });

  it('reads a problem type that is an http(s) URI as the docs link (RFC 9457)', () => {
    // https://learn.microsoft.com/en-us/aspnet/core/web-api/?view=aspnetcore-8.0#default-badrequest-response
    const body = {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: '|7fb5e16a-4c8f23bbfc974667.',
      errors: { '': ['A non-empty request body is required.'] },
    };
    expect(decode(body).docsUrl).toBe('https://tools.ietf.org/html/rfc7231#section-6.5.1');
    expect(decode({ ...body, type: 'about:blank' }).docsUrl).toBeUndefined();
  });

  it('names no trace for a traceId that is no W3C trace, and keeps it as the request id', () => {
    // https://learn.microsoft.com/en-us/aspnet/core/web-api/handle-errors (the docs' own sample:
    // its parent id is cut to six digits).
    const body = {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'Bad Request',
      status: 400,
      traceId: '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00',
    };
    const error = decode(body);
    expect(error.traceId).toBeUndefined();
    expect(error.requestId).toBe('00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00');
  });

  it('reads a trace id under a name that ends in one', () => {
    expect(decode({ error: { message: 'Failed', otel_trace_id: TRACE_ID } }).traceId).toBe(TRACE_ID);
  });

  it('reads the trace id of a traceparent member', () => {
    expect(decode({ message: 'Failed', traceparent: TRACEPARENT }).traceId).toBe(TRACE_ID);
  });

  it('reads no trace id from members named otherwise, even when they hold one', () => {
    const error = decode({ message: 'Failed', request_id: TRACE_ID, span: TRACEPARENT });
    expect(error.traceId).toBeUndefined();
    expect(error.requestId).toBe(TRACE_ID);
  });

  it('keeps the first trace id found', () => {
    const other = 'a'.repeat(32);
    expect(decode({ traceId: TRACEPARENT, error: { trace_id: other } }).traceId).toBe(TRACE_ID);
    expect(decode({ traceId: 'not a trace', error: { trace_id: other } }).traceId).toBe(other);
  });
});

describe('commonMembers: wait', () => {
  it('reads retry_after_ms as milliseconds (Matrix)', () => {
    // https://github.com/matrix-org/matrix-spec/blob/main/data/api/client-server/definitions/errors/rate_limited.yaml
    // (the body its property examples make).
    const body = { errcode: 'M_LIMIT_EXCEEDED', error: 'Too many requests', retry_after_ms: 2000 };
    expect(decode(body, 429).retryAfterMs).toBe(2000);
    expect(without.decode({ status: 429, body }).retryAfterMs).toBeUndefined();
  });

  it('reads retry_after as seconds under parameters (Telegram)', () => {
    // https://github.com/tdlib/telegram-bot-api/blob/01a3679c0bbf9bbba03d1d3e20f621fa4becddcc/telegram-bot-api/Query.cpp
    const body = {
      ok: false,
      error_code: 429,
      description: 'Too Many Requests: retry after 35',
      parameters: { retry_after: 35 },
    };
    expect(decode(body, 429).retryAfterMs).toBe(35_000);
  });

  it('reads retry_after_seconds as seconds', () => {
    expect(decode({ error: 'rate_limited', retry_after_seconds: 12 }, 429).retryAfterMs).toBe(12_000);
  });

  it('reads the wait until the reset instant of a rate_limit block', () => {
    expect(decode({ rate_limit: { reset: NOW / 1000 + 30 } }, 429).retryAfterMs).toBe(30_000);
    expect(decode({ rate_limit: { reset_at: new Date(NOW + 90_000).toUTCString() } }, 429).retryAfterMs).toBe(
      90_000,
    );
    expect(decode({ rateLimit: { resetAt: 45 } }, 429).retryAfterMs).toBe(45_000);
  });

  it('reads no wait from a rate_limit block without a reset', () => {
    expect(decode({ rate_limit: { limit: 100, remaining: 0 } }, 429).retryAfterMs).toBeUndefined();
  });

  it('prefers retry_after_ms, then retry_after, then the reset, in one place', () => {
    const reset = { reset: NOW / 1000 + 30 };
    expect(decode({ retry_after_ms: 1500, retry_after: 9, rate_limit: reset }, 429).retryAfterMs).toBe(1500);
    expect(decode({ retry_after: 9, rate_limit: reset }, 429).retryAfterMs).toBe(9000);
  });

  it('keeps the first wait found: the top of the body before the places under it', () => {
    expect(decode({ retry_after: 5, error: { retry_after: 60 } }, 429).retryAfterMs).toBe(5000);
  });
});

describe('commonMembers: docs link', () => {
  it('reads the information_link of PayPal’s links', () => {
    // https://developer.paypal.com/docs/checkout/apm/ideal/orders-api/ (unsuccessful confirm order)
    const body = {
      name: 'UNPROCESSABLE_ENTITY',
      details: [
        {
          issue: 'NOT_ENABLED_FOR_PAYMENT_SOURCE',
          description:
            "The 'API caller' and/or 'payee' is not setup to be able to process the selected payment source. If you have already completed the required steps, please allow 2 business days for PayPal to complete the setup. If you continue to receive this error, please contact your Account Manager or check status at https://www.paypal.com/businessmanage/account/payments.",
          fields: [{ field: '/payment_source/ideal' }],
        },
      ],
      message:
        'The requested action could not be performed, semantically incorrect, or failed business validation.',
      debug_id: '90957fca61718',
      links: [
        {
          href: 'https://developer.paypal.com/api/orders/v2/#error-NOT_ENABLED_FOR_PAYMENT_SOURCE',
          rel: 'information_link',
          method: 'GET',
        },
      ],
    };
    const error = decode(body, 422);
    expect(error.docsUrl).toBe(
      'https://developer.paypal.com/api/orders/v2/#error-NOT_ENABLED_FOR_PAYMENT_SOURCE',
    );
    expect(error.requestId).toBe('90957fca61718');
    expect(without.decode({ status: 422, body }).docsUrl).toBeUndefined();
  });

  it('reads the first link whose relation speaks of help, skipping links without one', () => {
    const links = [
      { href: 'https://api.example.test/v2/orders/1' },
      { href: 'https://api.example.test/v2/orders/1', rel: 'self' },
      { href: 'https://docs.example.test/errors/declined', rel: 'Help' },
      { href: 'https://docs.example.test/other', rel: 'about' },
    ];
    expect(decode({ message: 'Declined', links }).docsUrl).toBe('https://docs.example.test/errors/declined');
  });

  it('reads no docs link from links that only point at resources', () => {
    const links = [{ href: 'https://api.example.test/v2/orders/1', rel: 'self', method: 'GET' }];
    expect(decode({ message: 'Declined', links }).docsUrl).toBeUndefined();
  });

  it('reads the about link of a JSON:API error, as text or as a link object', () => {
    // https://jsonapi.org/format/#error-objects: `links.about`, a URL (1.0) or a link object (1.1).
    const about = 'https://docs.example.test/errors/conflict';
    expect(decode({ errors: [{ status: '409', links: { about } }] }, 409).docsUrl).toBe(about);
    expect(decode({ errors: [{ status: '409', links: { about: { href: about } } }] }, 409).docsUrl).toBe(
      about,
    );
  });

  it('reads the help link of the first of errors (SendGrid)', () => {
    // https://github.com/sendgrid/sendgrid-csharp/blob/1923afedbcc6e17053dbe5022d64b2bd2b525a70/tests/SendGrid.Tests/Helpers/Errors/ErrorHandlerTests.cs
    const body = {
      errors: [
        {
          message: 'The attachment content is required.',
          field: 'attachments.0.content',
          help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.attachments.content',
        },
      ],
    };
    expect(decode(body).docsUrl).toBe(
      'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.attachments.content',
    );
  });
});

describe('commonMembers on bodies with nothing to read', () => {
  it.each([
    ['text', 'Bad Gateway'],
    ['an array', [{ request_id: 'req_1' }]],
    ['no body', undefined],
    ['an error that is text', { error: 'invalid_grant', request_id: 'req_1' }],
  ])('reads %s without failing', (_, body) => {
    const error = decode(body);
    expect(error.status).toBe(400);
    expect(error.requestId).toBe(
      typeof body === 'object' && body !== null && !Array.isArray(body) ? 'req_1' : undefined,
    );
  });
});
