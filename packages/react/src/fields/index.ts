// Field errors: useFieldErrors (hook), FieldErrorsProvider, <FieldError> and <ErrorSummary>.
export type { ErrorSummaryProps } from './ErrorSummary.js';
export { ErrorSummary } from './ErrorSummary.js';
export type { FieldErrorProps } from './FieldError.js';
export { FieldError } from './FieldError.js';
export type { FieldErrorsProviderProps } from './FieldErrorsProvider.js';
export { FieldErrorsProvider, useFieldErrorsContext } from './FieldErrorsProvider.js';
export type {
  FieldErrorItem,
  FieldProps,
  UseFieldErrorsOptions,
  UseFieldErrorsResult,
} from './useFieldErrors.js';
export { useFieldErrors } from './useFieldErrors.js';
