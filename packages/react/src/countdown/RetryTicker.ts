/** Called on every tick with the current time in epoch ms. */
export type RetryTickListener = (now: number) => void;

/** Options of {@link createRetryTicker}. */
export interface RetryTickerOptions {
  /** The clock, in epoch ms, that ticks are aligned to. Defaults to `Date.now`. */
  now?: (() => number) | undefined;
}

/** One clock for many countdowns: a single timer on each whole second while anyone listens. */
export interface RetryTicker {
  /** Starts listening; the timer starts with the first listener. Returns the unsubscribe function. */
  subscribe: (listener: RetryTickListener) => () => void;
  /** Notifies every listener now, whatever the timer says. */
  tick: () => void;
  /** How many listeners are subscribed. */
  readonly size: number;
  /** Whether the timer is running. */
  readonly running: boolean;
}

/**
 * Creates a ticker: one timer that fires on each whole second while anyone listens and stops when
 * the last listener leaves. It also ticks as soon as a hidden tab becomes visible again, so
 * countdowns are right at once after the tab slept. Framework-free.
 */
export function createRetryTicker(options: RetryTickerOptions = {}): RetryTicker {
  // Read at call time rather than captured, so a replaced `Date` (fake timers) is honoured.
  const now = options.now ?? (() => Date.now());
  const listeners = new Set<RetryTickListener>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const tick = () => {
    const time = now();
    for (const listener of [...listeners]) listener(time);
  };
  const onVisibility = () => {
    if (document.visibilityState === 'visible') tick();
  };
  const watch = (method: 'addEventListener' | 'removeEventListener') => {
    if (typeof document !== 'undefined') document[method]('visibilitychange', onVisibility);
  };
  // A timeout chain re-aligned on every tick rather than an interval: intervals drift, and after a
  // sleep or a clock change the next tick lands on a whole second again. A broken clock's NaN counts
  // as 0, so it ticks every second rather than spinning.
  const schedule = () => {
    const remainder = ((now() % 1000) + 1000) % 1000;
    timer = setTimeout(
      () => {
        timer = undefined;
        tick();
        if (listeners.size && !timer) schedule();
      },
      1000 - (remainder || 0),
    );
  };

  return {
    subscribe: (listener) => {
      listeners.add(listener);
      if (!timer) {
        schedule();
        watch('addEventListener');
      }
      return () => {
        listeners.delete(listener);
        if (!listeners.size) {
          clearTimeout(timer);
          timer = undefined;
          watch('removeEventListener');
        }
      };
    },
    tick,
    get size() {
      return listeners.size;
    },
    get running() {
      return timer !== undefined;
    },
  };
}

/** The page's one ticker, shared by every countdown. */
export const retryTicker: RetryTicker = /* @__PURE__ */ createRetryTicker();
