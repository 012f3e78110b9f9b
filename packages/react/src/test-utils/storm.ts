import type { OnlineSource } from '../toast/connection.js';
import type { ErrorToastOptions, ToastApi } from '../toast/index.js';
import { makeError } from './errors.js';

/**
 * Shows camera `n`'s failure through `notify`: a 503 from `GET /v1/cameras/<n>`, distinct from every
 * other camera's, as a storm of failing requests raises them.
 */
export function cameraFailure(notify: ToastApi, n: number, options: ErrorToastOptions = {}): string {
  return notify.error(
    makeError(503, { error: { code: 'upstream_unavailable', message: `Camera ${n} is unreachable.` } }),
    { request: `GET /v1/cameras/${n}`, ...options },
  );
}

/** The network as the app sees it, switched off and on by the test (online at first unless said). */
export function network(online = true): OnlineSource & { set: (online: boolean) => void } {
  const listeners = new Set<(online: boolean) => void>();
  return {
    isOnline: () => online,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set: (next) => {
      online = next;
      for (const listener of listeners) listener(next);
    },
  };
}
