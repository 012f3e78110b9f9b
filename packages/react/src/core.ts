// @faultline/react re-exports @faultline/core so an app installs one package. The list lives in a
// module of its own: a bundle that uses none of it (toasts alone) then drops the import altogether.
// The core's `FieldError` type is exported as `ApiFieldError` here: `FieldError` is the component.
export type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectContext,
  DialectReading,
  ErrorKind,
  FieldError as ApiFieldError,
  FlattenedFieldErrors,
  FlattenFieldErrorsOptions,
  RateLimit,
} from '@faultline/core';
export {
  ApiError,
  createDecoder,
  DEFAULT_MESSAGES,
  DEFAULT_TITLES,
  decodeError,
  ERROR_KINDS,
  flattenFieldErrors,
  fromResponse,
  isApiError,
  isErrorKind,
  isRetryableKind,
  kindFromStatus,
  toApiError,
  toFieldPath,
} from '@faultline/core';
