'use client';
import type { ApiError } from '@faultline/core';
import { useHydrated } from '../internal/useHydrated.js';
import { useFaultline } from '../provider/index.js';

/**
 * The link that opens a prefilled support message for an error, from the provider's support contact
 * and copy; `undefined` when no contact is configured. The page is read once hydrated, so the
 * server's HTML and the hydrating render agree. `reference` is the error tracker's id for it (`useReference`).
 */
export function useSupportHref(
  error: ApiError | undefined,
  time: number,
  reference?: string | undefined,
): string | undefined {
  // The link is built by the provider's own supportHref: only a provider gives a support contact.
  const { support, messages, provided } = useFaultline();
  const page = useHydrated() ? location.href : undefined;
  return error && provided?.supportHref({ support, error, messages, time, page, reference });
}
