// Examples from RFC 9457 § 3 (https://www.rfc-editor.org/rfc/rfc9457#section-3), RFC 7807 § 3
// (https://www.rfc-editor.org/rfc/rfc7807#section-3) and ASP.NET Core's automatic 400 response
// (https://learn.microsoft.com/aspnet/core/web-api/#automatic-http-400-responses).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import {
  INVALID_PARAMS,
  OUT_OF_CREDIT as OUT_OF_CREDIT_BODY,
  POINTER_ERRORS as POINTER_ERRORS_BODY,
} from '../test-utils/problemExamples.js';

const problemJson = { 'content-type': 'application/problem+json', 'content-language': 'en' };

const OUT_OF_CREDIT = { status: 403, headers: problemJson, body: OUT_OF_CREDIT_BODY };
const POINTER_ERRORS = { status: 422, headers: problemJson, body: POINTER_ERRORS_BODY };

describe('decodeError with RFC 9457 problem details', () => {
  it('reads the out-of-credit example: detail as message, the type URI as docs link and never as a code', () => {
    const error = decodeError(OUT_OF_CREDIT);
    expect(error).toMatchObject({
      format: 'generic',
      status: 403,
      kind: 'forbidden',
      code: 'forbidden',
      message: 'Your current balance is 30, but that costs 50.',
      docsUrl: 'https://example.com/probs/out-of-credit',
      fieldErrors: [],
    });
    expect(error.details).toMatchObject({ balance: 30 });
  });

  it('turns the validation example’s errors[].pointer into field paths', () => {
    const error = decodeError(POINTER_ERRORS);
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      code: 'validation',
      message: 'Your request is not valid.',
      fieldErrors: [
        { path: 'age', message: 'must be a positive integer' },
        { path: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
      ],
    });
  });

  it('reads RFC 7807 invalid-params and makes a 400 a validation error', () => {
    const error = decodeError({ status: 400, headers: problemJson, body: INVALID_PARAMS });
    expect(error.kind).toBe('validation');
    expect(error.message).toBe("Your request parameters didn't validate.");
    expect(error.fieldErrors).toEqual([
      { path: 'age', message: 'must be a positive integer' },
      { path: 'color', message: "must be 'green', 'red' or 'blue'" },
    ]);
  });

  it('reads ASP.NET Core ValidationProblemDetails: errors map, "" as form-level, traceId as request id', () => {
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'application/problem+json; charset=utf-8' },
      body: {
        type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
        title: 'One or more validation errors occurred.',
        status: 400,
        traceId: '|7fb5e16a-4c8f23bbfc974667.',
        errors: { '': ['A non-empty request body is required.'] },
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      message: 'One or more validation errors occurred.',
      requestId: '|7fb5e16a-4c8f23bbfc974667.',
      fieldErrors: [{ path: '', message: 'A non-empty request body is required.' }],
    });
  });

  it('reads a W3C traceId of ASP.NET Core as the trace id too, and keeps it as the request id', () => {
    // ASP.NET Core 8's default problem details for `return BadRequest();`, as shown in
    // https://ravindradevrani.com/posts/problem-details-in-dotnet/ (the Activity id is W3C since .NET 5).
    const error = decodeError({
      status: 400,
      headers: problemJson,
      body: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'Bad Request',
        status: 400,
        traceId: '00-2d4948694b0f223f7f5dff215b42481b-0288bb95d7604783-00',
      },
    });
    expect(error.requestId).toBe('00-2d4948694b0f223f7f5dff215b42481b-0288bb95d7604783-00');
    expect(error.traceId).toBe('2d4948694b0f223f7f5dff215b42481b');
  });

  it("reads no trace id from a traceId that is not W3C: hierarchical ids and the docs' shortened one", () => {
    // https://learn.microsoft.com/aspnet/core/web-api/handle-errors#default-problem-details-response
    // prints a parent id of 6 digits, which no W3C reader accepts.
    for (const traceId of ['|7fb5e16a-4c8f23bbfc974667.', '00-84c1fd4063c38d9f3900d06e56542d48-85d1d4-00']) {
      const error = decodeError({
        status: 400,
        headers: problemJson,
        body: {
          type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
          title: 'Bad Request',
          status: 400,
          traceId,
        },
      });
      expect(error.requestId).toBe(traceId);
      expect(error.traceId).toBeUndefined();
    }
  });

  it('converts ASP.NET model-state keys such as $.items[0].name to dotted paths', () => {
    const error = decodeError({
      status: 400,
      headers: problemJson,
      body: {
        title: 'One or more validation errors occurred.',
        status: 400,
        errors: { '$.items[0].name': ['The JSON value could not be converted.'], Email: ['Required.'] },
      },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'items.0.name', message: 'The JSON value could not be converted.' },
      { path: 'Email', message: 'Required.' },
    ]);
  });

  it('gives no code or docs link for about:blank and falls back to the title', () => {
    const error = decodeError({
      status: 404,
      headers: problemJson,
      body: { type: 'about:blank', title: 'Not Found', status: 404 },
    });
    expect(error).toMatchObject({
      format: 'generic',
      code: 'not_found',
      kind: 'not_found',
      message: DEFAULT_MESSAGES.not_found,
    });
    expect(error.docsUrl).toBeUndefined();
  });

  it('prefers a code extension member to the type URI', () => {
    const error = decodeError({
      status: 429,
      headers: problemJson,
      body: {
        type: 'https://api.example.com/problems/rate-limited',
        title: 'Too many requests',
        detail: 'You sent too many requests.',
        code: 'RATE_LIMIT_EXCEEDED',
      },
    });
    expect(error.code).toBe('RATE_LIMIT_EXCEEDED');
    expect(error.docsUrl).toBe('https://api.example.com/problems/rate-limited');
  });

  it('recognizes a problem sent as plain application/json by its members', () => {
    const error = decodeError({
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
      },
    });
    expect(error.format).toBe('generic');
  });

  it('keeps a type that is not http(s) out of the docs link', () => {
    const error = decodeError({
      status: 400,
      headers: problemJson,
      body: { type: 'javascript:alert(1)', title: 'Bad', detail: 'Bad input.' },
    });
    expect(error.docsUrl).toBeUndefined();
    expect(error.code).toBe('bad_request');
  });

  it('does not claim a Django REST framework detail body, which has no type or title', () => {
    const error = decodeError({
      status: 405,
      headers: { 'content-type': 'application/json' },
      body: { detail: "Method 'DELETE' not allowed." },
    });
    expect(error.format).not.toBe('problem');
  });

  it('survives members whose getters throw and values of the wrong type', () => {
    const body = {
      type: 42,
      title: 'Your request is not valid.',
      errors: [{ pointer: ['#/age'], detail: { nested: true } }, null, 'oops'],
      'invalid-params': 'nope',
    };
    Object.defineProperty(body, 'detail', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({ status: 422, headers: problemJson, body });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      message: 'Your request is not valid.',
    });
    expect(error.fieldErrors).toEqual([]);
  });
});

describe('explainDecode on problem details', () => {
  it('explains the out-of-credit example: detail as the message, type as the docs link, the code from the status', () => {
    expect(explainDecode(OUT_OF_CREDIT).sources).toMatchObject({
      kind: 'status',
      code: 'status',
      message: 'body:detail',
      docsUrl: 'body:type',
    });
  });

  it('explains each field error of the validation example by its pointer and detail', () => {
    expect(explainDecode(POINTER_ERRORS).sources).toMatchObject({
      message: 'body:title',
      'fieldErrors.0.path': 'body:errors.0.pointer',
      'fieldErrors.0.message': 'body:errors.0.detail',
      'fieldErrors.1.path': 'body:errors.1.pointer',
      'fieldErrors.1.message': 'body:errors.1.detail',
    });
  });
});
