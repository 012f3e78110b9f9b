import { parseDuration } from './duration.js';
import { at, firstText, get, isRecord } from './read.js';

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

/** What any envelope may say in the usual places: request id, wait, docs link. */
export interface CommonReading {
  requestId: string | undefined;
  retryAfterMs: number | undefined;
  docsUrl: string | undefined;
}

/** Reads request id, wait and docs link from the usual places of a body. */
export function readCommon(body: unknown): CommonReading {
  let requestId: string | undefined;
  let retryAfterMs: number | undefined;
  let docsUrl: string | undefined;
  for (const c of containers(body)) {
    requestId ??= firstText(c, REQUEST_ID_KEYS);
    docsUrl ??= firstText(c, DOCS_KEYS);
    retryAfterMs ??=
      parseDuration(get(c, 'retry_after_ms') ?? get(c, 'retryAfterMs'), 1) ??
      parseDuration(get(c, 'retry_after') ?? get(c, 'retryAfter') ?? get(c, 'retry_after_seconds'));
  }
  return { requestId: requestId && requestId.length <= 256 ? requestId : undefined, retryAfterMs, docsUrl };
}
