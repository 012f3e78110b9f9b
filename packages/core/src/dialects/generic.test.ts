// The generic reader, on bodies no named dialect claims. Each example is copied from the API's own
// documentation, cited beside it; the few bodies built here to pin a rule say so.
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { explainDecode } from '../decode/explainDecode.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import { cyclic, deepObject, isPrototypePolluted, POLLUTING_JSON } from '../test-utils/hostile.js';

const json = { 'content-type': 'application/json' };
const decode = (status: number, body: unknown, headers: Record<string, string> = json) =>
  decodeError({ status, headers, body }, { now: 1_800_000_000_000 });

const PAYPAL = {
  name: 'INTERNAL_SERVER_ERROR',
  message: 'An internal server error occurred.',
  debug_id: '90957fca61718',
  links: [
    {
      href: 'https://developer.paypal.com/api/orders/v2/#error-INTERNAL_SERVER_ERROR',
      rel: 'information_link',
    },
  ],
};

const DISCORD = {
  code: 50035,
  errors: {
    activities: {
      '0': {
        platform: {
          _errors: [
            { code: 'BASE_TYPE_CHOICES', message: "Value must be one of ('desktop', 'android', 'ios')." },
          ],
        },
        type: {
          _errors: [{ code: 'BASE_TYPE_CHOICES', message: 'Value must be one of (0, 1, 2, 3, 4, 5).' }],
        },
      },
    },
  },
  message: 'Invalid Form Body',
};

const OKTA_CAUSES = {
  errorCode: 'E0000001',
  errorSummary: 'Api validation failed',
  errorLink: 'E0000001',
  errorId: 'oaeHfmOAx1iRLa0H10DeMz5fQ',
  errorCauses: [
    { errorSummary: 'login: An object with this field already exists in the current organization' },
  ],
};

describe('the generic reader: the server’s message', () => {
  it('shows the server’s sentence instead of the kit’s copy', () => {
    // https://docs.nestjs.com/guards
    const error = decode(403, { statusCode: 403, message: 'Forbidden resource', error: 'Forbidden' });
    expect(error).toMatchObject({ format: 'generic', kind: 'forbidden', message: 'Forbidden resource' });
  });

  it('takes the first of a list of messages', () => {
    // https://docs.nestjs.com/techniques/validation
    const error = decode(400, { statusCode: 400, error: 'Bad Request', message: ['email must be an email'] });
    expect(error.message).toBe('email must be an email');
  });

  it('takes the first string of a top-level array', () => {
    // https://www.django-rest-framework.org/api-guide/exceptions/ (a view's ValidationError)
    const error = decode(400, ['This field must be an even number.']);
    expect(error).toMatchObject({ format: 'generic', message: 'This field must be an even number.' });
  });

  it('uses the kind’s copy when the message only restates the reason phrase', () => {
    // https://docs.nestjs.com/exception-filters
    expect(decode(403, { statusCode: 403, message: 'Forbidden' }).message).toBe(DEFAULT_MESSAGES.forbidden);
    expect(decode(500, { statusCode: 500, message: 'Internal server error' }).message).toBe(
      DEFAULT_MESSAGES.server,
    );
  });

  it('reads a sentence under error as the message and a token under error as the code', () => {
    // https://docs.nestjs.com/exception-filters#throwing-standard-exceptions
    expect(decode(403, { status: 403, error: 'This is a custom message' }).message).toBe(
      'This is a custom message',
    );
    // https://api.slack.com/methods/auth.test
    expect(decode(200, { ok: false, error: 'invalid_auth' })).toMatchObject({
      code: 'invalid_auth',
      kind: 'unauthenticated',
      message: DEFAULT_MESSAGES.unauthenticated,
    });
  });

  it('prefers the top-level message to the first error’s', () => {
    // https://github.com/github/docs/blob/015d8c38bacc76ad8b57b9ad65c9616ec9a238ea/content/rest/overview/resources-in-the-rest-api.md#client-errors
    const error = decode(422, {
      message: 'Validation Failed',
      errors: [{ resource: 'Issue', field: 'title', code: 'missing_field' }],
    });
    expect(error).toMatchObject({ message: 'Validation Failed', code: 'missing_field', kind: 'validation' });
    // The entry names a field but has no words for it: no field error made up from its code.
    expect(error.fieldErrors).toEqual([]);
  });

  it('never shows raw JSON or a code as the message', () => {
    // Built here: a body whose only texts are a token and a nested object.
    const error = decode(400, { error: 'bad_thing', details: { a: { b: 1 } } });
    expect(error.message).toBe(DEFAULT_MESSAGES.bad_request);
    expect(error.code).toBe('bad_thing');
  });
});

