import type { ApiError } from '@faultline/core';
import { waitOf } from '../internal/waitOf.js';
import type { StormOptions } from './storms.js';

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
  /** Reports background work (a refetch) rather than the user's own action: kept for later while the tab is hidden. */
  background?: boolean | undefined;
  /** A change the toaster words itself: `'online'` is the short "Back online" note. */
  event?: 'online' | undefined;
}

/** What a summary toast stands for: many failures told as one. */
export interface ToastSummary {
  /** `'burst'`: more failures at once than fit on screen; `'away'`: failures while the tab was hidden. */
  readonly reason: 'burst' | 'away';
  /** The failures, oldest first: the newest 100 of them. */
  readonly items: readonly ToastData[];
  /** How many distinct failures it stands for, those no longer listed included. */
  readonly total: number;
  /** For `'away'`: how many failures recovered before the user came back (they are not listed). */
  readonly recovered: number;
}

/** The one status shown while the network is gone, instead of an error toast per request. */
export interface OfflineStatus {
  /** When the network went, in epoch ms. */
  readonly since: number;
  /** How many requests and changes wait to be sent or tried again when it is back. */
  readonly waiting: number;
  /** `'browser'`: the browser says it is offline; `'failures'`: it says online, but requests failed in a row. */
  readonly reason: 'browser' | 'failures';
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
  /** Set on a summary toast: the failures it stands for. */
  readonly summary?: ToastSummary | undefined;
}

/** What the queue shows now. Replaced only when something visible changes. */
export interface ToastQueueSnapshot {
  /** The toasts on screen, oldest first. */
  readonly toasts: readonly ToastData[];
  /** How many toasts wait for a free place. */
  readonly queued: number;
  /** Set while the network is gone: one status instead of an error toast per failed request. */
  readonly offline: OfflineStatus | undefined;
}

/** Options of {@link createToastQueue}. */
export interface ToastQueueOptions {
  /** How many toasts are visible at once; the rest wait with their timers stopped. Defaults to 3. */
  max?: number | undefined;
  /** How long a toast without its own duration stays, in ms (never under 5 s). Defaults to 6 s. */
  duration?: number | undefined;
  /**
   * Storms, offline and hidden tabs (`stormControl()`): a burst becomes one summary, network failures
   * while offline one status, background failures while hidden one summary on return. Without it,
   * every toast is shown as it comes. Once given, a queue keeps it; a later value changes its options.
   */
  storms?: ToastQueueStorms | undefined;
}

/** What a queue part sees of the queue it joins: its toasts and the steps it is built from. */
export interface ToastQueueHost {
  /** The toasts, the visible ones first, then those waiting for a place. */
  entries: ToastData[];
  /** How many toasts are visible at once. */
  readonly max: number;
  /** The queue's clock, in epoch ms; a part may set another while it judges toasts raised earlier. */
  now: () => number;
  /** Makes a toast from its content: a new one, or the next version of `previous`. */
  toastOf: (content: ToastInput, previous?: ToastData, id?: string) => ToastData;
  /** The toast in `list` that `content` updates: the one with its id, or without an id an equal one. */
  match: (list: readonly ToastData[], content: ToastInput, id: string | undefined) => ToastData | undefined;
  /** Brings the timers and the snapshot in line with the entries, and tells the listeners of a change. */
  sync: () => void;
}

/** A part a queue is extended with (the storm part): it sees every toast and every dismissal first. */
export interface ToastQueuePart {
  /** Takes a new toast: keeps it, sums it up, or hands it on to `next` (the queue's own add). */
  add: (
    content: ToastInput,
    id: string | undefined,
    next: (content: ToastInput, id?: string) => string,
  ) => string;
  /** Takes a dismissal, then hands it on to `next` (the queue's own dismiss). */
  dismiss: (id: string | undefined, next: (id?: string) => void) => void;
  /** The offline status to show, with `waiting` changes outside the queue; the same object while it does not change. */
  status: (waiting: number) => OfflineStatus | undefined;
  /** Takes new options. */
  configure: (options: StormOptions) => void;
  /** Follows the network and the page until the returned function is called. */
  connect: () => () => void;
  /** Says whether the network is there. */
  setOnline: (online: boolean) => void;
  /** Says whether the page is hidden. */
  setHidden: (hidden: boolean) => void;
  /** Tries the failures kept while offline again now. */
  retryOffline: () => void;
}

