'use client';
import type { ApiError } from '@faultline/core';
import { isApiErrorJSON, toApiError, useMemo } from '../internal/deps.js';
import { useFaultline } from './FaultlineProvider.js';

// Errors this hook decoded itself during a render: their `occurredAt` is that render's clock, which
// the server and the browser do not share.
const decodedInRender = new WeakSet<ApiError>();

/** Whether {@link useApiError} decoded this error during a render rather than receiving it decoded. */
export function wasDecodedInRender(error: ApiError): boolean {
  return decodedInRender.has(error);
}

/**
 * Decodes anything thrown or returned by a failed call into an `ApiError` with the provider's
 * decoder, once per value; `undefined` for `null` and `undefined`. An error's JSON form (a server
 * function's result) becomes that error again, with the time it occurred on the server.
 */
export function useApiError(error: unknown): ApiError | undefined {
  const { decoder } = useFaultline();
  return useMemo(() => {
    if (error == null) return undefined;
    const decoded = toApiError(error, { decoder });
    // The JSON form carries its own `occurredAt`, the same on the server and in the browser.
    if (decoded !== error && !isApiErrorJSON(error)) decodedInRender.add(decoded);
    return decoded;
  }, [error, decoder]);
}
