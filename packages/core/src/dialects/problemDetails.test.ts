// The problem dialect on its own, as an app that only talks to RFC 9457 APIs uses it
// (`createDecoder({ dialects: [problem] })`). Bodies from RFC 9457 § 3
// (https://www.rfc-editor.org/rfc/rfc9457#section-3), RFC 7807 § 3
// (https://www.rfc-editor.org/rfc/rfc7807#section-3), ASP.NET Core
// (https://learn.microsoft.com/aspnet/core/web-api/#default-badrequest-response and
// https://learn.microsoft.com/aspnet/core/web-api/#problem-details-for-error-status-codes), Spring Boot 3.4
// (https://github.com/spring-projects/spring-boot/issues/43458), Mailchimp
// (https://mailchimp.com/developer/marketing/docs/errors/), X
// (https://developer.twitter.com/en/docs/labs/tweets-and-users/error-codes) and Adyen
// (https://docs.adyen.com/errors), each cited where it is used.
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { ALL_READERS } from '../decode/readers.js';
import { readHeaders } from '../headers/headers.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import type { DecodeInput } from '../model/types.js';
import { INVALID_PARAMS, OUT_OF_CREDIT, POINTER_ERRORS } from '../test-utils/problemExamples.js';
import { problem } from './problemDetails.js';

const problemJson = { 'content-type': 'application/problem+json' };
const json = { 'content-type': 'application/json' };
const onlyProblem = createDecoder({ dialects: [problem] });

/** ASP.NET Core's problem details for a 404 (the docs print it with unquoted keys). */
const ASPNET_NOT_FOUND = {
  type: 'https://tools.ietf.org/html/rfc7231#section-6.5.4',
  title: 'Not Found',
  status: 404,
  traceId: '0HLHLV31KRN83:00000001',
};

/** X API Labs' "API Errors" example: a problem type, a reason and members of its own. */
const X_CLIENT_FORBIDDEN = {
  client_id: '16395995',
  type: 'https://api.twitter.com/labs/1/problems/client-forbidden',
  title: 'Client Forbidden',
  detail: 'This request must be made with a registered client. Please create an account and enroll in Labs.',
  reason: 'client-not-enrolled',
  registration_url: 'https://developer.twitter.com/en/account/labs',
};

/** Spring Boot 3.4 with `spring.mvc.problemdetails.enabled=true` (issue 43458). */
const SPRING_BAD_REQUEST = {
  type: 'about:blank',
  title: 'Bad Request',
  status: 400,
  detail: 'Validation failure',
  instance: '/info',
};

function decode(status: number, body: unknown, headers: DecodeInput['headers'] = problemJson) {
  return onlyProblem.decode({ status, headers, body });
}

