// Examples from Google AIP-193 "Errors" (https://google.aip.dev/193), the API design guide's error
// model (https://cloud.google.com/apis/design/errors), the google.rpc error details reference
// (https://cloud.google.com/apis/design/errors#error_details, google/rpc/error_details.proto), the
// YouTube Data API's legacy format (https://developers.google.com/youtube/v3/docs/errors) and the bare
// Status body of grpc-gateway (https://grpc-ecosystem.github.io/grpc-gateway/docs/mapping/customizing_your_gateway/).
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { readHeaders } from '../headers/headers.js';
import { google } from './google.js';

const json = { 'content-type': 'application/json; charset=UTF-8' };
const now = Date.UTC(2026, 0, 15, 8, 0, 0);

const FIELD_VIOLATIONS = {
  status: 400,
  headers: json,
  body: {
    error: {
      code: 400,
      message: 'Request contains an invalid argument.',
      status: 'INVALID_ARGUMENT',
      details: [
        {
          '@type': 'type.googleapis.com/google.rpc.BadRequest',
          fieldViolations: [
            { field: 'fullName', description: 'Full name must not be empty.', reason: 'REQUIRED' },
            {
              field: 'emailAddresses[1].email',
              description: 'Invalid email address.',
              localizedMessage: { locale: 'en-US', message: 'Enter a valid email address.' },
            },
          ],
        },
      ],
    },
  },
};

/** The YouTube Data API's legacy error item (docs/errors). */
const YOUTUBE_MISSING_FILTER = {
  domain: 'youtube.parameter',
  reason: 'missingRequiredParameter',
  message: 'No filter selected.',
  locationType: 'parameter',
  location: '',
};

