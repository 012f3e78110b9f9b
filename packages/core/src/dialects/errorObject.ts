import { get, isRecord, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError, fieldErrorsFrom, isFormStatus } from './fields.js';

/**
 * The nested envelope `{ error: { code, message, details: { field, retry_after, request_id } } }`.
 * `details.field` (or `details.fields[]`) becomes a field error on 400/422.
 */
export const errorObject: Dialect = {
  name: 'error-object',
  match(body) {
    const error = get(body, 'error');
    return (
      isRecord(error) && (text(get(error, 'code')) !== undefined || text(get(error, 'message')) !== undefined)
    );
  },
  read(body, { status }) {
    const error = get(body, 'error');
    const details = get(error, 'details');
    const message = text(get(error, 'message'));
    const code = text(get(error, 'code'));
    const fieldErrors: FieldError[] = [];
    if (isFormStatus(status)) {
      const own = fieldError(get(details, 'field'), message);
      if (own) fieldErrors.push(own);
      fieldErrors.push(
        ...fieldErrorsFrom(get(details, 'fields'), ['field', 'path', 'name'], ['message', 'reason']),
      );
    }
    return { code, message, fieldErrors, details };
  },
};
