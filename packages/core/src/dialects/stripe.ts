import { get, isRecord, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError, fieldErrorsFrom, isFormStatus, rawString } from './fields.js';

/**
 * Stripe-style typed errors, as Chatsby, Stripe, OpenAI and Anthropic send them:
 * `{ error: { type, code, message, param, status, errors: [{ param, message, code }], doc_url } }`.
 * The code is `code` when present, else `type`. A `param` is a form field only on 400/422.
 */
export const stripe: Dialect = {
  name: 'stripe',
  match(body) {
    const error = get(body, 'error');
    return (
      isRecord(error) && typeof get(error, 'type') === 'string' && typeof get(error, 'message') === 'string'
    );
  },
  read(body, { status }) {
    const error = get(body, 'error');
    const code = text(get(error, 'code')) ?? text(get(error, 'type'));
    const message = text(get(error, 'message'));
    const fieldErrors: FieldError[] = [];
    if (isFormStatus(status)) {
      const own = fieldError(get(error, 'param'), message, code);
      if (own) fieldErrors.push(own);
      fieldErrors.push(
        ...fieldErrorsFrom(get(error, 'errors'), ['param', 'field', 'path'], ['message'], ['code']),
      );
    }
    return {
      code,
      message,
      fieldErrors,
      requestId: text(get(error, 'request_id')) ?? text(get(body, 'request_id')),
      docsUrl: rawString(get(error, 'doc_url')),
      details: list(get(error, 'errors')) ?? get(error, 'details'),
    };
  },
};
