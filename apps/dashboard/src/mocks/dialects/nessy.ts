import {
  bracketPath,
  codeFor,
  type ErrorDescription,
  httpHeaders,
  type MockDialect,
  type MockResponse,
} from '../description.js';

/** NessyAPI: `{ error: { code, message, detail: { field_errors }, request_id } }`, `Retry-After`, successor `Link`. */
export const dialect: MockDialect = {
  id: 'nessy',
  label: 'NessyAPI',
  summary: 'error.code, detail.field_errors, request_id; Retry-After',
  order: 1,
  respond(error: ErrorDescription): MockResponse {
    const detail: Record<string, unknown> = { ...error.details };
    if (error.fields?.length) {
      detail.field_errors = error.fields.map((f) => ({
        field: bracketPath(f.path),
        message: f.message,
        code: f.code,
      }));
    }
    const body: Record<string, unknown> = { code: codeFor(error, 'nessy'), message: error.message };
    if (Object.keys(detail).length > 0) body.detail = detail;
    if (error.requestId !== undefined) body.request_id = error.requestId;
    if (error.docsUrl !== undefined) body.doc_url = error.docsUrl;
    return { status: error.status, headers: httpHeaders(error), body: { error: body } };
  },
};
