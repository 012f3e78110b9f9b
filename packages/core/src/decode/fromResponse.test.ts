import { describe, expect, it } from 'vitest';
import { ApiError } from '../model/ApiError.js';
import { revokedProxy, throwingProxy } from '../test-utils/hostile.js';
import { MAX_BODY_BYTES } from './body.js';
import { fromResponse } from './fromResponse.js';

const NOW = 1_800_000_000_000;
const encoder = new TextEncoder();

function streamOf(chunks: unknown[], options: { failAfter?: boolean; onCancel?: () => void } = {}) {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else if (options.failAfter) controller.error(new Error('connection reset'));
      else controller.close();
    },
    cancel() {
      options.onCancel?.();
    },
  });
}

describe('fromResponse', () => {
  it('records the decode clock as the time the failure occurred', async () => {
    const error = await fromResponse(new Response('Bad gateway', { status: 502 }), { now: NOW });
    expect(error.occurredAt).toBe(NOW);
  });

  it('decodes the status, headers and JSON body of a response', async () => {
    const response = new Response(
      JSON.stringify({ error: { code: 'rate_limited', message: 'Slow down.' } }),
      {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '30', 'x-request-id': 'req_1' },
      },
    );
    const error = await fromResponse(response, { now: NOW });
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      kind: 'rate_limited',
      code: 'rate_limited',
      message: 'Slow down.',
      retryAfterMs: 30_000,
      retryAt: NOW + 30_000,
      requestId: 'req_1',
    });
  });

  it('reads JSON sent without a JSON content type', async () => {
    const response = new Response('{"code":"CONFLICT","message":"Version mismatch."}', { status: 409 });
    expect((await fromResponse(response)).code).toBe('CONFLICT');
  });

  it('reads an HTML page from a proxy without showing its markup', async () => {
    const response = new Response('<html><title>502 Bad Gateway</title><body><h1>nginx</h1></body></html>', {
      status: 502,
      headers: { 'content-type': 'text/html' },
    });
    const error = await fromResponse(response);
    expect(error.kind).toBe('bad_gateway');
    expect(error.message).not.toContain('<');
  });

  it('reads a plain-text body as the message', async () => {
    const response = new Response('Service is down for maintenance', { status: 503 });
    expect((await fromResponse(response)).message).toBe('Service is down for maintenance');
  });

  it('reads a response without a body from its status and headers', async () => {
    const response = new Response(null, { status: 404, headers: { 'x-request-id': 'req_404' } });
    expect(await fromResponse(response)).toMatchObject({ kind: 'not_found', requestId: 'req_404' });
  });

  it('reads a body already used from the status and headers', async () => {
    const response = new Response('{"code":"X","message":"Hidden."}', {
      status: 500,
      headers: { 'x-request-id': 'req_used' },
    });
    await response.text();
    const error = await fromResponse(response);
    expect(error).toMatchObject({ status: 500, kind: 'server', requestId: 'req_used' });
    expect(error.body).toBeUndefined();
  });

  it('reads a body whose stream is locked by another reader from the status and headers', async () => {
    const response = new Response('Busy', { status: 503 });
    response.body?.getReader();
    expect(await fromResponse(response)).toMatchObject({ status: 503, kind: 'unavailable' });
  });

  it('decodes what arrived before the stream broke', async () => {
    const response = new Response(
      streamOf([encoder.encode('Upstream ti'), encoder.encode('med out')], { failAfter: true }),
      {
        status: 504,
      },
    );
    const error = await fromResponse(response);
    expect(error.kind).toBe('gateway_timeout');
    expect(error.message).toBe('Upstream timed out');
  });

  it('decodes from the status when the stream breaks at once', async () => {
    const response = new Response(streamOf([], { failAfter: true }), { status: 502 });
    expect(await fromResponse(response)).toMatchObject({ kind: 'bad_gateway', body: undefined });
  });

  it('stops at a chunk that is not bytes, as at a broken stream', async () => {
    const response = new Response(
      streamOf([encoder.encode('Partial'), 'not bytes', encoder.encode(' rest')]),
      {
        status: 500,
      },
    );
    expect((await fromResponse(response)).message).toBe('Partial');
  });

  it('reads at most 1 MB and cancels the rest of the stream', async () => {
    let cancelled = false;
    const chunk = new Uint8Array(256 * 1024).fill(0x61);
    const response = new Response(
      streamOf(
        Array.from({ length: 16 }, () => chunk),
        { onCancel: () => (cancelled = true) },
      ),
      { status: 500 },
    );
    const error = await fromResponse(response);
    expect(error.body).toHaveLength(MAX_BODY_BYTES);
    expect(cancelled).toBe(true);
  });

  it('reads at most the bytes the caller allows', async () => {
    const response = new Response('abcdefghij', { status: 500 });
    expect((await fromResponse(response, { maxBytes: 4 })).body).toBe('abcd');
  });

  it.each([[Number.NaN], [-1], [Number.POSITIVE_INFINITY]])(
    'reads 1 MB when the byte cap is %s',
    async (maxBytes) => {
      const response = new Response('a'.repeat(MAX_BODY_BYTES + 10), { status: 500 });
      expect((await fromResponse(response, { maxBytes })).body).toHaveLength(MAX_BODY_BYTES);
    },
  );

  it('decodes a character cut at the cap as a replacement character', async () => {
    const response = new Response('ab€', { status: 500 });
    expect((await fromResponse(response, { maxBytes: 3 })).body).toBe('ab\ufffd');
  });

  it('decodes the body in the charset the content type names', async () => {
    const latin1 = new Uint8Array([0x43, 0x61, 0x66, 0xe9]);
    const response = new Response(latin1, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=iso-8859-1' },
    });
    expect((await fromResponse(response)).message).toBe('Café');
  });

  it('decodes the body as UTF-8 when the charset is unknown', async () => {
    const response = new Response('Café', {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=klingon' },
    });
    expect((await fromResponse(response)).message).toBe('Café');
  });

  it('decodes a 10 MB body from its first megabyte', async () => {
    const response = new Response(`{"message":"${'x'.repeat(10_000_000)}"}`, {
      status: 500,
      headers: { 'content-type': 'application/json' },
    });
    const error = await fromResponse(response);
    expect(error.kind).toBe('server');
    expect(error.message.length).toBeGreaterThan(0);
  });

  it.each([
    ['null', null],
    ['a plain object', {}],
    ['a proxy that throws on every trap', throwingProxy()],
    ['a revoked proxy', revokedProxy()],
  ])('resolves to an error for %s instead of rejecting', async (_, value) => {
    const error = await fromResponse(value as unknown as Response);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.status).toBe(0);
  });
});
