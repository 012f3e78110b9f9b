import type { ApiError } from '@faultline/core';
import { waitOf } from './waitOf.js';

/** What a toast is about: an error, a piece of information, or a success. */
export type ToastType = 'error' | 'info' | 'success';

/** A button in a toast; a toast with one never closes by itself. */
export interface ToastAction {
  /** The button's text. */
  label: string;
  /** Runs when the button is pressed; the toast closes afterwards. */
  onClick: () => void;
}

/** What a toast shows: data only, never elements. */
export interface ToastInput {
  /** What the toast is about. */
  type: ToastType;
  /** The text to show; for an error, the server's message (rendered as text). */
  message: string;
  /** A heading of the app's own for an error toast ("Could not save"), shown instead of the kind's title. */
  title?: string | undefined;
  /** The decoded error behind an error toast. */
  error?: ApiError | undefined;
  /** A button that does something about the toast. */
  action?: ToastAction | undefined;
  /** Tries the failed work again: shown as a "Try again" button, and called by "Retry all" and on reconnect. */
  retry?: (() => void) | undefined;
  /** How long it stays, in ms (at least 5 s); `Infinity` keeps it until dismissed; the queue's default when undefined. */
  duration?: number | undefined;
  /** Toasts with the same key are equal: a new one collapses into the one shown, with a count. */
  dedupeKey?: string | undefined;
}

/** A toast in the queue. */
export interface ToastData extends Readonly<ToastInput> {
  /** Its id: the one given to `add`, or a generated one. */
  readonly id: string;
  /** How many equal toasts it stands for. */
  readonly count: number;
  /** Goes up on every change (a repeat or an update in place), so a change can be announced again. */
  readonly version: number;
  /** When it was shown or last repeated, in epoch ms. */
  readonly at: number;
}

/** What the queue shows now. Replaced only when something visible changes. */
export interface ToastQueueSnapshot {
  /** The toasts on screen, oldest first. */
  readonly toasts: readonly ToastData[];
  /** How many toasts wait for a free place. */
  readonly queued: number;
}

/** Options of {@link createToastQueue}. */
export interface ToastQueueOptions {
  /** How many toasts are visible at once; the rest wait with their timers stopped. Defaults to 3. */
  max?: number | undefined;
  /** How long a toast without its own duration stays, in ms (never under 5 s). Defaults to 6 s. */
  duration?: number | undefined;
}

/** A framework-free toast store with pausable timers, bound to React with `useSyncExternalStore`. */
export interface ToastQueue {
  /** Shows a toast, or updates the one with the same `id` (or, without an id, an equal one); returns its id. */
  add: (content: ToastInput, id?: string) => string;
  /** Closes one toast, or every toast when no id is given. Unknown ids are ignored. */
  dismiss: (id?: string) => void;
  /** Stops every running timer, keeping the time left; call the returned function to resume. */
  pause: () => () => void;
  /** Changes how many toasts are visible and the default duration. */
  configure: (options: ToastQueueOptions) => void;
  /** Calls `listener` whenever the snapshot changes; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** What is shown now; the same object until something visible changes. */
  getSnapshot: () => ToastQueueSnapshot;
  /** What the server renders: nothing, so hydration matches. */
  getServerSnapshot: () => ToastQueueSnapshot;
}

/** No toast stays less than this, in ms, so everyone has time to read it. */
export const MIN_TOAST_DURATION = 5000;
const EMPTY: ToastQueueSnapshot = { toasts: [], queued: 0 };
let counter = 0;

interface Timer {
  /** The time left, in ms, while the timer is stopped. */
  left: number;
  /** When the toast closes, in epoch ms, while the timer runs. */
  end: number;
  handle?: ReturnType<typeof setTimeout> | undefined;
}

const positive = (value: number | undefined): value is number => typeof value === 'number' && value > 0;

/** Creates a toast queue: the `toast` functions write to it, `<Toaster>` and `useToasts` read from it. */
export function createToastQueue(options: ToastQueueOptions = {}): ToastQueue {
  let max = 3;
  let duration = 6000;
  let entries: ToastData[] = [];
  let snapshot = EMPTY;
  let paused = 0;
  // Keyed by the toast object: a repeat or an update makes a new object, which restarts the time.
  const timers = new Map<ToastData, Timer>();
  const listeners = new Set<() => void>();

  // How long a toast stays once shown. One that counts down to a retry stays until the wait is
  // over, and long enough after it to read that it is.
  const lifetime = (toast: ToastData) =>
    toast.action || toast.retry
      ? Infinity
      : Math.max(
          MIN_TOAST_DURATION,
          positive(toast.duration) ? toast.duration : duration,
          (waitOf(toast.error) ?? 0) - Date.now() + MIN_TOAST_DURATION,
        );

  // Brings timers and the snapshot in line with the entries: only visible toasts count down, and
  // only while nothing pauses them; a stopped timer keeps the time it had left.
  const sync = () => {
    const visible = entries.slice(0, max);
    const now = Date.now();
    for (const [toast, timer] of timers) {
      if (timer.handle && (paused || !visible.includes(toast))) {
        clearTimeout(timer.handle);
        timer.handle = undefined;
        timer.left = timer.end - now;
      }
      if (!entries.includes(toast)) timers.delete(toast);
    }
    for (const toast of visible) {
      const timer = timers.get(toast) ?? { left: lifetime(toast), end: 0 };
      timers.set(toast, timer);
      if (!paused && !timer.handle && timer.left < Infinity) {
        timer.end = now + timer.left;
        timer.handle = setTimeout(dismiss, timer.left, toast.id);
      }
    }
    const queued = entries.length - visible.length;
    if (
      queued !== snapshot.queued ||
      visible.some((toast, i) => toast !== snapshot.toasts[i]) ||
      visible.length !== snapshot.toasts.length
    ) {
      snapshot = entries.length ? { toasts: visible, queued } : EMPTY;
      for (const listener of [...listeners]) listener();
    }
  };

  const dismiss = (id?: string) => {
    const before = entries.length;
    entries = entries.filter((toast) => id !== undefined && toast.id !== id);
    if (entries.length !== before) sync();
  };

  const configure = (next: ToastQueueOptions) => {
    if (positive(next.max)) max = Math.floor(next.max);
    if (positive(next.duration)) duration = next.duration;
    sync();
  };
  configure(options);

  return {
    add: (content, id) => {
      const { dedupeKey } = content;
      const previous = entries.find((toast) =>
        id === undefined ? dedupeKey !== undefined && toast.dedupeKey === dedupeKey : toast.id === id,
      );
      const toast: ToastData = {
        ...content,
        id: previous?.id ?? id ?? `toast-${++counter}`,
        count: dedupeKey !== undefined && dedupeKey === previous?.dedupeKey ? previous.count + 1 : 1,
        version: previous ? previous.version + 1 : 0,
        at: Date.now(),
      };
      // A repeat or an update stays in its place; a new toast waits at the end. Past 50 waiting
      // toasts, the oldest waiting one is dropped.
      entries = previous ? entries.map((entry) => (entry === previous ? toast : entry)) : [...entries, toast];
      if (entries.length > max + 50) entries.splice(max, 1);
      sync();
      return toast.id;
    },
    dismiss,
    configure,
    pause: () => {
      let resumed = false;
      paused++;
      sync();
      return () => {
        if (!resumed) {
          resumed = true;
          paused--;
          sync();
        }
      };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    getSnapshot: () => snapshot,
    getServerSnapshot: () => EMPTY,
  };
}
