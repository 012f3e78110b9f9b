import { parseDuration } from './duration.js';
import { at, get, httpUrl, isRecord, text } from './read.js';

// Fields many envelopes carry in the same few places, read once for every dialect.
const REQUEST_ID_KEYS = [
  'request_id',
  'requestId',
  'requestID',
  'x_request_id',
  'trace_id',
  'traceId',
  'debug_id',
  'correlation_id',
  'correlationId',
] as const;
const DOCS_KEYS = ['doc_url', 'docs_url', 'documentation_url', 'more_info', 'help_url', 'error_uri'] as const;

function containers(body: unknown): unknown[] {
  if (!isRecord(body)) return [];
  const error = get(body, 'error');
  return [
    body,
    error,
    get(body, 'details'),
    get(body, 'meta'),
    get(body, 'extensions'),
    at(error, 'details'),
    at(error, 'detail'),
    at(error, 'meta'),
  ].filter(isRecord);
}

const MAX_REQUEST_ID = 256;

/** A request id support can use: text of at most 256 characters (a longer value is no id). */
export function shortId(value: unknown): string | undefined {
  const id = text(value, MAX_REQUEST_ID + 1);
  return id !== undefined && id.length <= MAX_REQUEST_ID ? id : undefined;
}

/** What any envelope may say in the usual places: request id, wait, docs link. */
export interface CommonReading {
  /** The first request id found. */
  requestId: string | undefined;
  /** The first wait found, in ms. */
  retryAfterMs: number | undefined;
  /** The first http(s) docs link found. */
  docsUrl: string | undefined;
}

/** Reads request id, wait and docs link from the usual places of a body. */
export function readCommon(body: unknown): CommonReading {
  let requestId: string | undefined;
  let retryAfterMs: number | undefined;
  let docsUrl: string | undefined;
  for (const c of containers(body)) {
    for (const key of REQUEST_ID_KEYS) requestId ??= shortId(get(c, key));
    for (const key of DOCS_KEYS) docsUrl ??= httpUrl(get(c, key));
    retryAfterMs ??=
      parseDuration(get(c, 'retry_after_ms') ?? get(c, 'retryAfterMs'), 1) ??
      parseDuration(get(c, 'retry_after') ?? get(c, 'retryAfter') ?? get(c, 'retry_after_seconds'));
  }
  return { requestId, retryAfterMs, docsUrl };
}
