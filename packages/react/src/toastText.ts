import { DEFAULT_MESSAGES } from '@faultline/core';
import type { FaultlineConfig } from './FaultlineProvider.js';
import type { FaultlineMessages } from './messages.js';
import type { ToastData } from './ToastQueue.js';

/** The words a toast is made of: its type, heading and text, from the copy in the provider. */
export function toastText(
  toast: ToastData,
  messages: FaultlineMessages,
): { label: string; title: string; text: string | undefined } {
  const { type, error } = toast;
  const label =
    type === 'error' ? messages.errorLabel : type === 'success' ? messages.successLabel : messages.infoLabel;
  if (!error) return { label, title: toast.message, text: undefined };
  // The core falls back to its English copy when the server sent no message; the provider's wins.
  const text =
    error.message === DEFAULT_MESSAGES[error.kind] ? messages.description[error.kind] : error.message;
  return { label, title: messages.title[error.kind], text };
}

/** What a screen reader says when a toast appears: "Error: Service unavailable. The server … 2 times." */
export function toastAnnouncement(
  toast: ToastData,
  config: Pick<FaultlineConfig, 'messages' | 'formatDuration'>,
): string {
  const { messages, formatDuration } = config;
  const { label, title, text } = toastText(toast, messages);
  const wait = toast.error?.retryAfterMs;
  return [
    label,
    /[.!?]$/.test(title) ? title : `${title}.`,
    text,
    toast.count > 1 && `${messages.occurrences(toast.count)}.`,
    toast.error?.kind === 'rate_limited' && wait !== undefined && messages.waitStarted(formatDuration(wait)),
  ]
    .filter(Boolean)
    .join(' ');
}