describe('a decoder with only the problem dialect', () => {
  it('reads the out-of-credit example: detail as the message, the type URI as the docs link', () => {
    const error = decode(403, OUT_OF_CREDIT);
    expect(error).toMatchObject({
      format: 'problem',
      kind: 'forbidden',
      code: 'forbidden',
      message: 'Your current balance is 30, but that costs 50.',
      docsUrl: 'https://example.com/probs/out-of-credit',
      fieldErrors: [],
    });
    expect(error.details).toEqual(OUT_OF_CREDIT);
  });

  it('never shows the type URI as the code: the code comes from the kind, as decodeError gives it', () => {
    // Before, the problem dialect alone showed `https://example.com/probs/out-of-credit` as the code
    // while decodeError showed `forbidden` for the same response.
    const error = decode(403, OUT_OF_CREDIT);
    expect(error.code).toBe(decodeError({ status: 403, headers: problemJson, body: OUT_OF_CREDIT }).code);
    expect(decode(400, POINTER_ERRORS).code).toBe('validation');
  });

  it('shows the title when the problem has no detail', () => {
    expect(decode(422, POINTER_ERRORS).message).toBe('Your request is not valid.');
    expect(decode(404, ASPNET_NOT_FOUND).message).toBe('Not Found');
  });

  it('turns the RFC 9457 errors[].pointer into field paths and makes the error a validation error', () => {
    expect(decode(422, POINTER_ERRORS)).toMatchObject({
      kind: 'validation',
      fieldErrors: [
        { path: 'age', message: 'must be a positive integer' },
        { path: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
      ],
    });
  });

  it('turns the RFC 7807 invalid-params into field errors, so a 400 is a validation error', () => {
    expect(decode(400, INVALID_PARAMS)).toMatchObject({
      kind: 'validation',
      message: "Your request parameters didn't validate.",
      fieldErrors: [
        { path: 'age', message: 'must be a positive integer' },
        { path: 'color', message: "must be 'green', 'red' or 'blue'" },
      ],
    });
  });

  it('reads the field and message of Mailchimp’s errors list', () => {
    // https://mailchimp.com/developer/marketing/docs/errors/#error-glossary: 400 Invalid Resource,
    // "For field-specific details, see the 'errors' array", in the documented problem shape.
    const error = decode(400, {
      type: 'https://mailchimp.com/developer/marketing/docs/errors/',
      title: 'Invalid Resource',
      status: 400,
      detail:
        "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
      instance: '',
      errors: [
        {
          field: 'status',
          message:
            'Data presented is not one of the accepted values: subscribed, unsubscribed, cleaned, pending.',
        },
      ],
    });
    expect(error).toMatchObject({
      kind: 'validation',
      message:
        "The resource submitted could not be validated. For field-specific details, see the 'errors' array.",
      docsUrl: 'https://mailchimp.com/developer/marketing/docs/errors/',
      fieldErrors: [
        {
          path: 'status',
          message:
            'Data presented is not one of the accepted values: subscribed, unsubscribed, cleaned, pending.',
        },
      ],
    });
  });

  it('reads ASP.NET Core’s errors map, its "" key as an error of the whole form', () => {
    // The automatic 400 for an empty body (default-badrequest-response).
    const error = decode(400, {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: '|7fb5e16a-4c8f23bbfc974667.',
      errors: { '': ['A non-empty request body is required.'] },
    });
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'validation',
      message: 'One or more validation errors occurred.',
      fieldErrors: [{ path: '', message: 'A non-empty request body is required.' }],
    });
  });

  it('reads Adyen’s errorCode as the code', () => {
    // Reconstructed: the members and values of the "Invalid date format" example at
    // https://docs.adyen.com/errors (its invalidFields left out), with an errorCode from the validation
    // codes at https://docs.adyen.com/errors/validation (the example's own is not quoted here).
    const error = decode(422, {
      type: 'https://docs.adyen.com/errors/validation',
      title: 'The request is missing required fields or contains invalid data.',
      status: 422,
      detail: 'Invalid legal entity information provided',
      requestId: '1W3ZNX5TDKH29T0M',
      errorCode: '30_001',
    });
    expect(error).toMatchObject({
      code: '30_001',
      kind: 'validation',
      message: 'Invalid legal entity information provided',
      docsUrl: 'https://docs.adyen.com/errors/validation',
    });
  });

  it('reads a code extension member under any of its usual names, before the code of the kind', () => {
    for (const name of ['code', 'error_code', 'errorCode']) {
      const body = { ...X_CLIENT_FORBIDDEN, [name]: 'client-not-enrolled' };
      expect([name, decode(403, body).code]).toEqual([name, 'client-not-enrolled']);
    }
    // `code` first, as the generic reader reads it.
    expect(decode(403, { ...X_CLIENT_FORBIDDEN, errorCode: 'second', code: 'first' }).code).toBe('first');
  });

  it('gives no docs link for about:blank (Spring’s ProblemDetail) and shows its detail', () => {
    const error = decode(400, SPRING_BAD_REQUEST);
    expect(error).toMatchObject({ format: 'problem', code: 'bad_request', message: 'Validation failure' });
    expect(error.docsUrl).toBeUndefined();
  });

  it('reads the field errors of items that name their field by field, name or path, and their message by message or reason', () => {
    // Validation extensions seen beside RFC 9457's pointer: `field` (Mailchimp), `name` (RFC 7807),
    // `path`; `invalid-params` items that point (`pointer`) or name a `field`.
    const error = decode(422, {
      ...POINTER_ERRORS,
      errors: [
        { name: 'age', reason: 'must be a positive integer', code: 'range' },
        { path: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
      ],
      'invalid-params': [
        { pointer: '/email', reason: 'is not an email address' },
        { field: 'name', reason: 'is required' },
      ],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'age', message: 'must be a positive integer', code: 'range' },
      { path: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
      { path: 'email', message: 'is not an email address' },
      { path: 'name', message: 'is required' },
    ]);
  });

  it('takes an item’s pointer before its other names and its detail before its message', () => {
    const error = decode(422, {
      ...POINTER_ERRORS,
      errors: [{ pointer: '#/age', field: 'years', detail: 'must be a positive integer', message: 'bad' }],
    });
    expect(error.fieldErrors).toEqual([{ path: 'age', message: 'must be a positive integer' }]);
  });

  it('reads a pointer to the whole document as an error of the form', () => {
    const error = decode(422, { ...POINTER_ERRORS, errors: [{ detail: 'must be an object', pointer: '#' }] });
    expect(error.fieldErrors).toEqual([{ path: '', message: 'must be an object' }]);
  });

  it('leaves out items that name no field or have no message', () => {
    const body = {
      ...POINTER_ERRORS,
      errors: [{ detail: 'must be a positive integer' }, { pointer: '#/age' }, null, 'oops'],
    };
    expect(decode(422, body)).toMatchObject({ kind: 'validation', fieldErrors: [] });
    const context = { status: 422, headers: readHeaders(problemJson, 0, {}) };
    expect(problem.read(body, context).fieldErrors).toStrictEqual([]);
    expect(problem.read(POINTER_ERRORS, context).fieldErrors).toStrictEqual([
      { path: 'age', message: 'must be a positive integer' },
      { path: 'profile.color', message: "must be 'green', 'red' or 'blue'" },
    ]);
  });

  it('reads the documented problem documents as decodeError does when given every reader', () => {
    const allParts = createDecoder({ dialects: [problem], readers: ALL_READERS });
    const cases: [number, unknown][] = [
      [403, OUT_OF_CREDIT],
      [422, POINTER_ERRORS],
      [400, INVALID_PARAMS],
      [404, ASPNET_NOT_FOUND],
      [400, SPRING_BAD_REQUEST],
    ];
    for (const [status, body] of cases) {
      const input = { status, headers: problemJson, body };
      const { format, ...ours } = allParts.decode(input, { now: 0 }).toJSON();
      const { format: generic, ...theirs } = decodeError(input, { now: 0 }).toJSON();
      expect([format, generic]).toEqual(['problem', 'generic']);
      expect(ours).toEqual(theirs);
    }
    // An API's own member is the generic reader's alone (README): X's `reason` is decodeError's code.
    const x = { status: 403, headers: problemJson, body: X_CLIENT_FORBIDDEN };
    expect(allParts.decode(x).code).toBe('forbidden');
    expect(decodeError(x).code).toBe('client-not-enrolled');
  });
});

