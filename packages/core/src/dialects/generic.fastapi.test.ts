// Examples from FastAPI's path parameter validation (https://fastapi.tiangolo.com/tutorial/path-params/#data-validation)
// and error handling guide (https://fastapi.tiangolo.com/tutorial/handling-errors/#use-the-requestvalidationerror-body),
// with Pydantic's error types (https://docs.pydantic.dev/latest/errors/validation_errors/).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const json = { 'content-type': 'application/json' };

const PYDANTIC_ERRORS = {
  status: 422,
  headers: json,
  body: {
    detail: [
      { type: 'missing', loc: ['body', 'items', 0, 'name'], msg: 'Field required', input: {} },
      {
        type: 'string_too_short',
        loc: ['body', 'title'],
        msg: 'String should have at least 4 characters',
        input: 'us',
        ctx: { min_length: 4 },
      },
    ],
  },
};

describe('decodeError with FastAPI validation errors', () => {
  it('reads the path parameter example: type as the code, and no form field for a URL part', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: {
        detail: [
          {
            type: 'int_parsing',
            loc: ['path', 'item_id'],
            msg: 'Input should be a valid integer, unable to parse string as an integer',
            input: 'foo',
            url: 'https://errors.pydantic.dev/2.1/v/int_parsing',
          },
        ],
      },
    });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      code: 'int_parsing',
      message: 'Input should be a valid integer, unable to parse string as an integer',
      // A path parameter is part of the URL, not a field of a form.
      fieldErrors: [],
    });
  });

  it('reads the RequestValidationError body example with the Pydantic v1 type', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: {
        detail: [{ loc: ['body', 'size'], msg: 'value is not a valid integer', type: 'type_error.integer' }],
        body: { title: 'towel', size: 'XL' },
      },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'size', message: 'value is not a valid integer', code: 'type_error.integer' },
    ]);
  });

  it('takes the first error’s message when several fields fail, and keeps nested paths', () => {
    const error = decodeError(PYDANTIC_ERRORS);
    expect(error.message).toBe('Field required');
    expect(error.fieldErrors).toEqual([
      { path: 'items.0.name', message: 'Field required', code: 'missing' },
      { path: 'title', message: 'String should have at least 4 characters', code: 'string_too_short' },
    ]);
  });

  it('reads a body that is not JSON as the message, naming no field', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: { detail: [{ type: 'json_invalid', loc: ['body', 1], msg: 'JSON decode error', input: {} }] },
    });
    expect(error).toMatchObject({ code: 'json_invalid', message: 'JSON decode error', fieldErrors: [] });
  });

  it('does not claim a plain detail string, which Django REST framework reads', () => {
    const error = decodeError({ status: 404, headers: json, body: { detail: 'Item not found' } });
    expect(error.format).toBe('generic');
  });

  it('survives items whose getters throw and locations of the wrong type', () => {
    const hostile = { loc: ['body', 'name'], msg: 'Field required' };
    Object.defineProperty(hostile, 'type', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({
      status: 422,
      headers: json,
      body: { detail: [hostile, { loc: 'body', msg: 'x' }, { loc: [{}, null, -1, 'ok'], msg: 'Bad value' }] },
    });
    expect(error.format).toBe('generic');
    expect(error.fieldErrors).toEqual([
      { path: 'name', message: 'Field required' },
      { path: 'ok', message: 'Bad value' },
    ]);
  });
});

describe('explainDecode on FastAPI validation errors', () => {
  it('explains each error’s field by its loc, its message by msg and its code by type', () => {
    const explained = explainDecode(PYDANTIC_ERRORS);
    expect(explained.dialect).toBe('generic');
    expect(explained.sources).toMatchObject({
      code: 'body:detail.0.type',
      message: 'body:detail.0.msg',
      'fieldErrors.0.path': 'body:detail.0.loc',
      'fieldErrors.0.message': 'body:detail.0.msg',
      'fieldErrors.0.code': 'body:detail.0.type',
      'fieldErrors.1.path': 'body:detail.1.loc',
      'fieldErrors.1.message': 'body:detail.1.msg',
    });
  });
});
