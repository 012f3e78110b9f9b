import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { hostileValues } from '../test-utils/hostile.js';
import { ApiError } from './ApiError.js';
import { flattenFieldErrors } from './flattenFieldErrors.js';
import { DEFAULT_MESSAGES } from './messages.js';
import type { FieldError } from './types.js';

function validation(fieldErrors: FieldError[], message = 'Request body failed validation.'): ApiError {
  return new ApiError({
    status: 422,
    code: 'validation_error',
    kind: 'validation',
    message,
    fieldErrors,
    retryable: false,
    format: 'test',
  });
}

describe('flattenFieldErrors', () => {
  it('groups field messages by field name in the order they arrived', () => {
    const result = flattenFieldErrors(
      validation([
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'password', message: 'Too short.' },
        { path: 'email', message: 'This email is taken.' },
      ]),
    );
    expect({ ...result.fieldErrors }).toEqual({
      email: ['Enter a valid email address.', 'This email is taken.'],
      password: ['Too short.'],
    });
    expect(result.formErrors).toEqual([]);
  });

  it('keeps nested dotted paths as field names', () => {
    const result = flattenFieldErrors(validation([{ path: 'items.0.name', message: 'Required.' }]));
    expect(result.fieldErrors['items.0.name']).toEqual(['Required.']);
  });

  it('puts messages with an empty path in formErrors', () => {
    const result = flattenFieldErrors(
      validation([
        { path: '', message: 'Start date must be before end date.' },
        { path: 'email', message: 'Invalid.' },
      ]),
    );
    expect(result.formErrors).toEqual(['Start date must be before end date.']);
    expect(Object.keys(result.fieldErrors)).toEqual(['email']);
  });

  it('writes indexes in brackets with pathStyle brackets, as Conform and TanStack Form name fields', () => {
    const result = flattenFieldErrors(
      validation([
        { path: 'users.0.email', message: 'The users.0.email field is required.' },
        { path: 'matrix.10.2', message: 'Out of range.' },
        { path: 'authorization.role', message: 'Invalid role.' },
        { path: 'v2.name', message: 'Taken.' },
        { path: '0.name', message: 'Required.' },
      ]),
      { pathStyle: 'brackets' },
    );
    expect({ ...result.fieldErrors }).toEqual({
      'users[0].email': ['The users.0.email field is required.'],
      'matrix[10][2]': ['Out of range.'],
      'authorization.role': ['Invalid role.'],
      'v2.name': ['Taken.'],
      '0.name': ['Required.'],
    });
  });

  it('keeps dotted indexes by default and with pathStyle dots', () => {
    const error = validation([{ path: 'users.0.email', message: 'Required.' }]);
    expect(Object.keys(flattenFieldErrors(error).fieldErrors)).toEqual(['users.0.email']);
    expect(Object.keys(flattenFieldErrors(error, { pathStyle: 'dots' }).fieldErrors)).toEqual([
      'users.0.email',
    ]);
  });

  it('writes the name mapPath returns in brackets, and leaves form-level messages form-level', () => {
    const result = flattenFieldErrors(
      validation([
        { path: 'body.items.3.sku', message: 'Unknown SKU.' },
        { path: 'captcha', message: 'Try the puzzle again.' },
      ]),
      { mapPath: (path) => (path === 'captcha' ? '' : path.replace(/^body\./, '')), pathStyle: 'brackets' },
    );
    expect({ ...result.fieldErrors }).toEqual({ 'items[3].sku': ['Unknown SKU.'] });
    expect(result.formErrors).toEqual(['Try the puzzle again.']);
  });

  it('makes a message for a name the form does not have form-level when fields are given', () => {
    const result = flattenFieldErrors(
      validation([
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'plan', message: 'The free plan is full this month.' },
        { path: 'users.2.email', message: 'Enter a valid email address.' },
        { path: '__proto__', message: 'Not a field.' },
      ]),
      { pathStyle: 'brackets', fields: ['email', 'users[2].email'] },
    );
    expect({ ...result.fieldErrors }).toEqual({
      email: ['Enter a valid email address.'],
      'users[2].email': ['Enter a valid email address.'],
    });
    expect(result.formErrors).toEqual(['The free plan is full this month.', 'Not a field.']);
  });

  it('makes every message form-level when the form has no fields', () => {
    const error = validation([{ path: 'team.name', message: 'Too short.' }]);
    const none = flattenFieldErrors(error, { fields: [] });
    expect(Object.keys(none.fieldErrors)).toEqual([]);
    expect(none.formErrors).toEqual(['Too short.']);
  });

  it('renames paths with mapPath', () => {
    const result = flattenFieldErrors(validation([{ path: 'body.email', message: 'Invalid.' }]), {
      mapPath: (path) => path.replace(/^body\./, ''),
    });
    expect({ ...result.fieldErrors }).toEqual({ email: ['Invalid.'] });
  });

  it('makes a message form-level when mapPath returns an empty string', () => {
    const result = flattenFieldErrors(validation([{ path: 'captcha', message: 'Try the puzzle again.' }]), {
      mapPath: (path) => (path === 'captcha' ? '' : path),
    });
    expect(result.formErrors).toEqual(['Try the puzzle again.']);
    expect(Object.keys(result.fieldErrors)).toEqual([]);
  });

  it('gives mapPath the whole field error, code included', () => {
    const seen: FieldError[] = [];
    flattenFieldErrors(validation([{ path: 'email', message: 'Taken.', code: 'taken' }]), {
      mapPath: (path, fieldError) => {
        seen.push(fieldError);
        return path;
      },
    });
    expect(seen).toEqual([{ path: 'email', message: 'Taken.', code: 'taken' }]);
  });

  it('keeps a path named __proto__ as an ordinary key without touching any prototype', () => {
    const result = flattenFieldErrors(
      validation([
        { path: '__proto__', message: 'Odd field.' },
        { path: 'constructor', message: 'Also odd.' },
      ]),
    );
    expect(Object.getPrototypeOf(result.fieldErrors)).toBeNull();
    const proto = '__proto__';
    expect(result.fieldErrors[proto]).toEqual(['Odd field.']);
    expect(result.fieldErrors.constructor).toEqual(['Also odd.']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(result.fieldErrors)).toEqual(['__proto__', 'constructor']);
  });

  it('keeps equal messages for the same field once', () => {
    const result = flattenFieldErrors(
      validation([
        { path: 'email', message: 'Invalid.' },
        { path: 'email', message: 'Invalid.' },
      ]),
    );
    expect(result.fieldErrors.email).toEqual(['Invalid.']);
  });

  it('uses the error message as the one form error when there are no field messages', () => {
    const error = decodeError({ status: 409, body: { code: 'conflict', message: 'That name is taken.' } });
    expect(flattenFieldErrors(error)).toEqual({ formErrors: ['That name is taken.'], fieldErrors: {} });
  });

  it('leaves the error message out when there are field messages', () => {
    const result = flattenFieldErrors(validation([{ path: 'email', message: 'Invalid.' }]));
    expect(result.formErrors).toEqual([]);
  });

  it('leaves the error message out when includeMessage is false', () => {
    const error = decodeError({ status: 500, body: { message: 'Unexpected error.' } });
    expect(flattenFieldErrors(error, { includeMessage: false }).formErrors).toEqual([]);
  });

  it('gives nothing for null and undefined', () => {
    for (const nothing of [null, undefined]) {
      const result = flattenFieldErrors(nothing);
      expect(result.formErrors).toEqual([]);
      expect(Object.keys(result.fieldErrors)).toEqual([]);
    }
  });

  it('decodes anything else that was thrown', () => {
    const result = flattenFieldErrors(new TypeError('Failed to fetch'));
    expect(result.formErrors).toHaveLength(1);
    expect(result.formErrors[0]?.length).toBeGreaterThan(0);
  });

  it('accepts a plain list of field errors', () => {
    const result = flattenFieldErrors([{ path: 'name', message: 'Required.' }]);
    expect({ ...result.fieldErrors }).toEqual({ name: ['Required.'] });
  });

  it('skips entries without a usable message and treats a missing path as form-level', () => {
    const result = flattenFieldErrors([
      null,
      42,
      { path: 'a' },
      { path: 'b', message: '   ' },
      { path: 'c', message: 7 },
      { message: 'Whole form.' },
      {
        get path(): string {
          throw new Error('hostile getter');
        },
        message: 'x',
      },
    ]);
    expect(result.formErrors).toEqual(['Whole form.']);
    expect(Object.keys(result.fieldErrors)).toEqual([]);
  });

  it('gives nothing for a list without a usable message, as a list has no message of its own', () => {
    expect(flattenFieldErrors([])).toEqual({ formErrors: [], fieldErrors: {} });
    expect(flattenFieldErrors([{ path: 'email' }])).toEqual({ formErrors: [], fieldErrors: {} });
  });

  it('names the field of a path sent with spaces around it', () => {
    const result = flattenFieldErrors([{ path: ' email\n', message: 'Enter a valid email address.' }]);
    expect({ ...result.fieldErrors }).toEqual({ email: ['Enter a valid email address.'] });
  });

  it('gives mapPath a code only when it is text', () => {
    const seen: FieldError[] = [];
    flattenFieldErrors([{ path: 'email', message: 'Taken.', code: 409 }], {
      mapPath: (path, fieldError) => {
        seen.push(fieldError);
        return path;
      },
    });
    expect(seen).toStrictEqual([{ path: 'email', message: 'Taken.' }]);
  });

  it.each(hostileValues())('shows one form-level message for %s, never throwing', (_, thrown) => {
    const result = flattenFieldErrors(thrown);
    expect(result.formErrors).toEqual([DEFAULT_MESSAGES.unknown]);
    expect(Object.keys(result.fieldErrors)).toEqual([]);
  });

  it('treats a mapPath result that is not a string as form-level', () => {
    const result = flattenFieldErrors(validation([{ path: 'email', message: 'Invalid.' }]), {
      mapPath: () => undefined as unknown as string,
    });
    expect(result.formErrors).toEqual(['Invalid.']);
  });

  it('keeps server text exactly as sent', () => {
    const payload = '<img src=x onerror="alert(1)">';
    const result = flattenFieldErrors(validation([{ path: 'name', message: payload }]));
    expect(result.fieldErrors.name).toEqual([payload]);
  });
});
