import { waitOf } from '../internal/waitOf.js';
import type { FaultlineConfig } from '../provider/index.js';
import { errorText, type FaultlineMessages } from '../provider/index.js';
import type { StormControl } from './stormControl.js';
import type { ToastData } from './ToastQueue.js';

/**
 * The words a toast is made of: its type, heading and text, from the copy in the provider; the
 * storm part (when the toaster has one) words the toasts it made itself.
 */
export function toastText(
  toast: ToastData,
  messages: FaultlineMessages,
  storms?: Pick<StormControl, 'title'>,
): { label: string; title: string; text: string | undefined } {
  const { type, error } = toast;
  return {
    label: messages[`${type}Label` as const],
    title:
      storms?.title(toast, messages) ?? toast.title ?? (error ? messages.title[error.kind] : toast.message),
    text: error && errorText(error, messages),
  };
}

/** What a screen reader says when a toast appears: "Error: Service unavailable. The server … 2 times." */
export function toastAnnouncement(
  toast: ToastData,
  config: Pick<FaultlineConfig, 'messages' | 'formatDuration'>,
  storms?: Pick<StormControl, 'title'>,
): string {
  const { messages, formatDuration } = config;
  const { label, title, text } = toastText(toast, messages, storms);
  // From when the toast arrived (or last repeated), not from when the error was decoded.
  const wait = (waitOf(toast.error) ?? 0) - toast.at;
  return [
    label,
    /[.!?]$/.test(title) ? title : `${title}.`,
    text,
    toast.count > 1 && `${messages.occurrences(toast.count)}.`,
    wait > 0 && messages.waitStarted(formatDuration(wait)),
  ]
    .filter(Boolean)
    .join(' ');
}
