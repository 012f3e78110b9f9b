// What every decoder's fromResponse reads of a failed Response: its status, headers and at most
// `maxBytes` of its body as text. The decoded error built from it is tested in fromResponse.test.ts.
import { describe, expect, it } from 'vitest';
import { fromResponse } from './fromResponse.js';
import { readResponse } from './readResponse.js';

const encoder = new TextEncoder();

function streamOf(chunks: Uint8Array[]): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    pull(controller) {
      const chunk = chunks[i++];
      if (chunk) controller.enqueue(chunk);
      else controller.close();
    },
  });
}

describe('readResponse', () => {
  it('reads the status, the headers and the body as text', async () => {
    const response = new Response('{"message":"Slow down."}', {
      status: 429,
      headers: { 'retry-after': '30' },
    });
    const input = await readResponse(response);
    expect(input.status).toBe(429);
    expect(input.headers).toBe(response.headers);
    expect(input.body).toBe('{"message":"Slow down."}');
  });

  it('decodes a character split between two chunks of the stream whole', async () => {
    const euro = encoder.encode('€');
    const response = new Response(streamOf([Uint8Array.of(0x61, 0x62, euro[0] as number), euro.slice(1)]), {
      status: 500,
    });
    expect((await readResponse(response)).body).toBe('ab€');
  });

  it('reads no byte of the body when the caller allows none', async () => {
    expect((await readResponse(new Response('abc', { status: 500 }), { maxBytes: 0 })).body).toBe('');
    const error = await fromResponse(new Response('Internal failure', { status: 500 }), { maxBytes: 0 });
    expect(error.body).toBeUndefined();
  });

  it('reads a fraction of a byte cap as the whole bytes below it', async () => {
    expect((await readResponse(new Response('abcdef', { status: 500 }), { maxBytes: 2.9 })).body).toBe('ab');
  });

  it('reads a charset only in the first 256 characters of the content type', async () => {
    const latin1 = Uint8Array.of(0x43, 0x61, 0x66, 0xe9);
    const far = new Response(latin1, {
      status: 400,
      headers: { 'content-type': `text/plain; format=${'x'.repeat(260)}; charset=iso-8859-1` },
    });
    expect((await readResponse(far)).body).toBe('Caf\ufffd');
    const near = new Response(latin1, {
      status: 400,
      headers: { 'content-type': 'text/plain; charset=iso-8859-1' },
    });
    expect((await readResponse(near)).body).toBe('Café');
  });

  it('reads a charset written with no space after the semicolon, as many servers send it', async () => {
    const latin1 = Uint8Array.of(0x43, 0x61, 0x66, 0xe9);
    const response = new Response(latin1, {
      status: 400,
      headers: { 'content-type': 'text/plain;charset=ISO-8859-1' },
    });
    expect((await readResponse(response)).body).toBe('Café');
  });

  it('reads no body from a response whose stream someone else began to read', async () => {
    const response = new Response(streamOf([encoder.encode('{"message":'), encoder.encode('"Gone."}')]), {
      status: 410,
    });
    const reader = response.body?.getReader();
    await reader?.read();
    reader?.releaseLock();
    expect(response.bodyUsed).toBe(true);
    expect((await readResponse(response)).body).toBeUndefined();
  });

  it('reads a status that is no number as 0', async () => {
    const response = { status: '503', headers: new Headers(), bodyUsed: false, body: null };
    const input = await readResponse(response as unknown as Response);
    expect(input.status).toBe(0);
    expect(input.body).toBeUndefined();
  });
});
