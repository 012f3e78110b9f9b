import { byKind, type ErrorKind } from './ErrorKind.js';

/** A lower-case letter or digit followed by a capital: where camel case splits. */
export const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g;
/** A run of anything but lower-case letters and digits. */
export const SEPARATOR_RUN = /[^a-z0-9]+/g;
/** A separator at either end. */
export const EDGE_SEPARATOR = /^_|_$/g;

/**
 * A code in one canonical spelling, so `RATE_LIMIT_EXCEEDED`, `rate-limit-exceeded` and
 * `RateLimitExceeded` meet: camel case split, lower case, separators as `_`.
 */
export function normalizeCode(code: string): string {
  return (
    code
      .slice(0, 120)
      .replace(CAMEL_BOUNDARY, '$1_$2')
      .toLowerCase()
      .replace(SEPARATOR_RUN, '_')
      // Runs of separators are single underscores by now, so the ends need no `_+$` scan.
      .replace(EDGE_SEPARATOR, '')
  );
}

/** Codes by kind, space-separated: a compact source for {@link DEFAULT_CODE_KINDS}. */
const CODES_BY_KIND: Readonly<Partial<Record<ErrorKind, string>>> = {
  validation:
    'missing_required_field field_too_long out_of_range invalid_value unprocessable_entity bad_user_input missing_parameter',
  bad_request:
    'invalid_request invalid_request_error invalid_argument bad_request graphql_parse_failed graphql_validation_failed unsupported_grant_type unsupported_response_type bad_argument bad_request_exception persisted_query_not_supported operation_resolution_failure',
  unauthenticated:
    'unauthorized authentication_error auth_required invalid_api_key expired_token expired_token_exception invalid_client invalid_grant unrecognized_client_exception unauthorized_exception incomplete_signature invalid_client_token_id invalid_signature_exception missing_authentication_token_exception invalid_authentication_token api_key_invalid access_token_expired credentials_missing session_cookie_invalid invalid_access_key_id signature_does_not_match auth_failure authentication_failed invalid_identity_token missing_authentication_token',
  forbidden:
    'insufficient_permissions insufficient_scope unauthorized_client invalid_scope not_authorized service_disabled api_key_service_blocked api_key_http_referrer_blocked api_key_ip_address_blocked access_token_scope_insufficient consumer_suspended user_project_denied unauthorized_operation',
  payment_required:
    'payment_required usage_limit_exceeded insufficient_quota insufficient_funds card_error billing_error billing_disabled',
  not_found: 'resource_not_found resource_not_found_exception queue_does_not_exist',
  method_not_allowed: 'method_not_allowed',
  conflict:
    'conflict conflict_error already_exists aborted failed_precondition resource_busy idempotency_error synthesis_in_progress sources_not_ready conditional_check_failed_exception resource_in_use_exception conflict_exception transaction_conflict_exception',
  gone: 'gone',
  payload_too_large: 'request_too_large payload_too_large file_too_large entity_too_large',
  unsupported_media_type: 'unsupported_media_type unsupported_file_type',
  rate_limited:
    'resource_exhausted provisioned_throughput_exceeded_exception slow_down resource_quota_exceeded activity_limit_reached',
  server: 'server_error api_error data_loss synthesis_failed',
  not_implemented: 'not_implemented unimplemented',
  bad_gateway: 'bad_gateway webhook_delivery_failed upstream_error',
  unavailable: 'overloaded_error agent_not_configured',
  gateway_timeout: 'gateway_timeout deadline_exceeded',
  aborted: 'cancelled',
};

/**
 * What API codes mean. Covers every code in the seed APIs and the common codes of the dialects
 * faultline reads (Google canonical codes, GraphQL servers, OAuth 2, Stripe-style types, AWS JSON, Query,
 * EC2 and S3, Azure Storage).
 * Generic kinds (`bad_request`, `server`) only fill in when the status says nothing more specific.
 */
export const DEFAULT_CODE_KINDS: Readonly<Record<string, ErrorKind>> = /* @__PURE__ */ Object.freeze(
  Object.fromEntries(byKind(CODES_BY_KIND)),
);

/** Words in a code and the kind they mean, most telling first, for codes the table does not know. */
const KIND_WORDS: readonly [string, ErrorKind][] = /* @__PURE__ */ byKind({
  rate_limited: 'ratelimit rate_limit throttl too_many query_limit limit_exceeded',
  not_found: 'not_found notfound no_such',
  unauthenticated: 'not_authed invalid_auth unauthenticated token_expired token_revoked invalid_token',
  forbidden: 'permission forbidden missing_scope access_denied not_allowed',
  validation: 'validation invalid_arg invalid_param',
  unavailable: 'unavailable maintenance',
  timeout: 'timeout',
  server: 'internal fatal',
});

/**
 * The kind a code's words say (`channel_not_found`, `ratelimited`, `not_authed`, `FST_ERR_VALIDATION`),
 * for a code the table does not know: one rule for the many spellings of the common codes.
 * `undefined` when no word is telling.
 */
export function kindFromWords(code: string): ErrorKind | undefined {
  const c = normalizeCode(code);
  return KIND_WORDS.find(([word]) => c.includes(word))?.[1];
}
