import { type ApiError, type Decoder, toApiError } from '@faultline/core';
import { seen } from '../internal/seen.js';
import { createToastQueue, type ToastAction, type ToastQueue, type ToastType } from './ToastQueue.js';
import { markToasted } from './toasted.js';

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
  /** Tries the failed work again: the toast gets a "Try again" button and never closes by itself. */
  onRetry?: (() => void) | undefined;
  /** The failure is of background work (a refetch), not of the user's own action: while the tab is hidden it waits for the user to come back. */
  background?: boolean | undefined;
  /** A heading of your own ("Could not save"), shown above the decoded message instead of the kind's title. */
  title?: string | undefined;
}

/** The words of a {@link ToastApi.promise} toast for each state of the promise. */
export interface PromiseToastCopy<T> {
  /** Shown while the promise is pending. */
  loading: string;
  /** Shown when it resolves; a function gets the value. */
  success: string | ((value: T) => string);
  /** The heading when it rejects (the decoded message is shown below it); a function gets the decoded error. Defaults to the kind's title. */
  error?: string | ((error: ApiError) => string) | undefined;
}

/** Options of {@link ToastApi.promise}. */
export interface PromiseToastOptions {
  /** An id of your choosing; the one toast goes from loading to its outcome under it. */
  id?: string | undefined;
  /** Tries again after a rejection; defaults to calling the function again when a function was given. */
  onRetry?: (() => void) | undefined;
  /** The decoder for a rejected response-like value, as for `toast.error`. */
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
  /**
   * One toast for the life of a promise: `loading` while it is pending, then `success`, or the decoded
   * error (its message, never "Error: …") with a "Try again" button that stays until it is pressed
   * or dismissed. Given a function, Try again calls it again. Returns the id.
   */
  promise: <T>(
    promise: Promise<T> | (() => Promise<T>),
    copy: PromiseToastCopy<T>,
    options?: PromiseToastOptions,
  ) => string;
  /** Closes the toast with this id, or every toast when no id is given. */
  dismiss: (id?: string) => void;
  /** The queue these functions write to. */
  queue: ToastQueue;
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
  const add = (type: ToastType, message: string, options: ErrorToastOptions = {}, error?: ApiError) => {
    if (error) {
      seen(error, 'toast');
      markToasted(error);
    }
    return queue.add(
      {
        type,
        message,
        error,
        title: options.title,
        duration: options.duration,
        action: options.action,
        retry: options.onRetry,
        background: options.background,
        dedupeKey: error ? errorToastKey(error, options.request) : `${type} ${message}`,
      },
      options.id,
    );
  };
  const show =
    (type: ToastType): ShowToast =>
    (message, options) =>
      add(type, asText(message), options);
  const info = show('info');
  const error = (thrown: unknown, options?: ErrorToastOptions) => {
    // A string is the app's own wording ("Could not save"), not a failed call to decode.
    if (typeof thrown === 'string') return add('error', thrown, options);
    const decoded = toApiError(thrown, { decoder: options?.decoder });
    return add('error', decoded.message, options, decoded);
  };
  const promise = <T>(
    work: Promise<T> | (() => Promise<T>),
    copy: PromiseToastCopy<T>,
    options: PromiseToastOptions = {},
  ): string => {
    const id = queue.add({ type: 'info', message: copy.loading, duration: Infinity }, options.id);
    const onRetry =
      options.onRetry ??
      (typeof work === 'function' ? () => promise(work, copy, { ...options, id }) : undefined);
    // A function that throws before it returns a promise fails like a rejection.
    new Promise<T>((resolve) => resolve(typeof work === 'function' ? work() : work)).then(
      (value) => {
        add('success', asText(typeof copy.success === 'function' ? copy.success(value) : copy.success), {
          id,
        });
      },
      (thrown: unknown) => {
        // Anything rejected is a failed call, a string too: decoded, so the toast reads the same as
        // `toast.error` does for it.
        const decoded = toApiError(thrown, { decoder: options.decoder });
        const title = typeof copy.error === 'function' ? copy.error(decoded) : copy.error;
        add(
          'error',
          decoded.message,
          { id, onRetry, title: title === undefined ? undefined : asText(title) },
          decoded,
        );
      },
    );
    return id;
  };
  return Object.assign(info, {
    info,
    success: show('success'),
    error,
    promise,
    dismiss: queue.dismiss,
    queue,
  });
}

/** The queue `toast` writes to and `<Toaster>` shows unless it is given another. */
export const toastQueue: ToastQueue = /* @__PURE__ */ createToastQueue();

/**
 * Shows toasts from anywhere: `toast.error(error)`, `toast.success('Saved')`, `toast.dismiss(id)`.
 * Equal errors collapse into one toast with a count.
 */
export const toast: ToastApi = /* @__PURE__ */ createToast(toastQueue);
