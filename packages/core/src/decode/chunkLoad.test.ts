import { describe, expect, it } from 'vitest';
import { revokedProxy, throwingProxy } from '../test-utils/hostile.js';
import { isChunkLoadError, unwrapPreloadError } from './chunkLoad.js';
import { toApiError } from './toApiError.js';

// Turbopack's browser runtime (Next.js) rejects a chunk it cannot load with "Failed to load chunk
// <path> from module <id>": named `Error` at first (nomadkaraoke/karaoke-gen#879 quotes it from a
// production alert, https://github.com/nomadkaraoke/karaoke-gen/pull/879), `ChunkLoadError` since
// vercel/next.js#86593 (https://github.com/vercel/next.js/pull/86593) "just like Webpack does".
const TURBOPACK = 'Failed to load chunk /_next/static/chunks/0f3a9c1b2d4e5f60.js from module 48213';

describe('isChunkLoadError', () => {
  it("reads Turbopack's failed chunk, named Error as at first", () => {
    const thrown = new Error(TURBOPACK);
    expect(isChunkLoadError(thrown)).toBe(true);
    expect(toApiError(thrown)).toMatchObject({ kind: 'network', format: 'chunk', retryable: true });
  });

  it("reads Turbopack's failed chunk, named ChunkLoadError as since Next.js aligned it with webpack", () => {
    expect(isChunkLoadError(Object.assign(new Error(TURBOPACK), { name: 'ChunkLoadError' }))).toBe(true);
  });

  it('reads a ChunkLoadError by its name, whatever its message says', () => {
    // webpack's hot update chunk (lib/web/JsonpChunkLoadingRuntimeModule.js): 'Loading hot update
    // chunk ' + chunkId + ' failed.\n(' + errorType + ': ' + realSrc + ')', named ChunkLoadError.
    const thrown = Object.assign(
      new Error(
        'Loading hot update chunk main failed.\n(missing: http://localhost:8080/main.3f2a.hot-update.js)',
      ),
      { name: 'ChunkLoadError' },
    );
    expect(isChunkLoadError(thrown)).toBe(true);
    expect(toApiError(thrown)).toMatchObject({ kind: 'network', format: 'chunk' });
  });

  it("reads webpack's failed stylesheet chunk and a chunk id of several characters", () => {
    // mini-css-extract-plugin's runtime: new Error("Loading CSS chunk " + chunkId + " failed.\n(" + request + ")"),
    // named Error; webpack's script chunk as jetstreamapp/jetstream#115 reports it
    // (https://github.com/jetstreamapp/jetstream/issues/115).
    expect(isChunkLoadError(new Error('Loading CSS chunk 8495 failed.\n(/static/css/8495.3f2a.css)'))).toBe(
      true,
    );
    expect(
      isChunkLoadError(
        new Error('Loading chunk 8495 failed.\n(error: https://getjetstream.app/8495.756ce3799144a392.js)'),
      ),
    ).toBe(true);
  });

  it('says no to an error named otherwise whose message is no chunk failure', () => {
    expect(isChunkLoadError(new Error('Loading hot update chunk main failed.'))).toBe(false);
    expect(isChunkLoadError(Object.assign(new Error('x'), { name: 'ChunkError' }))).toBe(false);
  });

  it('reads the wording only at the start of the message', () => {
    expect(isChunkLoadError(new Error(`Render failed: ${TURBOPACK}`))).toBe(false);
  });

  it.each([
    ['a symbol', Symbol('Loading chunk 7 failed.')],
    ['an object', { toString: () => 'Loading chunk 7 failed.' }],
    ['a number', 404],
  ])('says no, without throwing, to an error whose message is %s', (_, message) => {
    expect(isChunkLoadError({ name: 'Error', message })).toBe(false);
    expect(toApiError({ name: 'Error', message }).kind).toBe('unknown');
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['text', 'Loading chunk 7 failed.'],
    ['a throwing proxy', throwingProxy()],
    ['a revoked proxy', revokedProxy()],
  ])('says no, without throwing, to %s', (_, thrown) => {
    expect(isChunkLoadError(thrown)).toBe(false);
  });
});

describe('unwrapPreloadError', () => {
  it("gives the payload of Vite's vite:preloadError event, and anything else as it is", () => {
    const payload = new Error('Unable to preload CSS for /assets/Status-9a.css');
    expect(unwrapPreloadError({ type: 'vite:preloadError', payload })).toBe(payload);
    const other = { type: 'error', payload };
    expect(unwrapPreloadError(other)).toBe(other);
  });
});
