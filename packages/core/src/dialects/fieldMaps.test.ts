// The field maps and pointers of a decoder that reads only RFC 9457 problem details
// (`createDecoder({ dialects: [problem] })`): what a form shows from each. Bodies are copied from the
// pages cited beside them; the few built here to pin a rule (a cap, a wrong type) say so.
import { describe, expect, it } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { nested, wideMap } from '../test-utils/fieldMaps.js';
import { problem } from './index.js';

const decoder = createDecoder({ dialects: [problem] });
const problemJson = { 'content-type': 'application/problem+json' };
const decode = (status: number, body: unknown) =>
  decoder.decode({ status, headers: problemJson, body }, { now: 1_800_000_000_000 });

/** A problem whose `errors` is the given field map (RFC 9457 § 3's validation problem). */
const withErrors = (errors: unknown) =>
  decode(400, { type: 'https://example.net/validation-error', title: 'Your request is not valid.', errors });

describe('a problem-details decoder: field maps', () => {
  it('reads ASP.NET Core’s model-state map: one field error per message, under each field’s name', () => {
    // https://edgamat.com/2025/04/12/Use-JSON-Property-Names.html (ASP.NET Core's default 400)
    const error = decode(400, {
      type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      detail: "Please provide the 'traceid' when contacting us.",
      errors: {
        Name: ["The field Name must be a string or array type with a maximum length of '5'."],
        Description: ["The field Description must be a string or array type with a maximum length of '10'."],
      },
      traceId: '00-f213f7b9bdc21f7775d5b383aef10f44-b33458f31503f7d8-00',
    });
    expect(error).toMatchObject({
      format: 'problem',
      kind: 'validation',
      message: "Please provide the 'traceid' when contacting us.",
    });
    expect(error.fieldErrors).toEqual([
      {
        path: 'Name',
        message: "The field Name must be a string or array type with a maximum length of '5'.",
      },
      {
        path: 'Description',
        message: "The field Description must be a string or array type with a maximum length of '10'.",
      },
    ]);
  });

  it('reads the "" key of ASP.NET Core as an error of the whole form', () => {
    // https://learn.microsoft.com/en-us/aspnet/core/web-api/?view=aspnetcore-8.0#default-badrequest-response
    const error = decode(400, {
      type: 'https://tools.ietf.org/html/rfc7231#section-6.5.1',
      title: 'One or more validation errors occurred.',
      status: 400,
      traceId: '|7fb5e16a-4c8f23bbfc974667.',
      errors: { '': ['A non-empty request body is required.'] },
    });
    expect(error.fieldErrors).toEqual([{ path: '', message: 'A non-empty request body is required.' }]);
  });

  it('converts model-state keys such as $.items[0].name and nests a map’s own keys with dots', () => {
    // Built here: ASP.NET Core's JSON path key, and a nested map as a Django REST framework
    // serializer nests it (https://www.django-rest-framework.org/api-guide/serializers/#validation).
    const error = withErrors({
      '$.items[0].name': ['The JSON value could not be converted.'],
      shipping: { address: { zip: ['Enter a valid postal code.'] } },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'items.0.name', message: 'The JSON value could not be converted.' },
      { path: 'shipping.address.zip', message: 'Enter a valid postal code.' },
    ]);
  });

  it('indexes a list of nested maps, one per item, skipping the valid items’ empty maps', () => {
    // Built here: a list serializer's errors (https://www.django-rest-framework.org/api-guide/serializers/#listserializer)
    // under a problem's errors.
    const error = withErrors({
      items: [{}, { name: ['This field is required.'] }, { qty: ['Ensure this value is greater than 0.'] }],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'items.1.name', message: 'This field is required.' },
      { path: 'items.2.qty', message: 'Ensure this value is greater than 0.' },
    ]);
  });

  it('reads a field whose value is one message rather than a list', () => {
    // Built here: Jira's map of one message per field
    // (https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes) under a problem's errors.
    const error = withErrors({ summary: 'You must specify a summary of the issue.' });
    expect(error.fieldErrors).toEqual([
      { path: 'summary', message: 'You must specify a summary of the issue.' },
    ]);
  });

  it('skips what is no message (numbers, nulls, blank strings, a list in a list) and reads a key that names no field as its parent', () => {
    // Built here: a map with members of the wrong types beside one that reads.
    const error = withErrors({
      count: 3,
      note: null,
      tags: ['', 42, null, ['A list in a list.'], 'Tags must be unique.'],
      '[]': ['Applies to the whole list.'],
      address: { '': ['The address is incomplete.'] },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'tags', message: 'Tags must be unique.' },
      { path: '', message: 'Applies to the whole list.' },
      { path: 'address', message: 'The address is incomplete.' },
    ]);
  });

  it('reads field errors nested eight levels deep, and nothing deeper', () => {
    // Built here: the walk of a hostile map is capped in depth.
    expect(withErrors(nested(8, ['Eight keys down.'])).fieldErrors).toEqual([
      { path: 'l8.l7.l6.l5.l4.l3.l2.l1', message: 'Eight keys down.' },
    ]);
    expect(withErrors(nested(8, 'Eight keys down, as text.')).fieldErrors).toEqual([
      { path: 'l8.l7.l6.l5.l4.l3.l2.l1', message: 'Eight keys down, as text.' },
    ]);
    expect(withErrors(nested(9, ['Nine keys down.'])).fieldErrors).toEqual([]);
    expect(withErrors(nested(9, 'Nine keys down, as text.')).fieldErrors).toEqual([]);
    expect(withErrors(nested(6, [{}, { name: ['Deep in a list.'] }])).fieldErrors).toEqual([
      { path: 'l6.l5.l4.l3.l2.l1.1.name', message: 'Deep in a list.' },
    ]);
    expect(withErrors(nested(7, [{ name: ['Too deep in a list.'] }])).fieldErrors).toEqual([]);
  });

  it('stops reading a map after 1,000 members, so any body is read in bounded time', () => {
    // Built here: 10 groups of 100 members without errors, the last group's message at member
    // 1,000 (counting the map itself) or 1,001.
    expect(withErrors(wideMap(88)).fieldErrors).toEqual([
      { path: 'g9.email', message: 'Enter a valid email address.' },
    ]);
    expect(withErrors(wideMap(89)).fieldErrors).toEqual([]);
  });
});

