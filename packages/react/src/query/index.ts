'use client';
export type { ApiFetchInit } from './apiFetch.js';
export { apiFetch } from './apiFetch.js';
export type { CreateQueryClientOptions } from './createQueryClient.js';
export { createQueryClient } from './createQueryClient.js';
export type {
  FaultlineErrorContext,
  FaultlineQueryClientConfig,
  FaultlineQueryOptions,
  QueryToaster,
} from './faultlineQueryDefaults.js';
export { faultlineQueryDefaults, mutationToastId, queryToastId } from './faultlineQueryDefaults.js';
export type {
  ErrorPresentation,
  FaultlineMutationMeta,
  FaultlineQueryMeta,
  FaultlineRegister,
  MutationToastCopy,
  QueryErrorPresentation,
} from './meta.js';
export type { QueryErrorBoundaryProps } from './QueryErrorBoundary.js';
export { QueryErrorBoundary } from './QueryErrorBoundary.js';
export type { RetryPolicy, RetryPolicyOptions } from './retry.js';
export { createRetryPolicy } from './retry.js';
export type { MutationWithError } from './useMutationFieldErrors.js';
export { useMutationFieldErrors } from './useMutationFieldErrors.js';
export type { Refresh } from './useRefresh.js';
export { useRefresh } from './useRefresh.js';
export type { RetryingQuery, RetryState } from './useRetryState.js';
export { useRetryState } from './useRetryState.js';