describe('the generic reader: codes', () => {
  it('reads Kubernetes’ reason as the code, not the status echoed as a number', () => {
    // https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#response-status-kind
    const error = decode(404, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'pods "grafana" not found',
      reason: 'NotFound',
      details: { name: 'grafana', kind: 'pods' },
      code: 404,
    });
    expect(error).toMatchObject({ code: 'NotFound', message: 'pods "grafana" not found', fieldErrors: [] });
  });

  it('reads PayPal v2: name as code, debug_id as request id, the information_link as docs link', () => {
    // https://github.com/paypal/paypal-rest-api-specifications/blob/ec4d8f36a6ab0abcc3865e1072aaddc85ea14d5c/openapi/checkout_orders_v2.json (error_500, error_503 examples)
    expect(decode(500, PAYPAL)).toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'An internal server error occurred.',
      requestId: '90957fca61718',
      docsUrl: 'https://developer.paypal.com/api/orders/v2/#error-INTERNAL_SERVER_ERROR',
    });
    expect(
      decode(503, {
        name: 'SERVICE_UNAVAILABLE',
        message: 'Service Unavailable.',
        debug_id: '90957fca61718',
        information_link: 'https://developer.paypal.com/docs/api/orders/v2/#error-SERVICE_UNAVAILABLE',
      }),
    ).toMatchObject({
      code: 'SERVICE_UNAVAILABLE',
      message: DEFAULT_MESSAGES.unavailable,
      docsUrl: 'https://developer.paypal.com/docs/api/orders/v2/#error-SERVICE_UNAVAILABLE',
    });
  });

  it('reads a numeric code as text', () => {
    // https://github.com/discord/discord-api-docs/blob/main/docs/topics/opcodes-and-status-codes.md#json
    expect(decode(401, { message: 'Invalid authentication token', code: 50014 }).code).toBe('50014');
  });

  it('reads HubSpot’s category as the code and correlationId as the request id', () => {
    // https://github.com/grouparoo/grouparoo/tree/main/plugins/%40grouparoo/hubspot/__tests__/fixtures (HubSpot's recorded answer)
    const error = decode(429, {
      status: 'error',
      message: 'You have reached your secondly limit.',
      correlationId: 'aef131e2-8f21-4de8-8fdd-be8390cd979e',
      category: 'RATE_LIMITS',
    });
    expect(error).toMatchObject({
      code: 'RATE_LIMITS',
      kind: 'rate_limited',
      requestId: 'aef131e2-8f21-4de8-8fdd-be8390cd979e',
    });
  });

  it('drops AWS namespaces from the code', () => {
    // https://github.com/smithy-lang/smithy/blob/2d6a0d84dd470ee7c4371d6a575cf8e05ab64fea/smithy-aws-protocol-tests/model/awsJson1_1/errors.smithy
    const error = decode(500, {
      code: 'aws.protocoltests.json#FooError:http://internal.amazon.com/coral/com.amazon.coral.validate/',
    });
    expect(error).toMatchObject({ code: 'FooError', kind: 'server', message: DEFAULT_MESSAGES.server });
  });

  it('never takes a type URI for a code: it is the docs link, and reason is the code', () => {
    // https://developer.twitter.com/en/docs/labs/tweets-and-users/error-codes
    const error = decode(403, {
      client_id: '16395995',
      type: 'https://api.twitter.com/labs/1/problems/client-forbidden',
      title: 'Client Forbidden',
      detail:
        'This request must be made with a registered client. Please create an account and enroll in Labs.',
      reason: 'client-not-enrolled',
      registration_url: 'https://developer.twitter.com/en/account/labs',
    });
    expect(error).toMatchObject({
      code: 'client-not-enrolled',
      message:
        'This request must be made with a registered client. Please create an account and enroll in Labs.',
      docsUrl: 'https://api.twitter.com/labs/1/problems/client-forbidden',
    });
  });

  it('reads an UPPER_CASE code in the message as the code (Firebase Auth)', () => {
    // https://firebase.google.com/docs/reference/rest/auth#section-create-email-password
    const error = decode(400, {
      error: {
        code: 400,
        message: 'EMAIL_EXISTS',
        errors: [{ message: 'EMAIL_EXISTS', domain: 'global', reason: 'invalid' }],
      },
    });
    expect(error).toMatchObject({ code: 'EMAIL_EXISTS', message: DEFAULT_MESSAGES.bad_request });
  });
});

