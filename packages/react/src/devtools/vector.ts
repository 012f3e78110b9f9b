import type { Decoder } from '@faultline/core';
import type { DevtoolsEntry } from './store.js';

/** The clock of the repository's vectors file (`packages/core/test/vectors/seed-envelopes.json`). */
export const VECTOR_NOW = 1_800_000_000_000;

/** One vector in the format of the repository's vectors file: the response, and what it must decode to. */
export interface TestVector {
  /** A name for it: method, path and status. */
  id: string;
  /** The HTTP status. */
  status: number;
  /** The response headers (credentials redacted). */
  headers: Record<string, string>;
  /** The response body (credentials redacted). */
  body: unknown;
  /** The reading it decodes to now, to be corrected where it is wrong. */
  expect: Record<string, unknown>;
}

// The fields of the reading a vector checks (as the vectors test compares them).
const EXPECTED = [
  'status',
  'code',
  'kind',
  'message',
  'requestId',
  'traceId',
  'retryAfterMs',
  'successorUrl',
  'docsUrl',
  'rateLimit',
  'fieldErrors',
] as const;

/** The path of a URL without its origin, query or fragment (`/v1/cameras`). */
export function pathOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url.split(/[?#]/)[0];
  }
}

/** A vector id from the request and status: `get-v1-cameras-503`. */
export function vectorId(entry: DevtoolsEntry): string {
  const words = [entry.method, pathOf(entry.url), String(entry.status)]
    .filter((word) => word !== undefined)
    .join('-')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return words.slice(0, 80) || `error-${entry.id}`;
}

/**
 * The entry as a test vector: its (redacted) response, and the reading the decoder gives it with
 * the vectors file's clock (so times from headers read the same there). Pasted into the vectors file it fails until the decoder reads it right,
 * once `expect` says what it should read.
 */
export function testVector(entry: DevtoolsEntry, decoder: Decoder): TestVector {
  const error = decoder.decode(
    { status: entry.status, headers: entry.headers, body: entry.body },
    { now: VECTOR_NOW },
  ) as unknown as Record<string, unknown>;
  const expect: Record<string, unknown> = {};
  for (const key of EXPECTED) {
    const value = error[key];
    if (value !== undefined)
      expect[key] = typeof value === 'object' ? JSON.parse(JSON.stringify(value)) : value;
  }
  return {
    id: vectorId(entry),
    status: entry.status,
    headers: { ...entry.headers },
    body: entry.body,
    expect,
  };
}
