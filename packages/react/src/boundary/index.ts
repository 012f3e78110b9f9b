// Boundaries: <ApiErrorBoundary>, its default <ErrorFallback> (the notice with "Try again") and
// useApiErrorBoundary.
export type {
  ApiErrorBoundaryProps,
  ApiErrorBoundaryResetDetails,
  ApiErrorFallbackProps,
} from './ApiErrorBoundary.js';
export { ApiErrorBoundary } from './ApiErrorBoundary.js';
export type { ErrorFallbackProps } from './ErrorFallback.js';
export { ErrorFallback } from './ErrorFallback.js';
export { retryableLazy } from './retryableLazy.js';
export type { CaughtErrorInfo, FaultlineRootOptions, FaultlineRootOptionsInput } from './rootOptions.js';
export { faultlineRootOptions } from './rootOptions.js';
export type { UseApiErrorBoundary } from './useApiErrorBoundary.js';
export { useApiErrorBoundary } from './useApiErrorBoundary.js';
