// Examples from the GraphQL specification's response errors section
// (https://spec.graphql.org/October2021/#sec-Errors) and Apollo Server's error handling guide
// (https://www.apollographql.com/docs/apollo-server/data/errors).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

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
