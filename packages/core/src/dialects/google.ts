import { clampWait, parseDuration } from '../decode/duration.js';
import { isCodeLike } from '../decode/message.js';
import { get, has, httpUrl, isRecord, list, num, text } from '../decode/read.js';
import type { Dialect, FieldError } from '../model/types.js';
import { GOOGLE_CODES } from './codes.js';
import { fieldError } from './fields.js';

/** The highest `google.rpc.Code` (`UNAUTHENTICATED`, 16): a bare `Status` carries one of 1…16. */
const MAX_RPC_CODE = 16;

/**
 * The first detail of a type (`type.googleapis.com/google.rpc.ErrorInfo` for `ErrorInfo`): an `Any`'s
 * type URL always holds a `/` before the message's full name (google/protobuf/any.proto).
 */
function detail(details: readonly unknown[], name: string): unknown {
  return details.find((item) => {
    const type = get(item, '@type');
    return typeof type === 'string' && type.endsWith(`/google.rpc.${name}`);
  });
}

/** A `google.protobuf.Duration`: `"2.5s"` in JSON, or `{ seconds, nanos }` from some encoders. */
function durationMs(value: unknown): number | undefined {
  if (!isRecord(value)) return parseDuration(value);
  const seconds = num(get(value, 'seconds')) ?? -1;
  return seconds < 0 ? undefined : clampWait(seconds * 1000 + (num(get(value, 'nanos')) ?? 0) / 1e6);
}

function helpUrl(help: unknown): string | undefined {
  // Stryker disable next-line ArrayDeclaration: a list of one string adds nothing: a string has no `url`.
  const links = list(get(help, 'links')) ?? [];
  for (const link of links) {
    const url = httpUrl(get(link, 'url'));
    if (url !== undefined) return url;
  }
  return undefined;
}

function violations(badRequest: unknown): FieldError[] {
  const out: FieldError[] = [];
  // Stryker disable next-line ArrayDeclaration: a list of one string adds nothing: a string has no `field`.
  for (const violation of list(get(badRequest, 'fieldViolations')) ?? []) {
    const localized = text(get(get(violation, 'localizedMessage'), 'message'));
    const fe = fieldError(
      get(violation, 'field'),
      localized ?? get(violation, 'description'),
      get(violation, 'reason'),
    );
    if (fe) out.push(fe);
  }
  return out;
}

/**
 * Google's `google.rpc.Status` (AIP-193): `{ error: { code: 429, message, status: "RESOURCE_EXHAUSTED",
 * details: [ErrorInfo, BadRequest, RetryInfo, RequestInfo, Help, LocalizedMessage, …] } }`, the
 * legacy `{ error: { code, message, errors: [{ reason }] } }`, and a bare `{ code, message, details }`
 * as grpc-gateway sends it. The code is `ErrorInfo.reason` (the machine-readable cause), else `status`.
 * The message is the `LocalizedMessage` when there is one, since AIP-193 makes `message` developer-facing.
 * `BadRequest.fieldViolations` become field errors, `RetryInfo.retryDelay` the wait,
 * `RequestInfo.requestId` the request id and the first http(s) `Help` link the docs link.
 */
export const google: Dialect = {
  name: 'google',
  codes: GOOGLE_CODES,
  match(body) {
    const error = get(body, 'error');
    if (isRecord(error)) {
      return (
        typeof get(error, 'code') === 'number' &&
        (typeof get(error, 'status') === 'string' ||
          list(get(error, 'details'), 1) !== undefined ||
          isRecord(list(get(error, 'errors'), 1)?.[0]))
      );
    }
    // A gRPC code: Number.isInteger refuses anything but a number.
    const code = get(body, 'code') as number;
    return (
      Number.isInteger(code) &&
      code > 0 &&
      code <= MAX_RPC_CODE &&
      typeof get(body, 'message') === 'string' &&
      list(get(body, 'details'), 1) !== undefined &&
      !has(body, 'error')
    );
  },
  read(body) {
    // The `google.rpc.Status`: under `error` (Google APIs over HTTP), or the body itself.
    const error = get(body, 'error');
    const wrapped = isRecord(error);
    const status = wrapped ? error : body;
    // Stryker disable next-line ArrayDeclaration: a list of one string adds nothing: a string has no `@type`.
    const details = list(get(status, 'details')) ?? [];
    const errorInfo = detail(details, 'ErrorInfo');
    // A bare Status's code is the gRPC code number, sent as a number and kept as its text.
    const rpcCode = wrapped ? undefined : text(get(status, 'code'));
    const legacy = list(get(status, 'errors'), 1)?.[0];
    // Firebase Auth puts its code in the message (`EMAIL_EXISTS`) and a generic `reason: "invalid"`
    // in the legacy list: the decoder reads the message's code, so the list's reason stays out.
    const message = text(get(status, 'message'));
    const legacyReason =
      message !== undefined && isCodeLike(message) ? undefined : text(get(legacy, 'reason'), 200);
    return {
      code:
        text(get(errorInfo, 'reason'), 200) ?? text(get(status, 'status'), 200) ?? rpcCode ?? legacyReason,
      message:
        text(get(detail(details, 'LocalizedMessage'), 'message')) ?? message ?? text(get(legacy, 'message')),
      fieldErrors: violations(detail(details, 'BadRequest')),
      retryAfterMs: durationMs(get(detail(details, 'RetryInfo'), 'retryDelay')),
      requestId: text(get(detail(details, 'RequestInfo'), 'requestId'), 256),
      docsUrl: helpUrl(detail(details, 'Help')),
      details,
    };
  },
};
