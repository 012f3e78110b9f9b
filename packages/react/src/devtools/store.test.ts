import { decodeError, toApiError } from '@faultline/core';
import { describe, expect, it, vi } from 'vitest';
import { makeError, TEST_NOW } from '../test-utils/errors.js';
import { REDACTED, redactBody, redactHeaders } from './redact.js';
import { createDevtoolsStore } from './store.js';

// A failed sign-in whose response carries what must never be kept: a cookie set by the server, a
// token header, and credentials the server echoed in its body.
const leaky = () =>
  decodeError(
    {
      status: 401,
      headers: {
        'content-type': 'application/json',
        'set-cookie': 'session=abc123; HttpOnly',
        'x-api-key': 'sk_live_123',
        'x-request-id': 'req_77',
        authorization: 'Bearer eyJhbGciOi',
      },
      body: {
        error: { code: 'invalid_token', message: 'The access token expired.' },
        echo: {
          password: 'hunter2',
          client: { clientSecret: 's3cr3t', Refresh_Token: 'r1', scopes: ['read'] },
          apiKeys: [{ key: 'k1' }],
          note: 'redirect?access_token=abc&state=1',
        },
      },
    },
    { now: TEST_NOW },
  );

describe('devtools redaction', () => {
  it('never keeps authorization, cookies or headers named like a key or token', () => {
    expect(
      redactHeaders({
        authorization: 'Bearer x',
        cookie: 'a=b',
        'set-cookie': 'a=b',
        'proxy-authorization': 'Basic x',
        'x-api-key': 'k',
        'x-csrf-token': 't',
        'content-type': 'application/json',
      }),
    ).toEqual({
      authorization: REDACTED,
      cookie: REDACTED,
      'set-cookie': REDACTED,
      'proxy-authorization': REDACTED,
      'x-api-key': REDACTED,
      'x-csrf-token': REDACTED,
      'content-type': 'application/json',
    });
  });

  it('redacts body members named like a token, secret, password or key at any depth, whatever their case', () => {
    expect(redactBody(leaky().body)).toEqual({
      error: { code: 'invalid_token', message: 'The access token expired.' },
      echo: {
        password: REDACTED,
        client: { clientSecret: REDACTED, Refresh_Token: REDACTED, scopes: ['read'] },
        apiKeys: REDACTED,
        note: `redirect?access_token=${REDACTED}&state=1`,
      },
    });
  });

  it('keeps a body that cannot be read out rather than throwing', () => {
    const hostile = {
      get boom() {
        throw new Error('getter');
      },
    };
    expect(redactBody(hostile)).toBe(REDACTED);
    let deep: unknown = 'end';
    for (let i = 0; i < 100; i++) deep = { next: deep };
    expect(JSON.stringify(redactBody(deep))).toContain('[…]');
  });
});

describe('devtools store', () => {
  it('stores what arrived only after redacting it', () => {
    const store = createDevtoolsStore();
    store.add(leaky(), 'fetch', '/v1/session?token=abc', 'post');
    const [entry] = store.getSnapshot();
    const kept = JSON.stringify(entry);
    for (const secret of ['abc123', 'sk_live_123', 'eyJhbGciOi', 'hunter2', 's3cr3t', 'r1"', 'k1']) {
      expect(kept).not.toContain(secret);
    }
    expect(entry?.headers['x-request-id']).toBe('req_77');
    expect(entry?.url).toBe(`/v1/session?token=${REDACTED}`);
  });

  it('keeps the newest 50 errors, so a storm cannot grow memory', () => {
    const store = createDevtoolsStore();
    for (let i = 0; i < 500; i++) store.add(makeError(503, { message: `down ${i}` }), 'toast');
    const entries = store.getSnapshot();
    expect(entries).toHaveLength(50);
    expect(entries[0]?.error.message).toBe('down 499');
    expect(entries[49]?.error.message).toBe('down 450');
  });

  it('cuts a long body and says so', () => {
    const store = createDevtoolsStore({ maxBodyChars: 100 });
    store.add(makeError(502, `<html>${'x'.repeat(10_000)}</html>`), 'fetch');
    const [entry] = store.getSnapshot();
    expect(entry?.truncated).toBe(true);
    expect(String(entry?.body)).toHaveLength(100);
  });

  it('makes one entry of an error seen by fetch, the query cache and a toast', () => {
    const store = createDevtoolsStore();
    const listener = vi.fn();
    store.subscribe(listener);
    const error = makeError(500, { message: 'Unexpected error.' });
    store.add(error, 'fetch', new Request('https://api.example.test/v1/cameras'));
    store.add(error, 'query');
    store.add(error, 'toast');
    store.add(error, 'toast');
    expect(store.getSnapshot()).toHaveLength(1);
    expect(store.getSnapshot()[0]).toMatchObject({ via: ['fetch', 'query', 'toast'], method: 'GET' });
    expect(listener).toHaveBeenCalledTimes(4);
  });

  it('leaves out cancelled requests and the errors it was told to ignore', () => {
    const store = createDevtoolsStore();
    store.add(toApiError(new DOMException('The operation was aborted.', 'AbortError')), 'fetch');
    const preview = makeError(429, { message: 'Slow down.' });
    store.ignore(preview);
    store.add(preview, 'toast');
    expect(store.getSnapshot()).toEqual([]);
  });

  it('forgets every error on clear', () => {
    const store = createDevtoolsStore();
    const error = makeError(404);
    store.add(error, 'boundary');
    store.clear();
    expect(store.getSnapshot()).toEqual([]);
    store.add(error, 'boundary');
    expect(store.getSnapshot()).toHaveLength(1);
  });
});
