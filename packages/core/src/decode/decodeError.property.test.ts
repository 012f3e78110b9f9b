import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeHeaders } from '../headers/headers.js';
import { ApiError } from '../model/ApiError.js';
import { ERROR_KINDS, kindFromStatus } from '../model/ErrorKind.js';
import { toFieldPath } from '../model/paths.js';
import { hostileValues, isPrototypePolluted } from '../test-utils/hostile.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';
import { MAX_WAIT_MS, parseDuration } from './duration.js';
import { fromResponse } from './fromResponse.js';
import { requestIdFromMessage, waitFromMessage } from './message.js';
import { toApiError } from './toApiError.js';

// Runs per property: enough to meet every branch of the readers many times, small enough that the
// whole file stays within a few seconds of `npm test`.
const RUNS = { decode: 3000, focused: 1000, equivalence: 500, response: 200, units: 2000 };
// A guard against a hang on a loaded machine, far above the few seconds these take; not a speed check.
const TIMEOUT_MS = 120_000;

// The worst inputs, built by hand once: a generator would almost never produce them.
const HOSTILE = hostileValues();
const LIGHT = 8;

/**
 * Stands in for a hostile value while fast-check generates, shrinks and prints: fast-check looks
 * into every value it makes (for a clone method), and a hostile value throws at any look. The real
 * value is swapped in inside the property, by {@link materialize}.
 */
class Hostile {
  constructor(readonly index: number) {}
  [fc.toStringMethod](): string {
    return `Hostile(${HOSTILE[this.index]?.[0]})`;
  }
}

const anyHostile = fc.integer({ min: 0, max: HOSTILE.length - 1 }).map((i) => new Hostile(i));
const lightHostile = fc.integer({ min: 0, max: LIGHT - 1 }).map((i) => new Hostile(i));

/** A generated value with each stand-in replaced by its hostile value; `__proto__` keys stay own data. */
function materialize(value: unknown): unknown {
  if (value instanceof Hostile) return HOSTILE[value.index]?.[1];
  if (Array.isArray(value)) return value.map(materialize);
  if (typeof value !== 'object' || value === null) return value;
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<PropertyKey, unknown> = Object.create(proto as object | null);
  for (const k of Reflect.ownKeys(value)) {
    const v = materialize((value as Record<PropertyKey, unknown>)[k]);
    Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
  }
  return out;
}

const ENVELOPE_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'error',
  'errors',
  'message',
  'code',
  'type',
  'title',
  'status',
  'detail',
  'details',
  'field_errors',
  'field',
  'param',
  'path',
  'loc',
  'source',
  'pointer',
  'request_id',
  'requestId',
  'retry_after',
  'doc_url',
  'documentation_url',
  'more_info',
  'extensions',
  'error_description',
  // What the generic reader reads, in its many spellings.
  'errorMessage',
  'ErrorCode',
  'error_code',
  'errorSummary',
  'errorCauses',
  'fieldErrors',
  '_errors',
  'non_field_errors',
  'defaultMessage',
  'fault',
  'sys',
  'id',
  'reason',
  'category',
  'name',
  'propertyPath',
  'pointer',
  '__type',
  'hydra:description',
  'correlationId',
  'retryAfterMs',
  'rate_limit',
  'links',
  '',
  '0',
];

const INTERESTING_TEXT = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/relative/path',
  'https://docs.example.test/errors',
  'http://user:pass@evil.example.test',
  'Try again in 15 minutes',
  'Please retry after 12 seconds',
  'request ID: req_abc123.',
  'validation_error',
  'RATE_LIMIT_EXCEEDED',
  'WEAK_PASSWORD : Password should be at least 6 characters',
  'name: must not be empty',
  'Not Found',
  'aws.foo#Bar:http://internal',
  '/data/attributes/title',
  '<html><title>502</title></html>',
  '\u200b',
  '\ud800',
  '',
  ' ',
  '-1',
  '1e309',
];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.constantFrom(...INTERESTING_TEXT),
  fc.integer(),
  fc.double(),
  fc.constantFrom(null, undefined, true, false),
  lightHostile,
);

const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom(...ENVELOPE_KEYS));

/** Bodies shaped like the envelopes dialects look for, with garbage where their fields go. */
const envelope: fc.Arbitrary<unknown> = fc.letrec<{ node: unknown }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(key, tie('node'), { maxKeys: 6 }),
  ),
})).node;

