'use client';
import type { ApiError } from '@faultline/core';
import { useEffect, useState } from '../internal/deps.js';
import { useFaultline } from '../provider/index.js';
import { supportHref } from './supportHref.js';

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
  const [page, setPage] = useState<string>();
  useEffect(() => setPage(location.href), []);
  return error && supportHref({ support, error, messages, time, page, reference });
}
