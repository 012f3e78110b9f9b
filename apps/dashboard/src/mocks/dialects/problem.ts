import {
  codeFor,
  type ErrorDescription,
  httpHeaders,
  jsonPointer,
  type MockDialect,
  type MockResponse,
} from '../description.js';

/** Where this API documents its problem types; each `type` URI is a page there. */
const PROBLEM_BASE = 'https://docs.harbor.example/problems/';

/**
 * RFC 9457 problem details (`application/problem+json`): `type`, `title`, `status`, `detail`,
 * `instance`, the validation extension `errors: [{ detail, pointer }]`, and `traceId`.
 */
export const dialect: MockDialect = {
  id: 'problem',
  label: 'RFC 9457 problem+json',
  summary: 'type, title, status, detail, errors[].pointer; application/problem+json',
  order: 6,
  respond(error: ErrorDescription): MockResponse {
    const code = codeFor(error, 'problem');
    const body: Record<string, unknown> = {
      type: `${PROBLEM_BASE}${code.replace(/_/g, '-')}`,
      title: error.title,
      status: error.status,
      detail: error.message,
      code,
      ...error.details,
    };
    if (error.fields?.length) {
      body.errors = error.fields.map((f) => ({
        detail: f.message,
        pointer: jsonPointer(f.path),
        code: f.code,
      }));
    }
    if (error.requestId !== undefined) body.traceId = error.requestId;
    if (error.retryAfterSeconds !== undefined) body.retry_after = error.retryAfterSeconds;
    return {
      status: error.status,
      headers: httpHeaders(error, 'application/problem+json'),
      body,
    };
  },
};
