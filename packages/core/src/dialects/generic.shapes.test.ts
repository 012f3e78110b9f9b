// The generic reader's rules on the shapes APIs send: which member is a code, which names a field,
// which map is a form's. Each body is copied from the page cited beside it; the few built here to pin
// a rule (a cap, a wrong type) say so.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import { nested, wideMap } from '../test-utils/fieldMaps.js';

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

  it('reads a gRPC status name as the code (Firebase callable functions)', () => {
    // Built here in the error shape of the callable protocol
    // (https://firebase.google.com/docs/functions/callable-reference#failure_response_to_encode):
    // `{ error: { status, message } }`, with no numeric code.
    const error = decode(401, {
      error: { status: 'UNAUTHENTICATED', message: 'The function must be called while authenticated.' },
    });
    expect(error).toMatchObject({
      code: 'UNAUTHENTICATED',
      kind: 'unauthenticated',
      message: 'The function must be called while authenticated.',
    });
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

  it('reads Apigee’s fault: faultstring as the message, detail.errorcode as the code', () => {
    // https://discuss.google.dev/t/how-to-customize-verifyapikey-policy-default-error/5786 (VerifyAPIKey's default error)
    const error = decode(401, {
      fault: { faultstring: 'Invalid ApiKey', detail: { errorcode: 'oauth.v2.InvalidApiKey' } },
    });
    expect(error).toMatchObject({
      kind: 'unauthenticated',
      code: 'oauth.v2.InvalidApiKey',
      message: 'Invalid ApiKey',
    });
  });

  it('finds the message and code one level down when the envelope has none of its own', () => {
    // Built here: the places one level down the reader looks, each alone.
    const words = { code: 'card_declined', message: 'Your card was declined.' };
    for (const body of [
      { details: [words] },
      { error: { details: [words] } },
      { error: { details: words } },
      { error: { detail: words } },
      { error: { errors: [words] } },
      { error: { error: words } },
    ]) {
      expect(decode(402, body)).toMatchObject({ code: 'card_declined', message: 'Your card was declined.' });
    }
  });

  it('takes a message that is only a token for the code, and shows the sentence after it', () => {
    // Built here: Firebase Auth's EMAIL_NOT_FOUND (https://firebase.google.com/docs/reference/rest/auth#section-sign-in-email-password)
    // beside the sentence its SDKs show for it.
    const error = decode(400, {
      message: 'EMAIL_NOT_FOUND',
      description:
        'There is no user record corresponding to this identifier. The user may have been deleted.',
    });
    expect(error).toMatchObject({
      code: 'EMAIL_NOT_FOUND',
      message: 'There is no user record corresponding to this identifier. The user may have been deleted.',
    });
  });

  it('takes one word under error for the code, not the message', () => {
    // Built here: a gateway's `{ "error": "Timeout" }`.
    const error = decode(504, { error: 'Timeout' });
    expect(error.code).toBe('Timeout');
    expect(error.message).toBe(DEFAULT_MESSAGES[error.kind]);
  });

  it('takes the first text of a list of messages, past items that are no text', () => {
    // Built here: a list of messages whose first item is an object.
    expect(decode(400, { message: [{ property: 'email' }, 'email must be an email'] }).message).toBe(
      'email must be an email',
    );
  });

  it('reads a validation errorType as a validation error on a 400 only', () => {
    // Built here in Adyen's shape (https://docs.adyen.com/development-resources/response-handling/):
    // a validation error type sent with a 409.
    const error = decode(409, {
      status: 409,
      errorCode: '704',
      message: 'request already processed or in progress',
      errorType: 'validation',
    });
    expect(error.kind).toBe('conflict');
  });
});

