import {
  bracketPath,
  codeFor,
  type ErrorDescription,
  httpHeaders,
  type MockDialect,
  type MockResponse,
} from '../description.js';

/**
 * NovaVMS: `{ error: "<code>", message, request_id }` with the code as a bare string. Validation is
 * a 400 whose message names the first failing field; the full list rides in `details.fields`.
 */
export const dialect: MockDialect = {
  id: 'nova',
  label: 'NovaVMS',
  summary: 'error as a code string, message, request_id',
  order: 3,
  respond(error: ErrorDescription): MockResponse {
    const fields = error.fields ?? [];
    const [first] = fields;
    const body: Record<string, unknown> = {
      error: codeFor(error, 'nova'),
      message: first ? `${bracketPath(first.path)}: ${first.message}` : error.message,
    };
    if (error.requestId !== undefined) body.request_id = error.requestId;
    const details: Record<string, unknown> = { ...error.details };
    if (fields.length > 0) {
      details.fields = fields.map((f) => ({ field: bracketPath(f.path), message: f.message, code: f.code }));
    }
    if (Object.keys(details).length > 0) body.details = details;
    const status = fields.length > 0 ? 400 : error.status;
    return { status, headers: httpHeaders(error), body };
  },
};
