import {
  bracketPath,
  codeFor,
  type ErrorDescription,
  fieldDetails,
  httpHeaders,
  type MockDialect,
  type MockResponse,
} from '../description.js';

/**
 * The flat envelope `{ code: "UPPER_CASE", message, details }` of the workspace API. Its only
 * wait is `details.retry_after` (no `Retry-After` header); the request id is in `X-Request-Id`.
 */
export const dialect: MockDialect = {
  id: 'flat',
  label: 'Flat UPPER_CASE',
  summary: '{code:"UPPER_CASE",message,details}; details.retry_after',
  order: 5,
  respond(error: ErrorDescription): MockResponse {
    const { details, message } = fieldDetails(error, bracketPath, false);
    const body: Record<string, unknown> = { code: codeFor(error, 'workspace'), message };
    if (Object.keys(details).length > 0) body.details = details;
    const { 'retry-after': _omitted, ...headers } = httpHeaders(error);
    if (error.requestId !== undefined) headers['x-request-id'] = error.requestId;
    return { status: error.status, headers, body };
  },
};
