import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DecodeInput, Dialect } from '../model/types.js';
import { createDecoder } from './createDecoder.js';
import { explainDecode } from './explainDecode.js';

// What a developer reads in an explanation of documented errors: each body, its headers and status are
// the corpus's (test/corpus/*.json and test/vectors/seed-envelopes.json, each case citing the page it
// was copied from), looked up by id.

const NOW = 1_800_000_000_000;
const CORPUS = fileURLToPath(new URL('../../test/corpus/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../test/vectors/seed-envelopes.json', import.meta.url));

interface Case extends DecodeInput {
  id: string;
  now?: number;
}

const seeds = JSON.parse(readFileSync(SEEDS, 'utf8')) as { now: number; vectors: Case[] };
const cases = new Map<string, Case>(
  [
    ...readdirSync(CORPUS)
      .filter((name) => name.endsWith('.json'))
      .flatMap((name) => (JSON.parse(readFileSync(`${CORPUS}${name}`, 'utf8')) as { cases: Case[] }).cases),
    ...seeds.vectors.map((v) => ({ ...v, now: seeds.now })),
  ].map((c) => [c.id, c]),
);

/** The documented error of that id, explained as an app's decoder would decode it. */
function explained(id: string) {
  const c = cases.get(id);
  if (c === undefined) throw new Error(`no corpus case ${id}`);
  return explainDecode(c, { now: c.now ?? NOW });
}

