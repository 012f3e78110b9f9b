'use client';
import { useSyncExternalStore } from './deps.js';

const subscribe = () => () => {};
const onClient = () => true;
const onServer = () => false;

/**
 * Whether this render runs in the browser after hydration: `false` on the server and while the
 * server's HTML is hydrated, `true` from the render after that, and at once in a tree rendered only
 * in the browser. What the server cannot know (the viewer's time zone, this render's clock) waits
 * for it, so the hydrating render produces exactly the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(subscribe, onClient, onServer);
}
