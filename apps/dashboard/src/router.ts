import { useSyncExternalStore } from 'react';

let lastPath = '';

/**
 * The part of the location after `#/`: `agents/agt_support`. Fragments that are not routes (`#main`,
 * an error summary's link to a field) leave the route as it was.
 */
function currentPath(): string {
  const { hash } = window.location;
  if (hash === '' || hash === '#' || hash.startsWith('#/')) {
    try {
      lastPath = decodeURIComponent(hash.slice(2));
    } catch {
      lastPath = hash.slice(2);
    }
  }
  return lastPath;
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
