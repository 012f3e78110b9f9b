import type { ErrorKind } from './ErrorKind.js';

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

/**
 * What API codes mean. Covers every code in the seed APIs and the common codes of the dialects
 * faultline reads (Google canonical codes, GraphQL servers, OAuth 2, Stripe-style types, AWS).
 * Generic kinds (`bad_request`, `server`) only fill in when the status says nothing more specific.
 */
export const DEFAULT_CODE_KINDS: Readonly<Record<string, ErrorKind>> = Object.freeze({
  // validation
  validation_error: 'validation',
  validation_failed: 'validation',
  validation_exception: 'validation',
  invalid_parameters: 'validation',
  invalid_params: 'validation',
  missing_required_field: 'validation',
  field_too_long: 'validation',
  out_of_range: 'validation',
  invalid_value: 'validation',
  unprocessable_entity: 'validation',
  bad_user_input: 'validation',
  invalid_parameter_value: 'validation',
  invalid_parameter_combination: 'validation',
  missing_parameter: 'validation',
  // bad request
  invalid_request: 'bad_request',
  invalid_request_error: 'bad_request',
  invalid_argument: 'bad_request',
  bad_request: 'bad_request',
  graphql_parse_failed: 'bad_request',
  graphql_validation_failed: 'bad_request',
  unsupported_grant_type: 'bad_request',
  unsupported_response_type: 'bad_request',
  bad_argument: 'bad_request',
  bad_request_exception: 'bad_request',
  persisted_query_not_supported: 'bad_request',
  operation_resolution_failure: 'bad_request',
  // authentication
  unauthorized: 'unauthenticated',
  unauthenticated: 'unauthenticated',
  authentication_error: 'unauthenticated',
  auth_required: 'unauthenticated',
  invalid_token: 'unauthenticated',
  invalid_api_key: 'unauthenticated',
  token_expired: 'unauthenticated',
  expired_token: 'unauthenticated',
  expired_token_exception: 'unauthenticated',
  invalid_client: 'unauthenticated',
  invalid_grant: 'unauthenticated',
  unrecognized_client_exception: 'unauthenticated',
  unauthorized_exception: 'unauthenticated',
  incomplete_signature: 'unauthenticated',
  invalid_client_token_id: 'unauthenticated',
  invalid_signature_exception: 'unauthenticated',
  missing_authentication_token_exception: 'unauthenticated',
  invalid_authentication_token: 'unauthenticated',
  api_key_invalid: 'unauthenticated',
  access_token_expired: 'unauthenticated',
  credentials_missing: 'unauthenticated',
  session_cookie_invalid: 'unauthenticated',
  // permission
  forbidden: 'forbidden',
  permission_denied: 'forbidden',
  permission_error: 'forbidden',
  forbidden_error: 'forbidden',
  insufficient_permissions: 'forbidden',
  insufficient_scope: 'forbidden',
  access_denied: 'forbidden',
  access_denied_exception: 'forbidden',
  unauthorized_client: 'forbidden',
  invalid_scope: 'forbidden',
  forbidden_exception: 'forbidden',
  not_authorized: 'forbidden',
  service_disabled: 'forbidden',
  api_key_service_blocked: 'forbidden',
  api_key_http_referrer_blocked: 'forbidden',
  api_key_ip_address_blocked: 'forbidden',
  access_token_scope_insufficient: 'forbidden',
  consumer_suspended: 'forbidden',
  user_project_denied: 'forbidden',
  // payment
  payment_required: 'payment_required',
  usage_limit_exceeded: 'payment_required',
  insufficient_quota: 'payment_required',
  insufficient_funds: 'payment_required',
  card_error: 'payment_required',
  billing_error: 'payment_required',
  billing_disabled: 'payment_required',
  // not found
  not_found: 'not_found',
  not_found_error: 'not_found',
  resource_not_found: 'not_found',
  resource_not_found_exception: 'not_found',
  not_found_exception: 'not_found',
  item_not_found: 'not_found',
  session_not_found: 'not_found',
  persisted_query_not_found: 'not_found',
  method_not_allowed: 'method_not_allowed',
  // conflict
  conflict: 'conflict',
  conflict_error: 'conflict',
  already_exists: 'conflict',
  aborted: 'conflict',
  failed_precondition: 'conflict',
  resource_busy: 'conflict',
  idempotency_error: 'conflict',
  synthesis_in_progress: 'conflict',
  sources_not_ready: 'conflict',
  conditional_check_failed_exception: 'conflict',
  resource_in_use_exception: 'conflict',
  conflict_exception: 'conflict',
  transaction_conflict_exception: 'conflict',
  gone: 'gone',
  // size and type
  request_too_large: 'payload_too_large',
  payload_too_large: 'payload_too_large',
  file_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',
  unsupported_file_type: 'unsupported_media_type',
  // rate limits
  rate_limited: 'rate_limited',
  rate_limit_exceeded: 'rate_limited',
  rate_limit_error: 'rate_limited',
  too_many_requests: 'rate_limited',
  too_many_requests_exception: 'rate_limited',
  resource_exhausted: 'rate_limited',
  throttling: 'rate_limited',
  throttling_exception: 'rate_limited',
  throttled: 'rate_limited',
  provisioned_throughput_exceeded_exception: 'rate_limited',
  slow_down: 'rate_limited',
  limit_exceeded_exception: 'rate_limited',
  request_limit_exceeded: 'rate_limited',
  resource_quota_exceeded: 'rate_limited',
  activity_limit_reached: 'rate_limited',
  // server side
  internal_error: 'server',
  internal: 'server',
  internal_server_error: 'server',
  internal_failure: 'server',
  internal_server_exception: 'server',
  server_error: 'server',
  api_error: 'server',
  data_loss: 'server',
  synthesis_failed: 'server',
  not_implemented: 'not_implemented',
  unimplemented: 'not_implemented',
  bad_gateway: 'bad_gateway',
  webhook_delivery_failed: 'bad_gateway',
  upstream_error: 'bad_gateway',
  service_unavailable: 'unavailable',
  service_unavailable_exception: 'unavailable',
  unavailable: 'unavailable',
  temporarily_unavailable: 'unavailable',
  overloaded_error: 'unavailable',
  agent_not_configured: 'unavailable',
  maintenance: 'unavailable',
  gateway_timeout: 'gateway_timeout',
  deadline_exceeded: 'gateway_timeout',
  timeout: 'timeout',
  request_timeout: 'timeout',
  cancelled: 'aborted',
});
