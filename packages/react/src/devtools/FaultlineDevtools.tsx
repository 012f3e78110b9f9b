'use client';
import type { Decoder } from '@faultline/core';
import type { ReactNode } from 'react';
// From React itself, not internal/deps.js: the deps module re-exports the core, and a bundler that
// splits chunks would then load the core with the page for the panel's sake.
import { lazy, Suspense } from 'react';
import { listen } from './listen.js';

// What bundlers replace with the build's mode (Vite, webpack, esbuild, Next.js all do).
declare const process: { env: { NODE_ENV?: string } };

/**
 * Whether this is a development build. The expression must stay `process.env.NODE_ENV` for bundlers
 * to replace it (a `typeof process` guard would survive in Vite's dev server, where there is no
 * `process`); without a bundler there is no `process`, and that is no development build.
 */
function isDevelopment(): boolean {
  try {
    return process.env.NODE_ENV === 'development';
  } catch {
    return false;
  }
}

/** Where the button that opens the panel sits. */
export type DevtoolsButtonPosition = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

/** Props of {@link FaultlineDevtools}. */
export interface FaultlineDevtoolsProps {
  /**
   * Shows the devtools. Defaults to `true` in development (`process.env.NODE_ENV === 'development'`)
   * and `false` in every other build, where nothing renders and the panel's code is never loaded.
   */
  enabled?: boolean | undefined;
  /** Opens the panel at first render. Default `false`: a button or the hotkey opens it. */
  initialIsOpen?: boolean | undefined;
  /** Where the open button sits. Default `'bottom-right'`. */
  buttonPosition?: DevtoolsButtonPosition | undefined;
  /** The keys that open and close the panel, such as `'Alt+Shift+E'` (the default); `''` for none. */
  hotkey?: string | undefined;
  /** How many errors are kept, the oldest going first. Default 50. */
  max?: number | undefined;
  /** The most characters of one body kept. Default 16,384. */
  maxBodyChars?: number | undefined;
  /**
   * The decoder a response is decoded again with for its trace and test vector, when the place that
   * saw it did not say: the provider's, else every built-in dialect.
   */
  decoder?: Decoder | undefined;
}

// The panel is its own chunk: an app pays for it only when the devtools are shown.
const Panel = lazy(() =>
  import('./DevtoolsPanel.js').then(({ DevtoolsPanel }) => ({ default: DevtoolsPanel })),
);

/**
 * The faultline devtools: a button that opens a resizable panel of the recent errors the app saw,
 * each with its raw response (credentials redacted), its decoded model and how it was decoded, and
 * ways to copy it as a test vector or a dialect, or to see it as a toast, a notice or a support
 * panel. Renders nothing outside development unless `enabled`; the panel loads on demand.
 */
export function FaultlineDevtools(props: FaultlineDevtoolsProps): ReactNode {
  if (!(props.enabled ?? isDevelopment())) return null;
  listen();
  return (
    <Suspense fallback={null}>
      <Panel {...props} />
    </Suspense>
  );
}
