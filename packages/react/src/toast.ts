import { type ApiError, type Decoder, toApiError } from '@faultline/core';
import { createToastQueue, type ToastAction, type ToastQueue, type ToastType } from './ToastQueue.js';

/** Options of every `toast` call. */
export interface ToastOptions {
  /** An id of your choosing; calling again with the same id updates that toast in place. */
  id?: string | undefined;
  /** How long the toast stays, in ms (at least 5 s); `Infinity` keeps it until it is dismissed. */
  duration?: number | undefined;
  /** A button that does something about the toast; a toast with one never closes by itself. */
  action?: ToastAction | undefined;
}

/** Options of `toast.error`. */
export interface ErrorToastOptions extends ToastOptions {
  /**
   * Which request failed, such as `"GET /v1/cameras"`. Two errors are equal, and collapse into one
   * toast with a count, when their status, code and request are the same; leave it out and status
   * and code alone decide. The request id never splits equal errors: every retry gets a new one,
   * and the toast keeps the newest.
   */
  request?: string | undefined;
  /**
   * The decoder for a response-like value (an axios or ky error). Without one such a value is read
   * from its status alone: decode where responses arrive (`fromResponse`, `apiFetch`) and pass the
   * `ApiError`, or pass a decoder here.
   */
  decoder?: Decoder | undefined;
}

/** Shows a toast; returns its id. */
export type ShowToast = (message: string, options?: ToastOptions) => string;

/** The `toast` function and its methods, usable anywhere, outside React too. */
export interface ToastApi extends ShowToast {
  /** Shows an informational toast; returns its id. */
  info: ShowToast;
  /** Shows a success toast; returns its id. */
  success: ShowToast;
  /**
   * Shows an `ApiError`; anything else thrown by a failed call goes through `toApiError` first (a
   * response-like value with `options.decoder`, else from its status alone); a string is shown as it
   * is. Returns the id.
   */
  error: (error: unknown, options?: ErrorToastOptions) => string;
  /** Closes the toast with this id, or every toast when no id is given. */
  dismiss: (id?: string) => void;
}

/** The key that makes two errors equal: status, code and, when known, the request. */
export function errorToastKey(error: ApiError, request?: string): string {
  return `error ${error.status} ${error.code} ${request ?? ''}`;
}

function asText(value: unknown): string {
  try {
    return String(value);
  } catch {
    return '';
  }
}

/** Creates the `toast` functions for a queue; `toast` itself writes to the queue `<Toaster>` reads by default. */
export function createToast(queue: ToastQueue): ToastApi {
  const add = (type: ToastType, message: string, options: ErrorToastOptions = {}, error?: ApiError) =>
    queue.add(
      {
        type,
        message,
        error,
        duration: options.duration,
        action: options.action,
        dedupeKey: error ? errorToastKey(error, options.request) : `${type} ${message}`,
      },
      options.id,
    );
  const show =
    (type: ToastType): ShowToast =>
    (message, options) =>
      add(type, asText(message), options);
  const info = show('info');
  return Object.assign(info, {
    info,
    success: show('success'),
    error: (thrown: unknown, options?: ErrorToastOptions) => {
      // A string is the app's own wording ("Could not save"), not a failed call to decode.
      if (typeof thrown === 'string') return add('error', thrown, options);
      const error = toApiError(thrown, { decoder: options?.decoder });
      return add('error', error.message, options, error);
    },
    dismiss: queue.dismiss,
  });
}

/** The queue `toast` writes to and `<Toaster>` shows unless it is given another. */
export const toastQueue: ToastQueue = /* @__PURE__ */ createToastQueue();

/**
 * Shows toasts from anywhere: `toast.error(error)`, `toast.success('Saved')`, `toast.dismiss(id)`.
 * Equal errors collapse into one toast with a count.
 */
export const toast: ToastApi = /* @__PURE__ */ createToast(toastQueue);
