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
export type { ErrorToastOptions, ShowToast, ToastApi, ToastOptions } from './toast.js';
export { createToast, errorToastKey, toast, toastQueue } from './toast.js';
export type { ToastContentProps } from './ToastContent.js';
export { ToastContent } from './ToastContent.js';
export type {
  ToastAction,
  ToastData,
  ToastInput,
  ToastQueue,
  ToastQueueOptions,
  ToastQueueSnapshot,
  ToastType,
} from './ToastQueue.js';
export { createToastQueue, MIN_TOAST_DURATION } from './ToastQueue.js';
export type { ToasterPosition, ToasterProps } from './Toaster.js';
export { Toaster } from './Toaster.js';
export { toastAnnouncement, toastText } from './toastText.js';
export type { ToastRegionAria, ToastRegionOptions } from './useToastRegion.js';
export { useToastRegion } from './useToastRegion.js';
export type { ToastsState } from './useToasts.js';
export { useToasts } from './useToasts.js';

// -- field errors

// -- retry countdown

// -- support, notice, boundary
