import { TRACE_ID } from '../model/ApiErrorJSON.js';
import type { HeaderReading, HeaderRecord, Reader } from '../model/types.js';
import { MAX_VALUE } from './headers.js';
import { members } from './lists.js';

/**
 * A W3C Trace Context `traceparent` or `traceresponse` value: lowercase hex, version `ff` refused, ids
 * not all zeros; a version `00` value is exactly that long, a later one may go on after a `-`.
 */
export const TRACEPARENT =
  /^(?!ff)([0-9a-f]{2})-(?!0{32})([0-9a-f]{32})-(?!0{16})[0-9a-f]{16}-[0-9a-f]{2}(-|$)/;

/** `Server-Timing` metrics that may carry a trace id: `traceparent`, `trace`, `trace-id`, `traceid`. */
export const TRACE_METRIC = /^trace/i;

/** The quotes of a quoted `desc`. */
export const QUOTES = /"/g;

/** The trace id of a `traceparent`-shaped value or of a bare trace id; `undefined` for anything else. */
export function traceIdOf(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const s = value.trim();
  if (TRACE_ID.test(s)) return s;
  const m = TRACEPARENT.exec(s);
  return m && (m[1] !== '00' || s.length === 55) ? m[2] : undefined;
}

/** The trace id a `Server-Timing` entry carries: `traceparent;desc="00-…"`, `trace-id;desc=<hex>`. */
function serverTimingTraceId(value: string | undefined): string | undefined {
  for (const { name, params } of members(value, MAX_VALUE)) {
    const id = TRACE_METRIC.test(name) ? traceIdOf(params.desc?.replace(QUOTES, '')) : undefined;
    if (id) return id;
  }
  return undefined;
}

function readTrace(h: HeaderRecord): Pick<HeaderReading, 'traceId' | 'requestId'> {
  const requestId = traceIdOf(h.traceparent);
  return {
    traceId: requestId ?? traceIdOf(h.traceresponse) ?? serverTimingTraceId(h['server-timing']),
    requestId,
  };
}

/**
 * W3C Trace Context, a reader a decoder is assembled from: `ApiError.traceId` from `traceparent`,
 * `traceresponse` (Trace Context Level 2) or a `Server-Timing` entry named `trace*`, and the trace id of
 * `traceparent` as the request id when no header names one. A decoder without it still reads a trace
 * id the body carries, when it holds `commonMembers`.
 */
export const traceContext: Reader = { trace: readTrace };
