'use client';
import type { ReactNode } from 'react';
import { useRetryCountdown } from '../countdown/index.js';
import { useEffect, useId, useState } from '../internal/deps.js';
import { classNames } from '../internal/dom.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
import { waitOf } from '../internal/waitOf.js';
import { useFaultline, useReportToasts } from '../provider/index.js';
import { StormContext } from './stormContext.js';
import type { StormControl } from './stormControl.js';
import { ToastContent } from './ToastContent.js';
import type { ToastData, ToastQueue } from './ToastQueue.js';
import { toastQueue } from './toast.js';
import { toastAnnouncement } from './toastText.js';
import { useToastRegion } from './useToastRegion.js';
import { useToasts } from './useToasts.js';

/** Where the toasts sit on the screen (`start`/`end` follow the writing direction). */
export type ToasterPosition =
  | 'top-start'
  | 'top-center'
  | 'top-end'
  | 'bottom-start'
  | 'bottom-center'
  | 'bottom-end';

/** Props of {@link Toaster}. */
export interface ToasterProps {
  /** How many toasts are visible at once; the rest wait, their timers stopped. Defaults to 3. */
  max?: number | undefined;
  /** How long a toast stays, in ms, unless it sets its own; never under 5 s. Defaults to 6000. */
  duration?: number | undefined;
  /** The keys that move focus into the notifications and back. Defaults to `['F8']`. */
  hotkey?: readonly string[] | undefined;
  /** Where the toasts sit. Defaults to `'bottom-end'`. */
  position?: ToasterPosition | undefined;
  /**
   * Storms, offline and hidden tabs: `stormControl()` (with its options, such as `online:
   * onlineManager`). A burst that does not fit becomes one summary toast, network failures while
   * offline one status, background failures while the tab is hidden one summary on return. Without
   * it every toast is shown as it comes, and none of that code is shipped.
   */
  storms?: StormControl | undefined;
  /** The queue to show; defaults to the one `toast` writes to. */
  queue?: ToastQueue | undefined;
  /** Renders the inside of each toast, for a design of your own (`ToastContent` is the default). */
  renderToast?: ((toast: ToastData, dismiss: () => void) => ReactNode) | undefined;
  /** A class for the region, next to `fl-toaster`. */
  className?: string | undefined;
}

const DEFAULT_HOTKEY = ['F8'];

// Says a text once: a later change of it (a summary's count going up) is shown, not announced.
function Said({ text }: { text: string }): ReactNode {
  const [said] = useState(text);
  return <p>{said}</p>;
}

// Says once that a wait counted down in a toast is over; nothing when it was over on arrival.
function WaitEnded({ retryAt, text }: { retryAt: number; text: string }): ReactNode {
  const { ready } = useRetryCountdown(retryAt);
  const [waiting] = useState(!ready);
  return waiting && ready && <p>{text}</p>;
}

/**
 * Shows the toasts of a queue in a labelled region the hotkey (F8) reaches. Errors are announced
 * assertively and the rest politely, through live regions that exist before the first toast.
 */
export function Toaster({
  max = 3,
  duration = 6000,
  hotkey = DEFAULT_HOTKEY,
  position = 'bottom-end',
  storms,
  queue = toastQueue,
  renderToast,
  className,
}: ToasterProps): ReactNode {
  const config = useFaultline();
  const titleId = useId();
  const state = useToasts(queue);
  const { toasts, offline } = state;
  useReportToasts(toasts);
  const { messages } = config;
  const { regionProps, toastProps } = useToastRegion(state, {
    hotkey,
    label: messages.notifications.replace('{hotkey}', hotkey.join('+').replace(/Key|Digit/g, '')),
  });
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useIsomorphicLayoutEffect(() => queue.configure({ max, duration, storms }), [queue, max, duration, storms]);
  useEffect(() => queue.connect(), [queue]);
  // Live regions only announce what is added after they are in the page: they are there from the
  // first render and filled a render later. Each change gets a new element, so a repeat is
  // announced again and nothing else is re-read. The end of a wait is good news, said politely.
  const live = (errors: boolean) => (
    <div className="fl-visually-hidden" role={errors ? 'alert' : 'status'} aria-atomic="false">
      {mounted &&
        toasts.map((toast) => {
          // A summary is announced when it appears, not again for every failure it takes in.
          const key = toast.summary ? toast.id : `${toast.id} ${toast.version}`;
          const retryAt = waitOf(toast.error);
          return (toast.type === 'error') === errors ? (
            <Said key={key} text={toastAnnouncement(toast, config, storms)} />
          ) : (
            !errors && retryAt !== undefined && (
              <WaitEnded key={key} retryAt={retryAt} text={messages.waitEnded} />
            )
          );
        })}
      {mounted && !errors && offline && storms && (
        <Said key={`offline ${offline.since}`} text={storms.words(messages).offline} />
      )}
    </div>
  );

  return (
    <StormContext.Provider value={storms}>
      {toasts.length > 0 && (
        <section {...regionProps} className={classNames('fl-toaster', className)} data-position={position}>
          <ol>
            {toasts.map((toast, i) => {
              const onDismiss = () => state.dismiss(toast.id);
              return (
                <li
                  key={toast.id}
                  {...toastProps(toast.id)}
                  className="fl-toast"
                  data-type={toast.type}
                  data-kind={toast.error?.kind}
                  data-summary={toast.summary?.reason}
                  aria-labelledby={renderToast ? undefined : titleId + i}
                >
                  {renderToast ? (
                    renderToast(toast, onDismiss)
                  ) : (
                    <ToastContent toast={toast} onDismiss={onDismiss} titleId={titleId + i} />
                  )}
                </li>
              );
            })}
          </ol>
          {state.queued > 0 && (
            // Read with the region rather than announced: the waiting toasts are announced as they show.
            <p className="fl-toaster-more">
              <span aria-hidden="true">{messages.moreToasts(state.queued)}</span>
              <span className="fl-visually-hidden">{messages.moreToastsLabel(state.queued)}</span>
            </p>
          )}
        </section>
      )}
      {live(true)}
      {live(false)}
      {/* One status for as long as the network is gone, from the storm part. */}
      {offline && storms?.status(offline, queue, messages)}
    </StormContext.Provider>
  );
}
