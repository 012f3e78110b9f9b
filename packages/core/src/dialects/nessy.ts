import { at, get, has, isRecord, text } from '../read.js';
import type { Dialect } from '../types.js';
import { fieldErrorsFrom } from './fields.js';

/**
 * NessyAPI: `{ error: { code, message, detail: { field_errors: [{ field, message }] }, request_id } }`.
 */
export const nessy: Dialect = {
  name: 'nessy',
  match(body) {
    const error = get(body, 'error');
    return (
      isRecord(error) &&
      text(get(error, 'code')) !== undefined &&
      (has(error, 'detail') || has(error, 'request_id'))
    );
  },
  read(body) {
    const error = get(body, 'error');
    const detail = get(error, 'detail');
    return {
      code: text(get(error, 'code')),
      message: text(get(error, 'message')),
      fieldErrors: fieldErrorsFrom(at(detail, 'field_errors'), ['field', 'path'], ['message'], ['code']),
      requestId: text(get(error, 'request_id')),
      details: detail,
    };
  },
};
