import { ApiError } from './ApiError.js';
import { normalizeBody } from './body.js';
import { readCommon } from './common.js';
import { defaultDecoder } from './createDecoder.js';
import { clampWait } from './duration.js';
import { type ErrorKind, isErrorKind, isRetryableKind, kindFromStatus } from './ErrorKind.js';
import { readHeaders } from './headers.js';
import { requestIdFromMessage, waitFromMessage } from './message.js';
import { DEFAULT_MESSAGES } from './messages.js';
import { toFieldPath } from './paths.js';
import { get, httpUrl, list, text } from './read.js';
import type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  DialectReading,
  FieldError,
  HeaderReading,
} from './types.js';

const RETRYABLE_STATUSES = new Set([408, 429, 502, 503, 504]);
/** Kinds a code may only fill in, never use to override a more specific status. */
const GENERIC_KINDS = new Set<ErrorKind>(['bad_request', 'server', 'unknown']);
const MAX_FIELD_ERRORS = 200;

function clock(options: DecodeOptions | undefined): number {
  const now = options?.now;
  return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
}

function readStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,3}$/.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 999 ? n : undefined;
}

function cleanFieldErrors(input: readonly FieldError[] | undefined): FieldError[] {
  const out: FieldError[] = [];
  for (const item of list(input, MAX_FIELD_ERRORS) ?? []) {
    const path = toFieldPath(get(item, 'path')) ?? '';
    const message = text(get(item, 'message'));
    if (message === undefined) continue;
    const code = text(get(item, 'code'), 200);
    out.push(code === undefined ? { path, message } : { path, message, code });
  }
  return out;
}

function resolveKind(
  status: number | undefined,
  reading: DialectReading,
  code: string | undefined,
  fieldErrors: readonly FieldError[],
  headers: HeaderReading,
  decoder: Decoder,
): ErrorKind {
  let kind: ErrorKind = status === undefined ? 'unknown' : kindFromStatus(status);
  const hinted = isErrorKind(reading.kind) ? reading.kind : undefined;
  const coded = hinted ?? (code === undefined ? undefined : decoder.kindOfCode(code));
  if (coded !== undefined && status !== 0) {
    if (!GENERIC_KINDS.has(coded) || kind === 'unknown') kind = coded;
  }
  if ((kind === 'forbidden' || kind === 'bad_request') && headers.rateLimit?.remaining === 0) {
    kind = 'rate_limited';
  }
  if ((kind === 'bad_request' || kind === 'unknown') && fieldErrors.length > 0) kind = 'validation';
  return kind;
}

function decode(input: DecodeInput, options: DecodeOptions | undefined): ApiError {
  const now = clock(options);
  const decoder = options?.decoder ?? defaultDecoder();
  const status = readStatus(get(input, 'status'));
  const headers = readHeaders(get(input, 'headers'), now);
  const body = normalizeBody(get(input, 'body'), headers.contentType);
  const context = { status: status ?? 0, headers };

  let reading: DialectReading = {};
  let format = 'http';
  for (const dialect of decoder.dialects) {
    try {
      if (!dialect.match(body, context)) continue;
      reading = dialect.read(body, context) ?? {};
      format = dialect.name;
      break;
    } catch {
      /* a dialect that trips on this body passes it to the next */
    }
  }
  const common = readCommon(body);

  const fieldErrors = cleanFieldErrors(reading.fieldErrors);
  const sentCode = text(reading.code, 200);
  const kind = resolveKind(status, reading, sentCode, fieldErrors, headers, decoder);
  const sentMessage = text(reading.message);
  const message = sentMessage ?? DEFAULT_MESSAGES[kind];
  const retryable = isRetryableKind(kind) || (status !== undefined && RETRYABLE_STATUSES.has(status));

  const resetAt = headers.rateLimit?.resetAt;
  const resetWait =
    resetAt !== undefined && (kind === 'rate_limited' || headers.rateLimit?.remaining === 0)
      ? clampWait(resetAt - now)
      : undefined;
  const retryAfterMs =
    headers.retryAfterMs ??
    clampWait(reading.retryAfterMs ?? Number.NaN) ??
    common.retryAfterMs ??
    resetWait ??
    (sentMessage !== undefined && (retryable || kind === 'rate_limited')
      ? waitFromMessage(sentMessage)
      : undefined);

  const requestId =
    text(reading.requestId, 256) ??
    common.requestId ??
    headers.requestId ??
    (sentMessage === undefined ? undefined : requestIdFromMessage(sentMessage));

  return new ApiError({
    status: status ?? 0,
    code: sentCode ?? kind,
    kind,
    message,
    fieldErrors,
    requestId,
    retryAfterMs,
    retryAt: retryAfterMs === undefined ? undefined : now + retryAfterMs,
    rateLimit: headers.rateLimit,
    docsUrl: httpUrl(reading.docsUrl) ?? httpUrl(common.docsUrl) ?? headers.helpUrl,
    successorUrl: headers.successorUrl,
    retryable,
    format,
    details: reading.details,
    body,
    headers: headers.all,
  });
}

/**
 * Decodes whatever an API sent back when it failed into one {@link ApiError}. Total: any input
 * gives an `ApiError` with a non-empty message, and nothing throws.
 */
export function decodeError(input: DecodeInput, options?: DecodeOptions): ApiError {
  try {
    return decode(input, options);
  } catch (cause) {
    const status = readStatus(get(input, 'status'));
    const kind = status === undefined ? 'unknown' : kindFromStatus(status);
    return new ApiError({
      status: status ?? 0,
      code: kind,
      kind,
      message: DEFAULT_MESSAGES[kind],
      retryable: isRetryableKind(kind),
      format: 'http',
      cause,
    });
  }
}
