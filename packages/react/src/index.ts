'use client';
// The public API of @faultline/react, part by part (sorted by folder): one folder per part, in the
// README's words, whose index.ts says what the part exports. Everything here is a client module:
// hooks and components for the browser.
export type {
  ApiErrorBoundaryProps,
  ApiErrorBoundaryResetDetails,
  ApiErrorFallbackProps,
  CaughtErrorInfo,
  ErrorFallbackProps,
  FaultlineRootOptions,
  FaultlineRootOptionsInput,
  UseApiErrorBoundary,
} from './boundary/index.js';
export {
  ApiErrorBoundary,
  ErrorFallback,
  faultlineRootOptions,
  retryableLazy,
  useApiErrorBoundary,
} from './boundary/index.js';
// @faultline/core, re-exported so an app installs one package (the list is in core.ts).
export * from './core.js';
export type {
  RetryCountdownProps,
  RetryCountdownSource,
  RetryCountdownState,
  RetryTicker,
  RetryTickerOptions,
  RetryTickListener,
} from './countdown/index.js';
export {
  createRetryTicker,
  RetryCountdown,
  retryAtOf,
  retryTicker,
  useRetryCountdown,
} from './countdown/index.js';
export type {
  ErrorSummaryProps,
  FieldErrorItem,
  FieldErrorProps,
  FieldErrorsProviderProps,
  FieldProps,
  UseFieldErrorsOptions,
  UseFieldErrorsResult,
} from './fields/index.js';
export {
  ErrorSummary,
  FieldError,
  FieldErrorsProvider,
  useFieldErrors,
  useFieldErrorsContext,
} from './fields/index.js';
export type { HeadingLevel } from './internal/dom.js';
export type { ErrorNoticeProps, NextStep, NextStepHandlers, NextStepKind } from './notice/index.js';
export { ErrorNotice, nextSteps } from './notice/index.js';
export type { PendingButtonProps } from './pending/index.js';
export { PendingButton, pendingButtonProps } from './pending/index.js';
export type {
  Announcer,
  FaultlineAction,
  FaultlineActions,
  FaultlineConfig,
  FaultlineMessages,
  FaultlineMessagesInput,
  FaultlineProviderProps,
  OnReport,
  Politeness,
  ReportContext,
  ReportPresentation,
  SupportContact,
  SupportContext,
} from './provider/index.js';
export { defaultMessages, FaultlineProvider, formatDuration, useFaultline } from './provider/index.js';
export type {
  CopyState,
  CopyToClipboard,
  SupportHrefInput,
  SupportMessages,
  SupportPanelProps,
  UseCopyToClipboardOptions,
} from './support/index.js';
export {
  defaultSupportMessages,
  SupportPanel,
  supportContext,
  supportHref,
  supportPage,
  useCopyToClipboard,
  useSupportHref,
} from './support/index.js';
export type {
  ErrorToastOptions,
  OfflineStatus,
  OnlineSource,
  PromiseToastCopy,
  PromiseToastOptions,
  ShowToast,
  StormControl,
  StormMessages,
  StormOptions,
  SummaryListProps,
  ToastAction,
  ToastApi,
  ToastContentProps,
  ToastData,
  ToasterPosition,
  ToasterProps,
  ToastInput,
  ToastOptions,
  ToastQueue,
  ToastQueueHost,
  ToastQueueOptions,
  ToastQueuePart,
  ToastQueueSnapshot,
  ToastQueueStorms,
  ToastRegionAria,
  ToastRegionOptions,
  ToastSummary,
  ToastsState,
  ToastType,
} from './toast/index.js';
export {
  browserOnline,
  createToast,
  createToastQueue,
  defaultStormMessages,
  errorToastKey,
  MIN_TOAST_DURATION,
  SummaryList,
  stormControl,
  ToastContent,
  Toaster,
  toast,
  toastAnnouncement,
  toastQueue,
  toastText,
  useOnlineStatus,
  useToastRegion,
  useToasts,
} from './toast/index.js';