/** Pieces of XML error documents, well and badly formed, to build documents from. */
const XML_PIECES = [
  '<Error>',
  '</Error>',
  '<Code>',
  '</Code>',
  '<Message>',
  '</Message>',
  '<RequestId>',
  '</RequestId>',
  '<aws:Code xmlns:aws="urn:x">',
  '</aws:Code>',
  '<detail>',
  '</detail>',
  '<MoreInfo>',
  '</MoreInfo>',
  '<__proto__>',
  '</__proto__>',
  '<constructor/>',
  '<a b="1 > 0">',
  '</a>',
  '<!-- c -->',
  '<!--',
  '-->',
  '<?pi x?>',
  '<!DOCTYPE x [<!ENTITY e "&e;&e;">]>',
  '&e;',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&#65;',
  '&#x1F600;',
  '&',
  '>',
  '<',
  '"',
  "'",
  ' ',
  '\n',
  'NoSuchKey',
  'Throttling',
  'https://docs.example.test/errors/1',
  'javascript:alert(1)',
  'Try again in 15 minutes',
];

const XML_ROOTS = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<Error>',
  '<ErrorResponse xmlns="https://sqs.amazonaws.com/doc/2012-11-05/">',
  '<Response>',
  '<TwilioResponse>',
  '<problem xmlns="urn:ietf:rfc:7807">',
  '<Fault>',
];

// Free text between the pieces: no `#`, `;` or `[`, so no `&lt;`, `&#60;` or CDATA section (text
// that may hold a `<`) can form across pieces.
const xmlText = fc.string({ unit: fc.constantFrom(...'aZ09 .:/-_="\'?!'), maxLength: 8 });

/** Text that starts as an XML document does, then goes anywhere. */
const xmlDocument: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom(...XML_ROOTS),
    fc.array(fc.oneof(fc.constantFrom(...XML_PIECES), xmlText), { maxLength: 40 }),
  )
  .map(([root, pieces]) => root + pieces.join(''));

const body: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    key,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withBigInt: true,
    withDate: true,
    withTypedArray: true,
    withSparseArray: true,
    withObjectString: true,
  }),
  fc.json(),
  fc.jsonValue(),
  fc.string(),
  fc.string({ unit: 'binary' }),
  envelope,
  envelope.map((value) => {
    try {
      return JSON.stringify(value) ?? '';
    } catch {
      return '';
    }
  }),
  xmlDocument,
  anyHostile,
);

const HEADER_NAMES = [
  'Retry-After',
  'retry-after',
  'retry-after-ms',
  'X-RateLimit-Limit',
  'x-ratelimit-remaining',
  'X-RateLimit-Reset',
  'RateLimit',
  'RateLimit-Policy',
  'ratelimit-reset',
  'X-Request-Id',
  'Request-Id',
  'X-Amzn-RequestId',
  'X-Correlation-Id',
  'traceparent',
  'Link',
  'Content-Type',
  '__proto__',
  'constructor',
];

const HEADER_VALUES = [
  '0',
  '-1',
  '30',
  '1.5',
  '1800000030',
  '1800000030000',
  '99999999999999999999',
  'Fri, 15 Jan 2027 08:00:45 GMT',
  'Friday, 15-Jan-27 08:00:45 GMT',
  'Fri Jan 15 08:00:45 2027',
  'limit=100, remaining=0, reset=30',
  '"burst";r=0;t=30, "daily";r=5;t=3600',
  '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  '<javascript:alert(1)>; rel="help"',
  '<https://api.example.test/v2>; rel="successor-version"',
  '</v2>; rel="successor-version"',
  'application/json',
  'text/html',
  'application/problem+json; charset=utf-8',
  'application/xml',
  'text/xml; charset=utf-8',
  'application/problem+xml',
];

const headerName = fc.oneof(fc.constantFrom(...HEADER_NAMES), fc.string({ maxLength: 20 }));
const headerValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(...HEADER_VALUES),
  fc.string(),
  fc.integer(),
  fc.double(),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.anything({ maxDepth: 1 }),
);
const printable = fc.string({ unit: 'grapheme-ascii', maxLength: 60 });

function toHeaders(entries: [string, string][]): Headers | Record<string, string> {
  try {
    return new Headers(entries);
  } catch {
    return Object.fromEntries(entries);
  }
}

