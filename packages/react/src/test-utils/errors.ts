import { type ApiError, decodeError } from '@faultline/core';

/** The clock the test errors are decoded with. */
export const TEST_NOW = 1_800_000_000_000;

/** A decoded error for a status and body, as a component would receive it. */
export function makeError(status: number, body?: unknown, headers?: Record<string, string>): ApiError {
  return decodeError({ status, body, headers }, { now: TEST_NOW });
}

/**
 * The body of a NessyAPI 422 (the seed envelope: `error.code`, `detail.field_errors`, `request_id`)
 * with these field messages.
 */
export function nessyValidationBody(
  fieldErrors: { field: string; message: string }[],
  requestId: string | undefined = 'req_nsy_7f3a',
) {
  return {
    error: {
      code: 'validation_error',
      message: 'Request body failed validation.',
      detail: { field_errors: fieldErrors },
      ...(requestId === undefined ? {} : { request_id: requestId }),
    },
  };
}

/** Errors of each presentation family, decoded from seed-style bodies. */
export const errors = {
  validation: () =>
    makeError(
      422,
      nessyValidationBody([
        { field: 'email', message: 'Enter a valid email address.' },
        { field: 'password', message: 'Password must be at least 12 characters.' },
      ]),
    ),
  unauthenticated: () =>
    makeError(401, { error: { code: 'unauthorized', message: 'Session cookie is missing or expired.' } }),
  forbidden: () =>
    makeError(403, { error: { code: 'forbidden', message: 'The viewer role cannot invite team members.' } }),
  paymentRequired: () =>
    makeError(402, { code: 'USAGE_LIMIT_EXCEEDED', message: 'Synthesis limit reached for your plan.' }),
  notFound: () =>
    makeError(404, { error: 'not_found', message: 'Camera not found.', request_id: 'req_01HK3ZQ8VC' }),
  gone: () =>
    makeError(
      410,
      { error: { code: 'gone', message: '/v1/auth/invite was removed on 2026-07-01.' } },
      { link: '<https://api.example.test/v1/team/invitations>; rel="successor-version"' },
    ),
  rateLimited: (seconds = 12) =>
    makeError(
      429,
      {
        error: {
          type: 'rate_limit_error',
          message: `Rate limit exceeded. Please retry after ${seconds} seconds.`,
          code: 'rate_limit_exceeded',
        },
      },
      { 'retry-after': String(seconds), 'x-request-id': 'req_c429' },
    ),
  server: () =>
    makeError(500, {
      error: { code: 'internal_server_error', message: 'Unexpected error.', request_id: 'req_01J9ZK4M2Q' },
    }),
  unavailable: () =>
    makeError(503, 'upstream connect error or disconnect/reset before headers', {
      'content-type': 'text/plain',
    }),
  network: () => decodeError({ status: 0 }, { now: TEST_NOW }),
};

/** Server text that must come out as text: markup, script URLs, event handlers. */
export const XSS_PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  'javascript:window.__xss=1',
] as const;
