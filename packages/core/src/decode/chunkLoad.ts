import { prop } from './read.js';

// What each browser and bundler says when a lazily loaded chunk of the app cannot be fetched:
// Chromium "Failed to fetch dynamically imported module: <url>", Firefox "error loading dynamically
// imported module: <url>", Safari "Importing a module script failed.", Vite's CSS preload "Unable to
// preload CSS for <url>", webpack "Loading chunk 7 failed." and "Loading CSS chunk 7 failed.", Turbopack
// "Failed to load chunk <path> from module <id>" (named ChunkLoadError only since vercel/next.js#86593).
const CHUNK_LOAD =
  /^(?:Failed to fetch dynamically imported module|error loading dynamically imported module|Importing a module script failed|Unable to preload CSS for |Loading (?:CSS )?chunk \S+ failed|Failed to load chunk )/i;

/** Vite's `vite:preloadError` event carries the failure as its `payload`; anything else is itself. */
export function unwrapPreloadError(thrown: unknown): unknown {
  return prop(thrown, 'type') === 'vite:preloadError' ? prop(thrown, 'payload') : thrown;
}

/**
 * Whether a thrown value says a lazily loaded part of the app (a dynamic `import()`, a bundler's
 * chunk or its stylesheet) could not be fetched: offline, or gone after a deploy. Reads Chromium's,
 * Firefox's and Safari's wordings, Vite's preload failure (also the `vite:preloadError` event
 * itself), webpack's `ChunkLoadError` and Turbopack's (Next.js) failed chunk.
 */
export function isChunkLoadError(thrown: unknown): boolean {
  const error = unwrapPreloadError(thrown);
  if (prop(error, 'name') === 'ChunkLoadError') return true;
  const message = prop(error, 'message');
  return typeof message === 'string' && CHUNK_LOAD.test(message);
}
