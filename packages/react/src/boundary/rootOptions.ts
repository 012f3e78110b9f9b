import { isApiError, isChunkLoadError } from '../internal/deps.js';
import { isFaultlineBoundary } from './ApiErrorBoundary.js';

/** What React tells a root's `onCaughtError` about an error a boundary caught. */
export interface CaughtErrorInfo {
  /** Where in the component tree it was thrown. */
  componentStack?: string | null | undefined;
  /** The boundary that caught it (React 19). */
  errorBoundary?: unknown;
}

/** Options of {@link faultlineRootOptions}. */
export interface FaultlineRootOptionsInput {
  /** Reports every other caught error; defaults to React's own reporting, `console.error(error)`. */
  onCaughtError?: ((error: unknown, info: CaughtErrorInfo) => void) | undefined;
  /** Called for the failures a faultline boundary shows, which stay out of the console (for monitoring). */
  onPresentedError?: ((error: unknown, info: CaughtErrorInfo) => void) | undefined;
}

/** What {@link faultlineRootOptions} returns: spread it into `createRoot`'s options. */
export interface FaultlineRootOptions {
  /** React 19's hook for errors an error boundary caught. */
  onCaughtError: (error: unknown, info: CaughtErrorInfo) => void;
}

/**
 * Root options for React 19 (`createRoot(element, faultlineRootOptions())`) that keep the failures a
 * faultline boundary shows the user — an `ApiError`, or a chunk of the app that could not be
 * loaded — out of the console: they are expected and handled, not bugs. Everything else a boundary
 * catches (a bug in a component, an error caught by a boundary of your own) is reported as React
 * reports it, or through your `onCaughtError`. React 18 ignores the option.
 */
export function faultlineRootOptions(options: FaultlineRootOptionsInput = {}): FaultlineRootOptions {
  return {
    onCaughtError(error, info) {
      if (isFaultlineBoundary(info.errorBoundary) && (isApiError(error) || isChunkLoadError(error))) {
        options.onPresentedError?.(error, info);
      } else if (options.onCaughtError) {
        options.onCaughtError(error, info);
      } else {
        // React's default for caught errors.
        console.error(error);
      }
    },
  };
}
