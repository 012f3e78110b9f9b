'use client';
import { defaultDecoder, toApiError } from '@faultline/core';
import { type UseFieldErrorsOptions, type UseFieldErrorsResult, useFieldErrors } from '../fields/index.js';
import { useMemo } from '../internal/deps.js';
import { useFaultline } from '../provider/index.js';

/** The part of a `useMutation` result that `useMutationFieldErrors` reads. */
export interface MutationWithError {
  /** The mutation's last error, or null. */
  error: unknown;
}

/**
 * The field errors of a mutation's last failure, for its form (pairs with `applyFieldErrors` for
 * react-hook-form). Empty while the mutation has not failed, and again as soon as it runs again:
 * nothing is kept that could stand in the way of the next submit. Messages for names no field of
 * the form claims are listed by the error summary.
 */
export function useMutationFieldErrors(
  mutation: MutationWithError,
  options?: UseFieldErrorsOptions,
): UseFieldErrorsResult {
  const { decoder } = useFaultline();
  const { error } = mutation;
  const apiError = useMemo(
    // The query integration decodes where responses arrive, so it brings the built-in dialects anyway.
    () => (error == null ? undefined : toApiError(error, { decoder: decoder ?? defaultDecoder() })),
    [error, decoder],
  );
  return useFieldErrors(apiError, options);
}
