import {
  codeFor,
  dottedPath,
  type ErrorDescription,
  httpHeaders,
  type MockDialect,
  type MockResponse,
  rateLimitHeaders,
} from '../description.js';

const TYPES: Readonly<Record<number, string>> = {
  400: 'invalid_request_error',
  401: 'authentication_error',
  402: 'billing_error',
  403: 'forbidden_error',
  404: 'not_found_error',
  409: 'conflict_error',
  422: 'validation_error',
  429: 'rate_limit_error',
};

function typeOf(status: number): string {
  return TYPES[status] ?? (status >= 500 ? 'server_error' : 'invalid_request_error');
}

/**
 * Chatsby: `{ error: { type, message, code, param, status, errors[] } }`, `X-RateLimit-*`,
 * `Retry-After`, `X-Request-Id`; a 500 names its request id in the message, as the seed shows.
 */
export const dialect: MockDialect = {
  id: 'chatsby',
  label: 'Chatsby',
  summary: 'error.type/code/param/errors[]; X-RateLimit-*, X-Request-Id',
  order: 2,
  respond(error: ErrorDescription): MockResponse {
    const fields = error.fields ?? [];
    const [only] = fields;
    let message = error.message;
    if (error.status >= 500 && error.requestId !== undefined) {
      message = `${message} If the problem persists, contact support with request ID: ${error.requestId}.`;
    } else if (fields.length === 1 && only) {
      message = only.message;
    }
    if (error.retryAfterSeconds !== undefined && error.status === 429) {
      message = `${message} Please retry after ${error.retryAfterSeconds} seconds.`;
    }
    const body: Record<string, unknown> = {
      type: typeOf(error.status),
      message,
      code: fields.length === 1 && only ? only.code : codeFor(error, 'chatsby'),
      status: error.status,
    };
    if (fields.length === 1 && only) body.param = dottedPath(only.path);
    if (fields.length > 1) {
      body.errors = fields.map((f) => ({ param: dottedPath(f.path), message: f.message, code: f.code }));
    }
    if (error.docsUrl !== undefined) body.doc_url = error.docsUrl;
    const headers: Record<string, string> = { ...httpHeaders(error), ...rateLimitHeaders(error) };
    if (error.requestId !== undefined) headers['x-request-id'] = error.requestId;
    return { status: error.status, headers, body: { error: body } };
  },
};