describe('the generic reader: fields named in error lists', () => {
  it('reads a field named under context, as a Go validator’s errors carry it', () => {
    // https://github.com/marcelofabianov/fault (README: the go-playground/validator integration's 400)
    const error = decode(400, {
      message: 'Request validation failed',
      code: 'invalid_input',
      details: [
        {
          message: "validation failed on field 'Name'",
          code: 'invalid_input',
          context: { field: 'Name', param: '', tag: 'required' },
        },
        {
          message: "validation failed on field 'Email'",
          code: 'invalid_input',
          context: { field: 'Email', param: '', tag: 'required' },
        },
        {
          message: "validation failed on field 'Age'",
          code: 'invalid_input',
          context: { field: 'Age', param: '18', tag: 'gte' },
        },
      ],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'Name', message: "validation failed on field 'Name'", code: 'invalid_input' },
      { path: 'Email', message: "validation failed on field 'Email'", code: 'invalid_input' },
      { path: 'Age', message: "validation failed on field 'Age'", code: 'invalid_input' },
    ]);
  });

  it('names the first of Salesforce’s fields', () => {
    // Built here in the errors[] shape of
    // https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm with two fields.
    const error = decode(400, [
      {
        message: 'Required fields are missing: [LastName, Company]',
        errorCode: 'REQUIRED_FIELD_MISSING',
        fields: ['LastName', 'Company'],
      },
    ]);
    expect(error.fieldErrors).toEqual([
      {
        path: 'LastName',
        message: 'Required fields are missing: [LastName, Company]',
        code: 'REQUIRED_FIELD_MISSING',
      },
    ]);
  });

  it('reads an error whose field is null as naming none, beside one that names its field', () => {
    // SendGrid's errors[] (https://github.com/sendgrid/sendgrid-csharp/blob/1923afedbcc6e17053dbe5022d64b2bd2b525a70/tests/SendGrid.Tests/Helpers/Errors/ErrorHandlerTests.cs):
    // the 400 for an empty from address, after an entry with `field: null` as its 401 sends it.
    const error = decode(400, {
      errors: [
        { message: 'Permission denied, wrong credentials', field: null, help: null },
        {
          message: 'The from email does not contain a valid address.',
          field: 'from.email',
          help: 'http://sendgrid.com/docs/API_Reference/Web_API_v3/Mail/errors.html#message.from',
        },
      ],
    });
    expect(error).toMatchObject({ format: 'generic', message: 'Permission denied, wrong credentials' });
    expect(error.fieldErrors).toEqual([
      { path: 'from.email', message: 'The from email does not contain a valid address.' },
    ]);
  });

  it('names no field for an OData system query option, even on a 400', () => {
    // The OData 4.01 error example (https://docs.oasis-open.org/odata/odata-json-format/v4.01/odata-json-format-v4.01.html#sec_ErrorResponse),
    // sent here with a 400.
    const error = decode(400, {
      error: {
        code: 'err123',
        message: 'Unsupported functionality',
        target: 'query',
        details: [{ code: 'forty-two', target: '$search', message: '$search query option not supported' }],
        innererror: { trace: [], context: {} },
      },
    });
    expect(error.fieldErrors).toEqual([]);
  });

  it('reads a JSON path ($.items[0].name) as an error’s field', () => {
    // Built here: a field named by its JSON path, as ASP.NET Core writes its model-state keys.
    const error = decode(400, {
      errors: [{ field: '$.items[0].name', message: 'The name must not be empty.' }],
    });
    expect(error.fieldErrors).toEqual([{ path: 'items.0.name', message: 'The name must not be empty.' }]);
  });

  it('names no field from a fields map on an error of a list', () => {
    // Built here: an error item carrying Bitbucket Cloud's `fields` map
    // (https://developer.atlassian.com/cloud/bitbucket/rest/intro/#standardized-error-responses).
    const error = decode(400, {
      errors: [{ message: 'The commit could not be created.', fields: { src: ['This field is required.'] } }],
    });
    expect(error).toMatchObject({
      format: 'generic',
      message: 'The commit could not be created.',
      fieldErrors: [],
    });
  });

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

describe('the generic reader: a details object about one field', () => {
  it('shows a details object’s own message on the field it names', () => {
    // Built here in the shape of https://api-doc.indata.com.co/schema-2608035 (`details: { field,
    // value, description }`), and as `details: { field, message }` under `error`.
    const flat = decode(400, {
      error: 'Invalid input data',
      message: 'The request contains invalid data.',
      details: { field: 'email', value: 'ada@', description: 'Enter a valid email address.' },
    });
    expect(flat).toMatchObject({ kind: 'validation', message: 'The request contains invalid data.' });
    expect(flat.fieldErrors).toEqual([{ path: 'email', message: 'Enter a valid email address.' }]);
    const underError = decode(422, {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Invalid input data',
        details: { field: 'email', message: 'Invalid email format' },
      },
    });
    expect(underError).toMatchObject({ code: 'VALIDATION_ERROR', message: 'Invalid input data' });
    expect(underError.fieldErrors).toEqual([{ path: 'email', message: 'Invalid email format' }]);
  });

  it('explains a details object’s field error by its own members', () => {
    // Built here: the nested body of the test above.
    const body = {
      error: {
        code: 'VALIDATION_ERROR',
        message: 'Invalid input data',
        details: { field: 'email', message: 'Invalid email format' },
      },
    };
    expect(explainDecode({ status: 422, headers: json, body }).sources).toMatchObject({
      code: 'body:error.code',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.details.field',
      'fieldErrors.0.message': 'body:error.details.message',
    });
  });

  it('keeps a details object without a message as the field of the envelope’s message', () => {
    // Built here: `details` naming only the field, as the seed vector nested-400-invalid-parameters does.
    const error = decode(400, {
      error: {
        code: 'invalid_parameters',
        message: "The 'role_id' field is required",
        details: { field: 'role_id', requirement: 'required' },
      },
    });
    expect(error.fieldErrors).toEqual([{ path: 'role_id', message: "The 'role_id' field is required" }]);
  });
});

