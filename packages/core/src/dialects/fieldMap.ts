import { firstText, get, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldErrorsFromMap, formError, isFieldMap } from './fieldMaps.js';

/** Keys that stand for the record itself: Rails' `errors[:base]`, ASP.NET's `""`. */
const FORM_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['', 'base']);

/** Rails' `errors.full_messages`: a list of sentences that name no field. */
function messageList(value: unknown): string[] | undefined {
  const items = list(value);
  const isText = (item: unknown): item is string => typeof item === 'string';
  return items !== undefined && items.length > 0 && items.every(isText) ? items : undefined;
}

/**
 * Field-map bodies under `errors`: Rails' `{ errors: { email: ["is invalid"] } }` and Laravel's
 * `{ message, errors: { "users.0.email": ["The users.0.email field is required."] } }`. Every message
 * becomes a field error; dotted keys stay dotted, nested maps are walked (depth and size capped), and
 * Rails' `base` is a form-level error. Rails' `{ errors: [full messages] }` names no field, so each
 * sentence is a form-level error. The message is the body's `message` when it sends one.
 */
export const fieldMap: Dialect = {
  name: 'field-map',
  match(body) {
    const errors = get(body, 'errors');
    return isFieldMap(errors) || messageList(errors) !== undefined;
  },
  read(body) {
    const errors = get(body, 'errors');
    const sentences = messageList(errors);
    const fieldErrors = sentences
      ? sentences.map((sentence) => formError(sentence)).filter((fe): fe is FieldError => fe !== undefined)
      : fieldErrorsFromMap(errors, FORM_KEYS);
    return {
      code: firstText(body, ['code', 'error_code']),
      message: text(get(body, 'message')),
      fieldErrors,
    };
  },
};