describe('which bodies the problem dialect reads', () => {
  it('reads any JSON object sent as application/problem+json, whatever members it has', () => {
    const error = decode(409, { balance: 30 });
    expect(error).toMatchObject({ format: 'problem', kind: 'conflict', message: DEFAULT_MESSAGES.conflict });
    expect(error.details).toEqual({ balance: 30 });
  });

  it('recognizes problem details sent as plain JSON by their members', () => {
    // Each has a type or a title and one more member of a problem: a status, a detail, an instance,
    // errors or invalid-params.
    const recognized: [string, unknown][] = [
      ['type, title and status (ASP.NET Core)', ASPNET_NOT_FOUND],
      ['type, title and detail (X)', X_CLIENT_FORBIDDEN],
      ['type, title and errors (RFC 9457)', POINTER_ERRORS],
      ['type, title and invalid-params (RFC 7807)', INVALID_PARAMS],
      ['type, title and instance (RFC 9457 without its detail)', { ...OUT_OF_CREDIT, detail: undefined }],
      ['no type (RFC 9457 § 3.1.1: about:blank is then meant)', { ...SPRING_BAD_REQUEST, type: undefined }],
      ['no title (RFC 9457 § 3.1.3: it is advisory)', { ...ASPNET_NOT_FOUND, title: undefined }],
    ];
    for (const [name, body] of recognized)
      expect([name, decode(400, body, json).format]).toEqual([name, 'problem']);
  });

  it('leaves bodies of other APIs to the status when they are not labelled problem+json', () => {
    const others: [string, unknown][] = [
      // https://www.django-rest-framework.org/api-guide/exceptions/: a detail, no type or title.
      ['Django REST framework', { detail: "Method 'DELETE' not allowed." }],
      // https://docs.github.com/rest/overview/resources-in-the-rest-api#client-errors
      ['GitHub', { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' }],
      // https://docs.anthropic.com/en/api/errors#error-shapes: a type beside an error object.
      [
        'Anthropic',
        {
          type: 'error',
          error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
          request_id: 'req_011CSHoEeqs5C35K2UUqR7Fy',
        },
      ],
      // OpenAI's Responses WebSocket error event (`BetaResponseWsError` in OpenAI's OpenAPI document:
      // type "error", the HTTP status and an error object), relayed as a body: an error object is no problem.
      [
        'OpenAI',
        { type: 'error', status: 400, error: { type: 'invalid_request_error', message: 'Invalid model.' } },
      ],
      // A type and a title with nothing else of a problem.
      [
        'a title alone',
        { type: 'https://example.com/probs/out-of-credit', title: 'You do not have enough credit.' },
      ],
    ];
    for (const [name, body] of others) expect([name, decode(400, body, json).format]).toEqual([name, 'http']);
  });

  it('leaves a list or a text labelled problem+json to the status', () => {
    expect(decode(400, [POINTER_ERRORS]).format).toBe('http');
    expect(decode(503, 'Service Unavailable').format).toBe('http');
  });
});
