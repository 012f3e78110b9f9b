import { describe, expectTypeOf, it } from 'vitest';
import { type CreateDecoderOptions, createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { type DecodeExplanation, explainDecode } from '../decode/explainDecode.js';
import { fromResponse } from '../decode/fromResponse.js';
import { toApiError } from '../decode/toApiError.js';
import { ApiError, type ApiErrorInit, isApiError } from './ApiError.js';
import type { ERROR_KINDS, ErrorKind } from './ErrorKind.js';
import type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectReading,
  FieldError,
  FromResponseOptions,
  RateLimit,
} from './types.js';

/** `true` when two types are identical, modifiers (readonly, optional) included. */
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
/** `true` when every listed key of `T` is read-only. */
type AllReadonly<T, K extends keyof T> = Equal<Pick<T, K>, Readonly<Pick<T, K>>>;

declare const error: ApiError;

describe('ApiError', () => {
  it('is an Error', () => {
    expectTypeOf<ApiError>().toExtend<Error>();
  });

  it('has read-only fields', () => {
    type Fields =
      | 'status'
      | 'code'
      | 'kind'
      | 'fieldErrors'
      | 'requestId'
      | 'traceId'
      | 'retryAfterMs'
      | 'retryAt'
      | 'rateLimit'
      | 'docsUrl'
      | 'successorUrl'
      | 'retryable'
      | 'format'
      | 'details'
      | 'body'
      | 'headers'
      | 'occurredAt';
    expectTypeOf<AllReadonly<ApiError, Fields>>().toEqualTypeOf<true>();
    // @ts-expect-error the status of a decoded error cannot be changed
    error.status = 500;
    // @ts-expect-error the kind of a decoded error cannot be changed
    error.kind = 'server';
  });

  it('types each field', () => {
    expectTypeOf(error.status).toEqualTypeOf<number>();
    expectTypeOf(error.code).toEqualTypeOf<string>();
    expectTypeOf(error.kind).toEqualTypeOf<ErrorKind>();
    expectTypeOf(error.message).toEqualTypeOf<string>();
    expectTypeOf(error.fieldErrors).toEqualTypeOf<readonly FieldError[]>();
    expectTypeOf(error.requestId).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.traceId).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.retryAfterMs).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.retryAt).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.rateLimit).toEqualTypeOf<RateLimit | undefined>();
    expectTypeOf(error.docsUrl).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.successorUrl).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.retryable).toEqualTypeOf<boolean>();
    expectTypeOf(error.format).toEqualTypeOf<string>();
    expectTypeOf(error.details).toEqualTypeOf<unknown>();
    expectTypeOf(error.headers).toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf(error.occurredAt).toEqualTypeOf<number>();
  });

  it('has field errors that cannot be pushed to or changed', () => {
    // @ts-expect-error the list of field errors is read-only
    error.fieldErrors.push({ path: 'x', message: 'y' });
    expectTypeOf<AllReadonly<FieldError, 'path' | 'message' | 'code'>>().toEqualTypeOf<true>();
    expectTypeOf<FieldError['code']>().toEqualTypeOf<string | undefined>();
  });

  it('has a read-only rate limit in epoch ms', () => {
    expectTypeOf<AllReadonly<RateLimit, 'limit' | 'remaining' | 'resetAt'>>().toEqualTypeOf<true>();
  });

  it('leaves the body and headers out of its JSON form', () => {
    expectTypeOf(error.toJSON()).not.toHaveProperty('body');
    expectTypeOf(error.toJSON()).not.toHaveProperty('headers');
    expectTypeOf(error.toJSON().kind).toEqualTypeOf<ErrorKind>();
    expectTypeOf(error.toJSON().occurredAt).toEqualTypeOf<number>();
    expectTypeOf(error.toJSON().traceId).toEqualTypeOf<string | undefined>();
  });

  it('is built from an init whose kind must be an ErrorKind', () => {
    expectTypeOf<ApiErrorInit['kind']>().toEqualTypeOf<ErrorKind>();
    const init: ApiErrorInit = {
      status: 0,
      code: 'x',
      kind: 'network',
      message: 'm',
      retryable: true,
      format: 'f',
    };
    expectTypeOf(new ApiError(init)).toEqualTypeOf<ApiError>();
    // @ts-expect-error a kind outside ErrorKind is refused
    new ApiError({ ...init, kind: 'catastrophe' });
  });

  it('is recognized by isApiError from an unknown value', () => {
    const caught: unknown = null;
    if (isApiError(caught)) expectTypeOf(caught).toEqualTypeOf<ApiError>();
  });
});

