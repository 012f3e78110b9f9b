import type { ApiError, ErrorKind } from '@faultline/core';
import { isHttpUrl } from '../internal/isHttpUrl.js';
import { waitOf } from '../internal/waitOf.js';
import type { FaultlineAction, FaultlineActions, FaultlineConfig } from '../provider/index.js';

/** What a person can do about a failure. */
export type NextStepKind =
  | 'check-input'
  | 'sign-in'
  | 'request-access'
  | 'top-up'
  | 'go-back'
  | 'successor'
  | 'wait'
  | 'retry'
  | 'contact-support';

/** One thing to do next: a link (`href`), a button (`onAction`), or guidance with neither. */
export interface NextStep {
  /** What kind of step this is; also the value of `data-step` on the rendered control. */
  kind: NextStepKind;
  /** The text of the link or button, from the configured messages. */
  label: string;
  /** Where the step leads, when it is a link. */
  href?: string | undefined;
  /** What the step does, when it is a button. */
  onAction?: (() => void) | undefined;
}

/** Per-use handlers that override the provider's `actions`. */
export interface NextStepHandlers {
  /** Retries the failed request; without it no retry step is offered. */
  onRetry?: (() => void) | undefined;
  /** Overrides `actions.signIn` for a 401. */
  onSignIn?: FaultlineAction | undefined;
  /** Overrides `actions.requestAccess` for a 403. */
  onRequestAccess?: FaultlineAction | undefined;
  /** Overrides `actions.topUp` for a 402. */
  onTopUp?: FaultlineAction | undefined;
  /** Overrides `actions.goBack` for a 404 or 410: what was asked for is not there, so trying again cannot help. */
  onGoBack?: FaultlineAction | undefined;
  /** Offers retry for every kind, not only where retrying can succeed by itself (a boundary fallback's only way back). */
  alwaysOfferRetry?: boolean | undefined;
}

// The kinds whose next step is an action the app supplies: the step, the name of its copy and of
// its action in the provider, and the handler that overrides it.
const ACTION_STEPS: Partial<
  Record<
    ErrorKind,
    [NextStepKind, keyof FaultlineActions, 'onSignIn' | 'onRequestAccess' | 'onTopUp' | 'onGoBack']
  >
> = {
  unauthenticated: ['sign-in', 'signIn', 'onSignIn'],
  forbidden: ['request-access', 'requestAccess', 'onRequestAccess'],
  payment_required: ['top-up', 'topUp', 'onTopUp'],
  not_found: ['go-back', 'goBack', 'onGoBack'],
  gone: ['go-back', 'goBack', 'onGoBack'],
};

/**
 * The next steps for an error, most useful first: check the input (validation), sign in again (401),
 * ask for access (403), top up (402), go back (404, 410), follow the successor link (410, http(s)
 * only), wait for the countdown or retry (429, 5xx, network, timeouts; never a 404 or 410, where
 * trying again cannot help), contact support (a 5xx with a request id). Steps
 * that need an action appear only when the provider or `handlers` supply one; the list may be empty.
 */
export function nextSteps(
  error: ApiError,
  config: Pick<FaultlineConfig, 'actions' | 'messages'>,
  handlers: NextStepHandlers = {},
): NextStep[] {
  const { actions, messages } = config;
  const { kind } = error;
  const steps: NextStep[] = [];
  if (kind === 'validation' || error.fieldErrors.length > 0) {
    steps.push({ kind: 'check-input', label: messages.checkInput });
  }
  const entry = ACTION_STEPS[kind];
  if (entry) {
    const [step, name, handler] = entry;
    const action = handlers[handler] ?? actions[name];
    const label = messages[name];
    if (typeof action === 'function') steps.push({ kind: step, label, onAction: action });
    // Actions are app configuration, so relative paths ("/login") are fine; other schemes are not.
    else if (isHttpUrl(action, 'https://relative.invalid')) steps.push({ kind: step, label, href: action });
  }
  if (kind === 'gone' && isHttpUrl(error.successorUrl)) {
    steps.push({ kind: 'successor', label: messages.followSuccessor, href: error.successorUrl });
  }
  if (waitOf(error) !== undefined) {
    steps.push({ kind: 'wait', label: messages.retry, onAction: handlers.onRetry });
  } else if (
    handlers.onRetry &&
    kind !== 'not_found' &&
    kind !== 'gone' &&
    (error.retryable || kind === 'server' || handlers.alwaysOfferRetry)
  ) {
    steps.push({ kind: 'retry', label: messages.retry, onAction: handlers.onRetry });
  }
  if (error.status >= 500 && error.requestId !== undefined) {
    steps.push({ kind: 'contact-support', label: messages.contactSupport });
  }
  return steps;
}
