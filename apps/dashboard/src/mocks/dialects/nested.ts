import {
  codeFor,
  dottedPath,
  type ErrorDescription,
  fieldDetails,
  httpHeaders,
  type MockDialect,
  type MockResponse,
  rateLimitHeaders,
} from '../description.js';

/**
 * The nested envelope `{ error: { code, message, details } }` of the session API: `details.field`
 * for one field, `details.retry_after`, `details.request_id`, and `X-RateLimit-*` on a 429.
 */
export const dialect: MockDialect = {
  id: 'nested',
  label: 'Nested {error:{code}}',
  summary: '{error:{code,message,details}}; details.field, retry_after, request_id',
  order: 4,
  respond(error: ErrorDescription): MockResponse {
    const { details, message } = fieldDetails(error, dottedPath, true);
    if (error.requestId !== undefined) details.request_id = error.requestId;
    const body: Record<string, unknown> = { code: codeFor(error, 'session'), message };
    if (Object.keys(details).length > 0) body.details = details;
    return {
      status: error.status,
      headers: { ...httpHeaders(error), ...rateLimitHeaders(error) },
      body: { error: body },
    };
  },
};
