// Examples from Django REST framework's exceptions guide
// (https://www.django-rest-framework.org/api-guide/exceptions/), its serializer validation guide
// (https://www.django-rest-framework.org/api-guide/serializers/#validation) and FastAPI's
// HTTPException (https://fastapi.tiangolo.com/tutorial/handling-errors/#the-resulting-response).
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const json = { 'content-type': 'application/json' };

const DRF_VALIDATION = {
  status: 400,
  headers: json,
  body: { amount: ['A valid integer is required.'], description: ['This field may not be blank.'] },
};

describe('decodeError with Django REST framework bodies', () => {
  it('reads the exceptions guide’s detail example', () => {
    const error = decodeError({
      status: 405,
      headers: json,
      body: { detail: "Method 'DELETE' not allowed." },
    });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'method_not_allowed',
      code: 'method_not_allowed',
      message: "Method 'DELETE' not allowed.",
      fieldErrors: [],
    });
  });

  it('reads the custom handler example that adds status_code', () => {
    const error = decodeError({
      status: 405,
      headers: json,
      body: { status_code: 405, detail: "Method 'DELETE' not allowed." },
    });
    expect(error).toMatchObject({ format: 'generic', message: "Method 'DELETE' not allowed." });
  });

  it('reads FastAPI’s HTTPException, which sends the same detail body', () => {
    const error = decodeError({ status: 404, headers: json, body: { detail: 'Item not found' } });
    expect(error).toMatchObject({ format: 'generic', kind: 'not_found', message: 'Item not found' });
  });

  it('reads the validation example as field errors with the kind’s copy as message', () => {
    const error = decodeError(DRF_VALIDATION);
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      code: 'validation',
      message: 'Some of the information entered is not valid. Check the highlighted fields.',
      fieldErrors: [
        { path: 'amount', message: 'A valid integer is required.' },
        { path: 'description', message: 'This field may not be blank.' },
      ],
    });
  });

  it('reads non_field_errors as form-level errors', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: { non_field_errors: ['The fields start and finish must make a unique set.'] },
    });
    expect(error.fieldErrors).toEqual([
      { path: '', message: 'The fields start and finish must make a unique set.' },
    ]);
  });

  it('walks nested serializer errors and list serializer errors', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: {
        user: { email: ['Enter a valid email address.'], non_field_errors: ['User is inactive.'] },
        created: ['This field is required.'],
        tracks: [{}, { title: ['This field may not be blank.'] }],
      },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'user.email', message: 'Enter a valid email address.' },
      { path: 'user', message: 'User is inactive.' },
      { path: 'created', message: 'This field is required.' },
      { path: 'tracks.1.title', message: 'This field may not be blank.' },
    ]);
  });

  it('reads a bare list from a view’s ValidationError as form-level errors', () => {
    const error = decodeError({ status: 400, headers: json, body: ['This field must be an even number.'] });
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      fieldErrors: [{ path: '', message: 'This field must be an even number.' }],
    });
  });

  it('does not claim a flat { code, message } body, whose values are not lists', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: { status: 'error', message: 'Something went wrong.' },
    });
    expect(error.format).not.toBe('django');
  });

  it('does not claim a detail body that carries other members', () => {
    const error = decodeError({
      status: 404,
      headers: json,
      body: { title: 'Not Found', status: 404, detail: 'No such item.' },
    });
    expect(error.format).toBe('generic');
  });

  it('survives a field whose getter throws beside one that reads', () => {
    const body: Record<string, unknown> = { amount: ['A valid integer is required.'] };
    Object.defineProperty(body, 'description', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({ status: 400, headers: json, body });
    expect(error.status).toBe(400);
    expect(error.message.length).toBeGreaterThan(0);
  });
});

describe('explainDecode on Django REST framework bodies', () => {
  it('explains each field of the validation example by its member, and the message as the kit’s copy', () => {
    expect(explainDecode(DRF_VALIDATION).sources).toMatchObject({
      message: 'default copy',
      'fieldErrors.0.path': 'body:amount',
      'fieldErrors.0.message': 'body:amount.0',
      'fieldErrors.1.path': 'body:description',
      'fieldErrors.1.message': 'body:description.0',
    });
  });
});