describe('ErrorKind', () => {
  it('is the union of ERROR_KINDS', () => {
    expectTypeOf<(typeof ERROR_KINDS)[number]>().toEqualTypeOf<ErrorKind>();
    expectTypeOf<'rate_limited'>().toExtend<ErrorKind>();
    expectTypeOf<'ratelimited'>().not.toExtend<ErrorKind>();
  });
});

describe('decodeError', () => {
  it('returns an ApiError', () => {
    expectTypeOf(decodeError).returns.toEqualTypeOf<ApiError>();
    expectTypeOf(decodeError({ status: 429, headers: new Headers(), body: '' })).toEqualTypeOf<ApiError>();
  });

  it('takes a status, headers as a Headers or a record, and any body', () => {
    expectTypeOf<Parameters<typeof decodeError>[0]>().toEqualTypeOf<unknown>();
    expectTypeOf<DecodeInput['body']>().toEqualTypeOf<unknown>();
    expectTypeOf<DecodeInput['status']>().toEqualTypeOf<number>();
    decodeError({ status: 400, headers: { 'retry-after': '5' } });
  });

  it('accepts null and any other value, as the README promises', () => {
    expectTypeOf(decodeError(null)).toEqualTypeOf<ApiError>();
    expectTypeOf(decodeError(undefined as unknown)).toEqualTypeOf<ApiError>();
  });

  it('takes a clock and a decoder as options', () => {
    expectTypeOf(decodeError).parameter(1).toEqualTypeOf<DecodeOptions | undefined>();
    expectTypeOf<DecodeOptions['now']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<DecodeOptions['decoder']>().toEqualTypeOf<Decoder | undefined>();
  });
});

describe('fromResponse and toApiError', () => {
  it('resolve to an ApiError', () => {
    expectTypeOf(fromResponse).returns.toEqualTypeOf<Promise<ApiError>>();
    expectTypeOf(toApiError).returns.toEqualTypeOf<ApiError>();
  });

  it('take a byte cap and anything thrown', () => {
    expectTypeOf<FromResponseOptions['maxBytes']>().toEqualTypeOf<number | undefined>();
    expectTypeOf(toApiError).parameter(0).toEqualTypeOf<unknown>();
  });
});

describe('createDecoder', () => {
  it('takes typed options and returns a Decoder', () => {
    expectTypeOf(createDecoder).parameter(0).toEqualTypeOf<CreateDecoderOptions | undefined>();
    expectTypeOf(createDecoder).returns.toEqualTypeOf<Decoder>();
  });

  it('maps codes to ErrorKind only', () => {
    createDecoder({ codes: { quota_hit: 'rate_limited' } });
    // @ts-expect-error a code must map to an ErrorKind
    createDecoder({ codes: { quota_hit: 'ratelimited' } });
  });

  it('takes dialects with a name, match and read', () => {
    const dialect: Dialect = { name: 'mine', match: () => true, read: () => ({ code: 'x' }) };
    createDecoder({ dialects: [dialect] });
    // @ts-expect-error a dialect needs read
    createDecoder({ dialects: [{ name: 'broken', match: () => true }] });
  });

  it('decodes with decode and fromResponse', () => {
    const decoder = createDecoder();
    expectTypeOf(decoder.decode).returns.toEqualTypeOf<ApiError>();
    expectTypeOf(decoder.fromResponse).returns.toEqualTypeOf<Promise<ApiError>>();
    expectTypeOf(decoder.fromResponse).parameter(1).toEqualTypeOf<FromResponseOptions | undefined>();
  });

  it('has dialects that read a typed reading', () => {
    expectTypeOf<ReturnType<Dialect['read']>>().toEqualTypeOf<DialectReading>();
    expectTypeOf<DialectReading['kind']>().toEqualTypeOf<ErrorKind | undefined>();
    expectTypeOf<Decoder['kindOfCode']>().returns.toEqualTypeOf<ErrorKind | undefined>();
    expectTypeOf<Decoder['dialects']>().toEqualTypeOf<readonly Dialect[]>();
  });
});

describe('explainDecode', () => {
  it('takes what decodeError takes and returns the error with how it was made', () => {
    expectTypeOf(explainDecode).returns.toEqualTypeOf<DecodeExplanation>();
    expectTypeOf(explainDecode).parameter(1).toEqualTypeOf<DecodeOptions | undefined>();
    expectTypeOf<DecodeExplanation['error']>().toEqualTypeOf<ApiError>();
    expectTypeOf<DecodeExplanation['dialect']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<DecodeExplanation['sources']>().toEqualTypeOf<Readonly<Record<string, string>>>();
    expectTypeOf<DecodeExplanation['dialects'][number]>().toEqualTypeOf<{
      readonly name: string;
      readonly matched: boolean;
    }>();
    explainDecode({ status: 422, body: {} }, { decoder: createDecoder(), now: 0 });
  });
});
