// Examples from Laravel's validation error response format
// (https://laravel.com/docs/validation#validation-error-response-format) and the Rails guides on
// validation errors (https://guides.rubyonrails.org/active_record_validations.html#working-with-validation-errors),
// as a Rails API renders them with `render json: { errors: record.errors }`.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';

const json = { 'content-type': 'application/json' };

const LARAVEL_422 = {
  status: 422,
  headers: json,
  body: {
    message: 'The team name must be a string. (and 4 more errors)',
    errors: {
      team_name: ['The team name must be a string.', 'The team name must be at least 1 characters.'],
      'authorization.role': ['The selected authorization.role is invalid.'],
      'users.0.email': ['The users.0.email field is required.'],
      'users.2.email': ['The users.2.email must be a valid email address.'],
    },
  },
};

const RAILS_BASE = {
  status: 422,
  headers: json,
  body: {
    errors: {
      name: ["can't be blank", 'is too short (minimum is 3 characters)'],
      base: ['This person is invalid because ...'],
    },
  },
};

describe('decodeError with field-map bodies', () => {
  it('reads Laravel’s 422 example: its message and every dotted key', () => {
    const error = decodeError(LARAVEL_422);
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      code: 'validation',
      message: 'The team name must be a string. (and 4 more errors)',
    });
    expect(error.fieldErrors).toEqual([
      { path: 'team_name', message: 'The team name must be a string.' },
      { path: 'team_name', message: 'The team name must be at least 1 characters.' },
      { path: 'authorization.role', message: 'The selected authorization.role is invalid.' },
      { path: 'users.0.email', message: 'The users.0.email field is required.' },
      { path: 'users.2.email', message: 'The users.2.email must be a valid email address.' },
    ]);
  });

  it('reads Rails errors with base as a form-level error that also speaks as the message', () => {
    const error = decodeError(RAILS_BASE);
    expect(error).toMatchObject({
      format: 'generic',
      kind: 'validation',
      message: 'This person is invalid because ...',
    });
    expect(error.fieldErrors).toEqual([
      { path: 'name', message: "can't be blank" },
      { path: 'name', message: 'is too short (minimum is 3 characters)' },
      { path: '', message: 'This person is invalid because ...' },
    ]);
  });

  it('reads Rails full messages, which name no field, as form-level errors', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: { errors: ["Name can't be blank", 'Name is too short (minimum is 3 characters)'] },
    });
    expect(error).toMatchObject({ format: 'generic', kind: 'validation' });
    expect(error.fieldErrors).toEqual([
      { path: '', message: "Name can't be blank" },
      { path: '', message: 'Name is too short (minimum is 3 characters)' },
    ]);
  });

  it('walks nested maps and lists of maps into dotted paths', () => {
    const error = decodeError({
      status: 400,
      headers: json,
      body: { errors: { address: { city: ['is required'] }, items: [{}, { name: ['is too long'] }] } },
    });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      { path: 'address.city', message: 'is required' },
      { path: 'items.1.name', message: 'is too long' },
    ]);
  });

  it('stops walking at the depth limit', () => {
    let deep: Record<string, unknown> = { leaf: ['too deep'] };
    for (let i = 0; i < 20; i++) deep = { level: deep };
    const error = decodeError({
      status: 422,
      headers: json,
      body: { message: 'Invalid.', errors: { shallow: ['is wrong'], deep } },
    });
    expect(error.format).toBe('generic');
    expect(error.fieldErrors).toEqual([{ path: 'shallow', message: 'is wrong' }]);
  });

  it('caps a huge map at 200 field errors', () => {
    const errors: Record<string, string[]> = {};
    for (let i = 0; i < 5000; i++) errors[`field${i}`] = ['is invalid'];
    const error = decodeError({ status: 422, headers: json, body: { errors } });
    expect(error.fieldErrors).toHaveLength(200);
  });

  it('does not claim an errors list, which JSON:API and GraphQL send', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: { errors: [{ detail: 'First name must contain at least three characters.' }] },
    });
    expect(error.format).not.toBe('field-map');
  });

  it('does not claim Rails errors.details, which carries codes but no message', () => {
    const error = decodeError({
      status: 422,
      headers: json,
      body: { errors: { name: [{ error: 'blank' }] } },
    });
    expect(error.format).not.toBe('field-map');
    expect(error.fieldErrors).toEqual([]);
  });

  it('survives a map that refers to itself and values whose getters throw', () => {
    const errors: Record<string, unknown> = { email: ['is invalid'] };
    errors.self = errors;
    Object.defineProperty(errors, 'password', {
      enumerable: true,
      get() {
        throw new Error('hostile getter');
      },
    });
    const error = decodeError({ status: 422, headers: json, body: { message: 'Invalid.', errors } });
    expect(error.message).toBe('Invalid.');
    expect(error.kind).toBe('validation');
  });
});

describe('explainDecode on field-map bodies', () => {
  it('explains Laravel’s example: each field by its key, a dotted key written in brackets', () => {
    expect(explainDecode(LARAVEL_422).sources).toMatchObject({
      message: 'body:message',
      'fieldErrors.0.path': 'body:errors.team_name',
      'fieldErrors.0.message': 'body:errors.team_name.0',
      'fieldErrors.1.message': 'body:errors.team_name.1',
      'fieldErrors.3.path': 'body:errors["users.0.email"]',
      'fieldErrors.3.message': 'body:errors["users.0.email"].0',
    });
  });

  it('explains Rails’ base message as the message and as the form-level error', () => {
    expect(explainDecode(RAILS_BASE).sources).toMatchObject({
      message: 'body:errors.base.0',
      'fieldErrors.2.path': 'body:errors.base',
      'fieldErrors.2.message': 'body:errors.base.0',
    });
  });
});
