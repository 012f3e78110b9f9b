import { ApiError, BUILTIN_DIALECTS, createDecoder } from '@faultline/core';
import { describe, expect, it, vi } from 'vitest';
import { apiFetch } from './apiFetch.js';

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

describe('apiFetch', () => {
  it('resolves the parsed JSON of a 2xx', async () => {
    const fetch = vi.fn(async () => json(200, { id: 1 }));
    await expect(apiFetch('/agents/1', { fetch })).resolves.toEqual({ id: 1 });
  });

  it('resolves undefined for an empty 204', async () => {
    const fetch = vi.fn(async () => new Response(null, { status: 204 }));
    await expect(apiFetch('/agents/1', { method: 'DELETE', fetch })).resolves.toBeUndefined();
  });

  it('throws the decoded ApiError of a failed response', async () => {
    const fetch = vi.fn(async () =>
      json(429, { error: { code: 'rate_limited', message: 'Slow down.' } }, { 'retry-after': '3' }),
    );
    const error = await apiFetch('/login', { fetch }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 429,
      kind: 'rate_limited',
      code: 'rate_limited',
      retryAfterMs: 3000,
    });
  });

  it('throws a network ApiError when fetch itself fails', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    await expect(apiFetch('/agents', { fetch })).rejects.toMatchObject({ status: 0, kind: 'network' });
  });

  it('passes the signal through and reports an abort as aborted', async () => {
    const controller = new AbortController();
    const fetch = vi.fn(async (_input: RequestInfo | URL, init?: RequestInit) => {
      expect(init?.signal).toBe(controller.signal);
      throw new DOMException('The operation was aborted.', 'AbortError');
    });
    controller.abort();
    await expect(apiFetch('/agents', { signal: controller.signal, fetch })).rejects.toMatchObject({
      kind: 'aborted',
    });
  });

  it('treats a 2xx whose body is not JSON as a bad answer from upstream', async () => {
    const fetch = vi.fn(async () => new Response('<html>proxy page</html>', { status: 200 }));
    await expect(apiFetch('/agents', { fetch })).rejects.toMatchObject({
      status: 200,
      kind: 'bad_gateway',
      code: 'invalid_json',
    });
  });

  it('decodes failures with the decoder it is given', async () => {
    const decoder = createDecoder({ dialects: BUILTIN_DIALECTS, codes: { QUOTA_HIT: 'payment_required' } });
    const fetch = vi.fn(async () => json(400, { code: 'QUOTA_HIT', message: 'Out of runs.' }));
    await expect(apiFetch('/runs', { fetch, decoder })).rejects.toMatchObject({ kind: 'payment_required' });
  });
});
