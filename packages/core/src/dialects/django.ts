import { get, isRecord, keys, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldErrorsFromMap, formError, isFieldMap } from './fieldMaps.js';
import { isFormStatus } from './fields.js';

/** DRF's `NON_FIELD_ERRORS_KEY` default, and ASP.NET's `""` in the same top-level shape. */
const FORM_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['', 'non_field_errors']);
/** What may sit beside `detail`: DRF's documented custom handler adds `status_code`. */
const DETAIL_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['detail', 'status_code', 'code']);

function isDetail(body: unknown): boolean {
  return typeof get(body, 'detail') === 'string' && keys(body).every((key) => DETAIL_KEYS.has(key));
}

function isMessageList(body: unknown): boolean {
  const items = list(body);
  return items !== undefined && items.length > 0 && items.every((item) => typeof item === 'string');
}

/**
 * Django REST framework: serializer errors as a top-level field map (`{ amount: ["A valid integer is
 * required."], non_field_errors: [...] }`, nested serializers as nested maps, list serializers as
 * lists of maps), the plain `{ detail: "…" }` of every other exception (FastAPI's `HTTPException` sends
 * the same), and, on 400/422, a bare list of messages from a view's `ValidationError("…")`.
 * `non_field_errors` is form-level (path `''`). Validation bodies carry no summary, so the message is
 * the kind's copy and each field carries its own.
 */
export const django: Dialect = {
  name: 'django',
  match(body, { status }) {
    if (isRecord(body)) return isDetail(body) || isFieldMap(body);
    return isFormStatus(status) && isMessageList(body);
  },
  read(body) {
    if (isDetail(body)) return { code: text(get(body, 'code'), 200), message: text(get(body, 'detail')) };
    if (!isRecord(body)) {
      const fieldErrors = (list(body) ?? []).map((item) => formError(item));
      return { fieldErrors: fieldErrors.filter((fe): fe is FieldError => fe !== undefined) };
    }
    return { fieldErrors: fieldErrorsFromMap(body, FORM_KEYS) };
  },
};
