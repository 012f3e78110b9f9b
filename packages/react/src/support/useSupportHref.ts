'use client';
import type { ApiError } from '@faultline/core';
import { useEffect, useState } from '../internal/deps.js';
import { useFaultline, useReference } from '../provider/index.js';
import { supportHref } from './supportHref.js';

/**
 * The link that opens a prefilled support message for an error, from the provider's support contact
 * and copy; `undefined` when no contact is configured. The page is read after mount, so the server
 * and the first render agree. The tracker's reference is added once `onReport` returned it.
 */
export function useSupportHref(error: ApiError | undefined, time: number): string | undefined {
  const { support, messages } = useFaultline();
  const [page, setPage] = useState<string>();
  useEffect(() => setPage(location.href), []);
  const reference = useReference(error);
  return error && supportHref({ support, error, messages, time, page, reference });
}
