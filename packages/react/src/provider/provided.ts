import type { ApiError } from '@faultline/core';
import { useRef } from '../internal/deps.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useFaultline } from './FaultlineProvider.js';
import type { ReportedToast, reportToasts } from './report.js';
import type { supportHref } from './supportHref.js';

/**
 * What a part does only with what a provider was given (an error tracker, a support contact), handed
 * down by `FaultlineProvider` in its configuration (`provided`) rather than imported by the part: an
 * app without a provider (a toasts-only app) has neither, and ships none of that code.
 */
export interface Provided {
  /** Reports the errors of the toasts shown through `onReport` ({@link reportToasts}). */
  reportToasts: typeof reportToasts;
  /** The prefilled support link for an error ({@link supportHref}). */
  supportHref: typeof supportHref;
}

/**
 * Reports the errors of the toasts shown through the provider's `onReport`, once per toast (see
 * {@link reportToasts}); nothing without a provider, which is the only way to give `onReport`.
 */
export function useReportToasts(toasts: readonly ReportedToast[]): void {
  const { onReport, provided } = useFaultline();
  const shown = useRef(new Map<string, ApiError>());
  useIsomorphicLayoutEffect(() => {
    if (onReport && provided) shown.current = provided.reportToasts(toasts, onReport, shown.current);
  }, [toasts, onReport, provided]);
}
