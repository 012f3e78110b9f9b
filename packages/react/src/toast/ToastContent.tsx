'use client';
import type { ApiError } from '@faultline/core';
import type { ReactNode } from 'react';
import { useRetryCountdown } from '../countdown/index.js';
import { useContext } from '../internal/deps.js';
import { waitOf } from '../internal/waitOf.js';
import { useFaultline } from '../provider/index.js';
import { useCopyToClipboard, useSupportHref } from '../support/index.js';
import { StormContext } from './stormContext.js';
import type { ToastData } from './ToastQueue.js';
import { toastText } from './toastText.js';

/** Props of {@link ToastContent}. */
export interface ToastContentProps {
  /** The toast to show. */
  toast: ToastData;
  /** Closes the toast. */
  onDismiss: () => void;
  /** The id to give the title, so the toast can be labelled by it. */
  titleId?: string | undefined;
}

function Countdown({ retryAt }: { retryAt: number }): ReactNode {
  const { messages, formatDuration } = useFaultline();
  const { ready, msLeft } = useRetryCountdown(retryAt);
  return (
    <p className="fl-toast-meta" role="timer">
      {ready ? messages.waitEnded : msLeft > 0 ? messages.retryIn(formatDuration(msLeft)) : ''}
    </p>
  );
}

// What support needs, kept short for a toast: the request id to copy and a link to write to them.
function Support({ error, id, at }: { error: ApiError; id: string; at: number }): ReactNode {
  const { messages } = useFaultline();
  const { copy, state } = useCopyToClipboard();
  const href = useSupportHref(error, at);
  return (
    <div className="fl-toast-meta">
      <p>
        {messages.requestId}: <code>{id}</code>{' '}
        <button type="button" className="fl-button" onClick={() => copy(id)}>
          {messages[state === 'copied' ? 'copied' : 'copy']}
        </button>
      </p>
      {state === 'failed' && <p>{messages.copyFailed}</p>}
      {href && (
        // noreferrer: a support form must not get the page address, whose query may carry tokens.
        <a className="fl-link" href={href} rel="noreferrer">
          {messages.contactSupport}
        </a>
      )}
    </div>
  );
}

/**
 * The default inside of a toast: heading (with its type in words for screen readers), the server's
 * message as text, how many times it happened, a countdown when the API asked to wait, the request
 * id and a support link for a server error, the action and the dismiss button; a summary (with the
 * storm part) lists its failures.
 */
export function ToastContent({ toast, onDismiss, titleId }: ToastContentProps): ReactNode {
  const { messages } = useFaultline();
  const storms = useContext(StormContext);
  const { label, title, text } = toastText(toast, messages, storms);
  const { error, action, retry, count, summary } = toast;
  const retryAt = waitOf(error);
  return (
    <>
      <p className="fl-toast-title" id={titleId}>
        <span className="fl-visually-hidden">{label}</span> {title}
      </p>
      {text && <p>{text}</p>}
      {count > 1 && <p className="fl-toast-meta">{messages.occurrences(count)}</p>}
      {storms?.details(toast)}
      {retryAt !== undefined && <Countdown retryAt={retryAt} />}
      {error && error.status >= 500 && error.requestId && (
        <Support error={error} id={error.requestId} at={toast.at} />
      )}
      {retry && (
        <button
          type="button"
          className="fl-button"
          onClick={() => {
            // Closed first: a retry may show its own toast under the same id (a promise toast does).
            onDismiss();
            retry();
          }}
        >
          {(summary && storms?.words(messages).retryAll) || messages.retry}
        </button>
      )}
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