const headers: fc.Arbitrary<unknown> = fc.oneof(
  fc.dictionary(headerName, headerValue, { maxKeys: 8 }),
  fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }),
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...HEADER_NAMES.slice(0, 16)),
        fc.oneof(fc.constantFrom(...HEADER_VALUES), printable),
      ),
      {
        maxLength: 6,
      },
    )
    .map(toHeaders),
  fc.array(fc.tuple(headerName, headerValue), { maxLength: 6 }).map((entries) => new Map(entries)),
  fc.anything(),
  lightHostile,
  fc.constantFrom([1, 2, 3], 42, 'x'),
);

const status: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(0, 400, 401, 403, 404, 408, 409, 410, 422, 429, 499, 500, 502, 503, 504),
  fc.integer({ min: -10, max: 1100 }),
  fc.double(),
  fc.string({ maxLength: 4 }),
  fc.anything({ maxDepth: 1 }),
);

const input: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 8, arbitrary: fc.record({ status, headers, body }, { requiredKeys: [] }) },
  { weight: 1, arbitrary: fc.anything() },
  { weight: 1, arbitrary: lightHostile },
);

const options: fc.Arbitrary<unknown> = fc.oneof(
  fc.constant(undefined),
  fc.record({ now: fc.oneof(fc.integer(), fc.double(), fc.constant(1_800_000_000_000)) }),
  fc.anything({ maxDepth: 1 }),
  lightHostile,
);

function isHttpUrl(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const url = new URL(value);
  return url.protocol === 'http:' || url.protocol === 'https:';
}

/** What every ApiError promises, whatever it was decoded from. */
function expectSound(error: unknown, clock?: unknown): void {
  expect(error).toBeInstanceOf(ApiError);
  const e = error as ApiError;
  expect(typeof e.message).toBe('string');
  expect(e.message.trim().length).toBeGreaterThan(0);
  expect(ERROR_KINDS).toContain(e.kind);
  expect(Number.isInteger(e.status) && e.status >= 0 && e.status <= 999).toBe(true);
  expect(typeof e.code === 'string' && e.code.length > 0).toBe(true);
  expect(typeof e.retryable).toBe('boolean');
  expect(typeof e.format === 'string' && e.format.length > 0).toBe(true);
  if (e.docsUrl !== undefined) expect(isHttpUrl(e.docsUrl)).toBe(true);
  if (e.successorUrl !== undefined) expect(isHttpUrl(e.successorUrl)).toBe(true);
  if (e.requestId !== undefined) expect(e.requestId.length > 0 && e.requestId.length <= 256).toBe(true);
  expect(e.retryAt === undefined).toBe(e.retryAfterMs === undefined);
  if (e.retryAfterMs !== undefined) {
    expect(Number.isFinite(e.retryAfterMs) && e.retryAfterMs >= 0 && e.retryAfterMs <= MAX_WAIT_MS).toBe(
      true,
    );
    if (typeof clock === 'number' && Number.isFinite(clock)) expect(e.retryAt).toBe(clock + e.retryAfterMs);
  }
  expect(Array.isArray(e.fieldErrors)).toBe(true);
  for (const field of e.fieldErrors) {
    expect(typeof field.path).toBe('string');
    expect(field.message.trim().length).toBeGreaterThan(0);
  }
  expect(isPrototypePolluted()).toBe(false);
}

function clockOf(opts: unknown): unknown {
  try {
    return (opts as { now?: unknown } | undefined)?.now;
  } catch {
    return undefined;
  }
}

