// Examples from the JSON:API site's error objects page (https://jsonapi.org/examples/#error-objects)
// and the specification's error objects section (https://jsonapi.org/format/#error-objects).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const jsonApiHeaders = { 'content-type': 'application/vnd.api+json' };

const ERROR_CODES = {
  status: 422,
  headers: jsonApiHeaders,
  body: {
    jsonapi: { version: '1.0' },
    errors: [
      {
        code: '123',
        source: { pointer: '/data/attributes/first-name' },
        title: 'Value is too short',
        detail: 'First name must contain at least three characters.',
      },
      {
        code: '225',
        source: { pointer: '/data/attributes/password' },
        title: 'Passwords must contain a letter, number, and punctuation character.',
        detail: 'The password provided is missing a punctuation character.',
      },
      {
        code: '226',
        source: { pointer: '/data/attributes/password' },
        title: 'Password and password confirmation do not match.',
      },
    ],
  },
};

describe('decodeError with JSON:API error documents', () => {
  it('reads the basic error object: detail as message, the attribute as a field', () => {
    const error = decodeError({
      status: 422,
      headers: jsonApiHeaders,
      body: {
        errors: [
          {
            status: '422',
            source: { pointer: '/data/attributes/first-name' },
            title: 'Invalid Attribute',
            detail: 'First name must contain at least three characters.',
          },
        ],
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      status: 422,
      kind: 'validation',
      code: 'validation',
      message: 'First name must contain at least three characters.',
      fieldErrors: [{ path: 'first-name', message: 'First name must contain at least three characters.' }],
    });
  });

  it('reads the error-codes example: first code, and each error’s code on its field', () => {
    const error = decodeError(ERROR_CODES);
    expect(error.code).toBe('123');
    expect(error.message).toBe('First name must contain at least three characters.');
    expect(error.fieldErrors).toEqual([
      { path: 'first-name', message: 'First name must contain at least three characters.', code: '123' },
      { path: 'password', message: 'The password provided is missing a punctuation character.', code: '225' },
      { path: 'password', message: 'Password and password confirmation do not match.', code: '226' },
    ]);
  });

  it('reads the multiple-errors example sent with 400 as a validation error', () => {
    const error = decodeError({
      status: 400,
      headers: jsonApiHeaders,
      body: {
        errors: [
          {
            status: '403',
            source: { pointer: '/data/attributes/secret-powers' },
            detail: 'Editing secret powers is not authorized on Sundays.',
          },
          {
            status: '422',
            source: { pointer: '/data/attributes/volume' },
            detail: 'Volume does not, in fact, go to 11.',
          },
          {
            status: '500',
            source: { pointer: '/data/attributes/reputation' },
            title: 'The backend responded with an error',
            detail: 'Reputation service not responding after three requests.',
          },
        ],
      },
    });
    expect(error.kind).toBe('validation');
    expect(error.message).toBe('Editing secret powers is not authorized on Sundays.');
    expect(error.fieldErrors.map((fe) => fe.path)).toEqual(['secret-powers', 'volume', 'reputation']);
  });

  it('reads a pointer to the whole document ("") as the message, naming no field', () => {
    const error = decodeError({
      status: 422,
      headers: jsonApiHeaders,
      body: {
        errors: [{ source: { pointer: '' }, detail: 'Missing `data` Member at document’s top level.' }],
      },
    });
    expect(error.message).toBe('Missing `data` Member at document’s top level.');
    expect(error.fieldErrors).toEqual([]);
  });

  it('names a relationship by its name', () => {
    const error = decodeError({
      status: 422,
      headers: jsonApiHeaders,
      body: {
        errors: [{ source: { pointer: '/data/relationships/author' }, detail: 'Author is required.' }],
      },
    });
    expect(error.fieldErrors).toEqual([{ path: 'author', message: 'Author is required.' }]);
  });

  it('keeps an invalid query parameter out of the field errors', () => {
    const error = decodeError({
      status: 400,
      headers: jsonApiHeaders,
      body: {
        errors: [
          {
            source: { parameter: 'include' },
            title: 'Invalid Query Parameter',
            detail: 'The resource does not have an `auther` relationship path.',
          },
        ],
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'bad_request',
      message: 'The resource does not have an `auther` relationship path.',
      fieldErrors: [],
    });
  });

  it('takes the docs link from the first error’s links.about', () => {
    const error = decodeError({
      status: 400,
      headers: jsonApiHeaders,
      body: {
        errors: [
          {
            status: '400',
            detail: 'JSON parse error - Expecting property name at line 1 column 2 (char 1).',
            links: { about: { href: 'https://api.example.com/errors/parse' } },
          },
        ],
      },
    });
    expect(error.docsUrl).toBe('https://api.example.com/errors/parse');
  });

  it('recognizes error objects sent as plain application/json', () => {
    const error = decodeError({
      status: 422,
      headers: { 'content-type': 'application/json' },
      body: { errors: [{ status: '422', title: 'Invalid Attribute', detail: 'Too short.' }] },
    });
    expect(error.format).toBe('generic');
  });

  it('does not claim a GraphQL response, whose errors carry a message', () => {
    const error = decodeError({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: { errors: [{ message: 'Cannot query field "nope" on type "Query".' }] },
    });
    expect(error.format).toBe('graphql');
  });

  it('survives error objects whose members throw or have the wrong types', () => {
    const hostile = {};
    Object.defineProperty(hostile, 'source', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 422,
      headers: jsonApiHeaders,
      body: { errors: [hostile, { source: { pointer: 7 }, detail: ['x'] }, null] },
    });
    expect(error).toMatchObject({ format: 'generic', kind: 'validation', fieldErrors: [] });
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe('explainDecode on JSON:API error documents', () => {
  it('explains the error-codes example: each field by its source.pointer, its code and its detail', () => {
    expect(explainDecode(ERROR_CODES).sources).toMatchObject({
      code: 'body:errors.0.code',
      message: 'body:errors.0.detail',
      'fieldErrors.0.path': 'body:errors.0.source.pointer',
      'fieldErrors.0.message': 'body:errors.0.detail',
      'fieldErrors.0.code': 'body:errors.0.code',
      'fieldErrors.2.path': 'body:errors.2.source.pointer',
      'fieldErrors.2.code': 'body:errors.2.code',
    });
  });
});
