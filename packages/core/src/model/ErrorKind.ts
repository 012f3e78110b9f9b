import { DEFAULT_MESSAGES } from './messages.js';

/** The kinds in their order, as a type: the one place the names are listed for TypeScript. */
type Kinds = readonly [
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
];

/** The canonical category of a failure; the kind drives presentation and retry. */
export type ErrorKind = Kinds[number];

/**
 * Every kind of failure faultline tells apart, in the order above. At run time it is the list of
 * kinds the English copy has a message for (`DEFAULT_MESSAGES`, written in the same order), so the
 * names ship once.
 */
export const ERROR_KINDS: Kinds = /* @__PURE__ */ (() =>
  Object.freeze(Object.keys(DEFAULT_MESSAGES)) as unknown as Kinds)();

/** Whether a value is one of the {@link ErrorKind} names (the kit has copy for each, and only for those). */
export function isErrorKind(value: unknown): value is ErrorKind {
  return typeof value === 'string' && Object.hasOwn(DEFAULT_MESSAGES, value);
}

/**
 * `[entry, kind]` pairs from compact text: space-separated entries, each group of them led by the
 * capital letter of its kind, the kind's place in {@link ERROR_KINDS} (`A` validation, `B` bad_request,
 * `C` unauthenticated, `D` forbidden, `E` payment_required, `F` not_found, `G` method_not_allowed,
 * `H` timeout, `I` conflict, `J` gone, `K` payload_too_large, `L` unsupported_media_type,
 * `M` rate_limited, `N` server, `O` not_implemented, `P` bad_gateway, `Q` unavailable,
 * `R` gateway_timeout, `S` network, `T` aborted): `'Ialready_exists aborted Tcancelled'`.
 */
export function byKindLetter(source: string): [string, ErrorKind][] {
  let kind: ErrorKind = 'unknown';
  return source.split(' ').map((entry) => {
    const lead = ERROR_KINDS[entry.charCodeAt(0) - 65];
    if (lead) kind = lead;
    return [lead ? entry.slice(1) : entry, kind];
  });
}

/** Statuses and the kind each implies. */
const STATUS_KINDS = /* @__PURE__ */ new Map<number, ErrorKind>(
  byKindLetter(
    'B400 C401 E402 D403 451 F404 G405 H408 I409 412 423 428 J410 K413 431 L415 A422 M429 T499 N500 O501 P502 520 521 523 Q503 R504 522 524',
  ).map(([status, kind]) => [+status, kind]),
);

/** The kind an HTTP status alone implies (`0` — no response — is `network`). */
export function kindFromStatus(status: number): ErrorKind {
  if (status === 0) return 'network';
  return (
    STATUS_KINDS.get(status) ??
    // Stryker disable next-line EqualityOperator: `> 400` and `<= 500` are the same, as 400 and 500 are in the table (the other changes fail the status tests).
    (status >= 400 && status < 600 ? (status < 500 ? 'bad_request' : 'server') : 'unknown')
  );
}

/** Kinds a retry of the same request can cure. */
const RETRYABLE_KINDS: readonly ErrorKind[] = [
  'timeout',
  'rate_limited',
  'bad_gateway',
  'unavailable',
  'gateway_timeout',
  'network',
];

/** Whether retrying the same request can succeed for this kind. */
export function isRetryableKind(kind: ErrorKind): boolean {
  return RETRYABLE_KINDS.includes(kind);
}
