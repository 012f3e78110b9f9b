import { type CodeTable, codeTable } from '../model/codes.js';

// What API codes mean, by the APIs that send them. Each dialect carries the codes of the APIs it
// reads (`Dialect.codes`), so a decoder knows the codes of the dialects it holds and a one-dialect
// decoder ships no one else's. The generic reader reads any JSON API, so it carries all of them.
// Generic kinds (`bad_request`, `server`) only fill in when the status says nothing more specific.

/**
 * GraphQL servers' codes (Apollo Server's built-in ones), and the codes that mean invalid user input
 * in GraphQL `extensions.code` and REST bodies alike: an error with one of those names its inputs.
 */
export const GRAPHQL_CODES: CodeTable = /* @__PURE__ */ codeTable({
  validation:
    'bad_user_input missing_required_field field_too_long out_of_range invalid_value unprocessable_entity missing_parameter',
  bad_request:
    'graphql_parse_failed graphql_validation_failed persisted_query_not_supported operation_resolution_failure',
});

/** Google's canonical codes (`google.rpc.Code`) and `ErrorInfo` reasons. */
export const GOOGLE_CODES: CodeTable = /* @__PURE__ */ codeTable({
  validation: 'out_of_range',
  bad_request: 'invalid_argument',
  unauthenticated: 'api_key_invalid access_token_expired credentials_missing session_cookie_invalid',
  forbidden:
    'service_disabled api_key_service_blocked api_key_http_referrer_blocked api_key_ip_address_blocked access_token_scope_insufficient consumer_suspended user_project_denied',
  payment_required: 'billing_disabled',
  conflict: 'already_exists aborted failed_precondition',
  rate_limited: 'resource_exhausted resource_quota_exceeded',
  server: 'data_loss',
  not_implemented: 'unimplemented',
  gateway_timeout: 'deadline_exceeded',
  aborted: 'cancelled',
});

/** OAuth 2 error codes (RFC 6749, RFC 6750, RFC 8628). */
export const OAUTH_CODES: CodeTable = /* @__PURE__ */ codeTable({
  bad_request: 'invalid_request unsupported_grant_type unsupported_response_type',
  unauthenticated: 'invalid_client invalid_grant expired_token',
  forbidden: 'unauthorized_client invalid_scope insufficient_scope',
  rate_limited: 'slow_down',
  server: 'server_error',
});

/** AWS codes (JSON, Query, EC2 and S3 protocols) and Azure Storage's. */
export const CLOUD_CODES: CodeTable = /* @__PURE__ */ codeTable({
  bad_request: 'bad_request_exception',
  unauthenticated:
    'expired_token expired_token_exception unrecognized_client_exception unauthorized_exception incomplete_signature invalid_client_token_id invalid_signature_exception missing_authentication_token_exception invalid_access_key_id signature_does_not_match auth_failure authentication_failed invalid_identity_token missing_authentication_token',
  forbidden: 'unauthorized_operation',
  not_found: 'resource_not_found_exception queue_does_not_exist',
  conflict:
    'conditional_check_failed_exception resource_in_use_exception conflict_exception transaction_conflict_exception',
  payload_too_large: 'entity_too_large',
  rate_limited: 'provisioned_throughput_exceeded_exception slow_down',
});

/** Codes of REST APIs at large: Stripe-style types, OpenAI, Anthropic, Azure REST and the seed APIs. */
const REST_CODES: CodeTable = /* @__PURE__ */ codeTable({
  bad_request: 'invalid_request_error bad_request bad_argument',
  unauthenticated:
    'unauthorized authentication_error auth_required invalid_api_key invalid_authentication_token',
  forbidden: 'insufficient_permissions not_authorized',
  payment_required:
    'payment_required usage_limit_exceeded insufficient_quota insufficient_funds card_error billing_error',
  not_found: 'resource_not_found',
  method_not_allowed: 'method_not_allowed',
  conflict: 'conflict conflict_error resource_busy idempotency_error synthesis_in_progress sources_not_ready',
  gone: 'gone',
  payload_too_large: 'request_too_large payload_too_large file_too_large',
  unsupported_media_type: 'unsupported_media_type unsupported_file_type',
  rate_limited: 'activity_limit_reached',
  server: 'api_error synthesis_failed',
  not_implemented: 'not_implemented',
  bad_gateway: 'bad_gateway webhook_delivery_failed upstream_error',
  unavailable: 'overloaded_error agent_not_configured',
  gateway_timeout: 'gateway_timeout',
});

/**
 * Every built-in code: what the generic reader, which reads any JSON API, knows, and so what
 * `decodeError` knows. Covers the codes of the seed APIs and the common codes of the dialects
 * faultline reads.
 */
export const DEFAULT_CODE_KINDS: CodeTable = /* @__PURE__ */ Object.freeze({
  ...REST_CODES,
  ...CLOUD_CODES,
  ...OAUTH_CODES,
  ...GOOGLE_CODES,
  ...GRAPHQL_CODES,
});
