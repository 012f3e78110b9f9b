import { act } from '@testing-library/react';
import type { ReactElement } from 'react';
import { hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { expect, onTestFinished, vi } from 'vitest';

/** Where and when each side renders: by default the server in Tokyo, the browser in New York 3.5 s later. */
export interface HydrationOptions {
  /** The time zone of the server render (the `TZ` environment variable). */
  serverTimeZone?: string | undefined;
  /** The time zone of the browser that hydrates. */
  browserTimeZone?: string | undefined;
  /** How many ms later the browser's clock reads than the server's did. */
  later?: number | undefined;
  /** Runs after the server render and before hydration, for anything else the browser has first. */
  beforeHydrate?: (() => void) | undefined;
}

/** What {@link expectHydration} leaves behind for further checks. */
export interface Hydrated {
  /** The HTML the server rendered. */
  html: string;
  /** The element the server HTML was hydrated in, attached to the document. */
  container: HTMLElement;
  /** The hydrated root; unmounted when the test finishes. */
  root: Root;
}

/** The moment the browser hydrates in {@link expectHydration}, after the server rendered at `now`. */
export const HYDRATION_DELAY = 3_500;

function describeCall(args: unknown[]): string {
  return args.map((arg) => (arg instanceof Error ? arg.message : String(arg))).join(' ');
}

function setTimeZone(zone: string | undefined): void {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
}

/**
 * Renders an element to HTML with `react-dom/server`, puts the HTML in the page, hydrates it with
 * `hydrateRoot` in a browser whose clock and time zone differ from the server's (as they do), and
 * fails if React reports a recoverable error (a mismatch it repairs by rendering on the client
 * again, such as #418) or anything reaches `console.error` (React's warnings about mismatched text
 * or attributes). Effects and the render after hydration have run when it returns. It fakes `Date`
 * when the test has not faked the timers itself.
 */
export async function expectHydration(
  element: ReactElement,
  options: HydrationOptions = {},
): Promise<Hydrated> {
  const {
    serverTimeZone = 'Asia/Tokyo',
    browserTimeZone = 'America/New_York',
    later = HYDRATION_DELAY,
    beforeHydrate,
  } = options;
  const zone = process.env.TZ;
  const fakedHere = !vi.isFakeTimers();
  if (fakedHere) vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
  const container = document.createElement('div');
  let root: Root | undefined;
  onTestFinished(() => {
    // Unmounted while the clock is still the one it rendered with.
    if (root) act(() => root?.unmount());
    container.remove();
    setTimeZone(zone);
    if (fakedHere) vi.useRealTimers();
  });

  setTimeZone(serverTimeZone);
  const html = renderToString(element);
  container.innerHTML = html;
  document.body.append(container);

  setTimeZone(browserTimeZone);
  vi.setSystemTime(Date.now() + later);
  beforeHydrate?.();

  const consoleError = vi.spyOn(console, 'error');
  const recoverable: unknown[] = [];
  let logged: string[] = [];
  try {
    await act(async () => {
      root = hydrateRoot(container, element, { onRecoverableError: (error) => recoverable.push(error) });
    });
  } finally {
    logged = consoleError.mock.calls.map(describeCall);
    consoleError.mockRestore();
  }
  expect(recoverable.map((error) => describeCall([error]))).toEqual([]);
  expect(logged).toEqual([]);
  return { html, container, root: root as Root };
}
