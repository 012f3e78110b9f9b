import type { ApiError } from '@faultline/core';
import { waitOf } from '../internal/waitOf.js';
import { browserOnline, type OnlineSource, watchPage } from './connection.js';
import { foldInto, runRetries, SUMMARY_ITEMS } from './summary.js';

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
  /** More distinct errors than this within `burstWindow`, when they do not fit on screen, become one summary. Defaults to 3. */
  burst?: number | undefined;
  /** The window of a burst, in ms. Defaults to 2000. */
  burstWindow?: number | undefined;
  /** Network failures in a row (no response between them) that mean the network is gone, whatever the browser says. Defaults to 3. */
  offlineAfter?: number | undefined;
  /** Where `connect` learns whether the network is there: the browser's events by default; TanStack Query's `onlineManager` fits. */
  online?: OnlineSource | undefined;
}

/** A framework-free toast store with pausable timers, bound to React with `useSyncExternalStore`. */
export interface ToastQueue {
  /** Shows a toast, or updates the one with the same `id` (or, without an id, an equal one); returns its id. */
  add: (content: ToastInput, id?: string) => string;
  /** Closes one toast, or every toast when no id is given. Unknown ids are ignored. */
  dismiss: (id?: string) => void;
  /** Stops every running timer, keeping the time left; call the returned function to resume. */
  pause: () => () => void;
  /** Changes how many toasts are visible, the default duration, the burst and offline thresholds. */
  configure: (options: ToastQueueOptions) => void;
  /**
   * Says whether the network is there. Offline, network failures are not toasted: one status says
   * so, and when the network is back a short note does and every failure with a retry is tried again.
   */
  setOnline: (online: boolean) => void;
  /** Says whether the page is hidden: background failures are kept and summed up when it is shown again. */
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
// Network failures further apart than this are not "in a row".
const STREAK_GAP = 30_000;
const EMPTY: ToastQueueSnapshot = { toasts: [], queued: 0, offline: undefined };
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
  let burst = 3;
  let burstWindow = 2000;
  let offlineAfter = 3;
  let source: OnlineSource = browserOnline;
  let entries: ToastData[] = [];
  let snapshot = EMPTY;
  let paused = 0;
  // When the latest new errors arrived, for telling a burst.
  let recent: number[] = [];
  // The network: what the source says, and whether failures in a row say it is gone anyway.
  let online = true;
  let unreachable = false;
  let streak = 0;
  let lastNetworkFailure = 0;
  let offlineSince = 0;
  let waitingOutside = 0;
  // Network failures kept while offline, to try again when the network is back.
  let parked: ToastData[] = [];
  // Background failures kept while the tab is hidden, and how many of them recovered meanwhile.
  let hidden = false;
  let away: ToastData[] = [];
  let recovered = 0;
  // Keyed by the toast object: a repeat or an update makes a new object, which restarts the time.
  const timers = new Map<ToastData, Timer>();
  const listeners = new Set<() => void>();

