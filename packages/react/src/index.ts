'use client';
export type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectContext,
  DialectReading,
  ErrorKind,
  FieldError as ApiFieldError,
  RateLimit,
} from '@faultline/core';
// @faultline/react re-exports @faultline/core so an app installs one package. The core's
// `FieldError` type is exported as `ApiFieldError` here: `FieldError` is the component.
export {
  ApiError,
  createDecoder,
  DEFAULT_MESSAGES,
  decodeError,
  ERROR_KINDS,
  fromResponse,
  isApiError,
  isErrorKind,
  isRetryableKind,
  kindFromStatus,
  toApiError,
  toFieldPath,
} from '@faultline/core';

// -- provider
export type {
  FaultlineAction,
  FaultlineActions,
  FaultlineConfig,
  FaultlineMessagesInput,
  FaultlineProviderProps,
  SupportContact,
} from './FaultlineProvider.js';
export { FaultlineProvider, useFaultline } from './FaultlineProvider.js';
export type { FaultlineMessages, SupportContext } from './messages.js';
export { defaultMessages, formatDuration } from './messages.js';

// -- toasts

// -- field errors

// -- retry countdown

// -- support, notice, boundary
