import type { SeenSink } from '../internal/seen.js';

/** The sink while the panel's code is on its way: it keeps the sightings for the panel to take. */
export type EarlySink = SeenSink & { early: Parameters<SeenSink>[] };

/**
 * Starts listening to the kit before the panel's code has arrived: what is seen meanwhile (the
 * first page's failed requests) waits here, at most 50 sightings, and the panel takes it over.
 */
export function listen(): void {
  const early: Parameters<SeenSink>[] = [];
  (globalThis as { [key: symbol]: SeenSink | undefined })[Symbol.for('faultline.devtools')] ??= Object.assign(
    (...args: Parameters<SeenSink>) => early.push(args) > 50 && early.shift(),
    { early },
  );
}
