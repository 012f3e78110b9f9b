import { type CodeTable, codeTable } from '../model/codes.js';

// What API codes mean, by the APIs that send them. Each dialect carries the codes of the APIs it
// reads (`Dialect.codes`), so a decoder knows the codes of the dialects it holds and a one-dialect
// decoder ships no one else's. The generic reader reads any JSON API, so it carries all of them.
// Generic kinds (`bad_request`, `server`) only fill in when the status says nothing more specific.
// Each table is compact text: codes by kind, each kind's group led by its letter (`A` validation,
// `B` bad_request, `C` unauthenticated, `D` forbidden, `E` payment_required, `F` not_found,
// `G` method_not_allowed, `I` conflict, `J` gone, `K` payload_too_large, `L` unsupported_media_type,
// `M` rate_limited, `N` server, `O` not_implemented, `P` bad_gateway, `Q` unavailable,
// `R` gateway_timeout, `T` aborted; see `byKindLetter`).

/**
 * GraphQL servers' codes (Apollo Server's built-in ones), and the codes that mean invalid user input
 * in GraphQL `extensions.code` and REST bodies alike: an error with one of those names its inputs.
 */
export const GRAPHQL_CODES: CodeTable = /* @__PURE__ */ codeTable(
  'Abad_user_input missing_required_field field_too_long out_of_range invalid_value unprocessable_entity missing_parameter Bgraphql_parse_failed graphql_validation_failed persisted_query_not_supported operation_resolution_failure',
);

/** Google's canonical codes (`google.rpc.Code`) and `ErrorInfo` reasons. */
export const GOOGLE_CODES: CodeTable = /* @__PURE__ */ codeTable(
  'Aout_of_range Binvalid_argument Capi_key_invalid access_token_expired credentials_missing session_cookie_invalid Dservice_disabled api_key_service_blocked api_key_http_referrer_blocked api_key_ip_address_blocked access_token_scope_insufficient consumer_suspended user_project_denied Ebilling_disabled Ialready_exists aborted failed_precondition Mresource_exhausted resource_quota_exceeded Ndata_loss Ounimplemented Rdeadline_exceeded Tcancelled',
);

/** OAuth 2 error codes (RFC 6749, RFC 6750, RFC 8628). */
export const OAUTH_CODES: CodeTable = /* @__PURE__ */ codeTable(
  'Binvalid_request unsupported_grant_type unsupported_response_type Cinvalid_client invalid_grant expired_token Dunauthorized_client invalid_scope insufficient_scope Mslow_down Nserver_error',
);

/** AWS codes (JSON, Query, EC2 and S3 protocols) and Azure Storage's. */
export const CLOUD_CODES: CodeTable = /* @__PURE__ */ codeTable(
  'Bbad_request_exception Cexpired_token expired_token_exception unrecognized_client_exception unauthorized_exception incomplete_signature invalid_client_token_id invalid_signature_exception missing_authentication_token_exception invalid_access_key_id signature_does_not_match auth_failure authentication_failed invalid_identity_token missing_authentication_token Dunauthorized_operation Fresource_not_found_exception queue_does_not_exist Iconditional_check_failed_exception resource_in_use_exception conflict_exception transaction_conflict_exception Kentity_too_large Mprovisioned_throughput_exceeded_exception slow_down',
);

/** Codes of REST APIs at large: Stripe-style types, OpenAI, Anthropic, Azure REST and the seed APIs. */
const REST_CODES: CodeTable = /* @__PURE__ */ codeTable(
  'Binvalid_request_error bad_request bad_argument Cunauthorized authentication_error auth_required invalid_api_key invalid_authentication_token Dinsufficient_permissions not_authorized Epayment_required usage_limit_exceeded insufficient_quota insufficient_funds card_error billing_error Fresource_not_found Gmethod_not_allowed Iconflict conflict_error resource_busy idempotency_error synthesis_in_progress sources_not_ready Jgone Krequest_too_large payload_too_large file_too_large Lunsupported_media_type unsupported_file_type Mactivity_limit_reached Napi_error synthesis_failed Onot_implemented Pbad_gateway webhook_delivery_failed upstream_error Qoverloaded_error agent_not_configured Rgateway_timeout',
);

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
