import type { ErrorKind } from './ErrorKind.js';

/** English copy for each kind: the message when the server sent none. */
export const DEFAULT_MESSAGES: Readonly<Record<ErrorKind, string>> = Object.freeze({
  validation: 'Some of the information entered is not valid. Check the highlighted fields.',
  bad_request: 'The request could not be processed.',
  unauthenticated: 'Your session has ended. Sign in again to continue.',
  forbidden: 'You do not have permission to do this.',
  payment_required: 'This needs a paid plan or more credit.',
  not_found: 'We could not find what you were looking for.',
  method_not_allowed: 'This action is not supported here.',
  timeout: 'The request took too long.',
  conflict: 'This conflicts with the current state. Refresh and try again.',
  gone: 'This is no longer available.',
  payload_too_large: 'What you sent is too large.',
  unsupported_media_type: 'This file type is not supported.',
  rate_limited: 'Too many requests. Wait a moment, then try again.',
  server: 'Something went wrong on our side.',
  not_implemented: 'This is not available yet.',
  bad_gateway: 'A service we depend on sent a bad answer.',
  unavailable: 'The service is temporarily unavailable.',
  gateway_timeout: 'A service we depend on took too long to answer.',
  network: 'Could not reach the server. Check your connection.',
  aborted: 'The request was cancelled.',
  unknown: 'Something went wrong.',
});