/** What `stormControl()` gives a queue: the part to join it with, and its options. */
export interface ToastQueueStorms {
  /** Builds the part for a queue, once per queue; it judges the toasts the queue holds already. */
  install: (host: ToastQueueHost, options: StormOptions) => ToastQueuePart;
  /** The options of the part. */
  options: StormOptions;
}

/** A framework-free toast store with pausable timers, bound to React with `useSyncExternalStore`. */
export interface ToastQueue {
  /** Shows a toast, or updates the one with the same `id` (or, without an id, an equal one); returns its id. */
  add: (content: ToastInput, id?: string) => string;
  /** Closes one toast, or every toast when no id is given. Unknown ids are ignored. */
  dismiss: (id?: string) => void;
  /** Stops every running timer, keeping the time left; call the returned function to resume. */
  pause: () => () => void;
  /** Changes how many toasts are visible, the default duration and, with `storms`, the storm part. */
  configure: (options: ToastQueueOptions) => void;
  /**
   * Says whether the network is there (with the storm part). Offline, network failures are not
   * toasted: one status says so, and when the network is back a short note does and every failure
   * with a retry is tried again.
   */
  setOnline: (online: boolean) => void;
  /** Says whether the page is hidden (with the storm part): background failures are kept and summed up when it is shown again. */
  setHidden: (hidden: boolean) => void;
  /** How many changes wait for the network outside the queue (TanStack Query's paused mutations). */
  setWaiting: (count: number) => void;
  /** Follows the online source and the page's visibility until the returned function is called (`<Toaster>` does). */
  connect: () => () => void;
  /**
   * Tries the failures kept while offline again now, when the browser says it is online but requests
   * failed: the status goes, and one more network failure brings it back.
   */
  retryOffline: () => void;
  /** Calls `listener` whenever the snapshot changes; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void;
  /** What is shown now; the same object until something visible changes. */
  getSnapshot: () => ToastQueueSnapshot;
  /** What the server renders: nothing, so hydration matches. */
  getServerSnapshot: () => ToastQueueSnapshot;
}

/** No toast stays less than this, in ms, so everyone has time to read it. */
export const MIN_TOAST_DURATION = 5000;
const EMPTY: ToastQueueSnapshot = { toasts: [], queued: 0, offline: undefined };
let counter = 0;

interface Timer {
  /** The time left, in ms, while the timer is stopped. */
  left: number;
  /** When the toast closes, in epoch ms, while the timer runs. */
  end: number;
  handle?: ReturnType<typeof setTimeout> | undefined;
}

/** Whether an option is a number above zero (anything else leaves the default). */
export const positive = (value: number | undefined): value is number => Number(value) > 0;

