import { formatBytes } from '../format.js';
import type { ErrorDescription, FieldProblem } from './description.js';

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A fresh request id in the `req_01HK3Z…` style the seed APIs use. */
export function newRequestId(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  let id = 'req_';
  for (const byte of bytes) id += CROCKFORD[byte % 32];
  return id;
}

/** Where the team invitations moved when `/v1/auth/invite` was retired. */
export const INVITE_SUCCESSOR_URL = 'https://api.harbor.example/v2/team/invitations';

/**
 * Every failure the mock API can answer with, each described once. The dialect files turn these
 * into envelopes; nothing here knows how any API shapes its body.
 */
export const errors = {
  /** 400 when the body is not the JSON object the endpoint expects. */
  malformed: (): ErrorDescription => ({
    status: 400,
    code: 'bad_request',
    codes: { chatsby: 'invalid_json', session: 'invalid_request' },
    title: 'Bad request',
    message: 'The request body must be a JSON object.',
  }),

  /** 401 when the email and password do not match an account. */
  invalidCredentials: (): ErrorDescription => ({
    status: 401,
    code: 'invalid_credentials',
    codes: { nova: 'auth_required' },
    title: 'Invalid credentials',
    message: 'The email or password is incorrect.',
  }),

  /** 429 after too many sign-in attempts. */
  tooManyAttempts: (retryAfterSeconds: number, attempts: number, nowMs: number): ErrorDescription => ({
    status: 429,
    code: 'rate_limited',
    codes: { chatsby: 'rate_limit_exceeded', session: 'rate_limit_exceeded' },
    title: 'Too many requests',
    message: `Too many sign-in attempts (${attempts}).`,
    retryAfterSeconds,
    rateLimit: {
      limit: attempts - 1,
      remaining: 0,
      resetEpochSeconds: Math.ceil(nowMs / 1000) + retryAfterSeconds,
    },
  }),

  /** 422 with the inputs the server rejected. */
  validation: (fields: readonly FieldProblem[]): ErrorDescription => ({
    status: 422,
    code: 'validation_error',
    codes: { chatsby: 'validation_failed', nova: 'validation_failed', session: 'invalid_parameters' },
    title: 'Your request is not valid',
    message: fields.length === 1 ? 'One field needs attention.' : `${fields.length} fields need attention.`,
    fields,
  }),

  /** 409 when the invited email is already in the team. */
  alreadyMember: (email: string): ErrorDescription => ({
    status: 409,
    code: 'conflict',
    codes: { chatsby: 'already_exists', session: 'already_exists', workspace: 'ALREADY_A_MEMBER' },
    title: 'Already a member',
    message: `${email} is already a member of this workspace.`,
  }),

  /** 403 when a viewer tries to manage the team. */
  viewerCannotInvite: (): ErrorDescription => ({
    status: 403,
    code: 'forbidden',
    codes: { chatsby: 'insufficient_permissions' },
    title: 'Forbidden',
    message: 'The viewer role cannot invite team members. Ask an owner or admin for access.',
  }),

  /** 410 from the invite endpoint retired on its sunset date, with the successor in `Link`. */
  inviteEndpointRetired: (): ErrorDescription => ({
    status: 410,
    code: 'gone',
    codes: { chatsby: 'endpoint_retired' },
    title: 'Endpoint retired',
    message: '/v1/auth/invite was removed on 2026-07-01. Use the team invitations endpoint instead.',
    successorUrl: INVITE_SUCCESSOR_URL,
  }),

  /** 401 when a request is signed with a revoked API key. */
  revokedKey: (prefix: string): ErrorDescription => ({
    status: 401,
    code: 'unauthorized',
    codes: { chatsby: 'invalid_api_key', nova: 'invalid_token', session: 'invalid_api_key' },
    title: 'Invalid API key',
    message: `The API key ${prefix}… has been revoked. Create a new key and update your integration.`,
  }),

  /** 402 when a billable call meets an empty balance. */
  balanceDepleted: (balance: number, cost: number): ErrorDescription => ({
    status: 402,
    code: 'payment_required',
    codes: { chatsby: 'insufficient_quota', workspace: 'USAGE_LIMIT_EXCEEDED' },
    title: 'Payment required',
    message: `This report costs ${cost.toLocaleString('en')} tokens and your balance is ${balance.toLocaleString('en')}. Top up to continue.`,
    details: { usage_type: 'tokens', current: balance, required: cost, upgrade_required: true },
  }),

  /** 404 for something that does not exist (or no longer does): `resource` is `agent`, `webhook`… */
  notFound: (resource: string, id: string): ErrorDescription => ({
    status: 404,
    code: 'not_found',
    codes: {
      chatsby: 'resource_not_found',
      session: `${resource.toLowerCase().replace(/\W+/g, '_')}_not_found`,
    },
    title: 'Not found',
    message: `No ${resource} found with ID '${id}'.`,
  }),

  /** 413 when an upload is over the size limit. */
  fileTooLarge: (name: string, sizeBytes: number, limitBytes: number): ErrorDescription => ({
    status: 413,
    code: 'payload_too_large',
    codes: { chatsby: 'file_too_large', workspace: 'FILE_TOO_LARGE' },
    title: 'File too large',
    message: `${name} is ${formatBytes(sizeBytes)}, over the ${formatBytes(limitBytes)} limit.`,
    details: { size: sizeBytes, limit: limitBytes },
  }),

  /** 415 when an upload is an executable or a script. */
  unsupportedFileType: (name: string): ErrorDescription => ({
    status: 415,
    code: 'unsupported_media_type',
    codes: { chatsby: 'unsupported_file_type', workspace: 'UNSUPPORTED_FILE_TYPE' },
    title: 'Unsupported file type',
    message: `${name}: executable and script files are not allowed.`,
  }),

  /** 409 when a synthesis is already running for the workspace. */
  synthesisRunning: (workspace: string): ErrorDescription => ({
    status: 409,
    code: 'synthesis_in_progress',
    codes: { chatsby: 'resource_busy' },
    title: 'Synthesis in progress',
    message: `Synthesis is already running for ${workspace}. Wait for it to finish.`,
  }),

  /** 422 when some sources of the workspace are still being processed. */
  sourcesNotReady: (pending: readonly string[]): ErrorDescription => ({
    status: 422,
    code: 'sources_not_ready',
    title: 'Sources not ready',
    message: `${pending.length} source(s) are not yet processed: ${pending.join(', ')}. Wait for processing to complete before synthesizing.`,
    details: { pending },
  }),

  /** 500 with a request id for support. */
  internal: (message: string): ErrorDescription => ({
    status: 500,
    code: 'internal_server_error',
    codes: { chatsby: 'internal_error', nova: 'internal_error', session: 'internal_error' },
    title: 'Internal server error',
    message,
    requestId: newRequestId(),
  }),

  /** 400 when a webhook endpoint rejects the signature of the test event. */
  signatureInvalid: (url: string): ErrorDescription => ({
    status: 400,
    code: 'webhook_signature_invalid',
    title: 'Webhook signature invalid',
    message: `${url} rejected the signature of the test event. Check that the endpoint uses the current signing secret.`,
  }),

  /** 502 when a webhook endpoint could not be delivered to. */
  deliveryFailed: (url: string, upstreamStatus: number): ErrorDescription => ({
    status: 502,
    code: 'webhook_delivery_failed',
    codes: { workspace: 'BAD_GATEWAY' },
    title: 'Webhook delivery failed',
    message: `Delivery to ${url} failed: the endpoint answered ${upstreamStatus}.`,
  }),

  /** A 5xx injected by the dev panel's failure rate. */
  injected: (status: number, retryAfterSeconds: number): ErrorDescription => {
    switch (status) {
      case 502:
        return {
          status,
          code: 'bad_gateway',
          title: 'Bad gateway',
          message: 'An upstream service returned an unexpected response.',
        };
      case 503:
        return {
          status,
          code: 'service_unavailable',
          title: 'Service unavailable',
          message: 'A required service is temporarily unavailable.',
          retryAfterSeconds,
        };
      case 504:
        return {
          status,
          code: 'gateway_timeout',
          title: 'Gateway timeout',
          message: 'An upstream call took longer than the request budget.',
        };
      default:
        return errors.internal('An unexpected error occurred.');
    }
  },
};
