import { useSyncExternalStore } from 'react';

/** The part of the location after `#`, without the leading `/`: `agents/agt_support`. */
function currentPath(): string {
  return decodeURIComponent(window.location.hash.replace(/^#\/?/, ''));
}

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener);
  return () => window.removeEventListener('hashchange', listener);
}

/** The current hash route as path segments (`['agents', 'agt_support']`); re-renders when it changes. */
export function useHashRoute(): string[] {
  const path = useSyncExternalStore(subscribe, currentPath, () => '');
  return path.split('/').filter((segment) => segment.length > 0);
}

/** The `href` of a screen: `#/agents/agt_support`. */
export function href(...segments: string[]): string {
  return `#/${segments.map(encodeURIComponent).join('/')}`;
}

/** Goes to a screen. */
export function navigate(...segments: string[]): void {
  window.location.hash = href(...segments);
}
