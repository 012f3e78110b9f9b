import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { problem } from '../dialects/problemDetails.js';
import type { DecodeInput, Dialect } from '../model/types.js';
import { createDecoder } from './createDecoder.js';
import { defaultDecoder } from './defaultDecoder.js';
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

  it('GitHub GraphQL: a rate limit sent with status 200 is one because of its error type, whatever the headers say', () => {
    // The GraphQL API's rate-limit error as quoted in https://github.com/github/docs/issues/11071; its
    // docs (https://docs.github.com/graphql/overview/rate-limits-and-node-limits-for-the-graphql-api):
    // "the response status will still be 200, but you will receive an error message, and the value of
    // the x-ratelimit-remaining header will be 0".
    const body = {
      errors: [{ type: 'RATE_LIMITED', message: 'API rate limit exceeded for installation ID 12345678.' }],
    };
    const expected = {
      status: 'status',
      kind: 'body:errors.0.type',
      code: 'body:errors.0.type',
      message: 'body:errors.0.message',
      retryable: 'body:errors.0.type',
    };
    const json = { 'content-type': 'application/json' };
    expect(explainDecode({ status: 200, headers: json, body }, { now: NOW }).sources).toEqual(expected);
    expect(
      explainDecode({ status: 200, headers: { ...json, 'x-ratelimit-remaining': '0' }, body }, { now: NOW })
        .sources,
    ).toEqual({ ...expected, 'rateLimit.remaining': 'header:x-ratelimit-remaining' });
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

  it('Supabase Storage: of two members that say the message, the one named `message` is its source', () => {
    expect(explained('supabase-storage-400-bucket-not-found').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:code',
      message: 'body:message',
      retryable: 'status',
    });
  });

  it('an XML body after a leading newline is still read element by element', () => {
    const c = cases.get('s3-503-slow-down') as Case;
    const explainedWithNewline = explainDecode({ ...c, body: `\n${c.body as string}` }, { now: NOW });
    expect(explainedWithNewline.sources).toEqual({
      status: 'status',
      kind: 'body:code',
      code: 'body:code',
      message: 'body:message',
      retryable: 'status',
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

  it('Phoenix: two fields that say the same words each get the message under their own name', () => {
    expect(explained('phoenix-422-changeset-errors').sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'default copy',
      'fieldErrors.0.path': 'body:errors.link',
      'fieldErrors.0.message': 'body:errors.link.0',
      'fieldErrors.1.path': 'body:errors.title',
      'fieldErrors.1.message': 'body:errors.title.0',
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

  it('names the dialect for a kind and a request id it gives that nothing in the response says', () => {
    const kinded: Dialect = {
      name: 'kinded',
      match: () => true,
      read: () => ({ kind: 'conflict', requestId: 'rq_0001' }),
    };
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
      requestId: 'dialect:kinded',
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

  it('names the dialect for a request id and a wait it gives that the response does not hold, even when the message states others', () => {
    const minted: Dialect = {
      name: 'minted',
      match: () => true,
      read: () => ({
        message: 'Busy, try again in 5 minutes (request ID: req_other1).',
        requestId: 'req_minted',
        retryAfterMs: 60_000,
      }),
    };
    const explained = explainDecode(
      // A reset header whose instant is not the wait the dialect gave.
      { status: 503, headers: { 'x-ratelimit-reset': String(NOW / 1000 + 5) }, body: { state: 'busy' } },
      { decoder: createDecoder({ dialects: [minted] }), now: NOW },
    );
    expect(explained.error).toMatchObject({ requestId: 'req_minted', retryAfterMs: 60_000 });
    expect(explained.sources).toMatchObject({
      message: 'dialect:minted',
      requestId: 'dialect:minted',
      retryAfterMs: 'dialect:minted',
      retryAt: 'dialect:minted',
    });
  });

  it('names the error’s format for a value a reader of the app makes up, when no dialect read the body', () => {
    const decoder = createDecoder({ dialects: [], readers: [{ headerCode: () => 'MADE_UP' }] });
    const explained = explainDecode(
      { status: 400, headers: { 'x-amzn-errortype': 'OtherError' } },
      { decoder },
    );
    expect(explained.error.code).toBe('MADE_UP');
    expect(explained.sources.code).toBe('dialect:http');
  });
});

describe('explainDecode finds a wait in the body in each form the decoder reads', () => {
  it('a google.protobuf.Duration written as text (`"2.5s"`)', () => {
    // The google.rpc.Status of https://cloud.google.com/apis/design/errors with a RetryInfo and a
    // RequestInfo detail (google/rpc/error_details.proto).
    const explained = explainDecode(
      {
        status: 503,
        headers: { 'content-type': 'application/json' },
        body: {
          error: {
            code: 503,
            message: 'The service is currently unavailable.',
            status: 'UNAVAILABLE',
            details: [
              { '@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '2.5s' },
              {
                '@type': 'type.googleapis.com/google.rpc.RequestInfo',
                requestId: 'req-7f3a9c',
                servingData: '',
              },
            ],
          },
        },
      },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(2500);
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:error.status',
      message: 'body:error.message',
      requestId: 'body:error.details.1.requestId',
      retryAfterMs: 'body:error.details.0.retryDelay',
      retryAt: 'body:error.details.0.retryDelay',
      retryable: 'status',
    });
  });

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

  it('a wait in a member named in PascalCase (`RetryAfter`), as the decoder compares names without case', () => {
    // Built here: a body as an ASP.NET API that keeps its C# member names writes it.
    const explained = explainDecode(
      { status: 429, body: { Message: 'Too many requests.', RetryAfter: 30 } },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(30_000);
    expect(explained.sources.retryAfterMs).toBe('body:RetryAfter');
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
    const asText = explainDecode(
      { status: 429, body: { message: 'Slow down.', rate_limit: { reset: String(NOW / 1000 + 45) } } },
      { now: NOW },
    );
    expect(asText.error.retryAfterMs).toBe(45_000);
    expect(asText.sources.retryAfterMs).toBe('body:rate_limit.reset');
  });
});

describe('explainDecode on trace ids and links', () => {
  it('RFC 6750: a bearer challenge with no body is the source of the code, the message and the docs link', () => {
    // https://www.rfc-editor.org/rfc/rfc6750#section-3, with the `error_uri` attribute § 3 defines.
    const explained = explainDecode({
      status: 401,
      headers: {
        'www-authenticate':
          'Bearer realm="example", error="invalid_token", error_description="The access token expired", error_uri="https://example.com/docs/invalid_token"',
      },
      body: '',
    });
    expect(explained.error).toMatchObject({
      code: 'invalid_token',
      message: 'The access token expired',
      docsUrl: 'https://example.com/docs/invalid_token',
    });
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'header:www-authenticate',
      message: 'header:www-authenticate',
      docsUrl: 'header:www-authenticate',
      retryable: 'status',
    });
  });

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

describe('explainDecode on field errors and odd bodies', () => {
  it('Microsoft Graph: two details with one code each get the code of their own detail', () => {
    expect(explained('graph-400-details-targets').sources).toEqual({
      status: 'status',
      kind: 'body:error.details.0.message',
      code: 'body:error.code',
      message: 'body:error.message',
      'fieldErrors.0.path': 'body:error.details.0.target',
      'fieldErrors.0.message': 'body:error.details.0.message',
      'fieldErrors.0.code': 'body:error.details.0.code',
      'fieldErrors.1.path': 'body:error.details.1.target',
      'fieldErrors.1.message': 'body:error.details.1.message',
      'fieldErrors.1.code': 'body:error.details.1.code',
      'fieldErrors.2.path': 'body:error.details.2.target',
      'fieldErrors.2.message': 'body:error.details.2.message',
      'fieldErrors.2.code': 'body:error.details.2.code',
      retryable: 'body:error.details.0.message',
    });
  });

  it('a pointer to the whole document, in each of its spellings, is the source of a form-wide error', () => {
    // RFC 6901 § 5 and § 6: "" is the whole document, "#" its URI fragment; "/" and "#/" are how APIs
    // write the root. Built here, read by a decoder of RFC 9457 problem details alone.
    const explained = explainDecode(
      {
        status: 422,
        headers: { 'content-type': 'application/problem+json' },
        body: {
          type: 'https://example.net/validation-error',
          title: 'Your request is not valid.',
          errors: [
            { detail: 'The body must be an object.', pointer: '' },
            { detail: 'The body must not be empty.', pointer: '#', code: 'empty' },
            { detail: 'The body has unknown members.', pointer: '/' },
            { detail: 'The body is too large.', pointer: '#/' },
            { detail: 'The body has a duplicate key.', pointer: ' # ' },
          ],
        },
      },
      { decoder: createDecoder({ dialects: [problem] }) },
    );
    expect(explained.error.fieldErrors.map((fe) => fe.path)).toEqual(['', '', '', '', '']);
    for (const i of [0, 1, 2, 3, 4]) {
      expect(explained.sources[`fieldErrors.${i}.path`]).toBe(`body:errors.${i}.pointer`);
      expect(explained.sources[`fieldErrors.${i}.message`]).toBe(`body:errors.${i}.detail`);
    }
    expect(explained.sources['fieldErrors.1.code']).toBe('body:errors.1.code');
  });

  it('a JSON body that is `null` is explained by its status', () => {
    const explained = explainDecode({
      status: 404,
      headers: { 'content-type': 'application/json' },
      body: null,
    });
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'status',
      message: 'default copy',
      retryable: 'status',
    });
  });

  it('a decoder whose code table throws: the kind is still traced to the code whose words name it', () => {
    const { dialects, reader } = defaultDecoder();
    const decoder = {
      dialects,
      reader,
      kindOfCode(): never {
        throw new Error('code table unavailable');
      },
    };
    const explained = explainDecode(
      {
        status: 400,
        headers: { 'content-type': 'application/json' },
        body: { error: { code: 'rate_limit_exceeded', message: 'Too many requests.' } },
      },
      { decoder: decoder as never },
    );
    expect(explained.error.kind).toBe('rate_limited');
    expect(explained.sources).toMatchObject({ kind: 'body:error.code', code: 'body:error.code' });
  });
});

describe('explainDecode on field errors a dialect words itself', () => {
  it('the path from the member that names the field, the message from the dialect', () => {
    const worded: Dialect = {
      name: 'worded',
      match: () => true,
      read: (body) => {
        const { invalid, hint } = body as { invalid: { field: string; rule: string }[]; hint: string };
        return {
          message: 'Some fields are invalid.',
          fieldErrors: [
            ...invalid.map((i) => ({
              path: i.field,
              message: `Check this field (${i.rule}).`,
              code: i.rule,
            })),
            {
              path: invalid[0]?.field ?? '',
              message: `Use a work address (${hint.length} characters of hints).`,
            },
            { path: '', message: 'Please review the form.' },
          ],
        };
      },
    };
    const explained = explainDecode(
      {
        status: 422,
        body: {
          invalid: [
            { field: 'email', rule: 'format' },
            { field: 'name', rule: 'format' },
          ],
          hint: 'email: must be a company domain',
        },
      },
      { decoder: createDecoder({ dialects: [worded] }) },
    );
    expect(explained.sources).toMatchObject({
      'fieldErrors.0.path': 'body:invalid.0.field',
      'fieldErrors.0.message': 'dialect:worded',
      'fieldErrors.0.code': 'body:invalid.0.rule',
      'fieldErrors.1.path': 'body:invalid.1.field',
      'fieldErrors.1.message': 'dialect:worded',
      'fieldErrors.1.code': 'body:invalid.1.rule',
      // A second error of `email`: its member is taken, and the hint that names `email` says other words.
      'fieldErrors.2.path': 'dialect:worded',
      'fieldErrors.2.message': 'dialect:worded',
      'fieldErrors.3.path': 'dialect:worded',
      'fieldErrors.3.message': 'dialect:worded',
    });
  });

  it('a member of a hand-built body that cannot be turned into text is passed over', () => {
    const unprintable = {
      toString(): never {
        throw new Error('no text');
      },
    };
    const explained = explainDecode(
      {
        status: 429,
        headers: { 'retry-after': '30' },
        body: { message: 'Slow down.', rate_limit: { reset: unprintable } },
      },
      { now: NOW },
    );
    expect(explained.error.retryAfterMs).toBe(30_000);
    expect(explained.sources).toMatchObject({ message: 'body:message', retryAfterMs: 'header:retry-after' });
  });

  it('JSON:API: two errors of one attribute each get their own pointer, the second without a detail its title', () => {
    // https://jsonapi.org/examples/#error-objects-error-codes
    const explained = explainDecode({
      status: 422,
      headers: { 'content-type': 'application/vnd.api+json' },
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
    });
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:errors.0.code',
      message: 'body:errors.0.detail',
      'fieldErrors.0.path': 'body:errors.0.source.pointer',
      'fieldErrors.0.message': 'body:errors.0.detail',
      'fieldErrors.0.code': 'body:errors.0.code',
      'fieldErrors.1.path': 'body:errors.1.source.pointer',
      'fieldErrors.1.message': 'body:errors.1.detail',
      'fieldErrors.1.code': 'body:errors.1.code',
      'fieldErrors.2.path': 'body:errors.2.source.pointer',
      'fieldErrors.2.message': 'body:errors.2.title',
      'fieldErrors.2.code': 'body:errors.2.code',
      retryable: 'status',
    });
  });

  it('a member that is a revoked proxy leaves the other members’ sources as they are', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const explained = explainDecode({
      status: 404,
      body: { error: { code: 'not_found', message: 'No such agent.' }, meta: proxy },
    });
    expect(explained.sources).toEqual({
      status: 'status',
      kind: 'status',
      code: 'body:error.code',
      message: 'body:error.message',
      retryable: 'status',
    });
  });
});