describe('explainDecode names the source of every field of documented errors', () => {
  it('FastAPI: each field from its own item of `detail`, even where two items say the same words', () => {
    const { dialect, sources } = explained('fastapi-422-body-missing-two');
    expect(dialect).toBe('generic');
    expect(sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:detail.0.type',
      message: 'body:detail.0.msg',
      'fieldErrors.0.path': 'body:detail.0.loc',
      'fieldErrors.0.message': 'body:detail.0.msg',
      'fieldErrors.0.code': 'body:detail.0.type',
      'fieldErrors.1.path': 'body:detail.1.loc',
      'fieldErrors.1.message': 'body:detail.1.msg',
      'fieldErrors.1.code': 'body:detail.1.type',
      retryable: 'status',
    });
  });

  it('GitHub: a 403 is a rate limit because X-RateLimit-Remaining is 0, and the wait comes from X-RateLimit-Reset', () => {
    expect(explained('github-403-primary-rate-limit').sources).toEqual({
      status: 'status',
      kind: 'header:x-ratelimit-remaining',
      code: 'header:x-ratelimit-remaining',
      message: 'body:message',
      retryAfterMs: 'header:x-ratelimit-reset',
      retryAt: 'header:x-ratelimit-reset',
      'rateLimit.limit': 'header:x-ratelimit-limit',
      'rateLimit.remaining': 'header:x-ratelimit-remaining',
      'rateLimit.resetAt': 'header:x-ratelimit-reset',
      docsUrl: 'body:documentation_url',
      retryable: 'header:x-ratelimit-remaining',
    });
  });

  it('GitHub: a 403 without rate-limit headers is a rate limit because its message says "rate limit"', () => {
    expect(explained('github-403-secondary-rate-limit').sources).toEqual({
      status: 'status',
      kind: 'message:"rate limit"',
      code: 'message:"rate limit"',
      message: 'body:message',
      docsUrl: 'body:documentation_url',
      retryable: 'message:"rate limit"',
    });
  });

  it('Anthropic: the kind and whether to retry come from the error type the decoder knows, the request id from its header', () => {
    const { error, sources } = explained('anthropic-529-overloaded');
    expect(error.kind).toBe('unavailable');
    expect(sources).toEqual({
      status: 'status',
      kind: 'body:error.type',
      code: 'body:error.type',
      message: 'body:error.message',
      requestId: 'header:request-id',
      retryable: 'body:error.type',
    });
  });

  it('OpenAI: a 429 made a payment error by its code is still retried because of its status', () => {
    expect(explained('openai-429-insufficient-quota').sources).toEqual({
      status: 'status',
      kind: 'body:error.code',
      code: 'body:error.code',
      message: 'body:error.message',
      retryable: 'status',
    });
  });

  it('Adyen: the kind comes from the member whose words name it (`errorType`), the code from `errorCode`', () => {
    expect(explained('adyen-400-validation-702').sources).toEqual({
      status: 'status',
      kind: 'body:errorType',
      code: 'body:errorCode',
      message: 'body:message',
      retryable: 'body:errorType',
    });
  });

  it('Stripe: a 400 is a validation error because of its field error, whose code and field come from `error`', () => {
    expect(explained('stripe-400-resource-missing-bracket-param').sources).toEqual({
      status: 'status',
      kind: 'body:error.message',
      code: 'body:error.code',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.param',
      'fieldErrors.0.message': 'body:error.message',
      'fieldErrors.0.code': 'body:error.code',
      docsUrl: 'body:error.doc_url',
      retryable: 'body:error.message',
    });
  });

  it('Discord and Telegram: the wait comes from the member that states it in seconds, at any depth', () => {
    expect(explained('discord-429-user-rate-limit').sources).toMatchObject({
      retryAfterMs: 'body:retry_after',
      retryAt: 'body:retry_after',
      'rateLimit.limit': 'header:x-ratelimit-limit',
      'rateLimit.remaining': 'header:x-ratelimit-remaining',
      'rateLimit.resetAt': 'header:x-ratelimit-reset',
    });
    expect(explained('telegram-429-retry-after').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:error_code',
      message: 'body:description',
      retryAfterMs: 'body:parameters.retry_after',
      retryAt: 'body:parameters.retry_after',
      retryable: 'status',
    });
  });

  it('Vercel: a wait said only in the message is quoted', () => {
    expect(explained('vercel-429-rate-limited-reset-in-body').sources).toMatchObject({
      retryAfterMs: 'message:"Try again in 7 days"',
      retryAt: 'message:"Try again in 7 days"',
    });
  });

  it('DigitalOcean and Mapbox: the wait comes from the header of the instant the limit resets', () => {
    expect(explained('digitalocean-429-rate-limit-headers').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:id',
      message: 'body:message',
      retryAfterMs: 'header:ratelimit-reset',
      retryAt: 'header:ratelimit-reset',
      'rateLimit.limit': 'header:ratelimit-limit',
      'rateLimit.remaining': 'header:ratelimit-remaining',
      'rateLimit.resetAt': 'header:ratelimit-reset',
      retryable: 'status',
    });
    expect(explained('mapbox-429-reason-phrase').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'default copy',
      retryAfterMs: 'header:x-rate-limit-reset',
      retryAt: 'header:x-rate-limit-reset',
      'rateLimit.limit': 'header:x-rate-limit-limit',
      'rateLimit.resetAt': 'header:x-rate-limit-reset',
      retryable: 'status',
    });
  });

  it('Werkzeug: an HTML page that says "server" is not where the code of a 500 came from', () => {
    expect(explained('werkzeug-500-default-html').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'default copy',
      retryable: 'status',
    });
  });

  it('AWS JSON: with no body, the code comes from X-Amzn-ErrorType and no dialect read anything', () => {
    const { dialect, sources } = explained('aws-json11-500-error-type-header-only');
    expect(dialect).toBeUndefined();
    expect(sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'header:x-amzn-errortype',
      message: 'default copy',
      retryable: 'status',
    });
  });

  it('Zendesk: a text body is the message, the request id and the wait come from headers', () => {
    expect(explained('zendesk-429-text-body-retry-after-request-id').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'body',
      requestId: 'header:x-zendesk-request-id',
      retryAfterMs: 'header:retry-after',
      retryAt: 'header:retry-after',
      retryable: 'status',
    });
  });

  it('AWS XML: the code, message and request id are elements of the body', () => {
    expect(explained('ec2-400-invalid-instance-id-not-found').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:code',
      message: 'body:message',
      requestId: 'body:requestid',
      retryable: 'status',
    });
    expect(explained('s3-503-slow-down').sources).toMatchObject({ kind: 'body:code', code: 'body:code' });
    expect(explained('twilio-xml-400-code-and-more-info').sources).toMatchObject({
      docsUrl: 'body:moreinfo',
    });
  });

  it('Microsoft Graph, Okta, PayPal, HubSpot: the request id from the member that names it', () => {
    expect(explained('graph-416-invalid-range-inner-error').sources.requestId).toBe(
      'body:error.innerError.request-id',
    );
    expect(explained('okta-400-api-validation-error-causes').sources.requestId).toBe('body:errorId');
    expect(explained('paypal-v1-400-subscriptions-invalid-request').sources.requestId).toBe('body:debug_id');
    expect(explained('hubspot-400-property-validation').sources.requestId).toBe('body:correlationId');
  });

  it('Okta and a message that names its field first: the field is quoted from the message', () => {
    expect(explained('okta-400-api-validation-error-causes').sources).toEqual({
      status: 'status',
      kind: 'body:errorCauses.0.errorSummary',
      code: 'body:errorCode',
      message: 'body:errorSummary',
      'fieldErrors.0.path': 'message:"login:"',
      'fieldErrors.0.message': 'body:errorCauses.0.errorSummary',
      requestId: 'body:errorId',
      retryable: 'body:errorCauses.0.errorSummary',
    });
    expect(explained('nova-400-validation-string-code').sources).toMatchObject({
      'fieldErrors.0.path': 'message:"name:"',
      'fieldErrors.0.message': 'body:message',
    });
  });

  it('Strapi: the field error’s message and code are those of its own item, not the same words of `error`', () => {
    expect(explained('strapi-400-validation-nested-path').sources).toEqual({
      status: 'status',
      kind: 'body:error.name',
      code: 'body:error.name',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.details.errors.0.path',
      'fieldErrors.0.message': 'body:error.details.errors.0.message',
      'fieldErrors.0.code': 'body:error.details.errors.0.name',
      retryable: 'body:error.name',
    });
  });

  it('Laravel: two messages of one field both name that field’s member, each its own message', () => {
    expect(explained('laravel-422-validation-dotted-keys').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'body:message',
      'fieldErrors.0.path': 'body:errors.team_name',
      'fieldErrors.0.message': 'body:errors.team_name.0',
      'fieldErrors.1.path': 'body:errors.team_name',
      'fieldErrors.1.message': 'body:errors.team_name.1',
      'fieldErrors.2.path': 'body:errors["authorization.role"]',
      'fieldErrors.2.message': 'body:errors["authorization.role"].0',
      'fieldErrors.3.path': 'body:errors["users.0.email"]',
      'fieldErrors.3.message': 'body:errors["users.0.email"].0',
      'fieldErrors.4.path': 'body:errors["users.2.email"]',
      'fieldErrors.4.message': 'body:errors["users.2.email"].0',
      retryable: 'status',
    });
  });

  it('Discord: a field of a nested error map is the member that spells it, not the `_errors` list', () => {
    expect(explained('discord-400-array-error-nested-map').sources).toEqual({
      status: 'status',
      kind: 'body:errors.activities.0.platform._errors.0.message',
      code: 'body:code',
      message: 'body:message',
      'fieldErrors.0.path': 'body:errors.activities.0.platform',
      'fieldErrors.0.message': 'body:errors.activities.0.platform._errors.0.message',
      'fieldErrors.0.code': 'body:errors.activities.0.platform._errors.0.code',
      'fieldErrors.1.path': 'body:errors.activities.0.type',
      'fieldErrors.1.message': 'body:errors.activities.0.type._errors.0.message',
      'fieldErrors.1.code': 'body:errors.activities.0.type._errors.0.code',
      retryable: 'body:errors.activities.0.platform._errors.0.message',
    });
  });

  it('ASP.NET Core and Django: a form-wide error sits under an empty name or a list index', () => {
    expect(explained('aspnetcore-400-validation-problem-details').sources).toEqual({
      status: 'status',
      kind: 'body:errors[""].0',
      code: 'body:errors[""].0',
      message: 'body:title',
      'fieldErrors.0.path': 'body:errors[""]',
      'fieldErrors.0.message': 'body:errors[""].0',
      requestId: 'body:traceId',
      docsUrl: 'body:type',
      retryable: 'body:errors[""].0',
    });
    expect(explained('drf-400-list-serializer-index-keys').sources).toEqual({
      status: 'status',
      kind: 'body:2.id.0',
      code: 'body:2.id.0',
      message: 'default copy',
      'fieldErrors.0.path': 'body:2.id',
      'fieldErrors.0.message': 'body:2.id.0',
      retryable: 'body:2.id.0',
    });
  });

  it('Google: the code from ErrorInfo, the message from LocalizedMessage, the docs from Help', () => {
    expect(explained('google-aip193-429-resource-exhausted-details').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:error.details.0.reason',
      message: 'body:error.details.1.message',
      docsUrl: 'body:error.details.2.links.0.url',
      retryable: 'status',
    });
  });

  it('SendGrid and Box: the docs link from `help` of the error or `help_url`', () => {
    expect(explained('sendgrid-400-attachment-field-help').sources).toEqual({
      status: 'status',
      kind: 'body:errors.0.message',
      code: 'body:errors.0.message',
      message: 'body:errors.0.message',
      'fieldErrors.0.path': 'body:errors.0.field',
      'fieldErrors.0.message': 'body:errors.0.message',
      docsUrl: 'body:errors.0.help',
      retryable: 'body:errors.0.message',
    });
    expect(explained('box-404-context-info-url-id').sources.docsUrl).toBe('body:help_url');
  });

  it('a request id said in the message, and a successor said in a Link header', () => {
    expect(explained('chatsby-500-request-id-in-message').sources.requestId).toBe(
      'message:"request ID: req_abc123"',
    );
    expect(explained('nessy-410-successor').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:error.code',
      message: 'body:error.message',
      successorUrl: 'header:link',
      retryable: 'status',
    });
  });
});