describe('a problem-details decoder: JSON pointers', () => {
  it('reads each error’s pointer as its field and drops an error that names a query parameter', () => {
    // https://developer.fieldnation.com/error-codes/validation-error/
    const error = decode(400, {
      type: 'https://developer.fieldnation.com/error-codes/validation-error',
      title: 'Validation Error',
      status: 400,
      detail: 'One or more fields failed validation.',
      code: 'VALIDATION_ERROR',
      retryable: false,
      correlationId: '01J9X7Q3F6E2K8B1Z5C4M0V2HA',
      agent: { action: 'FIX_INPUT' },
      errors: [
        { detail: 'title is required.', pointer: '/title' },
        { detail: 'assignee.id must be a positive integer.', pointer: '/assignee/id' },
        { detail: 'pageSize must be between 1 and 100.', parameter: 'pageSize' },
      ],
    });
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'VALIDATION_ERROR',
      message: 'One or more fields failed validation.',
    });
    expect(error.fieldErrors).toEqual([
      { path: 'title', message: 'title is required.' },
      { path: 'assignee.id', message: 'assignee.id must be a positive integer.' },
    ]);
  });

  it('reads a pointer to the whole document, in each of its spellings, as an error of the whole form', () => {
    // RFC 6901 § 5 and § 6 (https://www.rfc-editor.org/rfc/rfc6901#section-5): "" is the whole
    // document, "#" its URI fragment; "/" and "#/" are how APIs write the root. Built here.
    const error = decode(422, {
      type: 'https://example.net/validation-error',
      title: 'Your request is not valid.',
      errors: [
        { detail: 'The body must be an object.', pointer: '' },
        { detail: 'The body must not be empty.', pointer: '#', code: 'empty' },
        { detail: 'The body has unknown members.', pointer: '/' },
        { detail: 'The body is too large.', pointer: '#/' },
        { detail: 'The body has a duplicate key.', pointer: ' # ' },
      ],
    });
    expect(error.fieldErrors).toEqual([
      { path: '', message: 'The body must be an object.' },
      { path: '', message: 'The body must not be empty.', code: 'empty' },
      { path: '', message: 'The body has unknown members.' },
      { path: '', message: 'The body is too large.' },
      { path: '', message: 'The body has a duplicate key.' },
    ]);
  });

  it('never trims a long pointer looking for the root: past 64 characters it names nothing', () => {
    // Built here: a root pointer padded with spaces to 64 characters, and to 65.
    const error = decode(422, {
      title: 'Your request is not valid.',
      errors: [
        { detail: 'Padded to 64.', pointer: `/${' '.repeat(63)}` },
        { detail: 'Padded to 65.', pointer: `/${' '.repeat(64)}` },
      ],
    });
    expect(error.fieldErrors).toEqual([{ path: '', message: 'Padded to 64.' }]);
  });

  it('names no field from a pointer that is not text or has no member in it', () => {
    // Built here: a pointer of the wrong type and one of slashes only.
    const error = decode(422, {
      title: 'Your request is not valid.',
      errors: [
        { detail: 'Not text.', pointer: { path: '/name' } },
        { detail: 'Slashes only.', pointer: '//' },
        { detail: 'Must be a valid email address.', pointer: '/email' },
      ],
    });
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'Must be a valid email address.' }]);
  });
});
