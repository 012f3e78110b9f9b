import { get, has, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError, fieldErrorsFrom, isFormStatus } from './fields.js';

/** The flat envelope `{ code: "UPPER_CASE", message, details }`. Numeric codes become strings. */
export const flat: Dialect = {
  name: 'flat',
  match(body) {
    const code = get(body, 'code');
    return (
      (typeof code === 'string' || typeof code === 'number') &&
      typeof get(body, 'message') === 'string' &&
      !has(body, 'error')
    );
  },
  read(body, { status }) {
    const details = get(body, 'details');
    const message = text(get(body, 'message'));
    const fieldErrors: FieldError[] = [];
    if (isFormStatus(status)) {
      const own = fieldError(get(details, 'field'), message);
      if (own) fieldErrors.push(own);
      fieldErrors.push(
        ...fieldErrorsFrom(get(details, 'fields'), ['field', 'path', 'name'], ['message', 'reason']),
      );
    }
    return { code: text(get(body, 'code')), message, fieldErrors, details };
  },
};