describe('explainDecode follows what a dialect reads', () => {
  /** A chain of `next` members `depth` levels deep with the message at its bottom. */
  function chain(depth: number): unknown {
    let body: unknown = { message: 'The bottom of the chain.' };
    for (let i = 0; i < depth; i++) body = { next: body };
    return body;
  }
  const walker: Dialect = {
    name: 'chain',
    match: (body) => typeof body === 'object' && body !== null && 'next' in body,
    read: (body) => {
      let at = body as { next?: unknown; message?: string };
      while (at.next) at = at.next as typeof at;
      return { message: at.message };
    },
  };

  it('notes members down to 41 levels deep, and names the dialect for a value read deeper', () => {
    const decoder = createDecoder({ dialects: [walker] });
    expect(explainDecode({ status: 400, body: chain(40) }, { decoder }).sources.message).toBe(
      `body:${'next.'.repeat(40)}message`,
    );
    expect(explainDecode({ status: 400, body: chain(41) }, { decoder }).sources.message).toBe(
      'dialect:chain',
    );
  });

  it('notes the first 10,000 members a dialect reads, and names the dialect for a value read after them', () => {
    const reader: Dialect = {
      name: 'long',
      match: () => true,
      read: (body) => {
        const { padding } = body as { padding: unknown[] };
        for (let i = 0; i < padding.length; i++) void padding[i];
        return { message: (body as { message: string }).message };
      },
    };
    const decoder = createDecoder({ dialects: [reader] });
    // `padding`, its items, then `message`: the 10,000th member noted, then the 10,001st.
    const body = (items: number) => ({ padding: Array<number>(items).fill(0), message: 'Read last.' });
    expect(explainDecode({ status: 400, body: body(9_998) }, { decoder }).sources.message).toBe(
      'body:message',
    );
    expect(explainDecode({ status: 400, body: body(9_999) }, { decoder }).sources.message).toBe(
      'dialect:long',
    );
  });

  it('follows a dialect that iterates a list, and counts no list length as a member', () => {
    const counting: Dialect = {
      name: 'counting',
      match: () => true,
      read: (body) => {
        const { errors } = body as { errors: { message: string }[] };
        const messages: string[] = [];
        for (const e of errors) messages.push(e.message);
        return { message: messages.join(' '), code: String(errors.length) };
      },
    };
    const explained = explainDecode(
      { status: 400, body: { errors: [{ message: 'Name is required.' }] } },
      { decoder: createDecoder({ dialects: [counting] }) },
    );
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'dialect:counting',
      message: 'body:errors.0.message',
      retryable: 'status',
    });
  });

  it('names the dialect for a kind it gives that nothing in the response says', () => {
    const kinded: Dialect = { name: 'kinded', match: () => true, read: () => ({ kind: 'conflict' }) };
    const explained = explainDecode(
      { status: 400, body: { state: 'locked' } },
      { decoder: createDecoder({ dialects: [kinded] }) },
    );
    expect(explained.error.kind).toBe('conflict');
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'dialect:kinded',
      code: 'dialect:kinded',
      message: 'default copy',
      retryable: 'dialect:kinded',
    });
  });

  it('names no dialect when the one that read gave a reading the decoder could not take', () => {
    const trap: Dialect = {
      name: 'trap',
      match: () => true,
      read: () => ({
        get message(): string {
          throw new Error('unreadable');
        },
      }),
    };
    const explained = explainDecode(
      { status: 400, body: { a: 1 } },
      { decoder: createDecoder({ dialects: [trap] }) },
    );
    expect(explained.error.format).toBe('http');
    expect(explained.dialects).toEqual([{ name: 'trap', matched: true }]);
    expect(explained.dialect).toBeUndefined();
  });

  it('names the error’s format for a value a reader of the app makes up, when no dialect read the body', () => {
    const decoder = createDecoder({ dialects: [], readers: [{ headerCode: () => 'MADE_UP' }] });
    const explained = explainDecode({ status: 400 }, { decoder });
    expect(explained.error.code).toBe('MADE_UP');
    expect(explained.sources.code).toBe('dialect:http');
  });
});