const RETRY_INFO = {
  status: 503,
  headers: json,
  body: {
    error: {
      code: 503,
      message: 'The service is currently unavailable.',
      status: 'UNAVAILABLE',
      details: [
        { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2.5s' },
        {
          '@type': 'type.googleapis.com/google.rpc.RequestInfo',
          requestId: 'req-7f3a9c',
          servingData: '',
        },
      ],
    },
  },
};

describe('decodeError with google.rpc.Status', () => {
  it('reads the AIP-193 example: ErrorInfo reason as code, LocalizedMessage as message, Help as docs', () => {
    const localized =
      'An <e2-medium> VM instance with <local-ssd=3,nvidia-t4=2> is currently unavailable in the <us-east1-a> zone. Consider trying your request in the <us-central1-f,us-central1-c> zone(s), which currently has/have capacity to accommodate your request. Alternatively, you can try your request again with a different VM hardware configuration or at a later time. For more information, see the troubleshooting documentation.';
    const error = decodeError({
      status: 429,
      headers: json,
      body: {
        error: {
          code: 429,
          message:
            "The zone 'us-east1-a' does not have enough resources available to fulfill the request. Try a different zone, or try again later.",
          status: 'RESOURCE_EXHAUSTED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'RESOURCE_AVAILABILITY',
              domain: 'compute.googleapis.com',
              metadata: {
                zone: 'us-east1-a',
                vmType: 'e2-medium',
                attachment: 'local-ssd=3,nvidia-t4=2',
                zonesWithCapacity: 'us-central1-f,us-central1-c',
              },
            },
            {
              '@type': 'type.googleapis.com/google.rpc.LocalizedMessage',
              locale: 'en-US',
              message: localized,
            },
            {
              '@type': 'type.googleapis.com/google.rpc.Help',
              links: [
                {
                  description: 'Additional information on this error',
                  url: 'https://cloud.google.com/compute/docs/resource-error',
                },
              ],
            },
          ],
        },
      },
    });
    expect(error).toMatchObject({
      format: 'google',
      status: 429,
      kind: 'rate_limited',
      code: 'RESOURCE_AVAILABILITY',
      message: localized,
      docsUrl: 'https://cloud.google.com/compute/docs/resource-error',
      retryable: true,
    });
  });

  it('reads an invalid API key as unauthenticated although Google sends 400 INVALID_ARGUMENT', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        error: {
          code: 400,
          message: 'API key not valid. Please pass a valid API key.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.ErrorInfo',
              reason: 'API_KEY_INVALID',
              domain: 'googleapis.com',
              metadata: { service: 'translate.googleapis.com' },
            },
          ],
        },
      },
    });
    expect(error).toMatchObject({
      code: 'API_KEY_INVALID',
      kind: 'unauthenticated',
      message: 'API key not valid. Please pass a valid API key.',
    });
  });

  it('turns BadRequest field violations into field errors with JSON field paths', () => {
    const error = decodeError(FIELD_VIOLATIONS);
    expect(error).toMatchObject({ code: 'INVALID_ARGUMENT', kind: 'validation' });
    expect(error.fieldErrors).toEqual([
      { path: 'fullName', message: 'Full name must not be empty.', code: 'REQUIRED' },
      { path: 'emailAddresses.1.email', message: 'Enter a valid email address.' },
    ]);
  });

  it('reads RetryInfo as the wait and RequestInfo as the request id', () => {
    const error = decodeError(RETRY_INFO, { now });
    expect(error).toMatchObject({
      code: 'UNAVAILABLE',
      kind: 'unavailable',
      retryAfterMs: 2500,
      retryAt: now + 2500,
      requestId: 'req-7f3a9c',
    });
  });

  it('lets a Retry-After header win over RetryInfo', () => {
    const error = decodeError(
      {
        status: 429,
        headers: { ...json, 'retry-after': '30' },
        body: {
          error: {
            code: 429,
            message: 'Quota exceeded.',
            status: 'RESOURCE_EXHAUSTED',
            details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '12s' }],
          },
        },
      },
      { now },
    );
    expect(error.retryAfterMs).toBe(30_000);
  });

  it('reads the legacy errors[] format by its first reason', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        error: {
          errors: [YOUTUBE_MISSING_FILTER],
          code: 400,
          message: 'No filter selected.',
        },
      },
    });
    expect(error).toMatchObject({
      format: 'google',
      code: 'missingRequiredParameter',
      kind: 'bad_request',
      message: 'No filter selected.',
    });
  });

  it('reads a bare Status from grpc-gateway, keeping the numeric gRPC code as sent', () => {
    const error = decodeError({
      status: 404,
      headers: json,
      body: { code: 5, message: 'book "shelves/1/books/9" not found', details: [] },
    });
    expect(error).toMatchObject({ format: 'google', code: '5', kind: 'not_found' });
  });

  it('does not claim the generic nested envelope, whose code is a string', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        error: {
          code: 'invalid_parameters',
          message: "The 'role_id' field is required",
          details: { field: 'role_id', requirement: 'required' },
        },
      },
    });
    expect(error.format).toBe('generic');
  });

  it('does not claim a flat { code, message } body without details', () => {
    const error = decodeError({ status: 400, headers: json, body: { code: 3, message: 'Bad thing.' } });
    expect(error.format).toBe('generic');
  });

  it('survives details whose getters throw and durations of the wrong type', () => {
    const hostile = {};
    Object.defineProperty(hostile, '@type', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 429,
      headers: json,
      body: {
        error: {
          code: 429,
          message: 'Slow down.',
          status: 'RESOURCE_EXHAUSTED',
          details: [
            hostile,
            { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '-4s' },
            { '@type': 'type.googleapis.com/google.rpc.Help', links: 'https://example.com' },
          ],
        },
      },
    });
    expect(error).toMatchObject({ format: 'google', code: 'RESOURCE_EXHAUSTED', message: 'Slow down.' });
    expect(error.retryAfterMs).toBeUndefined();
    expect(error.docsUrl).toBeUndefined();
  });
});

