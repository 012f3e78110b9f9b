import { ApiError, type ApiErrorInit } from './ApiError.js';
import { normalizeBody } from './body.js';
import { clock } from './clock.js';
import { readCommon, shortId } from './common.js';
import { fieldErrorAt } from './dialects/fields.js';
import { clampWait } from './duration.js';
import { type ErrorKind, isErrorKind, isRetryableKind, kindFromStatus } from './ErrorKind.js';
import { readHeaders } from './headers.js';
import { requestIdFromMessage, waitFromMessage } from './message.js';
import { DEFAULT_MESSAGES } from './messages.js';
import { toFieldPath } from './paths.js';
import { get, httpUrl, list, prop, text } from './read.js';
import type {
  DecodeInput,
  DecodeOptions,
  Decoder,
  Dialect,
  DialectReading,
  FieldError,
  HeaderReading,
} from './types.js';

const RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);
/** Kinds a code may only fill in, never use to override a more specific status. */
const GENERIC_KINDS = /* @__PURE__ */ new Set<ErrorKind>(['bad_request', 'server', 'unknown']);
const MAX_FIELD_ERRORS = 200;

/** A status sent as text: one to three digits. */
export const STATUS_TEXT = /^\d{1,3}$/;

function readStatus(value: unknown): number | undefined {
  const n = typeof value === 'string' && STATUS_TEXT.test(value.trim()) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 999 ? n : undefined;
}

function cleanFieldErrors(input: unknown): FieldError[] {
  const out: FieldError[] = [];
  for (const item of list(input, MAX_FIELD_ERRORS) ?? []) {
    const fe = fieldErrorAt(toFieldPath(get(item, 'path')) ?? '', get(item, 'message'), get(item, 'code'));
    if (fe) out.push(fe);
  }
  return out;
}

/** The kind an API code means in this decoder; a decoder that throws or answers nonsense knows none. */
function kindOfCode(decoder: DecoderTables, code: string | undefined): ErrorKind | undefined {
  if (code === undefined) return undefined;
  try {
    const kind = decoder.kindOfCode(code);
    return isErrorKind(kind) ? kind : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The kind: the status first; a 403 with `X-RateLimit-Remaining: 0` is a rate limit (GitHub's
 * convention); then the code refines it, but a generic code (`bad_request`, `server`) never
 * overrides a more specific status; last, a plain 400 that names fields is a validation error.
 */
function resolveKind(
  status: number | undefined,
  coded: ErrorKind | undefined,
  fieldErrors: readonly FieldError[],
  headers: HeaderReading,
): ErrorKind {
  let kind: ErrorKind = status === undefined ? 'unknown' : kindFromStatus(status);
  if (kind === 'forbidden' && headers.rateLimit?.remaining === 0) kind = 'rate_limited';
  if (coded !== undefined && status !== 0 && (!GENERIC_KINDS.has(coded) || kind === 'unknown')) {
    kind = coded;
  }
  if ((kind === 'bad_request' || kind === 'unknown') && fieldErrors.length > 0) kind = 'validation';
  return kind;
}

const READING_KEYS = [
  'code',
  'message',
  'fieldErrors',
  'requestId',
  'retryAfterMs',
  'docsUrl',
  'kind',
  'details',
] as const;

/** Every field of a dialect's reading, copied once, so a reading with throwing getters fails inside the dialect's turn. */
function copyReading(reading: unknown): DialectReading {
  if (reading === undefined || reading === null) return {};
  const out: Record<string, unknown> = {};
  for (const key of READING_KEYS) out[key] = (reading as Record<string, unknown>)[key];
  return out as DialectReading;
}

/** Everything the model is built from, read from the input: the pipeline itself. */
function read(decoder: DecoderTables, input: DecodeInput, options: DecodeOptions | undefined): ApiErrorInit {
  const now = clock(options);
  const status = readStatus(get(input, 'status'));
  const headers = readHeaders(get(input, 'headers'), now);
  const body = normalizeBody(get(input, 'body'), headers.contentType);
  const context = { status: status ?? 0, headers };

  let reading: DialectReading = {};
  let format = 'http';
  for (const dialect of list(prop(decoder, 'dialects')) ?? []) {
    try {
      const d = dialect as Dialect;
      if (!d.match(body, context)) continue;
      reading = copyReading(d.read(body, context));
      format = (typeof d.name === 'string' ? text(d.name, 100) : undefined) ?? 'custom';
      break;
    } catch {
      /* a dialect that trips on this body passes it to the next */
    }
  }
  const common = readCommon(body);

  const fieldErrors = cleanFieldErrors(reading.fieldErrors);
  const sentCode = text(reading.code, 200);
  // The code table knows the API's codes; a dialect's own kind stands in for it only when it does not.
  const coded = kindOfCode(decoder, sentCode) ?? (isErrorKind(reading.kind) ? reading.kind : undefined);
  const kind = resolveKind(status, coded, fieldErrors, headers);
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
    shortId(reading.requestId) ??
    common.requestId ??
    headers.requestId ??
    (sentMessage === undefined ? undefined : requestIdFromMessage(sentMessage));

  return {
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
    occurredAt: now,
  };
}

/** What the pipeline needs of a decoder: the dialects to try and the code table. */
export type DecoderTables = Pick<Decoder, 'dialects' | 'kindOfCode'>;

/**
 * Decodes whatever an API sent back when it failed into one {@link ApiError}, trying only the
 * dialects of `decoder`. Total: any input gives an `ApiError` with a non-empty message, and nothing
 * throws. `decodeError` and every decoder's `decode` go through here.
 */
export function decodeWith(decoder: DecoderTables, input: DecodeInput, options?: DecodeOptions): ApiError {
  let init: ApiErrorInit;
  try {
    init = read(decoder, input, options);
  } catch (cause) {
    const status = readStatus(get(input, 'status'));
    const kind = status === undefined ? 'unknown' : kindFromStatus(status);
    init = {
      status: status ?? 0,
      code: kind,
      kind,
      message: DEFAULT_MESSAGES[kind],
      retryable: isRetryableKind(kind),
      format: 'http',
      cause,
      occurredAt: clock(options),
    };
  }
  // Built here, not inside the reading: every frame between the caller and this constructor is a
  // frame of the stack trace V8 captures, the largest cost of a decode.
  return new ApiError(init);
}
