export { isChunkLoadError } from './decode/chunkLoad.js';
export { commonMembers } from './decode/common.js';
export type { CreateDecoderOptions } from './decode/createDecoder.js';
export { createDecoder } from './decode/createDecoder.js';
export { decodeError } from './decode/decodeError.js';
export { defaultDecoder } from './decode/defaultDecoder.js';
export type { DecodeExplanation, DialectTried } from './decode/explainDecode.js';
export { explainDecode } from './decode/explainDecode.js';
export { fromResponse } from './decode/fromResponse.js';
export { codeWords, messageHints } from './decode/message.js';
export { ALL_READERS } from './decode/readers.js';
export { toApiError } from './decode/toApiError.js';
export { DEFAULT_CODE_KINDS } from './dialects/codes.js';
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
export { httpDates } from './headers/dates.js';
export { normalizeHeaders } from './headers/headers.js';
export { linkHeader } from './headers/links.js';
export { rateLimitHeaders } from './headers/rateLimit.js';
export { traceContext } from './headers/trace.js';
export type { ApiErrorInit } from './model/ApiError.js';
export { ApiError, isApiError } from './model/ApiError.js';
export type { ApiErrorJSON } from './model/ApiErrorJSON.js';
export { isApiErrorJSON } from './model/ApiErrorJSON.js';
export { normalizeCode } from './model/codes.js';
export type { ErrorKind } from './model/ErrorKind.js';
export { ERROR_KINDS, isErrorKind, isRetryableKind, kindFromStatus } from './model/ErrorKind.js';
export type { FlattenedFieldErrors, FlattenFieldErrorsOptions } from './model/flattenFieldErrors.js';
export { flattenFieldErrors } from './model/flattenFieldErrors.js';
export { DEFAULT_MESSAGES, DEFAULT_TITLES } from './model/messages.js';
export { toFieldPath } from './model/paths.js';
export type {
  CommonReading,
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectContext,
  DialectReading,
  FieldError,
  FromResponseOptions,
  HeaderReading,
  HeaderRecord,
  HeadersInput,
  RateLimit,
  Reader,
  ServerWords,
} from './model/types.js';
export { actionError } from './server/actionError.js';
export type { FormDataLike, FormValuesOptions } from './server/formValues.js';
export { formValues } from './server/formValues.js';
