'use client';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../ApiErrorBoundary.js';

/** Props of {@link QueryErrorBoundary}: those of `ApiErrorBoundary`. */
export type QueryErrorBoundaryProps = ApiErrorBoundaryProps;

/**
 * `ApiErrorBoundary` joined to TanStack Query's reset boundary: "Try again" resets the failed
 * queries below it so they fetch again when the children mount. Use with `throwOnError` queries.
 */
export function QueryErrorBoundary({ onReset, ...props }: QueryErrorBoundaryProps): ReactNode {
  const { reset } = useQueryErrorResetBoundary();
  return (
    <ApiErrorBoundary
      {...props}
      onReset={(details) => {
        reset();
        onReset?.(details);
      }}
    />
  );
}
