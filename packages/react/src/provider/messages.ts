import { type ApiError, DEFAULT_MESSAGES, DEFAULT_TITLES, type ErrorKind } from '@faultline/core';

/** What a support message is built from: never headers, tokens or the raw body. */
export interface SupportContext {
  /** The request id, when the API sent one. */
  requestId: string | undefined;
  /** The W3C trace id, when the API sent one: what a tracing system indexes. */
  traceId?: string | undefined;
  /** The error tracker's id for the event (`onReport`'s return value), when there is one. */
  reference?: string | undefined;
  /** The API's code. */
  code: string;
  /** The HTTP status (`0` when no response arrived). */
  status: number;
  /** When the error happened, as an ISO 8601 string. */
  time: string;
  /** The page the user was on. */
  page: string | undefined;
}

/** Every string faultline shows or announces. Override any of them through `FaultlineProvider` for i18n. */
export interface FaultlineMessages {
  /** A short heading per kind. */
  title: Record<ErrorKind, string>;
  /** The text per kind when the server sent no message. */
  description: Record<ErrorKind, string>;
  /** Said before an error toast's text, so its type is in words ("Error:"). */
  errorLabel: string;
  /** Said before an informational toast's text. */
  infoLabel: string;
  /** Said before a success toast's text. */
  successLabel: string;
  /** Label of the button that closes a toast or notice. */
  dismiss: string;
  /** Accessible name of the notifications region; `{hotkey}` is replaced by the key that reaches it. */
  notifications: string;
  /** How many times an equal error happened ("3 times"). */
  occurrences: (count: number) => string;
  /** Label of a retry button. */
  retry: string;
  /** Label of a retry button that has to wait ("Try again in 12 seconds"). */
  retryIn: (duration: string) => string;
  /** Announced when a wait starts. */
  waitStarted: (duration: string) => string;
  /** Announced when a wait ends. */
  waitEnded: string;
  /** Next step for `unauthenticated`. */
  signIn: string;
  /** Next step for `forbidden`. */
  requestAccess: string;
  /** Next step for `payment_required`. */
  topUp: string;
  /** Next step for `not_found` and `gone`. */
  goBack: string;
  /** Said under the toasts while more wait for a place ("+2 more"). */
  moreToasts: (count: number) => string;
  /** The same for screen readers, in words. */
  moreToastsLabel: (count: number) => string;
  /** Next step for `gone` with a successor link. */
  followSuccessor: string;
  /** Next step for a server error with a request id. */
  contactSupport: string;
  /** Next step for a validation error. */
  checkInput: string;
  /** Link to the API's documentation of the error. */
  learnMore: string;
  /** Heading of the error summary of a form. */
  summaryTitle: string;
  /** Label of a request id. */
  requestId: string;
  /** Label of a copy button. */
  copy: string;
  /** Confirmation after copying. */
  copied: string;
  /** Said when the clipboard is unavailable or refused. */
  copyFailed: string;
  // The words of storms, offline and hidden tabs: their English defaults come with `stormControl()`.
  /** Heading of the one toast that sums up a burst of failures ("12 requests failed"). */
  requestsFailed?: (count: number) => string;
  /** Heading of the toast shown on return to a hidden tab ("While you were away: 3 refreshes failed; 1 has recovered"). */
  whileAway?: (failed: number, recovered: number) => string;
  /** Label of the disclosure that lists the failures of a summary. */
  showFailures?: string;
  /** Label of the button that retries every failure of a summary. */
  retryAll?: string;
  /** The status while the network is gone. */
  offline?: string;
  /** Under the offline status: how many requests and changes wait for the network. */
  waitingToSend?: (count: number) => string;
  /** Label of the button that tries again now, when requests failed but the browser says it is online. */
  tryNow?: string;
  /** The short note when the network is back. */
  backOnline?: string;
  // The words of the support panel and of the prefilled support message: their English defaults,
  // `defaultSupportMessages`, come with `<SupportPanel>` and the support link.
  /** Heading of the support details (request id, code, status, time). */
  supportTitle?: string;
  /** Label of a trace id. */
  traceId?: string;
  /** Label of the error tracker's id for the event. */
  reference?: string;
  /** Label of an error code. */
  code?: string;
  /** Label of an HTTP status. */
  status?: string;
  /** Label of the time of an error. */
  time?: string;
  /** Subject of a prefilled support message. */
  supportSubject?: (context: SupportContext) => string;
  /** Body of a prefilled support message. */
  supportBody?: (context: SupportContext) => string;
}

// Intl formatters are costly to build and a countdown formats every second: one per locale and unit.
const formatters: Record<string, object> = /* @__PURE__ */ Object.create(null);
function cached<T extends object>(key: string, make: () => T): T {
  formatters[key] ||= make();
  return formatters[key] as T;
}

/** Formats a wait in words with `Intl` ("1 minute, 5 seconds"); seconds are left out from an hour on. */
export function formatDuration(ms: number, locale?: string | readonly string[]): string {
  const total = Math.max(0, Math.ceil(ms / 1000));
  const locales = locale as string | string[] | undefined;
  const hours = Math.floor(total / 3600);
  const parts: [number, string][] = [
    [hours, 'hour'],
    [Math.floor(total / 60) % 60, 'minute'],
    [hours ? 0 : total % 60, 'second'],
  ];
  return cached(`${locales}`, () => new Intl.ListFormat(locales, { style: 'long', type: 'unit' })).format(
    parts
      // A wait that is over reads as "0 seconds".
      .filter(([value, unit]) => value || (!total && unit === 'second'))
      .map(([value, unit]) =>
        cached(
          `${locales} ${unit}`,
          () => new Intl.NumberFormat(locales, { style: 'unit', unit, unitDisplay: 'long' }),
        ).format(value),
      ),
  );
}

/** The text for an error: the server's message, or the configured description when the server sent none. */
export function errorText(error: ApiError, messages: Pick<FaultlineMessages, 'description'>): string {
  // The core stands in its English copy for a missing message; the configured copy wins over it.
  return error.message === DEFAULT_MESSAGES[error.kind] ? messages.description[error.kind] : error.message;
}

/** The English copy faultline ships with. */
export const defaultMessages: FaultlineMessages = {
  title: DEFAULT_TITLES,
  description: DEFAULT_MESSAGES,
  errorLabel: 'Error:',
  infoLabel: 'Info:',
  successLabel: 'Success:',
  dismiss: 'Dismiss',
  notifications: 'Notifications ({hotkey})',
  occurrences: (count) => `${count} times`,
  retry: 'Try again',
  retryIn: (duration) => `Try again in ${duration}`,
  waitStarted: (duration) => `You can try again in ${duration}.`,
  waitEnded: 'You can try again now.',
  signIn: 'Sign in again',
  requestAccess: 'Ask for access',
  topUp: 'Top up',
  goBack: 'Go back',
  moreToasts: (count) => `+${count} more`,
  moreToastsLabel: (count) => `${count} more ${count === 1 ? 'notification' : 'notifications'} waiting`,
  followSuccessor: 'Go to the new version',
  contactSupport: 'Contact support',
  checkInput: 'Check what you entered and try again',
  learnMore: 'Learn more',
  summaryTitle: 'There is a problem',
  requestId: 'Request ID',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the ID and copy it by hand.',
};
