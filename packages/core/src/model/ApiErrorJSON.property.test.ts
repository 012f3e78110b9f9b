import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeError } from '../decode/decodeError.js';
import { crossing } from '../test-utils/crossing.js';
import { isPrototypePolluted } from '../test-utils/hostile.js';
import { ApiError } from './ApiError.js';
import { ERROR_KINDS } from './ErrorKind.js';

const RUNS = 1000;
const TIMEOUT_MS = 120_000;

const visibleText = (maxLength: number) =>
  fc.string({ minLength: 1, maxLength }).filter((s) => /[^\s\p{Cc}\p{Cf}\p{Cs}]/u.test(s));
const instant = fc.integer({ min: 0, max: 4_102_444_800_000 });
const httpLink = fc.webUrl({ validSchemes: ['http', 'https'] }).map((url) => new URL(url).href);

/** Any error a dashboard can meet: every field in its own domain, optional ones present or not. */
const apiErrors = fc
  .record(
    {
      status: fc.integer({ min: 0, max: 999 }),
      code: visibleText(60),
      kind: fc.constantFrom(...ERROR_KINDS),
      message: visibleText(300),
      fieldErrors: fc.array(
        fc.record(
          {
            path: fc.string({ maxLength: 40 }),
            message: fc.string({ minLength: 1, maxLength: 80 }),
            code: fc.string(),
          },
          { requiredKeys: ['path', 'message'] },
        ),
        { maxLength: 8 },
      ),
      requestId: visibleText(64),
      traceId: fc.stringMatching(/^[0-9a-f]{32}$/).filter((id) => !/^0+$/.test(id)),
      wait: fc.record({ retryAfterMs: fc.integer({ min: 0, max: 604_800_000 }), retryAt: instant }),
      rateLimit: fc.record({ limit: fc.nat(), remaining: fc.nat(), resetAt: instant }, { requiredKeys: [] }),
      docsUrl: httpLink,
      successorUrl: httpLink,
      retryable: fc.boolean(),
      format: visibleText(20),
      occurredAt: instant,
    },
    { requiredKeys: ['status', 'code', 'kind', 'message', 'retryable', 'format', 'occurredAt'] },
  )
  .map(({ wait, rateLimit, ...init }) => {
    const withRateLimit = rateLimit && Object.keys(rateLimit).length > 0 ? { rateLimit } : {};
    return new ApiError({ ...init, ...wait, ...withRateLimit });
  });

const carry = {
  JSON: (value: unknown) => JSON.parse(JSON.stringify(value)) as unknown,
  structuredClone: (value: unknown) => structuredClone(value) as unknown,
};

describe('ApiError JSON round trip (property)', () => {
  for (const [name, trip] of Object.entries(carry)) {
    it(
      `fromJSON(toJSON(error)) equals the error on every crossing field, through ${name}`,
      () => {
        fc.assert(
          fc.property(apiErrors, (error) => {
            expect(crossing(ApiError.fromJSON(trip(error.toJSON())))).toEqual(crossing(error));
          }),
          { numRuns: RUNS },
        );
      },
      TIMEOUT_MS,
    );
  }

  it(
    'holds for whatever decodeError makes of any body',
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: 999 }),
          fc.oneof(fc.json(), fc.anything()),
          fc.dictionary(
            fc.constantFrom('retry-after', 'x-request-id', 'link', 'x-ratelimit-reset'),
            fc.string(),
          ),
          (status, body, headers) => {
            const error = decodeError({ status, headers, body }, { now: 1_800_000_000_000 });
            expect(crossing(ApiError.fromJSON(carry.JSON(error.toJSON())))).toEqual(crossing(error));
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'fromJSON never throws on any value and gives a message and http(s) links only',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), fc.jsonValue()),
          (value) => {
            const error = ApiError.fromJSON(value);
            expect(error).toBeInstanceOf(ApiError);
            expect(error.message.trim()).not.toBe('');
            for (const link of [error.docsUrl, error.successorUrl]) {
              if (link !== undefined) expect(link).toMatch(/^https?:\/\//);
            }
          },
        ),
        { numRuns: RUNS * 3 },
      );
      expect(isPrototypePolluted()).toBe(false);
    },
    TIMEOUT_MS,
  );

  it(
    'fromJSON never throws on an error JSON with any field replaced by any value',
    () => {
      fc.assert(
        fc.property(apiErrors, fc.dictionary(fc.string(), fc.anything()), (error, replaced) => {
          const back = ApiError.fromJSON({ ...error.toJSON(), ...replaced });
          expect(back.message.trim()).not.toBe('');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
