// Examples from the GraphQL specification's response errors section
// (https://spec.graphql.org/October2021/#sec-Errors) and Apollo Server's error handling guide
// (https://www.apollographql.com/docs/apollo-server/data/errors).
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { readHeaders } from '../headers/headers.js';
import { graphql } from './graphql.js';

const json = { 'content-type': 'application/json' };

const SPEC_FIELD_ERROR = {
  status: 200,
  headers: json,
  body: {
    errors: [
      {
        message: 'Name for character with ID 1002 could not be fetched.',
        locations: [{ line: 6, column: 7 }],
        path: ['hero', 'heroFriends', 1, 'name'],
      },
    ],
    data: {
      hero: {
        name: 'R2-D2',
        heroFriends: [
          { id: '1000', name: 'Luke Skywalker' },
          { id: '1002', name: null },
          { id: '1003', name: 'Leia Organa' },
        ],
      },
    },
  },
};

const BAD_USER_INPUT = {
  status: 200,
  headers: json,
  body: {
    errors: [
      { message: 'Invalid argument value', extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' } },
    ],
    data: { userWithID: null },
  },
};

describe('decodeError with GraphQL errors', () => {
  it('reads the spec’s field error sent with 200 and partial data as a server-side failure', () => {
    const error = decodeError(SPEC_FIELD_ERROR);
    expect(error).toMatchObject({
      format: 'graphql',
      status: 200,
      kind: 'server',
      code: 'server',
      message: 'Name for character with ID 1002 could not be fetched.',
      fieldErrors: [],
    });
  });

  it('reads the spec’s extensions.code as the code', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: {
        errors: [
          {
            message: 'Name for character with ID 1002 could not be fetched.',
            locations: [{ line: 6, column: 7 }],
            path: ['hero', 'heroFriends', 1, 'name'],
            extensions: { code: 'CAN_NOT_FETCH_BY_ID', timestamp: 'Fri Feb 9 14:33:09 UTC 2018' },
          },
        ],
      },
    });
    expect(error).toMatchObject({ format: 'graphql', code: 'CAN_NOT_FETCH_BY_ID' });
  });

  it('reads Apollo’s GRAPHQL_VALIDATION_FAILED as a bad request', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        errors: [
          {
            message: 'Cannot query field "__typenam" on type "Query".',
            locations: [{ line: 1, column: 2 }],
            extensions: {
              code: 'GRAPHQL_VALIDATION_FAILED',
              stacktrace: ['GraphQLError: Cannot query field "__typenam" on type "Query".'],
            },
          },
        ],
      },
    });
    expect(error).toMatchObject({
      code: 'GRAPHQL_VALIDATION_FAILED',
      kind: 'bad_request',
      message: 'Cannot query field "__typenam" on type "Query".',
    });
  });

  it('takes the kind from the code when the server answers 200', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: {
        errors: [{ message: 'You must be signed in.', extensions: { code: 'UNAUTHENTICATED' } }],
        data: null,
      },
    });
    expect(error.kind).toBe('unauthenticated');
  });

  it('turns Apollo’s BAD_USER_INPUT argumentName into a field error', () => {
    const error = decodeError(BAD_USER_INPUT);
    expect(error).toMatchObject({
      code: 'BAD_USER_INPUT',
      kind: 'validation',
      fieldErrors: [{ path: 'id', message: 'Invalid argument value', code: 'BAD_USER_INPUT' }],
    });
  });

  it('turns the invalidArgs list of Apollo’s UserInputError into field errors', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: {
        errors: [
          {
            message: 'Form Arguments invalid',
            extensions: { code: 'BAD_USER_INPUT', invalidArgs: ['email', 'password'] },
          },
        ],
      },
    });
    expect(error.fieldErrors.map((fe) => fe.path)).toEqual(['email', 'password']);
  });

  it('does not read argument names of errors that are not about user input', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: {
        errors: [{ message: 'User not found', extensions: { code: 'NOT_FOUND', argumentName: 'id' } }],
        data: { user: null },
      },
    });
    expect(error).toMatchObject({ kind: 'not_found', fieldErrors: [] });
  });

  it('reads an error without data or code as a request that never ran', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: {
        errors: [
          { message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 8 }] },
        ],
      },
    });
    expect(error.kind).toBe('bad_request');
  });

  it('writes a numeric extensions.code as a string', () => {
    const error = decodeError({
      status: 200,
      headers: json,
      body: { errors: [{ message: 'Quota exceeded.', extensions: { code: 4029 } }], data: null },
    });
    expect(error.code).toBe('4029');
  });

  it('does not claim a JSON:API document, whose error objects have no message', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: {
        errors: [
          { title: 'Invalid Attribute', detail: 'First name must contain at least three characters.' },
        ],
      },
    });
    expect(error.format).toBe('generic');
  });

  it('survives errors whose extensions throw and whose members have the wrong types', () => {
    const first = { message: 'Something failed.' };
    Object.defineProperty(first, 'extensions', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 200,
      headers: json,
      body: { errors: [first, { message: 42, extensions: 'x' }, null], data: {} },
    });
    expect(error).toMatchObject({ format: 'graphql', message: 'Something failed.', kind: 'server' });
  });
});

