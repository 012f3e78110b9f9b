export type { ApiErrorInit } from './ApiError.js';
export { ApiError, isApiError } from './ApiError.js';
export { DEFAULT_CODE_KINDS, normalizeCode } from './codes.js';
export type { CreateDecoderOptions } from './createDecoder.js';
export { createDecoder } from './createDecoder.js';
export { decodeError } from './decodeError.js';
export { defaultDecoder } from './defaultDecoder.js';
export {
  BUILTIN_DIALECTS,
  generic,
  google,
  graphql,
  html,
  oauth,
  problem,
  text,
  xml,
} from './dialects/index.js';
export type { ErrorKind } from './ErrorKind.js';
export { ERROR_KINDS, isErrorKind, isRetryableKind, kindFromStatus } from './ErrorKind.js';
export type { FlattenedFieldErrors, FlattenFieldErrorsOptions } from './flattenFieldErrors.js';
export { flattenFieldErrors } from './flattenFieldErrors.js';
export { fromResponse } from './fromResponse.js';
export { normalizeHeaders } from './headers.js';
export { DEFAULT_MESSAGES, DEFAULT_TITLES } from './messages.js';
export type { ApiErrorJSON } from './model/ApiErrorJSON.js';
export { isApiErrorJSON } from './model/ApiErrorJSON.js';
export { toFieldPath } from './paths.js';
export { actionError } from './server/actionError.js';
export type { FormDataLike, FormValuesOptions } from './server/formValues.js';
export { formValues } from './server/formValues.js';
export { toApiError } from './toApiError.js';
export type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectContext,
  DialectReading,
  FieldError,
  FromResponseOptions,
  HeaderReading,
  HeadersInput,
  RateLimit,
} from './types.js';
