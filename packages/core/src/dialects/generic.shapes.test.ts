// The generic reader's rules on the shapes APIs send: which member is a code, which names a field,
// which map is a form's. Each body is copied from the page cited beside it; the few built here to pin
// a rule (a cap, a wrong type) say so.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';

const json = { 'content-type': 'application/json' };
const decode = (status: number, body: unknown) =>
  decodeError({ status, headers: json, body }, { now: 1_800_000_000_000 });

describe('the generic reader: JSend', () => {
  // https://github.com/omniti-labs/jsend (the README's "fail" and "error" examples)
  it('reads a fail’s data as the form’s field errors, and never takes the status word for a code', () => {
    const error = decode(400, { status: 'fail', data: { title: 'A title is required' } });
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'validation',
      message: DEFAULT_MESSAGES.validation,
    });
    expect(error.fieldErrors).toEqual([{ path: 'title', message: 'A title is required' }]);
  });

  it('shows an error’s message, with no code made of the word "error"', () => {
    const error = decode(500, { status: 'error', message: 'Unable to communicate with database' });
    expect(error).toMatchObject({
      kind: 'server',
      code: 'server',
      message: 'Unable to communicate with database',
    });
  });
});

describe('the generic reader: codes under status and id', () => {
  it('reads an UPPER_CASE status as the code (Google Maps’ legacy web services)', () => {
    // https://developers.google.com/maps/documentation/geocoding/requests-geocoding#StatusCodes
    const error = decode(403, {
      error_message: 'The provided API key is invalid.',
      results: [],
      status: 'REQUEST_DENIED',
    });
    expect(error).toMatchObject({ code: 'REQUEST_DENIED', message: 'The provided API key is invalid.' });
  });

  it('reads a snake_case status as the code, and not a capitalized word', () => {
    // Built here: a status in snake case beside Kubernetes' `"status": "Failure"`
    // (https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#response-status-kind).
    expect(decode(409, { status: 'already_exists', message: 'The name is taken.' }).code).toBe(
      'already_exists',
    );
    expect(decode(409, { status: 'Failure', message: 'The name is taken.' }).code).toBe('conflict');
  });

  it('never takes an occurrence id for a code (JSON:API error objects)', () => {
    // https://jsonapi.org/format/#error-objects: `id` is "a unique identifier for this particular
    // occurrence of the problem". Built here: an error object with an id and no code.
    const error = decode(409, {
      errors: [
        {
          id: '6f2d3b8e-1f5c-4a9e-9b7a-2c1d0e4f5a6b',
          status: '409',
          title: 'Conflict',
          detail: 'The article was changed by someone else.',
        },
      ],
    });
    expect(error).toMatchObject({ code: 'conflict', message: 'The article was changed by someone else.' });
  });

  it('reads a code that is not a token only where the API calls it a code', () => {
    // Built here: a code with a space in it, under `code`, then under `reason`.
    expect(decode(400, { code: 'Invalid Request', message: 'The amount is missing.' }).code).toBe(
      'Invalid Request',
    );
    expect(decode(400, { errorCode: 'E 42', message: 'The amount is missing.' }).code).toBe('E 42');
    expect(decode(400, { reason: 'Invalid Request', message: 'The amount is missing.' }).code).toBe(
      'bad_request',
    );
  });

  it('reads a whole number under any code name as text, and no fraction', () => {
    // Built here: numbers where a code may be.
    expect(decode(400, { reason: 3, message: 'The amount is missing.' }).code).toBe('3');
    expect(decode(400, { code: 1.5, message: 'The amount is missing.' }).code).toBe('bad_request');
  });

  it('keeps a code sent as the status in text, and the status in a number only when nothing else is', () => {
    // Built here: the status said again, as text and as a number, before a code.
    expect(decode(404, { code: '404', reason: 'NoSuchKey', message: 'The key does not exist.' }).code).toBe(
      '404',
    );
    expect(decode(404, { code: 404, reason: 'NoSuchKey', message: 'The key does not exist.' }).code).toBe(
      'NoSuchKey',
    );
  });
});

