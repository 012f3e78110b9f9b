'use client';
import { useSyncExternalStore } from '../internal/deps.js';
import type { OfflineStatus, ToastData, ToastQueue } from './ToastQueue.js';
import { toastQueue } from './toast.js';

/** What {@link useToasts} returns: the visible toasts and what can be done with them. */
export interface ToastsState {
  /** The toasts on screen, oldest first. */
  toasts: readonly ToastData[];
  /** How many toasts wait for a free place. */
  queued: number;
  /** Set while the network is gone: show one status instead of a toast per failed request. */
  offline: OfflineStatus | undefined;
  /** Closes one toast, or all of them without an id. */
  dismiss: (id?: string) => void;
  /** Stops every timer, keeping the time left; call the returned function to resume. */
  pause: () => () => void;
}

/** The visible toasts of a queue (the one `toast` writes to by default), for a toaster of your own design. */
export function useToasts(queue: ToastQueue = toastQueue): ToastsState {
  const { toasts, queued, offline } = useSyncExternalStore(
    queue.subscribe,
    queue.getSnapshot,
    queue.getServerSnapshot,
  );
  return { toasts, queued, offline, dismiss: queue.dismiss, pause: queue.pause };
}