  const isOffline = () => !online || unreachable;

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
    const waiting = parked.filter((toast) => toast.retry).length + waitingOutside;
    const reason: OfflineStatus['reason'] = online ? 'failures' : 'browser';
    const last = snapshot.offline;
    const offline = isOffline()
      ? last?.waiting === waiting && last.since === offlineSince && last.reason === reason
        ? last
        : { since: offlineSince, waiting, reason }
      : undefined;
    if (
      queued !== snapshot.queued ||
      offline !== snapshot.offline ||
      visible.some((toast, i) => toast !== snapshot.toasts[i]) ||
      visible.length !== snapshot.toasts.length
    ) {
      snapshot = entries.length || offline ? { toasts: visible, queued, offline } : EMPTY;
      for (const listener of [...listeners]) listener();
    }
  };

  // The summary toast for a reason, built afresh (a new object is a change the toaster sees).
  const summarize = (
    reason: ToastSummary['reason'],
    items: readonly ToastData[],
    total: number,
    previous?: ToastData,
    recoveredCount = 0,
  ): ToastData => ({
    type: 'error',
    message: '',
    id: previous?.id ?? `toast-${++counter}`,
    count: 1,
    version: previous ? previous.version + 1 : 0,
    at: previous?.at ?? Date.now(),
    retry: items.some((item) => item.retry) ? () => runRetries(items) : undefined,
    summary: { reason, items, total, recovered: recoveredCount },
  });

  const burstSummary = () => entries.find((toast) => toast.summary?.reason === 'burst');

  // The network is back: the status goes, a short note says so, and what failed is tried again.
  const reconnect = (note = true) => {
    const retry = parked;
    parked = [];
    entries = entries.filter((toast) => !toast.event);
    if (note) entries = [...entries, toastOf({ type: 'success', message: '', event: 'online' })];
    sync();
    runRetries(retry);
  };

  const goOffline = () => {
    offlineSince = Date.now();
    // Network failures already on screen are the same news: they join the status.
    const network = entries.filter((toast) => toast.error?.kind === 'network');
    entries = entries.filter((toast) => !network.includes(toast));
    parked = foldInto(parked, network);
  };

  const toastOf = (content: ToastInput, previous?: ToastData, id?: string): ToastData => ({
    ...content,
    id: previous?.id ?? id ?? `toast-${++counter}`,
    count:
      content.dedupeKey !== undefined && content.dedupeKey === previous?.dedupeKey ? previous.count + 1 : 1,
    version: previous ? previous.version + 1 : 0,
    at: Date.now(),
  });

  // Finds the toast a new one updates: the one with its id, or without an id an equal one.
  const match = (list: readonly ToastData[], content: ToastInput, id: string | undefined) =>
    list.find((toast) =>
      id === undefined
        ? content.dedupeKey !== undefined && toast.dedupeKey === content.dedupeKey
        : toast.id === id,
    );

  const add = (content: ToastInput, id?: string): string => {
    const kind = content.error?.kind;
    if (kind === 'network') {
      const now = Date.now();
      // Failures in a row, not failures over a day of flaky Wi-Fi.
      streak = now - lastNetworkFailure < STREAK_GAP ? streak + 1 : 1;
      lastNetworkFailure = now;
      if (!isOffline() && streak >= offlineAfter) {
        unreachable = true;
        goOffline();
      }
      if (isOffline()) {
        const previous = match(parked, content, id);
        const toast = toastOf(content, previous, id);
        parked = foldInto(parked, [toast], previous);
        sync();
        return toast.id;
      }
    } else if (content.error && content.error.status > 0) {
      // A response arrived: the network is there after all.
      streak = 0;
      if (unreachable) {
        unreachable = false;
        if (online) reconnect();
      }
    }
    if (hidden && content.background && content.type === 'error') {
      const previous = match(away, content, id);
      const toast = toastOf(content, previous, id);
      away = foldInto(away, [toast], previous);
      return toast.id;
    }
    const previous = match(entries, content, id);
    if (previous) {
      const toast = toastOf(content, previous);
      entries = entries.map((entry) => (entry === previous ? toast : entry));
      sync();
      return toast.id;
    }
    const summary = burstSummary();
    const inSummary = summary && match(summary.summary?.items ?? [], content, id);
    const toast = toastOf(content, inSummary, id);
    const now = Date.now();
    if (content.type === 'error' && !inSummary) {
      // Only the newest `burst + 1` times matter: a burst is when all of them fall in the window.
      recent = recent.filter((at) => now - at < burstWindow).slice(-burst);
      recent.push(now);
    }
    const full = entries.length >= max;
    if (
      content.type === 'error' &&
      !content.action &&
      (inSummary || (full && (summary || recent.length > burst)))
    ) {
      const { items = [], total = 0 } = summary?.summary ?? {};
      if (summary) {
        const next = summarize(
          'burst',
          foldInto(items, [toast], inSummary),
          total + (inSummary ? 0 : 1),
          summary,
        );
        entries = entries.map((entry) => (entry === summary ? next : entry));
      } else {
        // The summary takes the last visible place; the errors from there on are in it.
        const from = max - 1;
        const folded = entries
          .slice(from)
          .filter((entry) => entry.type === 'error' && !entry.action && !entry.summary);
        const list = foldInto([], [...folded, toast]);
        entries = [
          ...entries.slice(0, from),
          summarize('burst', list, folded.length + 1),
          ...entries.slice(from).filter((entry) => !folded.includes(entry)),
        ];
      }
      sync();
      return toast.id;
    }
    // A new toast waits at the end. Past 50 waiting toasts, the oldest waiting one is dropped.
    entries = [...entries, toast];
    if (entries.length > max + 50) entries.splice(max, 1);
    sync();
    return toast.id;
  };

  const dismiss = (id?: string) => {
    if (id === undefined) {
      entries = [];
      away = [];
      recovered = 0;
      return sync();
    }
    const before = entries;
    entries = entries.filter((toast) => toast.id !== id);
    // A failure inside a summary that recovered (a query that succeeded again) leaves it.
    entries = entries.flatMap((toast) => {
      const summary = toast.summary;
      if (!summary?.items.some((item) => item.id === id)) return [toast];
      const items = summary.items.filter((item) => item.id !== id);
      return items.length
        ? [summarize(summary.reason, items, summary.total - 1, toast, summary.recovered)]
        : [];
    });
    if (away.some((toast) => toast.id === id)) {
      away = away.filter((toast) => toast.id !== id);
      recovered++;
    }
    if (parked.some((toast) => toast.id === id)) {
      parked = parked.filter((toast) => toast.id !== id);
      // A request got through: the network is there after all.
      if (unreachable) {
        unreachable = false;
        if (online) return reconnect();
      }
    }
    if (entries !== before) sync();
  };

  const setOnline = (next: boolean) => {
    if (next === online) return;
    const wasOffline = isOffline();
    online = next;
    if (!online && !wasOffline) goOffline();
    // The "Back online" note of an earlier return is old news once the network goes again.
    if (!online) entries = entries.filter((toast) => !toast.event);
    if (online) unreachable = false;
    if (online && wasOffline) reconnect();
    else sync();
  };

  const setHidden = (next: boolean) => {
    if (next === hidden) return;
    hidden = next;
    if (hidden || (!away.length && !recovered)) return;
    const items = away;
    const total = items.length + recovered;
    const back = recovered;
    away = [];
    recovered = 0;
    // Nothing to tell when everything recovered while the user was away.
    if (!items.length) return;
    entries = [...entries, summarize('away', items.slice(-SUMMARY_ITEMS), total, undefined, back)];
    sync();
  };

  // Every toaster showing this queue shares one subscription to each source.
  let connections = 0;
  let stopOnline: (() => void) | undefined;
  let stopPage: (() => void) | undefined;
  const follow = () => {
    stopOnline = source.subscribe(setOnline);
    setOnline(source.isOnline());
  };
  const connect = () => {
    if (!connections++) {
      follow();
      stopPage = watchPage(setHidden);
    }
    let connected = true;
    return () => {
      if (connected && !--connections) {
        stopOnline?.();
        stopPage?.();
      }
      connected = false;
    };
  };

  const configure = (next: ToastQueueOptions) => {
    if (positive(next.max)) max = Math.floor(next.max);
    if (positive(next.duration)) duration = next.duration;
    if (positive(next.burst)) burst = next.burst;
    if (positive(next.burstWindow)) burstWindow = next.burstWindow;
    if (positive(next.offlineAfter)) offlineAfter = next.offlineAfter;
    if (next.online && next.online !== source) {
      source = next.online;
      if (connections) {
        stopOnline?.();
        follow();
      }
    }
    sync();
  };
  configure(options);

  return {
    add,
    dismiss,
    configure,
    setOnline,
    setHidden,
    setWaiting: (count) => {
      waitingOutside = Math.max(0, count);
      sync();
    },
    connect,
    retryOffline: () => {
      if (!unreachable) return;
      unreachable = false;
      streak = offlineAfter - 1;
      reconnect(false);
    },
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
