'use client';
import type { ApiError } from '@faultline/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useFaultline } from './FaultlineProvider.js';
import { supportHref } from './supportHref.js';
import type { ToastData } from './ToastQueue.js';
import { toastText } from './toastText.js';
import { useCopyToClipboard } from './useCopyToClipboard.js';
import { useRetryCountdown } from './useRetryCountdown.js';

/** Props of {@link ToastContent}. */
export interface ToastContentProps {
  /** The toast to show. */
  toast: ToastData;
  /** Closes the toast. */
  onDismiss: () => void;
  /** The id to give the title, so the toast can be labelled by it. */
  titleId?: string | undefined;
}

function Countdown({ error }: { error: ApiError }): ReactNode {
  const { messages, formatDuration } = useFaultline();
  const { ready, msLeft } = useRetryCountdown(error);
  return (
    <p className="fl-toast-meta" role="timer">
      {ready ? messages.waitEnded : messages.retryIn(formatDuration(msLeft))}
    </p>
  );
}

function Support({ error, at }: { error: ApiError; at: number }): ReactNode {
  const { messages, support } = useFaultline();
  const { copy, state } = useCopyToClipboard();
  const [page, setPage] = useState<string>();
  useEffect(() => setPage(location.href), []);
  const href = supportHref({ support, error, messages, time: at, page });
  const id = error.requestId ?? '';
  return (
    <div className="fl-toast-meta">
      <p>
        {messages.requestId}: <code>{id}</code>{' '}
        <button type="button" className="fl-button" onClick={() => copy(id)}>
          {state === 'copied' ? messages.copied : messages.copy}
        </button>
      </p>
      {state === 'failed' && <p>{messages.copyFailed}</p>}
      {href && <a href={href}>{messages.contactSupport}</a>}
    </div>
  );
}

/**
 * The default inside of a toast: heading (with its type in words for screen readers), the server's
 * message as text, how many times it happened, a countdown when rate limited, the request id and a
 * support link for a server error, the action and the dismiss button.
 */
export function ToastContent({ toast, onDismiss, titleId }: ToastContentProps): ReactNode {
  const { messages } = useFaultline();
  const { label, title, text } = toastText(toast, messages);
  const { error, action, count } = toast;
  return (
    <>
      <p className="fl-toast-title" id={titleId}>
        <span className="fl-visually-hidden">{label}</span> {title}
      </p>
      {text && <p>{text}</p>}
      {count > 1 && <p className="fl-toast-meta">{messages.occurrences(count)}</p>}
      {error?.kind === 'rate_limited' && error.retryAt !== undefined && <Countdown error={error} />}
      {error && error.status >= 500 && error.requestId && <Support error={error} at={toast.at} />}
      {action && (
        <button
          type="button"
          className="fl-button"
          onClick={() => {
            action.onClick();
            onDismiss();
          }}
        >
          {action.label}
        </button>
      )}
      <button
        type="button"
        className="fl-button fl-toast-close"
        aria-label={messages.dismiss}
        onClick={onDismiss}
      >
        ×
      </button>
    </>
  );
}
