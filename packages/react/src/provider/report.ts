import type { ApiError, ErrorKind } from '@faultline/core';
import { createContext, useContext, useEffect, useRef, useState } from '../internal/deps.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { useFaultline } from './FaultlineProvider.js';

/** The part of the kit that presented an error. */
export type ReportPresentation = 'toast' | 'notice' | 'boundary' | 'support' | 'summary';

/** What an error tracker needs of a presented error: never its body or headers. */
export interface ReportContext {
  /** The canonical category. */
  kind: ErrorKind;
  /** The API's own code. */
  code: string;
  /** The HTTP status; `0` when no response arrived. */
  status: number;
  /** The request id, when the API sent one. */
  requestId: string | undefined;
  /** The W3C trace id, when the API sent one (`traceparent`, `traceresponse`, `Server-Timing`). */
  traceId: string | undefined;
  /** The path of the page the error was presented on (`location.pathname`, no query or fragment). */
  route: string | undefined;
  /** Which part presented it: a toast, an inline notice, a boundary's fallback, a support panel or a form's error summary. */
  presentation: ReportPresentation;
}

/**
 * Called once per error the kit presents, for an error tracker. Returns the tracker's id for the
 * event (Sentry's `captureException` returns one), shown in the support panel as "Reference".
 */
// biome-ignore lint/suspicious/noConfusingVoidType: a tracker callback that returns nothing (`() => { log(e) }`) is typed `void`.
export type OnReport = (error: ApiError, context: ReportContext) => string | undefined | void;

// Module state, shared by every provider: an error is reported once, whoever presents it.
const reported = /* @__PURE__ */ new WeakSet<ApiError>();
const references = /* @__PURE__ */ new WeakMap<ApiError, string>();

/** Keeps an error from being reported (the devtools' previews of an error are no new failure). */
export function markReported(error: ApiError): void {
  reported.add(error);
}

// Equal failures, as toasts collapse them: a retry that fails the same way is the same failure.
const sameFailure = (a: ApiError, b: ApiError) =>
  a.status === b.status && a.code === b.code && a.kind === b.kind;

/**
 * Reports an error unless it was reported already. `previous` is the error the same presentation
 * showed before: when this one is the same failure again (a retry, a repeat collapsed into one
 * toast), it is not reported again and keeps the earlier one's reference.
 */
export function report(
  error: ApiError,
  presentation: ReportPresentation,
  onReport: OnReport | undefined,
  previous?: ApiError,
): void {
  if (!onReport || reported.has(error)) return;
  reported.add(error);
  if (previous && reported.has(previous) && sameFailure(previous, error)) {
    const reference = references.get(previous);
    if (reference !== undefined) references.set(error, reference);
    return;
  }
  let reference: unknown;
  try {
    reference = onReport(error, {
      kind: error.kind,
      code: error.code,
      status: error.status,
      requestId: error.requestId,
      traceId: error.traceId,
      route: typeof location === 'undefined' ? undefined : location.pathname,
      presentation,
    });
  } catch {
    // A tracker that fails must not take the presentation down with it.
  }
  if (typeof reference === 'string' && reference) references.set(error, reference);
}

/**
 * The tracker's reference for an error, once `onReport` returned one. Parts report in layout
 * effects and this reads in a passive one, which React runs after every layout effect of the same
 * commit: a support panel inside a notice gets the reference its notice reported.
 */
export function useReference(error: ApiError | undefined): string | undefined {
  const [reference, setReference] = useState<string>();
  useEffect(() => setReference(error && references.get(error)), [error]);
  return reference;
}

/** The error a part presents for its children: a part inside it presenting the same error does not report it again. */
export const PresentedError = /* @__PURE__ */ createContext<ApiError | undefined>(undefined);

/**
 * Reports the error a part presents, once: not on a re-render, not when an enclosing part presents
 * the same error, and not when it is the same failure as the one this part showed before.
 */
export function useReport(error: ApiError | undefined, presentation: ReportPresentation): void {
  const { onReport } = useFaultline();
  const outer = useContext(PresentedError);
  const last = useRef<ApiError | undefined>(undefined);
  useIsomorphicLayoutEffect(() => {
    if (!error || outer === error) return;
    report(error, presentation, onReport, last.current);
    last.current = error;
  }, [error, outer, onReport, presentation]);
}

/** What {@link reportToasts} reads of a toast. */
export interface ReportedToast {
  readonly id: string;
  readonly error?: ApiError | undefined;
  readonly dedupeKey?: string | undefined;
  readonly summary?: { readonly items: readonly ReportedToast[] } | undefined;
}

/**
 * Reports the errors of the toasts shown, those a storm's summary lists included, once per toast:
 * a repeat that collapses into a toast (its count going up) or a retry that fails again under the
 * same toast is the same failure. `shown` is what the last call returned: the errors of the toasts
 * shown then, by toast, so only the toasts still shown are remembered.
 */
export function reportToasts(
  toasts: readonly ReportedToast[],
  onReport: OnReport,
  shown: ReadonlyMap<string, ApiError>,
): Map<string, ApiError> {
  const next = new Map<string, ApiError>();
  for (const toast of toasts.flatMap((t) => t.summary?.items ?? t)) {
    const key = `${toast.id} ${toast.dedupeKey}`;
    if (toast.error) report(toast.error, 'toast', onReport, shown.get(key));
    next.set(key, toast.error as ApiError);
  }
  return next;
}