describe('explainDecode finds a wait in the body in each form the decoder reads', () => {
  it('a google.protobuf.Duration written as seconds and nanos', () => {
    // google.rpc.RetryInfo (https://github.com/googleapis/googleapis/blob/master/google/rpc/error_details.proto)
    // with its Duration as some encoders write it, `{ seconds, nanos }`, which the google dialect reads.
    const explained = explainDecode(
      {
        status: 429,
        body: {
          error: {
            code: 429,
            message: 'Quota exceeded.',
            status: 'RESOURCE_EXHAUSTED',
            details: [
              {
                '@type': 'type.googleapis.com/google.rpc.RetryInfo',
                retryDelay: { seconds: 30, nanos: 500_000_000 },
              },
            ],
          },
        },
      },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(30_500);
    expect(explained.sources).toMatchObject({
      retryAfterMs: 'body:error.details.0.retryDelay',
      retryAt: 'body:error.details.0.retryDelay',
    });
  });

  // The forms the common-members reader documents (`retry_after_ms`, the `reset` instant of a
  // `rate_limit` block), in bodies built for the purpose.
  it('milliseconds in `retry_after_ms`', () => {
    const explained = explainDecode(
      { status: 429, body: { message: 'Slow down.', retry_after_ms: 1500 } },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(1500);
    expect(explained.sources.retryAfterMs).toBe('body:retry_after_ms');
  });

  it('the instant a `rate_limit` block resets, in epoch seconds', () => {
    const explained = explainDecode(
      {
        status: 429,
        body: { message: 'Slow down.', rate_limit: { limit: 60, remaining: 0, reset: NOW / 1000 + 30 } },
      },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(30_000);
    expect(explained.sources.retryAfterMs).toBe('body:rate_limit.reset');
  });
});

describe('explainDecode on trace ids and links', () => {
  it('ASP.NET Core: a W3C `traceId` is the source of both the request id and the trace id', () => {
    // ASP.NET Core 8's default problem details for `return BadRequest();`, as shown in
    // https://ravindradevrani.com/posts/problem-details-in-dotnet/
    const explained = explainDecode({
      status: 400,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
        title: 'Bad Request',
        status: 400,
        traceId: '00-2d4948694b0f223f7f5dff215b42481b-0288bb95d7604783-00',
      },
    });
    expect(explained.error.traceId).toBe('2d4948694b0f223f7f5dff215b42481b');
    expect(explained.sources).toMatchObject({
      requestId: 'body:traceId',
      traceId: 'body:traceId',
      docsUrl: 'body:type',
    });
  });

  it('a traceparent header, and a Link rel="help" the text body repeats', () => {
    const explained = explainDecode(
      {
        status: 400,
        headers: {
          link: '<https://docs.example.test/errors/quota>; rel="help"',
          traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
        },
        body: 'Quota exceeded. See https://docs.example.test/errors/quota',
      },
      { now: NOW },
    );
    expect(explained.sources).toMatchObject({
      message: 'body',
      requestId: 'header:traceparent',
      traceId: 'header:traceparent',
      docsUrl: 'body',
    });
    const linkOnly = explainDecode({
      status: 400,
      headers: { link: '<https://docs.example.test/errors/quota>; rel="help"' },
      body: { message: 'Quota exceeded.' },
    });
    expect(linkOnly.sources.docsUrl).toBe('header:link');
  });
});
