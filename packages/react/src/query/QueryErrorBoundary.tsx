'use client';
import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from '../boundary/index.js';

/** Props of {@link QueryErrorBoundary}: those of `ApiErrorBoundary`. */
export type QueryErrorBoundaryProps = ApiErrorBoundaryProps;

/**
 * `ApiErrorBoundary` joined to TanStack Query's reset boundary: "Try again" resets the failed
 * queries below it so they fetch again when the children mount.
 *
 * TanStack Query throws a query's failure to a boundary only when the query says so: with
 * `throwOnError: true`, with `meta: { errorPresentation: 'boundary' }` (faultline's defaults turn
 * that into `throwOnError` while the query has no data on screen), or as a suspense query. Any other
 * query keeps its failure in `query.error` for the component to show (`<ErrorNotice>`), and this
 * boundary shows nothing. faultline does not turn it on for every query: in an app without a
 * boundary, a thrown failure would take the page down.
 *
 * ```tsx
 * function Cameras() {
 *   const cameras = useQuery({
 *     queryKey: ['cameras'],
 *     queryFn: ({ signal }) => apiFetch<Camera[]>('/v1/cameras', { signal }),
 *     meta: { errorPresentation: 'boundary' }, // or throwOnError: true
 *   });
 *   return <ul>{cameras.data?.map((camera) => <li key={camera.id}>{camera.name}</li>)}</ul>;
 * }
 *
 * <QueryErrorBoundary>
 *   <Cameras />
 * </QueryErrorBoundary>
 * ```
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
