// Examples from the DynamoDB developer guide's error responses
// (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html), the Smithy
// AWS JSON protocol's error shape rules (https://smithy.io/2.0/aws/protocols/aws-json-1_1-protocol.html#operation-error-serialization)
// and Smithy's ValidationException (https://smithy.io/2.0/additional-specs/constraint-traits.html).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const DYNAMODB = {
  status: 400,
  headers: {
    'x-amzn-RequestId': 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG',
    'Content-Type': 'application/x-amz-json-1.0',
    'Content-Length': '240',
    Date: 'Thu, 15 Mar 2012 23:56:23 GMT',
  },
  body: '{"__type":"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException","message":"Requested resource not found: Table: tablename not found"}',
};

const FIELD_LIST = {
  status: 400,
  headers: { 'content-type': 'application/json' },
  body: {
    __type: 'smithy.framework#ValidationException',
    message: '1 validation error detected. Value at /name failed to satisfy constraint.',
    fieldList: [
      { path: '/name', message: 'Value at /name failed to satisfy constraint: Member must not be null' },
    ],
  },
};

describe('decodeError with AWS JSON protocol errors', () => {
  it('reads the DynamoDB example: the shape name after # as code, x-amzn-RequestId as request id', () => {
    const error = decodeError(DYNAMODB);
    expect(error).toMatchObject({
      format: 'generic',
      status: 400,
      code: 'ResourceNotFoundException',
      kind: 'not_found',
      message: 'Requested resource not found: Table: tablename not found',
      requestId: 'LDM6CJP8RMQ1FHKSC1RBVJFPNVV4KQNSO5AEMF66Q9ASUAAJG',
    });
  });

  it('drops the :url suffix and reads Message with a capital M', () => {
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: {
        __type: 'ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
        Message: '1 validation error detected',
      },
    });
    expect(error).toMatchObject({
      code: 'ValidationException',
      kind: 'validation',
      message: '1 validation error detected',
    });
  });

  it('reads a throttled request as rate limited', () => {
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'application/x-amz-json-1.1' },
      body: { __type: 'aws.protocoltests.restjson#ThrottlingException', message: 'Rate exceeded' },
    });
    expect(error).toMatchObject({ code: 'ThrottlingException', kind: 'rate_limited', retryable: true });
  });

  it('takes the code from X-Amzn-ErrorType when the body has no __type', () => {
    const error = decodeError({
      status: 403,
      headers: {
        'content-type': 'application/json',
        'x-amzn-ErrorType': 'AccessDeniedException:http://internal',
      },
      body: { message: 'User is not authorized to access this resource' },
    });
    expect(error).toMatchObject({ format: 'generic', code: 'AccessDeniedException', kind: 'forbidden' });
  });

  it('turns a ValidationException fieldList into field errors', () => {
    const error = decodeError(FIELD_LIST);
    expect(error.fieldErrors).toEqual([
      { path: 'name', message: 'Value at /name failed to satisfy constraint: Member must not be null' },
    ]);
  });

  it('does not claim a plain { message } body without the AWS error header', () => {
    const error = decodeError({
      status: 403,
      headers: { 'content-type': 'application/json' },
      body: { message: 'Forbidden' },
    });
    expect(error.format).not.toBe('aws');
  });

  it('survives a __type getter that throws and a fieldList of the wrong type', () => {
    const body: Record<string, unknown> = { message: 'Bad', fieldList: 'nope' };
    Object.defineProperty(body, '__type', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 400,
      headers: { 'content-type': 'application/json', 'x-amzn-errortype': 'SerializationException' },
      body,
    });
    expect(error).toMatchObject({
      format: 'generic',
      code: 'SerializationException',
      message: 'Bad',
      fieldErrors: [],
    });
  });
});

describe('explainDecode on AWS JSON protocol errors', () => {
  it('explains the DynamoDB example: the code from __type, the request id from its header', () => {
    expect(explainDecode(DYNAMODB).sources).toMatchObject({
      code: 'body:__type',
      message: 'body:message',
      requestId: 'header:x-amzn-requestid',
    });
  });

  it('explains each field error of a ValidationException fieldList', () => {
    expect(explainDecode(FIELD_LIST).sources).toMatchObject({
      'fieldErrors.0.path': 'body:fieldList.0.path',
      'fieldErrors.0.message': 'body:fieldList.0.message',
    });
  });
});
