import { firstText, get, has, isRecord, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError, isFormStatus } from './fields.js';

const REQUEST_ID_KEYS = ['request-id', 'requestId', 'client-request-id'] as const;

function errorOf(body: unknown): unknown {
  const error = get(body, 'error');
  return isRecord(error) ? error : get(body, 'odata.error');
}

function innerOf(error: unknown): unknown {
  return get(error, 'innererror') ?? get(error, 'innerError');
}

/** OData v4 sends `message` as text; OData v2/v3 as `{ lang, value }`. */
function messageOf(value: unknown): string | undefined {
  return text(value) ?? text(get(value, 'value'));
}

/** A `target` that names a form field; OData system query options (`$search`) are URL parts. */
function fieldTarget(target: unknown): string | undefined {
  return typeof target === 'string' && !/^\s*\$(?!\.)/.test(target) ? target : undefined;
}

/**
 * Microsoft REST API Guidelines and OData JSON errors: `{ error: { code, message, target, details:
 * [{ code, message, target }], innererror } }` (also OData v2/v3's `odata.error` with `message.value`,
 * and Microsoft Graph's `innerError` with `request-id`). On 400/422 each detail's `target` is a field
 * error; without details, the error's own `target` is. The code is the top-level `code`, the one the
 * guidelines make every client handle; the more specific `innererror` chain stays in `details`.
 */
export const odata: Dialect = {
  name: 'odata',
  match(body) {
    const error = errorOf(body);
    if (!isRecord(error) || messageOf(get(error, 'message')) === undefined) return false;
    if (has(body, 'odata.error')) return true;
    return (
      text(get(error, 'code')) !== undefined &&
      (list(get(error, 'details'), 1) !== undefined ||
        isRecord(innerOf(error)) ||
        typeof get(error, 'target') === 'string')
    );
  },
  read(body, { status }) {
    const error = errorOf(body);
    const details = list(get(error, 'details')) ?? [];
    const inner = innerOf(error);
    const fieldErrors: FieldError[] = [];
    if (isFormStatus(status)) {
      for (const item of details) {
        const fe = fieldError(
          fieldTarget(get(item, 'target')),
          messageOf(get(item, 'message')),
          get(item, 'code'),
        );
        if (fe) fieldErrors.push(fe);
      }
      if (fieldErrors.length === 0) {
        const own = fieldError(
          fieldTarget(get(error, 'target')),
          messageOf(get(error, 'message')),
          get(error, 'code'),
        );
        if (own) fieldErrors.push(own);
      }
    }
    return {
      code: text(get(error, 'code'), 200),
      message: messageOf(get(error, 'message')),
      fieldErrors,
      requestId: firstText(inner, REQUEST_ID_KEYS),
      details: isRecord(inner) ? inner : details,
    };
  },
};
