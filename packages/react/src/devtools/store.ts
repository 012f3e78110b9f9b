import type { ApiError, ApiErrorJSON, Decoder } from '@faultline/core';
import type { SeenSink, SeenVia } from '../internal/seen.js';
import { redactBody, redactHeaders, redactText } from './redact.js';

/** One error the devtools saw: what arrived (redacted) and what it was decoded to. */
export interface DevtoolsEntry {
  /** A number that grows with every error seen. */
  readonly id: number;
  /** When the error was decoded or seen, epoch ms. */
  readonly at: number;
  /** Every place that saw it, in order: `fetch`, `query`, `toast`… */
  readonly via: readonly SeenVia[];
  /** The request method, when the place that saw it knew it. */
  readonly method: string | undefined;
  /** The request URL as given, its query string redacted. */
  readonly url: string | undefined;
  /** The HTTP status; `0` when no response arrived. */
  readonly status: number;
  /** The response headers, names lower-cased, credentials redacted. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as it arrived (parsed when JSON), credentials redacted; text when it was cut. */
  readonly body: unknown;
  /** Whether the body was longer than the cap and is kept cut, as text. */
  readonly truncated: boolean;
  /** The decoded error in its JSON form (no body, no headers). */
  readonly error: ApiErrorJSON;
  /** The dialect's extra payload, credentials redacted. */
  readonly details: unknown;
  /** The decoder that decoded it, when the place that saw it knew it. */
  readonly decoder: Decoder | undefined;
}

/** Options of {@link createDevtoolsStore}. */
export interface DevtoolsStoreOptions {
  /** How many errors are kept; the oldest goes first. Defaults to 50. */
  max?: number | undefined;
  /** The most characters of one body kept (as pretty-printed JSON or text). Defaults to 16,384. */
  maxBodyChars?: number | undefined;
}

/** The recent errors, newest first, in a bounded ring: a storm cannot grow memory. */
export interface DevtoolsStore {
  /** Records an error a part of the kit saw; the same error seen again adds where it was seen. */
  add: SeenSink;
  /** Forgets every error. */
  clear: () => void;
  /** Keeps this error out of the list (the panel's own previews). */
  ignore: (error: ApiError) => void;
  /** Calls `listener` on every change; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** The entries, newest first; a new array after every change. */
  getSnapshot: () => readonly DevtoolsEntry[];
}

/**
 * The method and URL of a request as `fetch` was called (a URL, a string or a `Request`, whose
 * headers and body are never read), the URL's credentials redacted.
 */
function requestOf(input: unknown, method: string | undefined): [method?: string, url?: string] {
  if (input === undefined) return [];
  const request = typeof input === 'object' && input !== null ? (input as Partial<Request>) : undefined;
  const url = typeof request?.url === 'string' ? request.url : String(input);
  return [String(method ?? request?.method ?? 'GET').toUpperCase(), redactText(url.slice(0, 2048))];
}

function capBody(body: unknown, max: number): [body: unknown, truncated: boolean] {
  let text: string;
  try {
    text = typeof body === 'string' ? body : (JSON.stringify(body, null, 2) ?? '');
  } catch {
    return ['[a body that cannot be shown]', true];
  }
  return text.length > max ? [text.slice(0, max), true] : [body, false];
}

/** Creates the store the devtools panel reads: the kit's sightings go in through `add`. */
export function createDevtoolsStore(options: DevtoolsStoreOptions = {}): DevtoolsStore {
  const max = Math.max(1, Math.floor(options.max ?? 50));
  const maxBodyChars = Math.max(0, Math.floor(options.maxBodyChars ?? 16_384));
  let entries: readonly DevtoolsEntry[] = [];
  let counter = 0;
  // Which entry an error object became, so the same error seen by fetch, the query cache and a
  // toast is one entry. Weak: the list never keeps an error the app let go of.
  let known = new WeakMap<ApiError, number>();
  const ignored = new WeakSet<ApiError>();
  const listeners = new Set<() => void>();
  const emit = () => {
    for (const listener of [...listeners]) listener();
  };

  const add: SeenSink = (error, via, input, requestMethod, decoder) => {
    // A cancelled request (a query that unmounted) is no failure to look into.
    if (ignored.has(error) || error.kind === 'aborted') return;
    const [method, url] = requestOf(input, requestMethod);
    const id = known.get(error);
    const previous = id === undefined ? undefined : entries.find((entry) => entry.id === id);
    if (previous) {
      const next: DevtoolsEntry = {
        ...previous,
        via: previous.via.includes(via) ? previous.via : [...previous.via, via],
        method: previous.method ?? method,
        url: previous.url ?? url,
        decoder: previous.decoder ?? decoder,
      };
      entries = entries.map((entry) => (entry === previous ? next : entry));
      return emit();
    }
    const [body, truncated] = capBody(redactBody(error.body), maxBodyChars);
    const entry: DevtoolsEntry = {
      id: ++counter,
      at: error.occurredAt,
      via: [via],
      method,
      url,
      status: error.status,
      headers: redactHeaders(error.headers),
      body,
      truncated,
      error: error.toJSON(),
      details: redactBody(error.details),
      decoder,
    };
    known.set(error, entry.id);
    entries = [entry, ...entries].slice(0, max);
    emit();
  };

  return {
    add,
    clear: () => {
      entries = [];
      known = new WeakMap();
      emit();
    },
    ignore: (error) => {
      ignored.add(error);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => entries,
  };
}