/** Creates a toast queue: the `toast` functions write to it, `<Toaster>` and `useToasts` read from it. */
export function createToastQueue(options: ToastQueueOptions = {}): ToastQueue {
  let max = 3;
  let duration = 6000;
  let entries: ToastData[] = [];
  let snapshot = EMPTY;
  let paused = 0;
  let waiting = 0;
  // The storm part, once one is given.
  let part: ToastQueuePart | undefined;
  // Keyed by the toast object: a repeat or an update makes a new object, which restarts the time.
  const timers = new Map<ToastData, Timer>();
  const listeners = new Set<() => void>();

  // How long a toast stays once shown. One with something to do, or that sums up failures, stays
  // until it is dismissed (WCAG 2.2.1). One that counts down to a retry stays until the wait is
  // over, and long enough after it to read that it is.
  const lifetime = (toast: ToastData) =>
    toast.action || toast.retry || toast.summary
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
    const at = Date.now();
    for (const [toast, timer] of timers) {
      if (timer.handle && (paused || !visible.includes(toast))) {
        clearTimeout(timer.handle);
        timer.handle = undefined;
        timer.left = timer.end - at;
      }
      if (!entries.includes(toast)) timers.delete(toast);
    }
    for (const toast of visible) {
      const timer = timers.get(toast) ?? { left: lifetime(toast), end: 0 };
      timers.set(toast, timer);
      if (!paused && !timer.handle && timer.left < Infinity) {
        timer.end = at + timer.left;
        timer.handle = setTimeout(dismiss, timer.left, toast.id);
      }
    }
    const queued = entries.length - visible.length;
    const offline = part?.status(waiting);
    if (
      queued !== snapshot.queued ||
      offline !== snapshot.offline ||
      visible.some((toast, i) => toast !== snapshot.toasts[i]) ||
      visible.length !== snapshot.toasts.length
    ) {
      snapshot = { toasts: visible, queued, offline };
      for (const listener of [...listeners]) listener();
    }
  };

  const toastOf = (content: ToastInput, previous?: ToastData, id?: string): ToastData => ({
    ...content,
    // Stryker disable next-line UpdateOperator: ids counted down would differ all the same, which is all an id must do.
    id: previous?.id ?? id ?? `toast-${++counter}`,
    // A toast judged again (see installStorms) keeps how many times it happened.
    count:
      content.dedupeKey !== undefined && content.dedupeKey === previous?.dedupeKey
        ? previous.count + 1
        : ((content as Partial<ToastData>).count ?? 1),
    version: previous ? previous.version + 1 : 0,
    at: host.now(),
  });

  // Finds the toast a new one updates: the one with its id, or without an id an equal one.
  const match = (list: readonly ToastData[], content: ToastInput, id: string | undefined) =>
    list.find((toast) =>
      id === undefined
        ? content.dedupeKey !== undefined && toast.dedupeKey === content.dedupeKey
        : toast.id === id,
    );

  // The queue's own add: an update in place, or a new toast waiting at the end. Past 50 waiting
  // toasts, the oldest waiting one is dropped.
  const put = (content: ToastInput, id?: string): string => {
    const previous = match(entries, content, id);
    const toast = toastOf(content, previous, id);
    if (previous) entries = entries.map((entry) => (entry === previous ? toast : entry));
    else {
      entries = [...entries, toast];
      if (entries.length > max + 50) entries.splice(max, 1);
    }
    sync();
    return toast.id;
  };

  const remove = (id?: string) => {
    entries = id === undefined ? [] : entries.filter((toast) => toast.id !== id);
    sync();
  };

  const dismiss = (id?: string) => (part ? part.dismiss(id, remove) : remove(id));

  const host: ToastQueueHost = {
    get entries() {
      return entries;
    },
    set entries(next) {
      entries = next;
    },
    get max() {
      return max;
    },
    now: Date.now,
    toastOf,
    match,
    sync,
  };

  // Every toaster showing this queue shares one subscription to each source.
  let connections = 0;
  let stop: (() => void) | undefined;

  const configure = (next: ToastQueueOptions) => {
    if (positive(next.max)) max = Math.floor(next.max);
    if (positive(next.duration)) duration = next.duration;
    if (next.storms) {
      if (!part) {
        part = next.storms.install(host, next.storms.options);
        if (connections) stop = part.connect();
      }
      part.configure(next.storms.options);
    }
    sync();
  };
  configure(options);

  return {
    add: (content, id) => (part ? part.add(content, id, put) : put(content, id)),
    dismiss,
    configure,
    setOnline: (online) => part?.setOnline(online),
    setHidden: (hidden) => part?.setHidden(hidden),
    setWaiting: (count) => {
      waiting = Math.max(0, count);
      sync();
    },
    connect: () => {
      if (!connections++) stop = part?.connect();
      let connected = true;
      return () => {
        if (connected && !--connections) stop?.();
        connected = false;
      };
    },
    retryOffline: () => part?.retryOffline(),
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
