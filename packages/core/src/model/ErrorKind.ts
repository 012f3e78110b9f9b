/** Every kind of failure faultline tells apart; the kind drives presentation and retry. */
export const ERROR_KINDS = [
  'validation',
  'bad_request',
  'unauthenticated',
  'forbidden',
  'payment_required',
  'not_found',
  'method_not_allowed',
  'timeout',
  'conflict',
  'gone',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'server',
  'not_implemented',
  'bad_gateway',
  'unavailable',
  'gateway_timeout',
  'network',
  'aborted',
  'unknown',
] as const;

/** The canonical category of a failure. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

const KIND_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(ERROR_KINDS);

/** Whether a value is one of the {@link ErrorKind} names. */
export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && KIND_SET.has(value);
}

/** Statuses by the kind they imply, space-separated. */
const STATUSES_BY_KIND: Readonly<Partial<Record<ErrorKind, string>>> = {
  bad_request: '400',
  unauthenticated: '401',
  payment_required: '402',
  forbidden: '403 451',
  not_found: '404',
  method_not_allowed: '405',
  timeout: '408',
  conflict: '409 412 423 428',
  gone: '410',
  payload_too_large: '413 431',
  unsupported_media_type: '415',
  validation: '422',
  rate_limited: '429',
  aborted: '499',
  server: '500',
  not_implemented: '501',
  bad_gateway: '502 520 521 523',
  unavailable: '503',
  gateway_timeout: '504 522 524',
};

/** A `{kind: 'a b c'}` table as `[entry, kind]` pairs, one per space-separated entry. */
export function byKind(table: Readonly<Partial<Record<ErrorKind, string>>>): [string, ErrorKind][] {
  return Object.entries(table).flatMap(([kind, entries]) =>
    entries.split(' ').map((entry): [string, ErrorKind] => [entry, kind as ErrorKind]),
  );
}

const STATUS_KINDS = /* @__PURE__ */ new Map<number, ErrorKind>(
  byKind(STATUSES_BY_KIND).map(([status, kind]) => [+status, kind]),
);

/** The kind an HTTP status alone implies (`0` — no response — is `network`). */
export function kindFromStatus(status: number): ErrorKind {
  if (status === 0) return 'network';
  const exact = STATUS_KINDS.get(status);
  if (exact) return exact;
  if (status >= 400 && status < 500) return 'bad_request';
  if (status >= 500 && status < 600) return 'server';
  return 'unknown';
}

const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = /* @__PURE__ */ new Set<ErrorKind>([
  'timeout',
  'rate_limited',
  'bad_gateway',
  'unavailable',
  'gateway_timeout',
  'network',
]);

/** Whether retrying the same request can succeed for this kind. */
export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE_KINDS.has(kind);
}
