import { fieldFromMessage } from '../message.js';
import { get, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError, fieldErrorsFrom, isFormStatus } from './fields.js';

const CODE_LIKE = /^[\w.:-]{1,100}$/;

/**
 * NovaVMS: `{ error: "<code>", message, request_id }`, the code as a bare string. Its validation
 * message "lists the first failing field" (`name: must not be empty`), which becomes that field's
 * error on 400/422; a `details.fields` list, as the sibling envelopes send it, is read first.
 */
export const nova: Dialect = {
  name: 'nova',
  match(body) {
    const error = get(body, 'error');
    return typeof error === 'string' && CODE_LIKE.test(error) && typeof get(body, 'message') === 'string';
  },
  read(body, { status }) {
    const message = text(get(body, 'message'));
    const details = get(body, 'details');
    const fieldErrors: FieldError[] = [];
    const code = text(get(body, 'error'));
    if (isFormStatus(status)) {
      fieldErrors.push(
        ...fieldErrorsFrom(
          get(details, 'fields'),
          ['field', 'path', 'name'],
          ['message', 'reason'],
          ['code'],
        ),
      );
      // Only the documented validation code names a field first; other 400s are sentences.
      const named =
        code === 'validation_failed' && message !== undefined ? fieldFromMessage(message) : undefined;
      const own = named && fieldError(named.path, named.message);
      if (fieldErrors.length === 0 && own) fieldErrors.push(own);
    }
    return {
      code,
      message,
      fieldErrors,
      requestId: text(get(body, 'request_id')),
      details,
    };
  },
};