describe('explainDecode on GraphQL errors', () => {
  it('explains a 200 with partial data as the dialect’s own kind', () => {
    const explained = explainDecode(SPEC_FIELD_ERROR);
    expect(explained.dialect).toBe('graphql');
    expect(explained.sources).toMatchObject({ kind: 'dialect:graphql', message: 'body:errors.0.message' });
  });

  it('explains BAD_USER_INPUT: the code, the kind it gives and the field from argumentName', () => {
    expect(explainDecode(BAD_USER_INPUT).sources).toMatchObject({
      kind: 'body:errors.0.extensions.code',
      code: 'body:errors.0.extensions.code',
      message: 'body:errors.0.message',
      'fieldErrors.0.path': 'body:errors.0.extensions.argumentName',
      'fieldErrors.0.message': 'body:errors.0.message',
      'fieldErrors.0.code': 'body:errors.0.extensions.code',
    });
  });
});

// What the dialect itself reads, without the readers that look for request ids and code words
// anywhere: a decoder for an app that only calls a GraphQL API.
const onlyGraphql = createDecoder({ dialects: [graphql] });
const context = { status: 200, headers: readHeaders({}, 0, {}) };

describe('a decoder with only the graphql dialect', () => {
  it('reads the request id Shopify puts in the first error’s extensions', () => {
    // https://shopify.dev/changelog/improved-graphql-errors
    const error = onlyGraphql.decode({
      status: 200,
      headers: json,
      body: {
        errors: [
          {
            message: 'Internal error. Looks like something went wrong on our end.',
            extensions: { code: 'INTERNAL_SERVER_ERROR', requestId: 'd2f47302-8559-4961-9a5b-3de60172aa29' },
          },
        ],
      },
    });
    expect(error).toMatchObject({
      format: 'graphql',
      code: 'INTERNAL_SERVER_ERROR',
      requestId: 'd2f47302-8559-4961-9a5b-3de60172aa29',
      message: 'Internal error. Looks like something went wrong on our end.',
    });
  });

  it('keeps the kind of a 4xx status: only a 200 leaves the kind to the body', () => {
    // Adobe Commerce's 401 for a customer query without a valid token, with its partial data
    // (https://developer.adobe.com/commerce/webapi/graphql/usage/api-response/).
    const unauthenticated = onlyGraphql.decode({
      status: 401,
      headers: json,
      body: {
        errors: [
          {
            message: "The current customer isn't authorized.",
            locations: [{ line: 2, column: 3 }],
            path: ['customer'],
            extensions: { category: 'graphql-authorization' },
          },
        ],
        data: { customer: null },
      },
    });
    expect(unauthenticated.kind).toBe('unauthenticated');
    // A 400 is a bad request even when the body has data, which at 200 would mean a failure while resolving.
    const withData = {
      errors: [{ message: 'Name for character with ID 1002 could not be fetched.' }],
      data: {},
    };
    expect(onlyGraphql.decode({ status: 400, headers: json, body: withData }).kind).toBe('bad_request');
    expect(onlyGraphql.decode({ status: 200, headers: json, body: withData }).kind).toBe('server');
    expect(onlyGraphql.decode({ status: 399, headers: json, body: withData }).kind).toBe('server');
  });

  it('names an input by extensions.field, once when argumentName and invalidArgs name it again', () => {
    const error = onlyGraphql.decode({
      status: 200,
      headers: json,
      body: {
        errors: [
          {
            message: 'Invalid argument value',
            extensions: {
              code: 'BAD_USER_INPUT',
              field: 'email',
              argumentName: 'email',
              invalidArgs: ['email', 'password'],
            },
          },
        ],
      },
    });
    expect(error.fieldErrors).toStrictEqual([
      { path: 'email', message: 'Invalid argument value', code: 'BAD_USER_INPUT' },
      { path: 'password', message: 'Invalid argument value', code: 'BAD_USER_INPUT' },
    ]);
    const byField = graphql.read(
      {
        errors: [
          { message: 'Invalid argument value', extensions: { code: 'BAD_USER_INPUT', field: 'email' } },
        ],
      },
      context,
    );
    expect(byField.fieldErrors).toStrictEqual([
      { path: 'email', message: 'Invalid argument value', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('names inputs only by name: a number in invalidArgs is no input', () => {
    const reading = graphql.read(
      {
        errors: [
          {
            message: 'Form Arguments invalid',
            extensions: { code: 'BAD_USER_INPUT', invalidArgs: [0, 'email'] },
          },
        ],
      },
      context,
    );
    expect(reading.fieldErrors).toStrictEqual([
      { path: 'email', message: 'Form Arguments invalid', code: 'BAD_USER_INPUT' },
    ]);
  });

  it('gives no field errors for errors that name no input', () => {
    expect(graphql.read(SPEC_FIELD_ERROR.body, context).fieldErrors).toStrictEqual([]);
    const noName = {
      errors: [{ message: 'Invalid argument value', extensions: { code: 'BAD_USER_INPUT' } }],
    };
    expect(graphql.read(noName, context).fieldErrors).toStrictEqual([]);
  });

  it('reads the code of an error from its extensions only, never from a member of its own', () => {
    // An error list whose later error carries a top-level code is no GraphQL server's.
    const reading = graphql.read(
      {
        errors: [
          { message: 'Invalid argument value', extensions: { code: 'FORBIDDEN' } },
          { message: 'Invalid argument value', code: 'BAD_USER_INPUT', extensions: { argumentName: 'id' } },
        ],
      },
      context,
    );
    expect(reading).toMatchObject({ code: 'FORBIDDEN', fieldErrors: [] });
  });

  it('does not claim errors without a message, which the spec requires of every error', () => {
    const body = { errors: [{ path: ['user'], extensions: { code: 'NOT_FOUND' } }] };
    expect(onlyGraphql.decode({ status: 404, headers: json, body }).format).toBe('http');
    expect(
      graphql.match({ errors: ['Name for character with ID 1002 could not be fetched.'] }, context),
    ).toBe(false);
  });
});
