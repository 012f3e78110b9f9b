'use client';
import { useContext, useMemo, useState } from '../internal/deps.js';
import { ApiErrorBoundaryContext } from './ApiErrorBoundaryContext.js';

/** What {@link useApiErrorBoundary} returns. */
export interface UseApiErrorBoundary {
  /** Shows the nearest boundary's fallback for an error caught outside rendering (an event handler, an effect). */
  showBoundary: (error: unknown) => void;
  /** Resets the nearest `ApiErrorBoundary`, as its fallback's "Try again" does; does nothing outside one. */
  resetBoundary: () => void;
}

/**
 * Hands errors that React cannot catch (from event handlers, effects, promises) to the nearest
 * error boundary, and resets the nearest `ApiErrorBoundary` from anywhere below it.
 */
export function useApiErrorBoundary(): UseApiErrorBoundary {
  const boundary = useContext(ApiErrorBoundaryContext);
  const [shown, setShown] = useState<{ error: unknown } | null>(null);
  const api = useMemo<UseApiErrorBoundary>(
    () => ({
      showBoundary: (error) => setShown({ error }),
      resetBoundary: () => {
        setShown(null);
        boundary?.resetErrorBoundary();
      },
    }),
    [boundary],
  );
  // Thrown while rendering, the only place a boundary catches.
  if (shown) throw shown.error;
  return api;
}
