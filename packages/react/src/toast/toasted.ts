import type { ApiError } from '@faultline/core';

// The errors a toast has shown (and its live region has announced), so an inline notice of the
// same failure does not announce it a second time. Weak: a forgotten error is gone from here too.
const toasted = new WeakSet<ApiError>();

/** Notes that a toast shows this error. */
export function markToasted(error: ApiError): void {
  toasted.add(error);
}

/** Whether a toast has shown this error. */
export function wasToasted(error: ApiError): boolean {
  return toasted.has(error);
}
