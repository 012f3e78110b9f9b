import type { ToastData } from './ToastQueue.js';

/** How many failures a summary lists at most: the newest; its count still says how many there were. */
export const SUMMARY_ITEMS = 100;

/**
 * Adds toasts to a list of failures: one replaces `previous` in its place (an update or a repeat of
 * an equal failure), the others go at the end. Only the newest {@link SUMMARY_ITEMS} are kept,
 * except, with `keepRetries`, those that can be tried again: each of them is, once, later.
 */
export function foldInto(
  list: readonly ToastData[],
  toasts: readonly ToastData[],
  previous?: ToastData,
  keepRetries = false,
): ToastData[] {
  const next = previous
    ? list.map((item) => (item === previous ? (toasts[0] as ToastData) : item))
    : [...list];
  if (!previous) next.push(...toasts);
  let over = next.length - SUMMARY_ITEMS;
  return over > 0 ? next.filter((item) => (keepRetries && item.retry) || over-- <= 0) : next;
}

/** Tries every failure with a retry again, once each; one that throws does not stop the others. */
export function runRetries(items: readonly ToastData[]): void {
  for (const item of items) {
    try {
      item.retry?.();
    } catch (error) {
      // A retry that throws is the app's bug, not a reason to skip the rest: report it apart.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}
