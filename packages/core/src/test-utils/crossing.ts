import type { ApiError } from '../model/ApiError.js';

/** Every field of an `ApiError` that crosses the server boundary. */
export const CROSSING_FIELDS = [
  'status',
  'code',
  'kind',
  'message',
  'fieldErrors',
  'requestId',
  'traceId',
  'retryAfterMs',
  'retryAt',
  'rateLimit',
  'docsUrl',
  'successorUrl',
  'retryable',
  'format',
  'occurredAt',
] as const;

/** The crossing fields of an error, to compare two errors by. */
export function crossing(error: ApiError): Record<string, unknown> {
  return Object.fromEntries(CROSSING_FIELDS.map((field) => [field, error[field]]));
}
