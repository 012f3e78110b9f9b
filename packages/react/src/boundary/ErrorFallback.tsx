'use client';
import type { ReactNode } from 'react';
import { useContext } from '../internal/deps.js';
import { classNames, type HeadingLevel } from '../internal/dom.js';
import { ErrorNotice, type NextStepHandlers } from '../notice/index.js';
import { useFaultline } from '../provider/index.js';
import { ApiErrorBoundaryContext, type ApiErrorFallbackProps } from './ApiErrorBoundaryContext.js';

/** Props of {@link ErrorFallback}. */
export interface ErrorFallbackProps
  extends ApiErrorFallbackProps,
    Omit<NextStepHandlers, 'onRetry' | 'alwaysOfferRetry'> {
  /** The level of the title's heading. Default 2. */
  headingLevel?: HeadingLevel | undefined;
  /** Announces the failure as an alert. Default `true`: a boundary's content was just replaced. */
  live?: boolean | undefined;
  /** Extra class names for the root element. */
  className?: string | undefined;
}

/**
 * What `ApiErrorBoundary` shows by default: the kind-aware {@link ErrorNotice} under a heading,
 * announced as an alert, with "Try again" (after the countdown when the API asked to wait) that
 * resets the boundary — or, for what is not there (404, 410), "Go back". When the failure took focus away with the content, focus moves to the heading.
 */
export function ErrorFallback({
  error,
  resetErrorBoundary,
  headingLevel = 2,
  live = true,
  className,
  ...handlers
}: ErrorFallbackProps): ReactNode {
  // The boundary learns where the fallback is, to find the content's place when it resets.
  const boundary = useContext(ApiErrorBoundaryContext);
  const { actions } = useFaultline();

  return (
    <div ref={boundary?.registerFallback} className={classNames('fl-fallback', className)}>
      <ErrorNotice
        // What is not there cannot be tried again: the way out is back where the person came from.
        onGoBack={actions.goBack ?? (() => history.back())}
        {...handlers}
        error={error}
        headingLevel={headingLevel}
        live={live}
        focusTitle
        alwaysOfferRetry
        onRetry={() => resetErrorBoundary()}
      />
    </div>
  );
}
