import { decodeError } from '@faultline/core';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDb } from './db.js';
import { DIALECTS } from './dialects/index.js';
import { createHandlers, SIGN_IN_ATTEMPTS, UPLOAD_LIMIT_BYTES } from './handlers.js';
import { DEFAULT_SETTINGS, mockSettings } from './settings.js';

const BASE = 'http://harbor.test/api/v1';
const server = setupServer();

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => {
  server.resetHandlers(...createHandlers({ db: createDb(), base: BASE }));
  mockSettings.update({ ...DEFAULT_SETTINGS, latencyMs: 0 });
});
afterEach(() => mockSettings.reset());
afterAll(() => server.close());

function post(path: string, body?: unknown): Promise<Response> {
  return fetch(`${BASE}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function decoded(response: Response) {
  return decodeError({ status: response.status, headers: response.headers, body: await response.text() });
}

const WRONG = { email: 'ada@harbor.example', password: 'not-it' };

describe('the mock API', () => {
  it('signs in the demo account', async () => {
    const response = await post('/auth/login', {
      email: 'ada@harbor.example',
      password: 'analytical-engine-1843',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ name: 'Ada Lovelace', email: 'ada@harbor.example' });
  });

  it('answers a wrong password with 401', async () => {
    expect((await post('/auth/login', WRONG)).status).toBe(401);
  });

  it('answers the attempt after three failures with 429 and the Retry-After from the settings', async () => {
    mockSettings.update({ retryAfterSeconds: 9 });
    for (let i = 0; i < SIGN_IN_ATTEMPTS; i++) await post('/auth/login', WRONG);
    const response = await post('/auth/login', WRONG);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('9');
    expect((await decoded(response)).retryAfterMs).toBe(9000);
  });

  it('keeps sign-in locked, even for the right password, until the wait is over', async () => {
    for (let i = 0; i <= SIGN_IN_ATTEMPTS; i++) await post('/auth/login', WRONG);
    const response = await post('/auth/login', {
      email: 'ada@harbor.example',
      password: 'analytical-engine-1843',
    });
    expect(response.status).toBe(429);
  });

  it('rejects a registration field by field', async () => {
    const response = await post('/auth/register', {
      name: '',
      email: 'ada@harbor.example',
      password: 'short',
    });
    expect(response.status).toBe(422);
    expect((await decoded(response)).fieldErrors.map((f) => f.path)).toEqual(['name', 'email', 'password']);
  });

  it('answers a body that is not a JSON object with 400', async () => {
    const response = await fetch(`${BASE}/auth/register`, { method: 'POST', body: '[1,2]' });
    expect(response.status).toBe(400);
  });

  it('refuses invitations from a viewer with 403', async () => {
    mockSettings.update({ role: 'viewer' });
    expect((await post('/team/invitations', { email: 'new@acme.example', role: 'viewer' })).status).toBe(403);
  });

  it('answers an invitation for a member with 409', async () => {
    expect((await post('/team/invitations', { email: 'grace@harbor.example', role: 'admin' })).status).toBe(
      409,
    );
  });

  it('answers the retired invite endpoint with 410 and a successor link', async () => {
    const error = await decoded(await post('/auth/invite', { email: 'new@acme.example', role: 'viewer' }));
    expect(error.status).toBe(410);
    expect(error.successorUrl).toBe('https://api.harbor.example/v2/team/invitations');
  });

  it('answers a request with the revoked key with 401', async () => {
    expect((await post('/api-keys/key_ci/test')).status).toBe(401);
  });

  it('answers a report over the balance with 402, and serves it after a top-up', async () => {
    expect((await post('/billing/reports')).status).toBe(402);
    expect((await post('/billing/top-up', { amount: 10_000 })).status).toBe(200);
    expect((await post('/billing/reports')).status).toBe(201);
  });

  it('finds no deleted agent (404)', async () => {
    expect((await fetch(`${BASE}/agents/agt_legacy_faq`)).status).toBe(404);
  });

  it('checks nested agent fields and each tool', async () => {
    const response = await post('/agents', {
      name: 'Writer',
      model: 'harbor-small',
      temperature: 3.5,
      system_prompt: '',
      limits: { max_tokens: -1 },
      tools: [
        { name: 'ok_tool', url: 'https://x.example' },
        { name: 'Bad Name', url: 'http://x.example' },
      ],
    });
    expect((await decoded(response)).fieldErrors.map((f) => f.path)).toEqual([
      'temperature',
      'limits.max_tokens',
      'tools.1.name',
      'tools.1.url',
    ]);
  });

  it('refuses an upload over the limit with 413 and an executable with 415', async () => {
    const big = new FormData();
    big.append('file', new File([new Uint8Array(UPLOAD_LIMIT_BYTES + 1)], 'talk.wav', { type: 'audio/wav' }));
    expect((await fetch(`${BASE}/uploads`, { method: 'POST', body: big })).status).toBe(413);
    const exe = new FormData();
    exe.append('file', new File([new Uint8Array(10)], 'setup.exe'));
    expect((await fetch(`${BASE}/uploads`, { method: 'POST', body: exe })).status).toBe(415);
  });

  it('answers synthesis with 409 when running, 422 when sources are pending, 500 with a request id', async () => {
    expect((await post('/workspaces/ws_onboarding/synthesis')).status).toBe(409);
    expect((await post('/workspaces/ws_churn/synthesis')).status).toBe(422);
    const failed = await decoded(await post('/workspaces/ws_pricing/synthesis'));
    expect(failed.status).toBe(500);
    expect(failed.requestId).toMatch(/^req_[0-9A-Z]{16}$/);
    expect((await post('/workspaces/ws_tickets/synthesis')).status).toBe(202);
  });

  it('answers webhook tests with 400 (signature) and 502 (delivery)', async () => {
    expect((await post('/webhooks/wh_orders/test')).status).toBe(400);
    expect((await post('/webhooks/wh_crm/test')).status).toBe(502);
    expect((await post('/webhooks/wh_chat/test')).status).toBe(200);
  });

  it('fails every call with a network error while offline', async () => {
    mockSettings.update({ offline: true });
    await expect(fetch(`${BASE}/status`)).rejects.toThrow(TypeError);
  });

  it('fails every call with a 5xx at a failure rate of 1', async () => {
    mockSettings.update({ failureRate: 1 });
    const response = await fetch(`${BASE}/status`);
    expect([500, 502, 503, 504]).toContain(response.status);
  });

  it.each(DIALECTS.map((d) => [d.label, d.id] as const))(
    'sends traceparent and Server-Timing with every error in %s, read as its trace id',
    async (_label, dialect) => {
      mockSettings.update({ dialect });
      const response = await post('/auth/invite', {});
      const traceparent = response.headers.get('traceparent') ?? '';
      expect(traceparent).toMatch(/^00-[0-9a-f]{32}-[0-9a-f]{16}-01$/);
      expect(response.headers.get('server-timing')).toContain(`traceparent;desc="${traceparent}"`);
      expect((await decoded(response)).traceId).toBe(traceparent.slice(3, 35));
    },
  );

  it('writes errors in the dialect the settings name', async () => {
    mockSettings.update({ dialect: 'flat' });
    const body = await (await post('/auth/invite', {})).json();
    expect(body).toMatchObject({ code: 'GONE' });
  });
});
