'use client';
import type { ApiError } from '@faultline/core';
import { createContext } from '../internal/deps.js';

/** What an `ApiErrorBoundary` shares with its children and fallback. */
export interface ApiErrorBoundaryContextValue {
  /** Clears the caught error and renders the children again. */
  resetErrorBoundary: (...args: unknown[]) => void;
  /** Tells the boundary where the fallback's DOM is, so focus can find the children again after a reset. */
  registerFallback: (element: Element | null) => void;
  /** How many times the boundary has reset: a lazy screen that failed loads again when it changes. */
  resets: number;
}

/** The nearest `ApiErrorBoundary`, or `null` outside of one. */
export const ApiErrorBoundaryContext = createContext<ApiErrorBoundaryContextValue | null>(null);

/** What a boundary's fallback receives. */
export interface ApiErrorFallbackProps {
  /** The caught error, decoded into an `ApiError`. */
  error: ApiError;
  /** Clears the error and renders the children again; its arguments reach `onReset`. */
  resetErrorBoundary: (...args: unknown[]) => void;
}
