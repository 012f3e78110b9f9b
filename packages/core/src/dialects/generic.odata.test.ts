// Examples from the Microsoft REST API Guidelines, error condition responses
// (https://github.com/microsoft/api-guidelines/blob/vNext/Guidelines.md#7102-error-condition-responses),
// OData JSON Format v4.01 § 21 "Error Response"
// (https://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html#sec_ErrorResponse)
// and Microsoft Graph's error responses (https://learn.microsoft.com/graph/errors).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const json = { 'content-type': 'application/json' };

const DETAILS_TARGETS = {
  status: 400,
  headers: json,
  body: {
    error: {
      code: 'BadArgument',
      message: 'Multiple errors in ContactInfo data',
      target: 'ContactInfo',
      details: [
        { code: 'NullValue', target: 'PhoneNumber', message: 'Phone number must not be null' },
        { code: 'NullValue', target: 'LastName', message: 'Last name must not be null' },
        { code: 'MalformedValue', target: 'Address', message: 'Address is not valid' },
      ],
    },
  },
};

const GRAPH_INNER_ERROR = {
  status: 401,
  headers: json,
  body: {
    error: {
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
      innerError: {
        date: '2019-10-24T20:44:52',
        'request-id': '1e8b2c3d-1f0a-4a7c-9b1e-2d3c4b5a6f70',
        'client-request-id': '7f9a8b6c-5d4e-3f2a-1b0c-9d8e7f6a5b4c',
      },
    },
  },
};

describe('decodeError with Microsoft REST / OData errors', () => {
  it('reads the guidelines’ details example: each detail target is a field', () => {
    const error = decodeError(DETAILS_TARGETS);
    expect(error).toMatchObject({
      format: 'generic',
      code: 'BadArgument',
      kind: 'validation',
      message: 'Multiple errors in ContactInfo data',
      fieldErrors: [
        { path: 'PhoneNumber', message: 'Phone number must not be null', code: 'NullValue' },
        { path: 'LastName', message: 'Last name must not be null', code: 'NullValue' },
        { path: 'Address', message: 'Address is not valid', code: 'MalformedValue' },
      ],
    });
    // What the API said beyond the model: the error's own details.
    expect(error.details).toEqual(DETAILS_TARGETS.body.error.details);
  });

  it('reads the guidelines’ innererror example: the target is the field, the chain stays in details', () => {
    const innererror = {
      code: 'PasswordError',
      innererror: {
        code: 'PasswordDoesNotMeetPolicy',
        minLength: '6',
        maxLength: '64',
        characterTypes: ['lowerCase', 'upperCase', 'number', 'symbol'],
        minDistinctCharacterTypes: '2',
        innererror: { code: 'PasswordReuseNotAllowed' },
      },
    };
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        error: {
          code: 'BadArgument',
          message: 'Previous passwords may not be reused',
          target: 'password',
          innererror,
        },
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      code: 'BadArgument',
      kind: 'validation',
      fieldErrors: [
        { path: 'password', message: 'Previous passwords may not be reused', code: 'BadArgument' },
      ],
    });
    expect(error.details).toEqual(innererror);
  });

  it('reads the OData 4.01 example without making a query option a form field', () => {
    const error = decodeError({
      status: 501,
      headers: json,
      body: {
        error: {
          code: 'err123',
          message: 'Unsupported functionality',
          target: 'query',
          details: [{ code: 'forty-two', target: '$search', message: '$search query option not supported' }],
          innererror: { trace: [], context: {} },
        },
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      code: 'err123',
      kind: 'not_implemented',
      message: 'Unsupported functionality',
      fieldErrors: [],
    });
  });

  it('keeps targets out of field errors when the status is not a form status', () => {
    const error = decodeError({
      status: 409,
      headers: json,
      body: { error: { code: 'Conflict', message: 'The name is taken.', target: 'name', details: [] } },
    });
    expect(error).toMatchObject({ format: 'generic', kind: 'conflict', fieldErrors: [] });
  });

  it('reads Microsoft Graph’s innerError request-id as the request id', () => {
    const error = decodeError(GRAPH_INNER_ERROR);
    expect(error).toMatchObject({
      format: 'generic',
      code: 'InvalidAuthenticationToken',
      kind: 'unauthenticated',
      requestId: '1e8b2c3d-1f0a-4a7c-9b1e-2d3c4b5a6f70',
    });
  });

  it('reads OData v2/v3 `odata.error` with a { lang, value } message', () => {
    const error = decodeError({
      status: 404,
      headers: json,
      body: {
        'odata.error': { code: '', message: { lang: 'en-US', value: 'Resource not found for the segment.' } },
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'not_found',
      message: 'Resource not found for the segment.',
    });
  });

  it('does not claim the generic nested envelope, whose details is an object', () => {
    const error = decodeError({
      status: 429,
      headers: json,
      body: {
        error: {
          code: 'rate_limit_exceeded',
          message: 'API rate limit exceeded. Please wait 60 seconds before retrying.',
          details: { limit: 100, window: '1 minute', retry_after: 60 },
        },
      },
    });
    expect(error.format).toBe('generic');
  });

  it('survives details whose getters throw and targets of the wrong type', () => {
    const hostile = { code: 'NullValue', message: 'Nope' };
    Object.defineProperty(hostile, 'target', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        error: {
          code: 'BadArgument',
          message: 'Bad data',
          details: [hostile, { target: 5, message: 'x' }, null],
        },
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      code: 'BadArgument',
      message: 'Bad data',
      fieldErrors: [],
    });
  });
});

describe('explainDecode on Microsoft REST / OData errors', () => {
  it('explains each detail’s target as a field', () => {
    expect(explainDecode(DETAILS_TARGETS).sources).toMatchObject({
      code: 'body:error.code',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.details.0.target',
      'fieldErrors.0.message': 'body:error.details.0.message',
    });
  });

  it('explains Microsoft Graph’s request id by its innerError member', () => {
    expect(explainDecode(GRAPH_INNER_ERROR).sources).toMatchObject({
      code: 'body:error.code',
      message: 'body:error.message',
      requestId: 'body:error.innerError.request-id',
    });
  });
});
