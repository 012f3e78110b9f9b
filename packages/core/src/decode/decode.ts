import { fieldErrorAt, isFormStatus } from '../dialects/fields.js';
import { readHeaders } from '../headers/headers.js';
import { ApiError, type ApiErrorInit, errorOfKind } from '../model/ApiError.js';
import { type ErrorKind, isErrorKind, isRetryableKind, kindFromStatus } from '../model/ErrorKind.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import { toFieldPath } from '../model/paths.js';
import type {
  DecodeOptions,
  Decoder,
  Dialect,
  DialectReading,
  FieldError,
  HeaderReading,
  Reader,
  ServerWords,
} from '../model/types.js';
import { normalizeBody } from './body.js';
import { clock } from './clock.js';
import { clampWait } from './duration.js';
import { get, httpUrl, list, prop, shortId, text } from './read.js';

const RETRYABLE_STATUSES = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);
/** Kinds a code may only fill in, never use to override a more specific status. */
export const GENERIC_KINDS = /* @__PURE__ */ new Set<ErrorKind>(['bad_request', 'server', 'unknown']);
const MAX_FIELD_ERRORS = 200;

/** A message that speaks of a rate limit: "You have exceeded a secondary rate limit". */
export const RATE_LIMIT = /\brate[ -]?limit/i;

/** A status sent as text: one to three digits. */
export const STATUS_TEXT = /^\d{1,3}$/;

function readStatus(value: unknown): number | undefined {
  const n =
    typeof value === 'number' || (typeof value === 'string' && STATUS_TEXT.test(value.trim()))
      ? Number(value)
      : Number.NaN;
  return Number.isInteger(n) && n >= 0 && n <= 999 ? n : undefined;
}

function cleanFieldErrors(input: unknown): FieldError[] {
  const out: FieldError[] = [];
  // Stryker disable next-line ArrayDeclaration: an item that is text has no message, so no field error
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
    /* a decoder that throws knows no code */
  }
  return undefined;
}

/**
 * The kind: the status first; a 403 with `X-RateLimit-Remaining: 0`, or whose message speaks of a
 * rate limit, is a rate limit (GitHub's primary and secondary limits). Then the code refines it: a
 * code the table knows, else the code's words as a guess (the `codeKind` hook), else the dialect's own
 * kind. A generic kind (`bad_request`, `server`) never overrides a more specific status. Last, a plain
 * 400 that names fields is a validation error.
 */
function resolveKind(
  hooks: Reader,
  status: number | undefined,
  coded: ErrorKind | undefined,
  dialectKind: ErrorKind | undefined,
  fieldErrors: readonly FieldError[],
  headers: HeaderReading,
  code: string | undefined,
  message: string | undefined,
): ErrorKind {
  // No status (`Number(undefined)` is NaN) implies no kind: `unknown`.
  const fromStatus = kindFromStatus(Number(status));
  let kind = fromStatus;
  if (
    kind === 'forbidden' &&
    (headers.rateLimit?.remaining === 0 ||
      // Stryker disable next-line StringLiteral: without a message there are no words of a rate limit: any text without them reads as ''
      RATE_LIMIT.test(message ?? ''))
  ) {
    kind = 'rate_limited';
  }
  const refined =
    coded ?? (code === undefined ? undefined : hooks.codeKind?.(code, kind, fromStatus)) ?? dialectKind;
  if (refined !== undefined && status !== 0 && (!GENERIC_KINDS.has(refined) || kind === 'unknown')) {
    kind = refined;
  }
  if ((kind === 'bad_request' || kind === 'unknown') && fieldErrors.length > 0) kind = 'validation';
  return kind;
}

