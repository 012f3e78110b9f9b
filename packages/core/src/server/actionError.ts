import { fromResponse } from '../decode/fromResponse.js';
import { toApiError } from '../decode/toApiError.js';
import type { ApiErrorJSON } from '../model/ApiErrorJSON.js';
import type { DecodeOptions } from '../model/types.js';

function isResponse(value: unknown): value is Response {
  try {
    if (value instanceof Response) return true;
  } catch {
    // No `Response` in this runtime, or a proxy that refuses to say what it is: not a response.
  }
  return false;
}

/**
 * What a server function returns for a failure: the error decoded (a `Response` with
 * `fromResponse`, anything thrown with `toApiError`, with your decoder if you pass one) and turned
 * into its JSON form, which React's server functions, React Router actions and `structuredClone`
 * carry to the client as it is. There `useFieldErrors`, `<FieldError>`, `<ErrorSummary>` and every
 * other faultline component read it as they read an `ApiError`; `ApiError.fromJSON` gives the
 * error back. Never rejects.
 */
export async function actionError(failure: unknown, options?: DecodeOptions): Promise<ApiErrorJSON> {
  // Both are total: `fromResponse` never rejects, `toApiError` never throws.
  const error = isResponse(failure) ? await fromResponse(failure, options) : toApiError(failure, options);
  return error.toJSON();
}
