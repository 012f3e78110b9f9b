'use client';
import type { ApiError } from '@faultline/core';
import { toApiError, useMemo } from './deps.js';
import { useFaultline } from './FaultlineProvider.js';

/**
 * Decodes anything thrown or returned by a failed call into an `ApiError` with the provider's
 * decoder, once per value; `undefined` for `null` and `undefined`.
 */
export function useApiError(error: unknown): ApiError | undefined {
  const { decoder } = useFaultline();
  return useMemo(() => (error == null ? undefined : toApiError(error, { decoder })), [error, decoder]);
}