/** Everything the model is built from, read from the input: the pipeline itself. */
function read(decoder: DecoderTables, input: unknown, options: DecodeOptions | undefined): ApiErrorInit {
  const now = clock(options);
  // A decoder made by hand may have no reader: it reads the core fields only.
  const hooks: Reader = decoder.reader ?? {};
  const status = readStatus(get(input, 'status'));
  const headers = readHeaders(get(input, 'headers'), now, hooks);
  const body = normalizeBody(get(input, 'body'), headers.contentType);
  const context = { status: status ?? 0, headers };

  let reading: DialectReading = {};
  let format = 'http';
  // Stryker disable next-line ArrayDeclaration: text is no dialect: its match throws and the loop passes it on
  for (const dialect of list(prop(decoder, 'dialects')) ?? []) {
    try {
      const d = dialect as Dialect;
      if (!d.match(body, context)) continue;
      // Copied at once (its own fields), so a reading with throwing getters fails inside the dialect's turn.
      reading = { ...d.read(body, context) };
      format = (typeof d.name === 'string' ? text(d.name, 100) : undefined) ?? 'custom';
      break;
    } catch {
      /* a dialect that trips on this body passes it to the next */
    }
  }
  const common = hooks.common?.(body, now);

  // The server's own words: a token the message is, or starts with, is the code; a restated
  // reason phrase is no message; a message that names a field first gives that field's error.
  // A code the message starts with comes first, a token the message only is fills in, and AWS's
  // `X-Amzn-ErrorType` header is the code of a body that has none.
  const said = text(reading.message);
  const words: ServerWords = (said !== undefined && hooks.words?.(said)) || { message: said };
  let fieldErrors = cleanFieldErrors(reading.fieldErrors);
  const named = words.message === undefined ? undefined : hooks.messageField?.(words.message);
  if (named && fieldErrors.length === 0 && isFormStatus(status ?? 0)) fieldErrors = [named];
  const sentCode = words.code ?? text(reading.code, 200) ?? words.token ?? hooks.headerCode?.(headers.all);
  const coded = kindOfCode(decoder, sentCode);
  // Errors of the whole form (path '') speak for it when the server sent no message of its own.
  const sentMessage = words.message ?? fieldErrors.find((fe) => fe.path === '')?.message;
  const dialectKind = isErrorKind(reading.kind) ? reading.kind : undefined;
  const kind = resolveKind(hooks, status, coded, dialectKind, fieldErrors, headers, sentCode, sentMessage);
  const message = sentMessage ?? DEFAULT_MESSAGES[kind];
  const retryable = isRetryableKind(kind) || RETRYABLE_STATUSES.has(context.status);

  // Waits are NaN where a value is missing, which `clampWait` refuses and no distance is below.
  const { rateLimit } = headers;
  const resetWait =
    kind === 'rate_limited' || rateLimit?.remaining === 0
      ? clampWait((rateLimit?.resetAt ?? Number.NaN) - now)
      : undefined;
  // `Retry-After` wins, but a body wait that says the same to the second is kept for its
  // precision (Discord's `retry_after: 64.57` beside `Retry-After: 65`).
  const bodyWait = clampWait(reading.retryAfterMs ?? Number.NaN) ?? common?.retryAfterMs;
  const headerWait = headers.retryAfterMs;
  const same = Math.abs((bodyWait ?? Number.NaN) - (headerWait ?? Number.NaN)) < 1000;
  const retryAfterMs =
    (same ? bodyWait : (headerWait ?? bodyWait)) ??
    resetWait ??
    (sentMessage !== undefined && retryable ? hooks.messageWait?.(sentMessage) : undefined);

  const requestId =
    shortId(reading.requestId) ??
    common?.requestId ??
    headers.requestId ??
    (sentMessage === undefined ? undefined : hooks.messageRequestId?.(sentMessage));

  return {
    status: status ?? 0,
    code: sentCode ?? kind,
    kind,
    message,
    fieldErrors,
    requestId,
    traceId: common?.traceId ?? headers.traceId,
    retryAfterMs,
    retryAt: retryAfterMs === undefined ? undefined : now + retryAfterMs,
    rateLimit,
    docsUrl: httpUrl(reading.docsUrl) ?? httpUrl(common?.docsUrl) ?? headers.helpUrl,
    successorUrl: headers.successorUrl,
    retryable,
    format,
    details: reading.details,
    body,
    headers: headers.all,
    occurredAt: now,
  };
}

/** What the pipeline needs of a decoder: the dialects to try, the code table and its readers' hooks. */
export type DecoderTables = Pick<Decoder, 'dialects' | 'kindOfCode' | 'reader'>;

/**
 * Decodes whatever an API sent back when it failed into one {@link ApiError}, trying only the
 * dialects of `decoder` and reading with the hooks of its readers (`decoder.reader`).
 * Total: any input gives an `ApiError` with a non-empty message, and nothing throws. `decodeError`
 * and every decoder's `decode` go through here.
 */
export function decodeWith(decoder: DecoderTables, input: unknown, options?: DecodeOptions): ApiError {
  let init: ApiErrorInit;
  try {
    init = read(decoder, input, options);
  } catch (cause) {
    const status = readStatus(get(input, 'status'));
    // As in resolveKind: no status is NaN, whose kind is `unknown`.
    return errorOfKind(kindFromStatus(Number(status)), status ?? 0, 'http', {
      cause,
      occurredAt: clock(options),
    });
  }
  // Built here, not inside the reading: every frame between the caller and this constructor is a
  // frame of the stack trace V8 captures, the largest cost of a decode.
  return new ApiError(init);
}
