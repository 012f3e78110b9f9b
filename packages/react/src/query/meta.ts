import type { ApiError } from '@faultline/core';

/**
 * How a failure is presented: `'toast'` (a notification), `'inline'` (the component or boundary shows
 * it; no toast), `'silent'` (nothing).
 */
export type ErrorPresentation = 'toast' | 'inline' | 'silent';

/**
 * How a query's failure is presented: as any failure, or `'boundary'`: thrown to the nearest
 * `<QueryErrorBoundary>` while the query has no data on screen (faultline's defaults set TanStack
 * Query's `throwOnError` for it), and a toast when a refetch fails with data still shown. Without a
 * boundary above the query, a thrown failure takes the page down: use it under one.
 */
export type QueryErrorPresentation = ErrorPresentation | 'boundary';

/** The `meta` faultline reads on a query. */
export interface FaultlineQueryMeta extends Record<string, unknown> {
  /** How this query's failures are presented. Default: `'toast'` when data is already shown, else `'inline'`. */
  errorPresentation?: QueryErrorPresentation;
}

/** The words of a mutation's toast for each part of its life (`meta.toast`). */
export interface MutationToastCopy {
  /** Shown while the mutation runs (and while it waits for the network). */
  loading: string;
  /** Shown when it succeeds. */
  success: string;
  /** The heading when it fails, above the decoded message; the kind's title when left out. */
  error?: string | undefined;
}

/** The `meta` faultline reads on a mutation. */
export interface FaultlineMutationMeta extends Record<string, unknown> {
  /** How this mutation's failures are presented. Default: `'toast'`, but `'inline'` for validation errors (the form shows them). */
  errorPresentation?: ErrorPresentation;
  /**
   * One toast for the mutation's life: loading, then success, or the decoded error with "Try again"
   * (which sends the same variables again) that stays until it is pressed or dismissed.
   */
  toast?: MutationToastCopy;
}

/**
 * Types every query error as `ApiError` and `meta` as faultline's, app-wide. Declare once:
 * `declare module '@tanstack/react-query' { interface Register extends FaultlineRegister {} }`.
 * Holds when query functions throw through `apiFetch` (or `toApiError`).
 */
export interface FaultlineRegister {
  /** The error of every query and mutation. */
  defaultError: ApiError;
  /** The meta of every query. */
  queryMeta: FaultlineQueryMeta;
  /** The meta of every mutation. */
  mutationMeta: FaultlineMutationMeta;
}

/** Reads `meta.errorPresentation`, ignoring anything that is not one of the three values. */
export function presentationOf(meta: Record<string, unknown> | undefined): ErrorPresentation | undefined {
  const value = meta?.errorPresentation;
  return value === 'toast' || value === 'inline' || value === 'silent' ? value : undefined;
}

/** Whether a query's `meta` sends its failures to the nearest `QueryErrorBoundary`. */
export function wantsBoundary(meta: Record<string, unknown> | undefined): boolean {
  return meta?.errorPresentation === 'boundary';
}

/** Reads `meta.toast` when it has the loading and success texts. */
export function mutationToastOf(meta: Record<string, unknown> | undefined): MutationToastCopy | undefined {
  const value = meta?.toast as Partial<MutationToastCopy> | undefined;
  return typeof value?.loading === 'string' && typeof value.success === 'string'
    ? (value as MutationToastCopy)
    : undefined;
}