describe('explainDecode on google.rpc.Status', () => {
  it('explains each field violation by its field and its (localized) message', () => {
    const explained = explainDecode(FIELD_VIOLATIONS);
    expect(explained.dialect).toBe('google');
    expect(explained.sources).toMatchObject({
      code: 'body:error.status',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.details.0.fieldViolations.0.field',
      'fieldErrors.0.message': 'body:error.details.0.fieldViolations.0.description',
      'fieldErrors.0.code': 'body:error.details.0.fieldViolations.0.reason',
      'fieldErrors.1.path': 'body:error.details.0.fieldViolations.1.field',
      'fieldErrors.1.message': 'body:error.details.0.fieldViolations.1.localizedMessage.message',
    });
  });

  it('explains the wait by RetryInfo and the request id by RequestInfo', () => {
    expect(explainDecode(RETRY_INFO, { now }).sources).toMatchObject({
      retryAfterMs: 'body:error.details.0.retryDelay',
      retryAt: 'body:error.details.0.retryDelay',
      requestId: 'body:error.details.1.requestId',
    });
  });
});

// What the dialect itself reads, without the readers that find a wait, a request id or a docs link
// anywhere in a body: a decoder for an app that only calls Google APIs.
const onlyGoogle = createDecoder({ dialects: [google] });
const context = { status: 400, headers: readHeaders({}, 0, {}) };

/**
 * The Gemini API's 429, as quoted in https://github.com/googleapis/python-genai/issues/1875 (the
 * message shortened there by its author): RetryInfo's retryDelay is the wait.
 */
const GEMINI_429 = {
  status: 429,
  headers: json,
  body: {
    error: {
      code: 429,
      message: 'You exceeded your current quota... Please retry in 53.016342224s.',
      status: 'RESOURCE_EXHAUSTED',
      details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '53s' }],
    },
  },
};

