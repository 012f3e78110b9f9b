'use client';
// The public API of @faultline/react, module by module (sorted by file name). Everything here is a
// client module: hooks and components for the browser.
export type {
  ApiErrorBoundaryProps,
  ApiErrorBoundaryResetDetails,
  ApiErrorFallbackProps,
} from './ApiErrorBoundary.js';
export { ApiErrorBoundary } from './ApiErrorBoundary.js';
// @faultline/core, re-exported so an app installs one package (the list is in core.ts).
export * from './core.js';
export type { HeadingLevel } from './dom.js';
export type { ErrorFallbackProps } from './ErrorFallback.js';
export { ErrorFallback } from './ErrorFallback.js';
export type { ErrorNoticeProps } from './ErrorNotice.js';
export { ErrorNotice } from './ErrorNotice.js';
export type { ErrorSummaryProps } from './ErrorSummary.js';
export { ErrorSummary } from './ErrorSummary.js';
export type {
  FaultlineAction,
  FaultlineActions,
  FaultlineConfig,
  FaultlineMessagesInput,
  FaultlineProviderProps,
  SupportContact,
} from './FaultlineProvider.js';
export { FaultlineProvider, useFaultline } from './FaultlineProvider.js';
export type { FieldErrorProps } from './FieldError.js';
export { FieldError } from './FieldError.js';
export type { FieldErrorsProviderProps } from './FieldErrorsProvider.js';
export { FieldErrorsProvider, useFieldErrorsContext } from './FieldErrorsProvider.js';
export type { FaultlineMessages, SupportContext } from './messages.js';
export { defaultMessages, formatDuration } from './messages.js';
export type { NextStep, NextStepHandlers, NextStepKind } from './nextStep.js';
export { nextSteps } from './nextStep.js';
export type { RetryCountdownProps } from './RetryCountdown.js';
export { RetryCountdown } from './RetryCountdown.js';
export type { RetryTicker, RetryTickerOptions, RetryTickListener } from './RetryTicker.js';
export { createRetryTicker, retryTicker } from './RetryTicker.js';
export type { SupportPanelProps } from './SupportPanel.js';
export { SupportPanel } from './SupportPanel.js';
export type { SupportHrefInput } from './supportHref.js';
export { supportContext, supportHref, supportPage } from './supportHref.js';
export type { ToastContentProps } from './ToastContent.js';
export { ToastContent } from './ToastContent.js';
export type { ToasterPosition, ToasterProps } from './Toaster.js';
export { Toaster } from './Toaster.js';
export type {
  OfflineStatus,
  ToastAction,
  ToastData,
  ToastInput,
  ToastQueue,
  ToastQueueOptions,
  ToastQueueSnapshot,
  ToastSummary,
  ToastType,
} from './ToastQueue.js';
export { createToastQueue, MIN_TOAST_DURATION } from './ToastQueue.js';
export type { OnlineSource } from './toast/connection.js';
export { browserOnline } from './toast/connection.js';
export type { SummaryListProps } from './toast/SummaryList.js';
export { SummaryList } from './toast/SummaryList.js';
export { useOnlineStatus } from './toast/useOnlineStatus.js';
export type {
  ErrorToastOptions,
  PromiseToastCopy,
  PromiseToastOptions,
  ShowToast,
  ToastApi,
  ToastOptions,
} from './toast.js';
export { createToast, errorToastKey, toast, toastQueue } from './toast.js';
export { toastAnnouncement, toastText } from './toastText.js';
export type { UseApiErrorBoundary } from './useApiErrorBoundary.js';
export { useApiErrorBoundary } from './useApiErrorBoundary.js';
export type { CopyState, CopyToClipboard, UseCopyToClipboardOptions } from './useCopyToClipboard.js';
export { useCopyToClipboard } from './useCopyToClipboard.js';
export type {
  FieldErrorItem,
  FieldProps,
  UseFieldErrorsOptions,
  UseFieldErrorsResult,
} from './useFieldErrors.js';
export { useFieldErrors } from './useFieldErrors.js';
export type { RetryCountdownSource, RetryCountdownState } from './useRetryCountdown.js';
export { retryAtOf, useRetryCountdown } from './useRetryCountdown.js';
export type { ToastRegionAria, ToastRegionOptions } from './useToastRegion.js';
export { useToastRegion } from './useToastRegion.js';
export type { ToastsState } from './useToasts.js';
export { useToasts } from './useToasts.js';
