'use client';
import { useCallback, useSyncExternalStore } from '../internal/deps.js';
import { browserOnline, type OnlineSource } from './connection.js';

/**
 * Whether the network is there, from the browser's events or another source (TanStack Query's
 * `onlineManager`): for the app's own calls, such as holding a send until it is back. `true` on the server.
 */
export function useOnlineStatus(source: OnlineSource = browserOnline): boolean {
  const subscribe = useCallback((onChange: () => void) => source.subscribe(() => onChange()), [source]);
  return useSyncExternalStore(
    subscribe,
    () => source.isOnline(),
    () => true,
  );
}
