'use client';
import type { ComponentProps, ComponentType, ReactNode } from 'react';
import { createElement, lazy, useContext } from '../internal/deps.js';
import { ApiErrorBoundaryContext } from './ApiErrorBoundaryContext.js';

/**
 * `React.lazy` that can be tried again. React keeps a lazy component's failed import for good, so a
 * screen whose chunk could not be fetched (offline, or gone after a deploy) would fail forever. This
 * one imports again when the `ApiErrorBoundary` around it resets ("Try again", or a change of its
 * `resetKeys`) after a failure. The failure reaches the boundary as a `network` error (`toApiError`
 * reads every browser's chunk-load wording).
 */
// biome-ignore lint/suspicious/noExplicitAny: as React.lazy, any component's props
export function retryableLazy<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): ComponentType<ComponentProps<T>> {
  const attempt = () =>
    lazy(() =>
      load().catch((error: unknown) => {
        failedIn = renderedIn;
        throw error;
      }),
    );
  let current = attempt();
  // The boundary resets the import was made under, and the one it failed under (none yet).
  let renderedIn: number | undefined;
  let failedIn: number | undefined | null = null;
  // biome-ignore lint/correctness/noComponentHookFactories: made once per lazy screen, as React.lazy makes its component
  function RetryableLazy(props: ComponentProps<T>): ReactNode {
    const resets = useContext(ApiErrorBoundaryContext)?.resets;
    // A render under the same reset is React rendering the failure again, which the boundary must
    // get; a reset since is the person asking to try again.
    if (failedIn !== null && failedIn !== resets) {
      failedIn = null;
      current = attempt();
    }
    renderedIn = resets;
    return createElement(current as ComponentType<ComponentProps<T>>, props);
  }
  return RetryableLazy;
}
