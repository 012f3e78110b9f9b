'use client';
import type { ApiError } from '@faultline/core';
import { useEffect, useState } from '../internal/deps.js';
import { useFaultline, useProvided } from '../provider/index.js';

/**
 * The link that opens a prefilled support message for an error, from the provider's support contact
 * and copy; `undefined` when no contact is configured. The page is read after mount, so the server
 * and the first render agree. `reference` is the error tracker's id for it (`useReference`).
 */
export function useSupportHref(
  error: ApiError | undefined,
  time: number,
  reference?: string | undefined,
): string | undefined {
  const { support, messages } = useFaultline();
  // The link is built by the provider's own supportHref: only a provider gives a support contact.
  const provided = useProvided();
  const [page, setPage] = useState<string>();
  useEffect(() => setPage(location.href), []);
  return error && provided?.supportHref({ support, error, messages, time, page, reference });
}
