import { firstText, get, has, isRecord, list, text } from '../decode/read.js';
import type { Dialect, FieldError } from '../model/types.js';
import { fieldErrorsFromMap, pointedError } from './fieldMaps.js';

/** No key stands for the form but ASP.NET Core's `""`, which names no field and so stays the form's. */
const FORM_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set();

function isProblemShape(body: unknown): boolean {
  if (!isRecord(body) || has(body, 'error')) return false;
  if (typeof get(body, 'type') !== 'string' && typeof get(body, 'title') !== 'string') return false;
  return (
    has(body, 'status') ||
    typeof get(body, 'detail') === 'string' ||
    has(body, 'instance') ||
    has(body, 'errors') ||
    has(body, 'invalid-params')
  );
}

function pick(item: unknown, names: readonly string[]): unknown {
  for (const name of names) {
    const value = get(item, name);
    if (value !== undefined) return value;
  }
  return undefined;
}

function listedErrors(items: unknown, pathKeys: readonly string[], messageKeys: readonly string[]) {
  const out: FieldError[] = [];
  // Stryker disable next-line ArrayDeclaration: a list of one string adds nothing: a string names no field.
  for (const item of list(items) ?? []) {
    const fe = pointedError(pick(item, pathKeys), pick(item, messageKeys), get(item, 'code'));
    if (fe) out.push(fe);
  }
  return out;
}

/**
 * RFC 9457 (and RFC 7807) problem details: `{ type, title, status, detail, instance, ... }`, sent as
 * `application/problem+json` or recognized by its members. `detail` (this occurrence) is preferred to
 * `title` (the problem type) as the message. The code is a `code` extension member when there is one
 * (else the decoder's code for the kind, as `decodeError` gives); the `type` URI is the docs link when
 * it is http(s), never the code. Field
 * errors come from the common validation extensions: `errors: [{ detail, pointer }]` (RFC 9457 § 3),
 * `invalid-params: [{ name, reason }]` (RFC 7807 § 3) and ASP.NET Core's `errors: { Field: [msgs] }`,
 * whose `""` key is a form-level error.
 */
export const problem: Dialect = {
  name: 'problem',
  match(body, { headers }) {
    if (headers.contentType === 'application/problem+json' && isRecord(body)) return true;
    return isProblemShape(body);
  },
  read(body) {
    const errors = get(body, 'errors');
    const fieldErrors = isRecord(errors)
      ? fieldErrorsFromMap(errors, FORM_KEYS)
      : listedErrors(errors, ['pointer', 'field', 'name', 'path'], ['detail', 'message', 'reason']);
    fieldErrors.push(...listedErrors(get(body, 'invalid-params'), ['name', 'pointer', 'field'], ['reason']));
    return {
      code: firstText(body, ['code', 'error_code', 'errorCode']),
      message: text(get(body, 'detail')) ?? text(get(body, 'title')),
      fieldErrors,
      // The decoder keeps http(s) links only: `about:blank` and relative types are no docs link.
      docsUrl: text(get(body, 'type'), 2048),
      details: body,
    };
  },
};