describe('the generic reader: fields named in error lists', () => {
  it('names no field for FastAPI’s missing body, whose location is the body itself', () => {
    // https://deadends.dev/python/fastapi-422-validation-error
    const error = decode(422, { detail: [{ type: 'missing', loc: ['body'], msg: 'Field required' }] });
    expect(error).toMatchObject({ code: 'missing', message: 'Field required', fieldErrors: [] });
  });

  it('names no field for a JSON:API pointer to the primary data', () => {
    // https://github.com/django-json-api/django-rest-framework-json-api/blob/aab47fe3d996172ceb1d682fd1e81656885bc19f/example/tests/test_generic_validation.py
    const error = decode(400, {
      errors: [{ status: '400', source: { pointer: '/data' }, detail: 'Oh nohs!', code: 'invalid' }],
    });
    expect(error).toMatchObject({ code: 'invalid', message: 'Oh nohs!', fieldErrors: [] });
  });
});

describe('the generic reader: field maps', () => {
  const nest = (levels: number, leaf: unknown): unknown =>
    levels === 0 ? leaf : { [`l${levels}`]: nest(levels - 1, leaf) };
  const mapOf = (errors: unknown) => decode(422, { message: 'The given data was invalid.', errors });

  it('shows an error sent both in a map and in a list once', () => {
    // Built here: the same error under `fieldErrors` and in `errors`.
    const error = decode(422, {
      message: 'The given data was invalid.',
      errors: [{ field: 'email', message: 'The email must be a valid email address.' }],
      fieldErrors: { email: ['The email must be a valid email address.'] },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'email', message: 'The email must be a valid email address.' },
    ]);
  });

  it('reads no field map that holds anything but messages: a number, a list in a list, a token', () => {
    // Built here: a map that reads, then one member that is no message.
    for (const odd of [3, null, [['The email is taken.']], 'grafana', '']) {
      const error = mapOf({ name: ['The name is required.'], email: odd });
      expect(error.fieldErrors).toEqual([]);
    }
    expect(mapOf({ name: ['The name is required.'] }).fieldErrors).toEqual([
      { path: 'name', message: 'The name is required.' },
    ]);
  });

  it('reads a map’s "" key and non_field_errors as errors of the object they sit in', () => {
    // Built here: ASP.NET Core's "" key
    // (https://learn.microsoft.com/en-us/aspnet/core/web-api/?view=aspnetcore-8.0#default-badrequest-response)
    // and Django REST framework's non_field_errors, one level down.
    const error = mapOf({
      address: { '': ['The address is incomplete.'], non_field_errors: ['The address is not deliverable.'] },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'address', message: 'The address is incomplete.' },
      { path: 'address', message: 'The address is not deliverable.' },
    ]);
  });

  it('reads field errors nested eight levels deep, and nothing deeper', () => {
    // Built here: the walk of a hostile map is capped in depth.
    expect(mapOf(nest(8, ['Eight keys down.'])).fieldErrors).toEqual([
      { path: 'l8.l7.l6.l5.l4.l3.l2.l1', message: 'Eight keys down.' },
    ]);
    expect(mapOf(nest(9, ['Nine keys down.'])).fieldErrors).toEqual([]);
    expect(mapOf(nest(6, [{}, { name: ['Deep in a list.'] }])).fieldErrors).toEqual([
      { path: 'l6.l5.l4.l3.l2.l1.1.name', message: 'Deep in a list.' },
    ]);
    expect(mapOf(nest(7, [{ name: ['Too deep in a list.'] }])).fieldErrors).toEqual([]);
  });

  it('stops reading a map after 1,000 members, so any body is read in bounded time', () => {
    // Built here: 10 groups of 100 members without errors, the last group's message at member
    // 1,000 (counting the map itself) or 1,001.
    const map = (before: number) => {
      const groups: Record<string, unknown> = {};
      for (let g = 0; g < 9; g++)
        groups[`g${g}`] = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`f${i}`, []]));
      const last: Record<string, unknown> = {};
      for (let i = 0; i < before; i++) last[`f${i}`] = [];
      last.email = ['Enter a valid email address.'];
      groups.g9 = last;
      return groups;
    };
    expect(mapOf(map(88)).fieldErrors).toEqual([
      { path: 'g9.email', message: 'Enter a valid email address.' },
    ]);
    expect(mapOf(map(89)).fieldErrors).toEqual([]);
  });
});
