// @faultline/react re-exports @faultline/core so an app installs one package. The list lives in a
// module of its own: a bundle that uses none of it (toasts alone) then drops the import altogether.
// The core's `FieldError` type is exported as `ApiFieldError` here: `FieldError` is the component.
export type {
  ApiErrorJSON,
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
  FormDataLike,
  FormValuesOptions,
  RateLimit,
} from '@faultline/core';
export {
  ApiError,
  actionError,
  createDecoder,
  DEFAULT_MESSAGES,
  DEFAULT_TITLES,
  decodeError,
  ERROR_KINDS,
  flattenFieldErrors,
  formValues,
  fromResponse,
  isApiError,
  isApiErrorJSON,
  isChunkLoadError,
  isErrorKind,
  isRetryableKind,
  kindFromStatus,
  toApiError,
  toFieldPath,
} from '@faultline/core';