describe('the generic reader: field maps', () => {
  const mapOf = (errors: unknown) => decode(422, { message: 'The given data was invalid.', errors });

  it('shows an error sent both in a map and in a list once', () => {
    // Built here: the same error under `fieldErrors` and in `errors`.
    const error = decode(422, {
      message: 'The given data was invalid.',
      errors: [
        { field: 'email', message: 'The email must be a valid email address.' },
        { field: 'address', message: 'Enter a full address.' },
      ],
      fieldErrors: {
        email: ['The email must be a valid email address.'],
        address: { '': ['Enter a full address.'] },
      },
    });
    expect(error.fieldErrors).toEqual([
      { path: 'email', message: 'The email must be a valid email address.' },
      { path: 'address', message: 'Enter a full address.' },
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

  it('reads no field map under a member that holds none (JSON:API’s meta)', () => {
    // Built here: a JSON:API error document (https://jsonapi.org/format/#error-objects) with a
    // top-level meta of sentences.
    const error = decode(422, {
      errors: [{ detail: 'Title is required.', source: { pointer: '/data/attributes/title' } }],
      meta: { hint: 'Check the highlighted fields.' },
    });
    expect(error.fieldErrors).toEqual([{ path: 'title', message: 'Title is required.' }]);
  });

  it('keeps the envelope’s own field when its map holds only blank messages', () => {
    // Built here: a Stripe-style `param` beside a map of blank strings.
    const error = decode(400, { message: 'The email is invalid.', field: 'email', errors: { email: [''] } });
    expect(error.fieldErrors).toEqual([{ path: 'email', message: 'The email is invalid.' }]);
  });

  it('reads an error object whose message only restates the status as naming nothing, in a map or in its place', () => {
    // Built here: the words of the envelope stay; the map gives no field error.
    for (const body of [
      { message: 'Validation failed.', errors: { email: { message: 'Bad Request' } } },
      { message: 'Validation failed.', details: { message: 'Bad Request' } },
    ]) {
      expect(decode(422, body)).toMatchObject({
        format: 'generic',
        message: 'Validation failed.',
        fieldErrors: [],
      });
    }
  });

  it('reads the error list of a detail object that carries its own code', () => {
    // Built here: `detail.field_errors[]` beside a code, at the top and under `error`.
    const detail = {
      code: 'validation_error',
      field_errors: [{ field: 'email', message: 'Enter a valid email address.' }],
    };
    for (const body of [
      { message: 'Request body failed validation.', detail },
      { error: { message: 'Request body failed validation.', detail } },
    ]) {
      expect(decode(422, body).fieldErrors).toEqual([
        { path: 'email', message: 'Enter a valid email address.' },
      ]);
    }
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
    expect(mapOf(nested(8, ['Eight keys down.'])).fieldErrors).toEqual([
      { path: 'l8.l7.l6.l5.l4.l3.l2.l1', message: 'Eight keys down.' },
    ]);
    expect(mapOf(nested(9, ['Nine keys down.'])).fieldErrors).toEqual([]);
    expect(mapOf(nested(6, [{}, { name: ['Deep in a list.'] }])).fieldErrors).toEqual([
      { path: 'l6.l5.l4.l3.l2.l1.1.name', message: 'Deep in a list.' },
    ]);
    expect(mapOf(nested(7, [{ name: ['Too deep in a list.'] }])).fieldErrors).toEqual([]);
  });

  it('stops reading a map after 1,000 members, so any body is read in bounded time', () => {
    // Built here: 10 groups of 100 members without errors, the last group's message at member
    // 1,000 (counting the map itself) or 1,001.
    expect(mapOf(wideMap(88)).fieldErrors).toEqual([
      { path: 'g9.email', message: 'Enter a valid email address.' },
    ]);
    expect(mapOf(wideMap(89)).fieldErrors).toEqual([]);
  });
});

describe('the generic reader: templates, object types, ids and field names', () => {
  // Magento 2's own web API tests (magento/magento2, dev/tests/api-functional: the customer group
  // repository test) expect this body from Adobe Commerce for a request without the group's code.
  it('fills a named placeholder of Adobe Commerce’s template from its parameters', () => {
    const error = decode(400, {
      message: '%fieldName is a required field.',
      parameters: { fieldName: 'code' },
    });
    expect(error.message).toBe('code is a required field.');
  });

  it('keeps the code of a body with template parameters but no message', () => {
    // Built here: parameters sent beside a code, without the template they belong to.
    const error = decode(400, { code: 'INVALID_FIELD', parameters: ['sku'] });
    expect(error).toMatchObject({ code: 'INVALID_FIELD', kind: 'bad_request' });
  });

  // https://docs.anthropic.com/en/api/errors (the error shape: a top-level `type` of "error")
  it('takes no code from a `type` that names the object as an error', () => {
    const error = decode(404, {
      type: 'error',
      error: { type: 'not_found_error', message: 'The requested resource could not be found.' },
    });
    expect(error.code).toBe('not_found_error');
  });

  // https://jsonapi.org/format/#error-objects: `id` is "a unique identifier for this particular
  // occurrence of the problem", never the kind of problem.
  it('takes no code from a JSON:API error’s occurrence id', () => {
    const error = decode(409, {
      errors: [{ id: 'ab12cd34', status: '409', title: 'Conflict', detail: 'The title is already taken.' }],
    });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('The title is already taken.');
  });

  it('names no field after a `field` member that holds words rather than a name', () => {
    // Built here: a field member written as a label for people ("email address"), not a member name.
    const error = decode(422, { error: { message: 'Enter a valid email address.', field: 'email address' } });
    expect(error.fieldErrors.map((fe) => fe.path)).not.toContain('email address');
    expect(error.fieldErrors.map((fe) => fe.path)).not.toContain('address');
  });
});

describe('the generic reader: problem details pointing at the whole document', () => {
  // https://www.rfc-editor.org/rfc/rfc9457#section-3 (validation errors as `errors: [{ detail,
  // pointer }]`, the pointer a JSON Pointer as a URI fragment); RFC 6901 § 6: `#` is the whole document.
  const decodeAt = (pointer: string) =>
    decodeError(
      {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'about:blank',
          status: 422,
          errors: [
            { detail: 'The order must hold at least one item.', pointer },
            { detail: 'must be a positive integer', pointer: '#/age' },
          ],
        },
      },
      { now: 1_800_000_000_000 },
    );

  it.each(['#', '/', '#/'])('names no field "%s": the pointer is read as the empty pointer is', (pointer) => {
    const error = decodeAt(pointer);
    expect(error.fieldErrors).toEqual([{ path: 'age', message: 'must be a positive integer' }]);
    expect(error.message).toBe(decodeAt('').message);
  });
});