describe('a decoder with only the google dialect', () => {
  it('reads the wait from RetryInfo (Gemini’s 429) and the request id from RequestInfo', () => {
    expect(onlyGoogle.decode(GEMINI_429, { now })).toMatchObject({
      format: 'google',
      kind: 'rate_limited',
      code: 'RESOURCE_EXHAUSTED',
      retryAfterMs: 53_000,
      retryAt: now + 53_000,
    });
    expect(onlyGoogle.decode(RETRY_INFO, { now })).toMatchObject({
      retryAfterMs: 2500,
      requestId: 'req-7f3a9c',
    });
  });

  it('reads a retryDelay given as a google.protobuf.Duration object, as clients that decode the binary details pass it on', () => {
    // google/protobuf/duration.proto: int64 seconds (a string in JSON) and int32 nanos.
    const withDelay = (retryDelay: unknown) => ({
      ...GEMINI_429,
      body: {
        error: {
          ...GEMINI_429.body.error,
          details: [{ '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay }],
        },
      },
    });
    expect(onlyGoogle.decode(withDelay({ seconds: '41', nanos: 500_000_000 }), { now }).retryAfterMs).toBe(
      41_500,
    );
    expect(onlyGoogle.decode(withDelay({ seconds: 3 }), { now }).retryAfterMs).toBe(3000);
    expect(onlyGoogle.decode(withDelay({ seconds: 0, nanos: 250_000_000 }), { now }).retryAfterMs).toBe(250);
    expect(onlyGoogle.decode(withDelay({ seconds: -3 }), { now }).retryAfterMs).toBeUndefined();
    expect(onlyGoogle.decode(withDelay({ nanos: 500_000_000 }), { now }).retryAfterMs).toBeUndefined();
  });

  it('takes the first Help link that is http(s)', () => {
    // A SERVICE_DISABLED error's Help (https://cloud.google.com/apis/design/errors#error_details), with
    // a link without a url and one without a scheme put before its own.
    const error = onlyGoogle.decode({
      status: 403,
      headers: json,
      body: {
        error: {
          code: 403,
          message: 'Cloud Translation API has not been used in project 123 before or it is disabled.',
          status: 'PERMISSION_DENIED',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.Help',
              links: [
                { description: 'Google developers console API activation' },
                {
                  description: 'Console',
                  url: 'console.developers.google.com/apis/api/translate.googleapis.com',
                },
                {
                  description: 'Google developers console API activation',
                  url: 'https://console.developers.google.com/apis/api/translate.googleapis.com/overview?project=123',
                },
              ],
            },
          ],
        },
      },
    });
    expect(error.docsUrl).toBe(
      'https://console.developers.google.com/apis/api/translate.googleapis.com/overview?project=123',
    );
  });

  it('reads the reason and message of a legacy error that has no message of its own', () => {
    // The YouTube Data API's legacy list (docs/errors) without the top-level message.
    const error = onlyGoogle.decode({
      status: 400,
      headers: json,
      body: {
        error: {
          code: 400,
          errors: [YOUTUBE_MISSING_FILTER],
        },
      },
    });
    expect(error).toMatchObject({
      format: 'google',
      code: 'missingRequiredParameter',
      message: 'No filter selected.',
    });
  });

  it('recognizes a Status under error by its details when it has no status name', () => {
    // google/rpc/status.proto has code, message and details only: the status name is what Google’s HTTP
    // mapping adds (https://cloud.google.com/apis/design/errors#http_mapping), and other servers leave out.
    const body = { error: { code: 503, message: 'The service is currently unavailable.', details: [] } };
    expect(onlyGoogle.decode({ status: 503, headers: json, body }).format).toBe('google');
    expect(decodeError({ status: 503, headers: json, body }).format).toBe('google');
  });

  it('recognizes a bare Status by a gRPC code from 1 to 16, a message and details', () => {
    // grpc-gateway's mapping: codes.Unauthenticated (16) is 401, codes.Cancelled (1) is 499.
    const bare = (code: unknown, extra: Record<string, unknown> = {}) =>
      decodeError({
        status: 401,
        headers: json,
        body: { code, message: 'missing credentials', details: [], ...extra },
      }).format;
    expect(bare(16)).toBe('google');
    expect(bare(1)).toBe('google');
    for (const code of [0, 17, 2.5, -1, '16']) expect([code, bare(code)]).toEqual([code, 'generic']);
    expect(decodeError({ status: 401, headers: json, body: { code: 16, details: [] } }).format).toBe(
      'generic',
    );
  });

  it('leaves grpc-gateway v1’s body, whose error is the message as text, to the generic reader', () => {
    // grpc-gateway v1 runtime.errorBody: { error, code, message, details } (runtime/errors.go).
    const error = decodeError({
      status: 404,
      headers: json,
      body: { error: 'book not found', code: 5, message: 'book not found', details: [] },
    });
    expect(error).toMatchObject({ format: 'generic', kind: 'not_found', message: 'book not found' });
  });

  it('gives field errors only for violations that name a field and say something about it', () => {
    const reading = google.read(
      {
        error: {
          code: 400,
          message: 'Request contains an invalid argument.',
          status: 'INVALID_ARGUMENT',
          details: [
            {
              '@type': 'type.googleapis.com/google.rpc.BadRequest',
              fieldViolations: [
                { description: 'The request must name a parent.' },
                { field: 'fullName' },
                { field: 'fullName', description: 'Full name must not be empty.' },
              ],
            },
          ],
        },
      },
      context,
    );
    expect(reading.fieldErrors).toStrictEqual([
      { path: 'fullName', message: 'Full name must not be empty.' },
    ]);
  });

  it('reads no detail whose type only resembles a google.rpc type', () => {
    const reading = google.read(
      {
        error: {
          code: 400,
          message: 'Request contains an invalid argument.',
          status: 'INVALID_ARGUMENT',
          details: [{ '@type': 'type.googleapis.com/mycompany.google.rpc.ErrorInfo', reason: 'NOT_GOOGLE' }],
        },
      },
      context,
    );
    expect(reading.code).toBe('INVALID_ARGUMENT');
  });
});
