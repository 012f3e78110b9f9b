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

const KIND_SET: ReadonlySet<string> = new Set(ERROR_KINDS);

/** Whether a value is one of the {@link ErrorKind} names. */
export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && KIND_SET.has(value);
}

const STATUS_KINDS = new Map<number, ErrorKind>([
  [400, 'bad_request'],
  [401, 'unauthenticated'],
  [402, 'payment_required'],
  [403, 'forbidden'],
  [404, 'not_found'],
  [405, 'method_not_allowed'],
  [408, 'timeout'],
  [409, 'conflict'],
  [410, 'gone'],
  [412, 'conflict'],
  [413, 'payload_too_large'],
  [415, 'unsupported_media_type'],
  [422, 'validation'],
  [423, 'conflict'],
  [428, 'conflict'],
  [429, 'rate_limited'],
  [431, 'payload_too_large'],
  [451, 'forbidden'],
  [499, 'aborted'],
  [500, 'server'],
  [501, 'not_implemented'],
  [502, 'bad_gateway'],
  [503, 'unavailable'],
  [504, 'gateway_timeout'],
  [520, 'bad_gateway'],
  [521, 'bad_gateway'],
  [522, 'gateway_timeout'],
  [523, 'bad_gateway'],
  [524, 'gateway_timeout'],
]);

/** The kind an HTTP status alone implies (`0` — no response — is `network`). */
export function kindFromStatus(status: number): ErrorKind {
  if (status === 0) return 'network';
  const exact = STATUS_KINDS.get(status);
  if (exact) return exact;
  if (status >= 400 && status < 500) return 'bad_request';
  if (status >= 500 && status < 600) return 'server';
  return 'unknown';
}

const RETRYABLE_KINDS: ReadonlySet<ErrorKind> = new Set<ErrorKind>([
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