describe('decodeError on any input', () => {
  it(
    'returns a sound ApiError and never throws',
    () => {
      fc.assert(
        fc.property(input, options, (i, o) => {
          const opts = materialize(o);
          expectSound(decodeError(materialize(i) as never, opts as never), clockOf(opts));
        }),
        { numRuns: RUNS.decode },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'returns a sound ApiError for every hand-built hostile body and headers',
    () => {
      for (const [, b] of HOSTILE) {
        for (const [, h] of [['no headers', undefined] as const, ...HOSTILE.slice(0, LIGHT)]) {
          expectSound(decodeError({ status: 500, headers: h as never, body: b }, { now: 0 }), 0);
        }
      }
    },
    TIMEOUT_MS,
  );

  it(
    'reads a status of 0 as a network failure whatever the body and headers say',
    () => {
      fc.assert(
        fc.property(headers, body, (h, b) => {
          const error = decodeError({ status: 0, headers: materialize(h) as never, body: materialize(b) });
          expect(error.kind).toBe('network');
        }),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads 408, 429, 502, 503 and 504 as retryable whatever the body and headers say',
    () => {
      fc.assert(
        fc.property(fc.constantFrom(408, 429, 502, 503, 504), headers, body, (s, h, b) => {
          const error = decodeError({ status: s, headers: materialize(h) as never, body: materialize(b) });
          expect(error.retryable).toBe(true);
        }),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads a JSON body the same whether it arrives as text or parsed',
    () => {
      const statuses = fc.constantFrom(400, 401, 403, 404, 409, 422, 429, 500, 503);
      fc.assert(
        fc.property(statuses, fc.oneof(envelope, fc.jsonValue()), (s, value) => {
          let json: string | undefined;
          try {
            json = JSON.stringify(value);
          } catch {
            return;
          }
          fc.pre(json !== undefined);
          const parsed = JSON.parse(json) as unknown;
          // A string passed parsed is read as raw text, so a JSON string value cannot round-trip.
          fc.pre(typeof parsed !== 'string');
          const h = { 'content-type': 'application/json' };
          const fromText = decodeError({ status: s, headers: h, body: json }, { now: 0 });
          const fromValue = decodeError({ status: s, headers: h, body: parsed }, { now: 0 });
          expect(fromText.toJSON()).toEqual(fromValue.toJSON());
        }),
        { numRuns: RUNS.equivalence },
      );
    },
    TIMEOUT_MS,
  );
});

describe('the pipeline on the values it reads', () => {
  const padding = fc.constantFrom('', ' ', '  ', '\t', '\n', ' \r\n');

  it(
    'reads any status from 0 to 999, sent as a number or as its digits with spaces around, as that status and its kind',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999 }),
          fc.boolean(),
          padding,
          padding,
          (s, asText, before, after) => {
            const sent = asText ? `${before}${s}${after}` : s;
            const error = decodeError({ status: sent }, { now: 0 });
            expect(error.status).toBe(s);
            expect(error.kind).toBe(kindFromStatus(s));
          },
        ),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'reads any other status, sent as a number or as text, as no status: 0, unknown',
    () => {
      const number = fc.oneof(
        fc.integer({ min: 1000 }),
        fc.integer({ max: -1 }),
        fc.double({ noInteger: true }),
        fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
      );
      const text = fc.oneof(
        number.map(String),
        fc.string().filter((t) => !/^\s*\d{1,3}\s*$/.test(t)),
        fc.integer({ min: 0, max: 999 }).map((s) => `${s}.5`),
      );
      fc.assert(
        fc.property(fc.oneof(number, text), (sent) => {
          expect(decodeError({ status: sent }, { now: 0 })).toMatchObject({ status: 0, kind: 'unknown' });
        }),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );

  it(
    "takes Retry-After's wait, or the body's when it says the same to the second",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 86_400 }),
          fc.oneof(
            fc.double({ min: 0, max: 90_000_000, noNaN: true }),
            // Close to the header's wait, on either side of a second away.
            fc
              .tuple(fc.integer({ min: 0, max: 86_400 }), fc.double({ min: -1500, max: 1500, noNaN: true }))
              .map(([seconds, off]) => Math.max(0, seconds * 1000 + off)),
          ),
          fc.integer({ min: 0, max: 4_000_000_000_000 }),
          (seconds, bodyMs, now) => {
            const dialect = { name: 'fixed', match: () => true, read: () => ({ retryAfterMs: bodyMs }) };
            const error = decodeError(
              { status: 429, headers: { 'retry-after': String(seconds) }, body: {} },
              { now, decoder: createDecoder({ dialects: [dialect] }) },
            );
            const headerWait = seconds * 1000;
            const bodyWait = Math.round(bodyMs);
            const wait = Math.abs(bodyWait - headerWait) < 1000 ? bodyWait : headerWait;
            expect(error).toMatchObject({ retryAfterMs: wait, retryAt: now + wait });
          },
        ),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );
});

describe('decodeError on XML bodies', () => {
  it(
    'shows no markup of the document, whatever it holds',
    () => {
      const contentType = fc.constantFrom(
        undefined,
        'application/xml',
        'text/xml',
        'application/problem+xml',
      );
      fc.assert(
        fc.property(status, contentType, xmlDocument, (s, type, doc) => {
          // CDATA and `&lt;` are text that may hold a `<`; the documents have neither.
          const headers = type === undefined ? undefined : { 'content-type': type };
          const error = decodeError({ status: s as never, headers, body: doc }, { now: 0 });
          expectSound(error, 0);
          expect(error.message).not.toContain('<');
        }),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );
});

describe('toApiError on anything thrown', () => {
  it(
    'returns a sound ApiError and never throws',
    () => {
      const thrown = fc.oneof(
        fc.anything({ withBoxedValues: true, withMap: true, withNullPrototype: true }),
        fc.record({
          name: fc.oneof(fc.string(), fc.constantFrom('AbortError', 'TimeoutError', 'TypeError')),
        }),
        fc.record({ status, headers, body, data: body }, { requiredKeys: [] }),
        fc.record({ response: fc.record({ status, headers, data: body }, { requiredKeys: [] }) }),
        lightHostile,
      );
      fc.assert(
        fc.property(thrown, (t) => {
          expectSound(toApiError(materialize(t)));
        }),
        { numRuns: RUNS.focused },
      );
    },
    TIMEOUT_MS,
  );
});

describe('fromResponse on any response', () => {
  it(
    'resolves to a sound ApiError and never rejects',
    async () => {
      const payload = fc.oneof(
        fc.string(),
        fc.json(),
        fc.uint8Array({ maxLength: 200 }),
        envelope.map((v) => {
          try {
            return JSON.stringify(v) ?? null;
          } catch {
            return null;
          }
        }),
      );
      const responseHeaders = fc
        .array(
          fc.tuple(
            fc.constantFrom(...HEADER_NAMES.slice(0, 16)),
            fc.oneof(fc.constantFrom(...HEADER_VALUES), printable),
          ),
          {
            maxLength: 6,
          },
        )
        .map(toHeaders);
      await fc.assert(
        fc.asyncProperty(fc.integer({ min: 200, max: 599 }), payload, responseHeaders, async (s, p, h) => {
          const nullBody = s === 204 || s === 205 || s === 304;
          const response = new Response(nullBody ? null : p, { status: s, headers: h });
          expectSound(await fromResponse(response, { now: 0 }), 0);
        }),
        { numRuns: RUNS.response },
      );
    },
    TIMEOUT_MS,
  );
});

describe('the readers on any text', () => {
  it(
    'read a field path or nothing, never throwing',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.string(), fc.array(fc.oneof(fc.string(), fc.integer())), fc.anything()),
          (value) => {
            const path = toFieldPath(value);
            if (path !== undefined) {
              expect(path.length > 0 && path.length <= 500).toBe(true);
              expect(path.startsWith('.') || path.endsWith('.') || path.includes('..')).toBe(false);
            }
          },
        ),
        { numRuns: RUNS.units },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'read a wait within a week or nothing',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.double(), fc.anything()), (value) => {
          const ms = parseDuration(value);
          if (ms !== undefined) expect(Number.isInteger(ms) && ms >= 0 && ms <= MAX_WAIT_MS).toBe(true);
        }),
        { numRuns: RUNS.units },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'read a wait and a request id from a message or nothing',
    () => {
      const message = fc.oneof(
        fc.string(),
        fc
          .tuple(fc.string(), fc.constantFrom(...INTERESTING_TEXT), fc.string())
          .map((parts) => parts.join(' ')),
      );
      fc.assert(
        fc.property(message, (m) => {
          const ms = waitFromMessage(m);
          if (ms !== undefined) expect(ms >= 0 && ms <= MAX_WAIT_MS).toBe(true);
          const id = requestIdFromMessage(m);
          if (id !== undefined) expect(id.length >= 3 && id.length <= 128 + 600).toBe(true);
        }),
        { numRuns: RUNS.units },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'read headers into a record without a prototype, never throwing',
    () => {
      fc.assert(
        fc.property(headers, (h) => {
          const all = normalizeHeaders(materialize(h));
          expect(Object.getPrototypeOf(all)).toBeNull();
          for (const name of Object.keys(all)) {
            expect(name).toBe(name.toLowerCase());
            expect(typeof all[name]).toBe('string');
          }
          expect(isPrototypePolluted()).toBe(false);
        }),
        { numRuns: RUNS.units },
      );
    },
    TIMEOUT_MS,
  );
});
