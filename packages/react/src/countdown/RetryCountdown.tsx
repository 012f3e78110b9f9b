'use client';
import type { ReactNode } from 'react';
import { useEffect, useRef, useState } from '../internal/deps.js';
import { classNames } from '../internal/dom.js';
import { useFaultline } from '../provider/index.js';
import { type RetryCountdownSource, useRetryCountdown } from './useRetryCountdown.js';

/** Props of {@link RetryCountdown}. */
export interface RetryCountdownProps {
  /** The error whose `retryAt` is counted down to (a rate-limited or unavailable `ApiError`). */
  error?: RetryCountdownSource;
  /** The instant a retry is allowed, in epoch ms; used instead of the error's. */
  retryAt?: number | Date | undefined;
  /** Runs the retry; without it the countdown is shown as text, with no button. */
  onRetry?: (() => void) | undefined;
  /** Calls `onRetry` by itself, once, when a wait this component counted down ends. */
  autoRetry?: boolean | undefined;
  /** Extra class names for the wrapper. */
  className?: string | undefined;
}

/**
 * A retry button that waits until the API allows a retry, with the time left in its label. Screen
 * readers hear the wait once when it starts and once when it ends, never every second.
 *
 * While waiting, the button is `aria-disabled` rather than `disabled`: a disabled button cannot hold
 * focus, so keyboard users who reach it early would lose their place. Its clicks are ignored until
 * the wait is over.
 *
 * Rendered on the server, it shows an error's whole wait (a bare `retryAt` waits without a number)
 * and counts against the browser's clock from the render after hydration, so the HTML hydrates.
 */
export function RetryCountdown({
  error,
  retryAt,
  onRetry,
  autoRetry = false,
  className,
}: RetryCountdownProps): ReactNode {
  const { messages, formatDuration } = useFaultline();
  const countdown = useRetryCountdown(retryAt ?? error);
  const { ready, secondsLeft, measured } = countdown;
  const target = countdown.retryAt;
  const [announcement, setAnnouncement] = useState('');
  // The instant whose wait has been announced and not yet ended: each wait is announced once.
  const waitingFor = useRef<number | undefined>(undefined);

  const duration = formatDuration(secondsLeft * 1000);

  useEffect(() => {
    // A wait starts when this instant is not announced yet, and ends when it is and is over. A count
    // not measured yet (the server's, while hydrating) is not announced: the next render corrects it.
    if (!measured || target === undefined || ready !== (waitingFor.current === target)) return;
    waitingFor.current = ready ? undefined : target;
    setAnnouncement(ready ? messages.waitEnded : messages.waitStarted(duration));
    if (ready && autoRetry) onRetry?.();
  }, [measured, target, ready, duration, messages, autoRetry, onRetry]);

  // A wait without a count yet (a bare instant, while hydrating) shows no number.
  const label = ready || secondsLeft === 0 ? messages.retry : messages.retryIn(duration);
  return (
    <div className={classNames('fl-retry', className)} data-state={ready ? 'ready' : 'waiting'}>
      {onRetry ? (
        <button
          type="button"
          className="fl-button"
          aria-disabled={ready ? undefined : true}
          onClick={() => {
            if (ready) onRetry();
          }}
        >
          {label}
        </button>
      ) : (
        <span>{ready ? messages.waitEnded : secondsLeft > 0 ? label : ''}</span>
      )}
      <span role="status" className="fl-visually-hidden">
        {announcement}
      </span>
    </div>
  );
}
