import { byKindLetter, type ErrorKind } from './ErrorKind.js';

/** A lower-case letter or digit followed by a capital: where camel case splits. */
export const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
/** A run of anything but lower-case letters and digits. */
export const SEPARATOR_RUN = /[^a-z0-9]+/g;
/** A separator at either end. */
export const EDGE_SEPARATOR = /^_|_$/g;

/** Codes already in their canonical spelling: an app meets the same few codes again and again. */
const CANONICAL = /* @__PURE__ */ new Map<string, string>();

/**
 * A code in one canonical spelling, so `RATE_LIMIT_EXCEEDED`, `rate-limit-exceeded` and
 * `RateLimitExceeded` meet: camel case split, lower case, separators as `_`. Codes of up to 120
 * characters are remembered, at most 2,048 of them, so a stream of odd codes cannot grow the memo.
 */
export function normalizeCode(code: string): string {
  let canonical = CANONICAL.get(code);
  // The memo saves time only: with or without it every code gets the same spelling.
  // Stryker disable next-line ConditionalExpression: as `true` every code is spelled again, the same (`false` gives none).
  if (canonical === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the memo saves time only.
    if (CANONICAL.size >= 2048) CANONICAL.clear();
    canonical = code
      .slice(0, 120)
      .replace(CAMEL_BOUNDARY, '$1_$2')
      .toLowerCase()
      .replace(SEPARATOR_RUN, '_')
      // Runs of separators are single underscores by now, so the ends need no `_+$` scan.
      .replace(EDGE_SEPARATOR, '');
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the memo saves time only.
    if (code.length <= 120) CANONICAL.set(code, canonical);
  }
  return canonical;
}

/** What API codes mean: a code in its {@link normalizeCode} spelling and the kind it means. */
export type CodeTable = Readonly<Record<string, ErrorKind>>;

/** A code table from compact text (see {@link byKindLetter}): `'Ialready_exists aborted Tcancelled'`. */
export function codeTable(source: string): CodeTable {
  return Object.freeze(Object.fromEntries(byKindLetter(source)));
}

/** Words in a code and the kind they mean, most telling first, for codes the table does not know. */
const KIND_WORDS: readonly [string, ErrorKind][] = /* @__PURE__ */ byKindLetter(
  'Mratelimit rate_limit throttl too_many query_limit limit_exceeded Fnot_found notfound no_such Cnot_authed invalid_auth unauthenticated token_expired token_revoked invalid_token Dpermission forbidden missing_scope access_denied not_allowed Avalidation invalid_arg invalid_param Qunavailable maintenance Htimeout Ninternal fatal',
);

/**
 * The kind a code's words say (`channel_not_found`, `ratelimited`, `not_authed`, `FST_ERR_VALIDATION`),
 * for a code the table does not know: one rule for the many spellings of the common codes.
 * `undefined` when no word is telling.
 */
export function kindFromWords(code: string): ErrorKind | undefined {
  const c = normalizeCode(code);
  return KIND_WORDS.find(([word]) => c.includes(word))?.[1];
}
