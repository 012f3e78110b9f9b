import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDecoder } from '../decode/createDecoder.js';
import { decodeError } from '../decode/decodeError.js';
import { ApiError } from '../model/ApiError.js';
import type { Dialect } from '../model/types.js';
import { revokedProxy } from '../test-utils/hostile.js';
import { actionError } from './actionError.js';

const file = fileURLToPath(new URL('../../test/vectors/seed-envelopes.json', import.meta.url));
const { now, vectors } = JSON.parse(readFileSync(file, 'utf8')) as {
  now: number;
  vectors: { id: string; status: number; headers: Record<string, string>; body: unknown }[];
};
const seed = (id: string) => vectors.find((vector) => vector.id === id) as (typeof vectors)[number];

const responseOf = ({ status, headers, body }: (typeof vectors)[number]) =>
  new Response(typeof body === 'string' ? body : JSON.stringify(body), { status, headers });

describe('actionError', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('decodes a failed Response into the JSON form, field messages included', async () => {
    const json = await actionError(responseOf(seed('nessy-422-validation')), { now });
    expect(json).toMatchObject({
      name: 'ApiError',
      status: 422,
      kind: 'validation',
      requestId: 'req_nsy_7f3a',
      fieldErrors: [
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'password', message: 'Password must be at least 12 characters.' },
      ],
      occurredAt: now,
    });
  });

  it('carries the trace id of the response', async () => {
    const vector = seed('nessy-422-validation');
    const response = new Response(JSON.stringify(vector.body), {
      status: vector.status,
      headers: { ...vector.headers, traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01' },
    });
    const json = await actionError(response, { now });
    expect(json.traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(ApiError.fromJSON(json).traceId).toBe('0af7651916cd43dd8448eb211c80319c');
  });

  it('gives plain data that survives structuredClone and JSON', async () => {
    const json = await actionError(responseOf(seed('nessy-422-validation')), { now });
    expect(structuredClone(json)).toEqual(json);
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
    expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
  });

  it('decodes anything thrown: a fetch that found no server is a network error', async () => {
    expect(await actionError(new TypeError('fetch failed'))).toMatchObject({
      status: 0,
      kind: 'network',
      retryable: true,
    });
  });

  it('gives an ApiError as its JSON form', async () => {
    const error = decodeError(seed('nessy-422-validation'), { now });
    expect(await actionError(error)).toEqual(error.toJSON());
  });

  it('decodes with the decoder it is given', async () => {
    const acme: Dialect = {
      name: 'acme',
      match: (body) => typeof body === 'object' && body !== null && 'fault' in body,
      read: () => ({ code: 'QUOTA_HIT', message: 'Quota reached for this month.' }),
    };
    const decoder = createDecoder({ dialects: [acme], codes: { QUOTA_HIT: 'payment_required' } });
    const response = new Response('{"fault":{}}', {
      status: 400,
      headers: { 'content-type': 'application/json' },
    });
    expect(await actionError(response, { decoder })).toMatchObject({
      format: 'acme',
      kind: 'payment_required',
      message: 'Quota reached for this month.',
    });
  });

  it('never rejects, even when the body cannot be read', async () => {
    const broken = new Response(
      new ReadableStream({
        pull(controller) {
          controller.error(new Error('connection reset'));
        },
      }),
      { status: 502 },
    );
    const json = await actionError(broken);
    expect(json).toMatchObject({ status: 502, kind: 'bad_gateway' });
    expect(ApiError.fromJSON(json).retryable).toBe(true);
  });

  it('decodes what was thrown in a runtime without Response', async () => {
    vi.stubGlobal('Response', undefined);
    expect(await actionError(new TypeError('fetch failed'))).toMatchObject({ status: 0, kind: 'network' });
  });

  it('decodes a thrown proxy that refuses to say what it is as an unknown failure', async () => {
    expect(await actionError(revokedProxy())).toMatchObject({ status: 0, kind: 'unknown' });
  });
});
