import { delay, HttpResponse, http } from 'msw';
import {
  type Agent,
  type AgentInput,
  API_BASE,
  type Session,
  type SystemStatus,
  type Team,
  type Upload,
} from '../model.js';
import { createDb, type MockDb } from './db.js';
import type { ErrorDescription } from './description.js';
import { DIALECTS, findDialect } from './dialects/index.js';
import { errors } from './errors.js';
import { checkAgent, checkInvitation, checkKeyName, checkRegistration, checkWebhook } from './rules.js';
import { mockSettings } from './settings.js';

/** Failed sign-in attempts allowed before the 429. */
export const SIGN_IN_ATTEMPTS = 3;
/** The largest upload accepted, in bytes. */
export const UPLOAD_LIMIT_BYTES = 2 * 1024 * 1024;
const BLOCKED_EXTENSIONS = /\.(exe|msi|bat|cmd|com|sh|ps1|app|dmg|jar|vbs|scr)$/i;
const BLOCKED_TYPES = new Set([
  'application/x-msdownload',
  'application/x-sh',
  'application/x-executable',
  'application/vnd.microsoft.portable-executable',
]);
const INJECTED_STATUSES = [500, 502, 503, 504] as const;

/** `length` random lowercase hex digits, never all zero (W3C Trace Context refuses an all-zero id). */
function hex(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length / 2));
  bytes[0] = (bytes[0] ?? 0) | 1;
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The tracing headers a traced API adds to every response: W3C `traceparent` (version 00, a new
 * trace id and span id, sampled) and `Server-Timing` with the same `traceparent` and the time spent,
 * as a browser script may read it (https://www.w3.org/TR/trace-context/, https://w3c.github.io/server-timing/).
 */
export function traceHeaders(): Record<string, string> {
  const traceparent = `00-${hex(32)}-${hex(16)}-01`;
  return {
    traceparent,
    'server-timing': `app;dur=${(Math.random() * 40 + 2).toFixed(1)}, traceparent;desc="${traceparent}"`,
  };
}

/** The response for a failure, in the dialect the dev panel chose, with its trace in every dialect. */
export function failure(error: ErrorDescription): Response {
  const dialect = findDialect(mockSettings.get().dialect) ?? DIALECTS[0];
  if (!dialect) throw new Error('The mock API has no dialect files.');
  const { status, headers, body } = dialect.respond(error);
  return new HttpResponse(JSON.stringify(body), { status, headers: { ...headers, ...traceHeaders() } });
}

function id(prefix: string): string {
  return `${prefix}_${Math.random().toString(36).slice(2, 10)}`;
}

async function jsonBody(request: Request): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await request.json();
    return typeof body === 'object' && body !== null && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

type Resolver = (info: {
  request: Request;
  params: Record<string, string | readonly string[] | undefined>;
}) => Response | Promise<Response>;

/** Applies the dev panel's faults before the endpoint runs: latency, offline, random 5xx. */
function withFaults(resolve: Resolver): Resolver {
  return async (info) => {
    const settings = mockSettings.get();
    if (settings.latencyMs > 0) await delay(settings.latencyMs);
    if (settings.offline) return HttpResponse.error();
    if (settings.failureRate > 0 && Math.random() < settings.failureRate) {
      const status = INJECTED_STATUSES[Math.floor(Math.random() * INJECTED_STATUSES.length)] ?? 500;
      return failure(errors.injected(status, settings.retryAfterSeconds));
    }
    return resolve(info);
  };
}

function param(value: string | readonly string[] | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** Options of {@link createHandlers}. */
export interface HandlersOptions {
  /** The API's data; fresh demo data when left out. */
  db?: MockDb;
  /** Where the API is mounted: the app's `/api/v1`, or an absolute URL for tests in Node. */
  base?: string;
}

/** The mock Harbor API: every endpoint the screens call, with the dev panel's faults applied. */
export function createHandlers({ db = createDb(), base = API_BASE }: HandlersOptions = {}) {
  const API = base;
  return [
    http.post(
      `${API}/auth/login`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const now = Date.now();
        if (now < db.signInLockedUntil) {
          const wait = Math.ceil((db.signInLockedUntil - now) / 1000);
          return failure(errors.tooManyAttempts(wait, SIGN_IN_ATTEMPTS + 1, now));
        }
        if (db.signInLockedUntil !== 0) {
          db.signInLockedUntil = 0;
          db.signInFailures = 0;
        }
        if (db.signInFailures >= SIGN_IN_ATTEMPTS) {
          const wait = mockSettings.get().retryAfterSeconds;
          db.signInLockedUntil = now + wait * 1000;
          return failure(errors.tooManyAttempts(wait, db.signInFailures + 1, now));
        }
        const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
        const account = db.accounts.get(email);
        if (!account || account.password !== body.password) {
          db.signInFailures += 1;
          return failure(errors.invalidCredentials());
        }
        db.signInFailures = 0;
        return HttpResponse.json<Session>({ name: account.name, email });
      }),
    ),

    http.post(
      `${API}/auth/register`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const problems = checkRegistration(body, (email) => db.accounts.has(email));
        if (problems.length > 0) return failure(errors.validation(problems));
        const email = String(body.email).trim().toLowerCase();
        const name = String(body.name).trim();
        db.accounts.set(email, { name, password: String(body.password) });
        return HttpResponse.json<Session>({ name, email }, { status: 201 });
      }),
    ),

    http.get(
      `${API}/team`,
      withFaults(() => HttpResponse.json<Team>({ members: db.members, myRole: mockSettings.get().role })),
    ),

    http.post(
      `${API}/team/invitations`,
      withFaults(async ({ request }) => {
        if (mockSettings.get().role === 'viewer') return failure(errors.viewerCannotInvite());
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const problems = checkInvitation(body);
        if (problems.length > 0) return failure(errors.validation(problems));
        const email = String(body.email).trim().toLowerCase();
        if (db.members.some((m) => m.email === email)) return failure(errors.alreadyMember(email));
        const member = {
          id: id('usr'),
          name: email.split('@')[0] ?? email,
          email,
          role: body.role as 'admin' | 'developer' | 'viewer',
          pending: true,
        };
        db.members = [...db.members, member];
        return HttpResponse.json(member, { status: 201 });
      }),
    ),

    http.post(
      `${API}/team/access-requests`,
      withFaults(() =>
        HttpResponse.json(
          { sentTo: db.members.filter((m) => m.role === 'owner').map((m) => m.name) },
          { status: 201 },
        ),
      ),
    ),

    // Retired on its sunset date: answers 410 with the successor in the Link header.
    http.post(
      `${API}/auth/invite`,
      withFaults(() => failure(errors.inviteEndpointRetired())),
    ),

    http.get(
      `${API}/api-keys`,
      withFaults(() => HttpResponse.json(db.keys)),
    ),

    http.post(
      `${API}/api-keys`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const problems = checkKeyName(
          body,
          db.keys.map((k) => k.name),
        );
        if (problems.length > 0) return failure(errors.validation(problems));
        const key = {
          id: id('key'),
          name: String(body.name).trim(),
          prefix: `hb_live_${Math.random().toString(16).slice(2, 6)}`,
          createdAt: new Date().toISOString(),
          status: 'active' as const,
        };
        db.keys = [...db.keys, key];
        return HttpResponse.json(key, { status: 201 });
      }),
    ),

    http.post(
      `${API}/api-keys/:id/test`,
      withFaults(({ params }) => {
        const key = db.keys.find((k) => k.id === param(params.id));
        if (!key) return failure(errors.notFound('API key', param(params.id)));
        if (key.status === 'revoked') return failure(errors.revokedKey(key.prefix));
        return HttpResponse.json({ ok: true, keyId: key.id });
      }),
    ),

    http.post(
      `${API}/api-keys/:id/revoke`,
      withFaults(({ params }) => {
        db.keys = db.keys.map((k) => (k.id === param(params.id) ? { ...k, status: 'revoked' as const } : k));
        return new HttpResponse(null, { status: 204 });
      }),
    ),

    http.get(
      `${API}/billing`,
      withFaults(() => HttpResponse.json(db.billing)),
    ),

    http.post(
      `${API}/billing/reports`,
      withFaults(() => {
        const { balance, reportCost } = db.billing;
        if (balance < reportCost) return failure(errors.balanceDepleted(balance, reportCost));
        db.billing = { ...db.billing, balance: balance - reportCost };
        return HttpResponse.json({ id: id('rpt'), tokens: reportCost }, { status: 201 });
      }),
    ),

    http.post(
      `${API}/billing/top-up`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        const amount = body?.amount;
        if (typeof amount !== 'number' || !Number.isInteger(amount) || amount <= 0 || amount > 1_000_000) {
          return failure(
            errors.validation([
              {
                path: ['amount'],
                code: 'out_of_range',
                message: 'Choose an amount from 1 to 1,000,000 tokens.',
              },
            ]),
          );
        }
        db.billing = { ...db.billing, balance: db.billing.balance + amount, plan: 'Pay as you go' };
        return HttpResponse.json(db.billing);
      }),
    ),

    http.get(
      `${API}/agents`,
      withFaults(() => HttpResponse.json(db.agents)),
    ),

    http.get(
      `${API}/agents/:id`,
      withFaults(({ params }) => {
        const agent = db.agents.find((a) => a.id === param(params.id));
        return agent ? HttpResponse.json(agent) : failure(errors.notFound('agent', param(params.id)));
      }),
    ),

    http.post(
      `${API}/agents`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const problems = checkAgent(body);
        if (problems.length > 0) return failure(errors.validation(problems));
        const agent: Agent = { ...(body as unknown as AgentInput), id: id('agt') };
        db.agents = [...db.agents, agent];
        return HttpResponse.json(agent, { status: 201 });
      }),
    ),

    http.get(
      `${API}/uploads`,
      withFaults(() => HttpResponse.json(db.uploads)),
    ),

    http.post(
      `${API}/uploads`,
      withFaults(async ({ request }) => {
        let file: FormDataEntryValue | null = null;
        try {
          file = (await request.formData()).get('file');
        } catch {
          file = null;
        }
        if (!(file instanceof File)) {
          return failure(
            errors.validation([{ path: ['file'], code: 'required', message: 'Choose a file to upload.' }]),
          );
        }
        if (BLOCKED_EXTENSIONS.test(file.name) || BLOCKED_TYPES.has(file.type)) {
          return failure(errors.unsupportedFileType(file.name));
        }
        if (file.size > UPLOAD_LIMIT_BYTES) {
          return failure(errors.fileTooLarge(file.name, file.size, UPLOAD_LIMIT_BYTES));
        }
        const upload: Upload = {
          id: id('upl'),
          name: file.name,
          size: file.size,
          type: file.type || 'application/octet-stream',
        };
        db.uploads = [...db.uploads, upload];
        return HttpResponse.json(upload, { status: 201 });
      }),
    ),

    http.get(
      `${API}/workspaces`,
      // As the visitor's list was read a moment before a teammate started a synthesis.
      withFaults(() =>
        HttpResponse.json(
          db.workspaces.map((w) => (db.startedElsewhere.has(w.id) ? { ...w, synthesis: 'idle' } : w)),
        ),
      ),
    ),

    http.post(
      `${API}/workspaces/:id/synthesis`,
      withFaults(({ params }) => {
        const workspace = db.workspaces.find((w) => w.id === param(params.id));
        if (!workspace) return failure(errors.notFound('workspace', param(params.id)));
        if (workspace.synthesis === 'running') {
          db.startedElsewhere.delete(workspace.id);
          return failure(errors.synthesisRunning(workspace.name));
        }
        const pending = workspace.sources.filter((s) => s.status !== 'ready').map((s) => s.name);
        if (pending.length > 0) return failure(errors.sourcesNotReady(pending));
        if (workspace.id === 'ws_pricing') {
          return failure(errors.internal('Synthesis failed: Agent timed out after 300 seconds.'));
        }
        db.workspaces = db.workspaces.map((w) =>
          w.id === workspace.id ? { ...w, synthesis: 'running' as const } : w,
        );
        return HttpResponse.json({ id: workspace.id, synthesis: 'running' }, { status: 202 });
      }),
    ),

    http.get(
      `${API}/webhooks`,
      withFaults(() => HttpResponse.json(db.webhooks)),
    ),

    http.post(
      `${API}/webhooks`,
      withFaults(async ({ request }) => {
        const body = await jsonBody(request);
        if (!body) return failure(errors.malformed());
        const problems = checkWebhook(body);
        if (problems.length > 0) return failure(errors.validation(problems));
        const webhook = { id: id('wh'), url: String(body.url).trim(), events: body.events as string[] };
        db.webhooks = [...db.webhooks, webhook];
        return HttpResponse.json(webhook, { status: 201 });
      }),
    ),

    http.post(
      `${API}/webhooks/:id/test`,
      withFaults(({ params }) => {
        const webhook = db.webhooks.find((w) => w.id === param(params.id));
        if (!webhook) return failure(errors.notFound('webhook', param(params.id)));
        if (webhook.id === 'wh_orders') return failure(errors.signatureInvalid(webhook.url));
        if (webhook.id === 'wh_crm') return failure(errors.deliveryFailed(webhook.url, 503));
        return HttpResponse.json({ delivered: true, status: 200 });
      }),
    ),

    // The dev panel's storm: each feed is a distinct endpoint that is down, in the chosen dialect.
    http.get(
      `${API}/feeds/:feed`,
      withFaults(({ params }) =>
        failure({
          status: 503,
          code: 'service_unavailable',
          title: 'Service unavailable',
          message: `Feed ${param(params.feed)} is not answering.`,
        }),
      ),
    ),

    http.get(
      `${API}/status`,
      withFaults(() =>
        HttpResponse.json<SystemStatus>({
          components: [
            { name: 'API', state: 'operational', uptime: 99.98 },
            { name: 'Agent runs', state: 'operational', uptime: 99.95 },
            { name: 'Synthesis workers', state: 'degraded', uptime: 99.41 },
            { name: 'Webhook delivery', state: 'operational', uptime: 99.99 },
            { name: 'Uploads', state: 'operational', uptime: 100 },
          ],
          checkedAt: new Date().toISOString(),
        }),
      ),
    ),
  ];
}
