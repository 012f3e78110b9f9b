import { firstText, get, isRecord, list, text } from '../read.js';
import type { Dialect, FieldError } from '../types.js';
import { fieldError } from './fields.js';

/**
 * The bare shape name of an AWS error code: `com.amazonaws.dynamodb.v20120810#ResourceNotFoundException`
 * and `ValidationException:http://internal.amazon.com/coral/com.amazon.coral.validate/` both name the
 * shape after the `#` and before the `:`, as the Smithy AWS JSON protocols tell clients to read them.
 */
function awsErrorName(value: unknown): string | undefined {
  const raw = text(value, 1000);
  if (raw === undefined) return undefined;
  const beforeColon = raw.split(':', 1)[0] ?? '';
  const name = beforeColon.slice(beforeColon.indexOf('#') + 1).trim();
  return name.length > 0 && name.length <= 200 ? name : undefined;
}

/** Smithy's `ValidationException.fieldList: [{ path: "/member", message }]`. */
function fieldList(body: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const item of list(get(body, 'fieldList')) ?? []) {
    const fe = fieldError(get(item, 'path'), get(item, 'message'));
    if (fe) out.push(fe);
  }
  return out;
}

/**
 * AWS JSON protocol errors (awsJson1_0/1_1, restJson1): `{ "__type": "namespace#ErrorName",
 * "message": "…" }` (or `Message`), with the `X-Amzn-ErrorType` header as the code when the body has
 * no `__type` (API Gateway, Lambda). The namespace before `#` and any `:…` suffix are dropped, so the
 * code is `ValidationException`, `ThrottlingException`, `AccessDeniedException`. The request id comes
 * from `x-amzn-RequestId`, read with the other headers.
 */
export const aws: Dialect = {
  name: 'aws',
  match(body, { headers }) {
    if (!isRecord(body)) return false;
    if (awsErrorName(get(body, '__type')) !== undefined) return true;
    return (
      awsErrorName(headers.all['x-amzn-errortype']) !== undefined &&
      firstText(body, ['message', 'Message']) !== undefined
    );
  },
  read(body, { headers }) {
    return {
      code: awsErrorName(get(body, '__type')) ?? awsErrorName(headers.all['x-amzn-errortype']),
      message: firstText(body, ['message', 'Message', 'errorMessage']),
      fieldErrors: fieldList(body),
    };
  },
};
