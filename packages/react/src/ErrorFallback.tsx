'use client';
import type { ReactNode } from 'react';
import type { ApiErrorFallbackProps } from './ApiErrorBoundary.js';
import { ApiErrorBoundaryContext } from './ApiErrorBoundaryContext.js';
import { classNames } from './dom.js';
import { ErrorNotice } from './ErrorNotice.js';
import type { NextStepHandlers } from './nextStep.js';
import { useContext, useEffect, useRef } from './react.js';
import type { HeadingLevel } from './SupportPanel.js';

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
 * resets the boundary. When the failure took focus away with the content, focus moves to the heading.
 */
export function ErrorFallback({
  error,
  resetErrorBoundary,
  headingLevel = 2,
  live = true,
  className,
  ...handlers
}: ErrorFallbackProps): ReactNode {
  const root = useRef<HTMLDivElement>(null);
  const boundary = useContext(ApiErrorBoundaryContext);

  useEffect(() => {
    const element = root.current;
    boundary?.registerFallback(element);
    return () => boundary?.registerFallback(null);
  }, [boundary]);

  return (
    <div ref={root} className={classNames('fl-fallback', className)}>
      <ErrorNotice
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