describe('the generic reader: field errors', () => {
  it('reads Spring Boot’s binding errors', () => {
    // https://github.com/spring-projects/spring-boot/issues/20425
    const error = decode(400, {
      error: 'Bad Request',
      errors: [
        {
          arguments: [
            { arguments: null, code: 'name', codes: ['customer.name', 'name'], defaultMessage: 'name' },
          ],
          bindingFailure: false,
          code: 'NotBlank',
          codes: ['NotBlank.customer.name', 'NotBlank.name', 'NotBlank.java.lang.String', 'NotBlank'],
          defaultMessage: "name can't be blank",
          field: 'name',
          objectName: 'customer',
          rejectedValue: '',
        },
      ],
      message: "Validation failed for object='customer'. Error count: 1",
      path: '/customers',
      status: 400,
      timestamp: '2020-03-08T16:19:45.828+0000',
    });
    expect(error).toMatchObject({
      kind: 'validation',
      message: "Validation failed for object='customer'. Error count: 1",
      fieldErrors: [{ path: 'name', message: "name can't be blank", code: 'NotBlank' }],
    });
  });

  it('reads Discord’s nested error map with index keys and _errors', () => {
    // https://github.com/discord/discord-api-docs/blob/main/docs/reference.md#error-messages
    const error = decode(400, DISCORD);
    expect(error).toMatchObject({ code: '50035', message: 'Invalid Form Body', kind: 'validation' });
    expect(error.fieldErrors).toEqual([
      {
        path: 'activities.0.platform',
        message: "Value must be one of ('desktop', 'android', 'ios').",
        code: 'BASE_TYPE_CHOICES',
      },
      {
        path: 'activities.0.type',
        message: 'Value must be one of (0, 1, 2, 3, 4, 5).',
        code: 'BASE_TYPE_CHOICES',
      },
    ]);
  });

  it('reads Kubernetes’ details.causes with their field paths', () => {
    // https://github.com/kubernetes/community/blob/master/contributors/devel/sig-architecture/api-conventions.md#response-status-kind
    const error = decode(422, {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: 'Pod "grafana" is invalid: spec.containers[0].image: Required value',
      reason: 'Invalid',
      details: {
        name: 'grafana',
        kind: 'Pod',
        causes: [
          { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.containers[0].image' },
        ],
      },
      code: 422,
    });
    expect(error.code).toBe('Invalid');
    expect(error.fieldErrors).toEqual([
      { path: 'spec.containers.0.image', message: 'Required value', code: 'FieldValueRequired' },
    ]);
  });

  it('reads Jira’s errors map and errorMessages list', () => {
    // https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issues/#api-rest-api-3-issue-post
    const error = decode(400, {
      errorMessages: [],
      errors: {
        summary: 'You must specify a summary of the issue.',
        customfield_10001:
          "Field 'customfield_10001' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    });
    expect(error.kind).toBe('validation');
    expect(error.fieldErrors).toEqual([
      { path: 'summary', message: 'You must specify a summary of the issue.' },
      {
        path: 'customfield_10001',
        message: "Field 'customfield_10001' cannot be set. It is not on the appropriate screen, or unknown.",
      },
    ]);
  });

  it('reads Zendesk’s details map of error objects', () => {
    // https://developer.zendesk.com/api-reference/ticketing/introduction/#400-range
    const error = decode(422, {
      details: {
        value: [
          { type: 'blank', description: "can't be blank" },
          { type: 'invalid', description: ' is not properly formatted' },
        ],
      },
      description: 'RecordValidation errors',
      error: 'RecordInvalid',
    });
    expect(error).toMatchObject({ code: 'RecordInvalid', message: 'RecordValidation errors' });
    // What the API said beyond the model: its details map.
    expect(error.details).toEqual({
      value: [
        { type: 'blank', description: "can't be blank" },
        { type: 'invalid', description: ' is not properly formatted' },
      ],
    });
    expect(error.fieldErrors).toEqual([
      { path: 'value', message: "can't be blank", code: 'blank' },
      { path: 'value', message: 'is not properly formatted', code: 'invalid' },
    ]);
  });

  it('reads a field named in the message (Okta’s errorCauses)', () => {
    // https://developer.okta.com/docs/api/getting_started/design_principles#errors
    const error = decode(400, OKTA_CAUSES);
    expect(error).toMatchObject({
      code: 'E0000001',
      message: 'Api validation failed',
      requestId: 'oaeHfmOAx1iRLa0H10DeMz5fQ',
    });
    expect(error.fieldErrors).toEqual([
      { path: 'login', message: 'An object with this field already exists in the current organization' },
    ]);
  });

  it('never takes a URL or query parameter for a field', () => {
    // https://fastapi.tiangolo.com/tutorial/path-params/
    const error = decode(422, {
      detail: [
        {
          type: 'int_parsing',
          loc: ['path', 'item_id'],
          msg: 'Input should be a valid integer, unable to parse string as an integer',
          input: 'foo',
        },
      ],
    });
    expect(error.fieldErrors).toEqual([]);
    // https://twittercommunity.com/t/questions-about-error-response-structure/151746 (an X API v2 answer)
    const x = decode(400, {
      errors: [
        {
          parameters: { 'tweep.fields': ['asdf'] },
          message:
            'The query parameter [tweep.fields] is not one of [id,expansions,tweet.fields,media.fields,poll.fields,place.fields,user.fields]',
        },
      ],
      title: 'Invalid Request',
      detail: 'One or more parameters to your request was invalid.',
      type: 'https://api.twitter.com/2/problems/invalid-request',
    });
    expect(x).toMatchObject({
      message: 'One or more parameters to your request was invalid.',
      fieldErrors: [],
    });
  });

  it('names no field on statuses that are not about a form', () => {
    // https://developer.squareup.com/docs/build-basics/general-considerations/handling-errors
    const error = decode(404, {
      errors: [
        {
          code: 'NOT_FOUND',
          detail: 'Could not find payment with id: 7nDzoTTqoVk6LMeYzfXg2fpcUDaZY',
          category: 'INVALID_REQUEST_ERROR',
        },
      ],
    });
    expect(error).toMatchObject({
      code: 'NOT_FOUND',
      message: 'Could not find payment with id: 7nDzoTTqoVk6LMeYzfXg2fpcUDaZY',
      fieldErrors: [],
    });
  });

  it('reads Django REST framework’s top-level field map, with the kind’s copy as message', () => {
    // https://www.django-rest-framework.org/api-guide/exceptions/#exception-handling-in-rest-framework-views
    const error = decode(400, {
      amount: ['A valid integer is required.'],
      description: ['This field may not be blank.'],
    });
    expect(error).toMatchObject({ kind: 'validation', message: DEFAULT_MESSAGES.validation });
    expect(error.fieldErrors).toEqual([
      { path: 'amount', message: 'A valid integer is required.' },
      { path: 'description', message: 'This field may not be blank.' },
    ]);
  });
});

describe('the generic reader on bad input', () => {
  it('reads a cyclic body, a 100k-deep body and polluting keys without harm', () => {
    for (const body of [cyclic(), deepObject(100_000), ...POLLUTING_JSON]) {
      const error = decode(422, body);
      expect(error.message.length).toBeGreaterThan(0);
      expect(isPrototypePolluted()).toBe(false);
    }
  });

  it('reads a wide, deep field map in bounded time', () => {
    // Built here: 200 fields, each 50 levels deep.
    let deep: unknown = ['is invalid'];
    for (let i = 0; i < 50; i++) deep = { [`f${i}`]: deep };
    const errors = Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`field${i}`, deep]));
    const started = performance.now();
    const error = decode(422, { message: 'Invalid', errors });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(error.fieldErrors.length).toBeLessThanOrEqual(200);
  });
});

describe('explainDecode on the generic reader', () => {
  it('explains PayPal v2: name as code, debug_id as request id, the information_link’s href as the docs link', () => {
    const explained = explainDecode({ status: 500, headers: json, body: PAYPAL });
    expect(explained.dialect).toBe('generic');
    expect(explained.sources).toMatchObject({
      code: 'body:name',
      message: 'body:message',
      requestId: 'body:debug_id',
      docsUrl: 'body:links.0.href',
    });
  });

  it('explains Discord’s nested map: each field by the keys it sits under', () => {
    expect(explainDecode({ status: 400, headers: json, body: DISCORD }).sources).toMatchObject({
      code: 'body:code',
      message: 'body:message',
      'fieldErrors.0.path': 'body:errors.activities.0.platform',
      'fieldErrors.0.message': 'body:errors.activities.0.platform._errors.0.message',
    });
  });

  it('explains a field named in the message as read from that message', () => {
    expect(explainDecode({ status: 400, headers: json, body: OKTA_CAUSES }).sources).toMatchObject({
      'fieldErrors.0.path': 'message:"login:"',
      'fieldErrors.0.message': 'body:errorCauses.0.errorSummary',
    });
  });
});
