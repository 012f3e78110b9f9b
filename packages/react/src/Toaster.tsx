'use client';
import { type ReactNode, useEffect, useId, useLayoutEffect, useState } from 'react';
import { type FaultlineConfig, useFaultline } from './FaultlineProvider.js';
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
  /** The queue to show; defaults to the one `toast` writes to. */
  queue?: ToastQueue | undefined;
  /** Renders the inside of each toast, for a design of your own (`ToastContent` is the default). */
  renderToast?: ((toast: ToastData, dismiss: () => void) => ReactNode) | undefined;
  /** A class for the region, next to `fl-toaster`. */
  className?: string | undefined;
}

const DEFAULT_HOTKEY = ['F8'];
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

function Announcements({
  toasts,
  config,
  mounted,
  errors,
}: {
  toasts: readonly ToastData[];
  config: FaultlineConfig;
  mounted: boolean;
  errors: boolean;
}): ReactNode {
  // Each change gets a new element, so a repeat is announced again and nothing else is re-read.
  return (
    <div className="fl-visually-hidden" role={errors ? 'alert' : 'status'} aria-atomic="false">
      {mounted &&
        toasts
          .filter((toast) => (toast.type === 'error') === errors)
          .map((toast) => <p key={`${toast.id} ${toast.version}`}>{toastAnnouncement(toast, config)}</p>)}
    </div>
  );
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
  queue = toastQueue,
  renderToast,
  className,
}: ToasterProps): ReactNode {
  const config = useFaultline();
  const titleId = useId();
  const state = useToasts(queue);
  const { toasts } = state;
  const { regionProps, toastProps } = useToastRegion(state, {
    hotkey,
    label: config.messages.notifications.replace('{hotkey}', hotkey.join('+').replace(/Key|Digit/g, '')),
  });
  // Live regions only announce what is added after they are in the page: fill them a render later.
  const [mounted, setMounted] = useState(false);
  useEffect(() => setMounted(true), []);
  useIsomorphicLayoutEffect(() => queue.configure({ max, duration }), [queue, max, duration]);

  return (
    <>
      {toasts.length > 0 && (
        <section
          {...regionProps}
          className={className ? `fl-toaster ${className}` : 'fl-toaster'}
          data-position={position}
        >
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
        </section>
      )}
      <Announcements toasts={toasts} config={config} mounted={mounted} errors />
      <Announcements toasts={toasts} config={config} mounted={mounted} errors={false} />
    </>
  );
}
