/** Where a toast queue learns whether the network is there: TanStack Query's `onlineManager` fits. */
export interface OnlineSource {
  /** Whether the network is there now. */
  isOnline: () => boolean;
  /** Calls `listener` with the new state when it changes; returns the unsubscribe function. */
  subscribe: (listener: (online: boolean) => void) => () => void;
}

const hasWindow = () => typeof window !== 'undefined' && typeof window.addEventListener === 'function';

/** The browser's own online state: `navigator.onLine` and the `online`/`offline` events. */
export const browserOnline: OnlineSource = {
  isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
  subscribe: (listener) => {
    if (!hasWindow()) return () => {};
    const on = () => listener(true);
    const off = () => listener(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  },
};

/** Calls `listener` with whether the page is hidden, now and on every change; returns the unsubscribe function. */
export function watchPage(listener: (hidden: boolean) => void): () => void {
  if (typeof document === 'undefined') return () => {};
  const onChange = () => listener(document.hidden);
  onChange();
  document.addEventListener('visibilitychange', onChange);
  return () => document.removeEventListener('visibilitychange', onChange);
}
