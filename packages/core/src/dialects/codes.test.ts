import { describe, expect, it } from 'vitest';
import type { ErrorKind } from '../model/ErrorKind.js';
import { DEFAULT_CODE_KINDS } from './codes.js';
import { generic, google, graphql, oauth, xml } from './index.js';

// The codes each built-in dialect knows, written out as they were before the tables became compact
// data: a dialect must know exactly these, each with this kind, and no other.
const KNOWN: Record<string, Partial<Record<ErrorKind, string>>> = {
  graphql: {
    validation:
      'bad_user_input missing_required_field field_too_long out_of_range invalid_value unprocessable_entity missing_parameter',
    bad_request:
      'graphql_parse_failed graphql_validation_failed persisted_query_not_supported operation_resolution_failure',
  },
  google: {
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
  },
  oauth: {
    bad_request: 'invalid_request unsupported_grant_type unsupported_response_type',
    unauthenticated: 'invalid_client invalid_grant expired_token',
    forbidden: 'unauthorized_client invalid_scope insufficient_scope',
    rate_limited: 'slow_down',
    server: 'server_error',
  },
  xml: {
    bad_request: 'bad_request_exception',
    unauthenticated:
      'expired_token expired_token_exception unrecognized_client_exception unauthorized_exception incomplete_signature invalid_client_token_id invalid_signature_exception missing_authentication_token_exception invalid_access_key_id signature_does_not_match auth_failure authentication_failed invalid_identity_token missing_authentication_token',
    forbidden: 'unauthorized_operation',
    not_found: 'resource_not_found_exception queue_does_not_exist',
    conflict:
      'conditional_check_failed_exception resource_in_use_exception conflict_exception transaction_conflict_exception',
    payload_too_large: 'entity_too_large',
    rate_limited: 'provisioned_throughput_exceeded_exception slow_down',
  },
  generic: {
    bad_request:
      'invalid_request_error bad_request bad_argument bad_request_exception invalid_request unsupported_grant_type unsupported_response_type invalid_argument graphql_parse_failed graphql_validation_failed persisted_query_not_supported operation_resolution_failure',
    unauthenticated:
      'unauthorized authentication_error auth_required invalid_api_key invalid_authentication_token expired_token expired_token_exception unrecognized_client_exception unauthorized_exception incomplete_signature invalid_client_token_id invalid_signature_exception missing_authentication_token_exception invalid_access_key_id signature_does_not_match auth_failure authentication_failed invalid_identity_token missing_authentication_token invalid_client invalid_grant api_key_invalid access_token_expired credentials_missing session_cookie_invalid',
    forbidden:
      'insufficient_permissions not_authorized unauthorized_operation unauthorized_client invalid_scope insufficient_scope service_disabled api_key_service_blocked api_key_http_referrer_blocked api_key_ip_address_blocked access_token_scope_insufficient consumer_suspended user_project_denied',
    payment_required:
      'payment_required usage_limit_exceeded insufficient_quota insufficient_funds card_error billing_error billing_disabled',
    not_found: 'resource_not_found resource_not_found_exception queue_does_not_exist',
    method_not_allowed: 'method_not_allowed',
    conflict:
      'conflict conflict_error resource_busy idempotency_error synthesis_in_progress sources_not_ready conditional_check_failed_exception resource_in_use_exception conflict_exception transaction_conflict_exception already_exists aborted failed_precondition',
    gone: 'gone',
    payload_too_large: 'request_too_large payload_too_large file_too_large entity_too_large',
    unsupported_media_type: 'unsupported_media_type unsupported_file_type',
    rate_limited:
      'activity_limit_reached provisioned_throughput_exceeded_exception slow_down resource_exhausted resource_quota_exceeded',
    server: 'api_error synthesis_failed server_error data_loss',
    not_implemented: 'not_implemented unimplemented',
    bad_gateway: 'bad_gateway webhook_delivery_failed upstream_error',
    unavailable: 'overloaded_error agent_not_configured',
    gateway_timeout: 'gateway_timeout deadline_exceeded',
    validation:
      'out_of_range bad_user_input missing_required_field field_too_long invalid_value unprocessable_entity missing_parameter',
    aborted: 'cancelled',
  },
};

const DIALECTS = { generic, google, graphql, oauth, xml };

function expand(byKind: Partial<Record<ErrorKind, string>>): Record<string, ErrorKind> {
  const out: Record<string, ErrorKind> = {};
  for (const [kind, codes] of Object.entries(byKind))
    for (const code of (codes as string).split(' ')) out[code] = kind as ErrorKind;
  return out;
}

describe('the codes of the built-in dialects', () => {
  it.each(Object.keys(DIALECTS))('%s knows exactly the codes it knew, each with its kind', (name) => {
    const codes = DIALECTS[name as keyof typeof DIALECTS].codes ?? {};
    const want = expand(KNOWN[name] ?? {});
    expect(Object.keys(codes).sort()).toEqual(Object.keys(want).sort());
    for (const [code, kind] of Object.entries(want)) expect([code, codes[code]]).toEqual([code, kind]);
    expect(Object.isFrozen(codes)).toBe(true);
  });

  it('gives decodeError every built-in code: the generic reader reads any JSON API', () => {
    expect(DEFAULT_CODE_KINDS).toEqual(expand(KNOWN.generic ?? {}));
    expect(Object.keys(DEFAULT_CODE_KINDS)).toHaveLength(107);
  });
});
