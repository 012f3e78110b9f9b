import type { ApiError, Decoder } from '@faultline/core';

/** Where the kit saw an error: the place that decoded it, or the part that presented it. */
export type SeenVia = 'fetch' | 'toast' | 'boundary' | 'query' | 'mutation';

/** What `<FaultlineDevtools>` installs on `globalThis` under `Symbol.for('faultline.devtools')`. */
export type SeenSink = (
  error: ApiError,
  via: SeenVia,
  input?: unknown,
  method?: string,
  decoder?: Decoder,
) => void;

/**
 * Hands an error the kit saw to `<FaultlineDevtools>` when it is mounted, and does nothing otherwise:
 * no devtools, no work and nothing kept. `fetch` also gives the request (`input` and `method` as
 * `fetch` was called; only its method and URL are read) and the decoder. A registered symbol, so two copies of the kit share one panel.
 */
export const seen: SeenSink = (...args) =>
  (globalThis as { [key: symbol]: SeenSink | undefined })[Symbol.for('faultline.devtools')]?.(...args);
