/** Called on every tick with the current time in epoch ms. */
export type RetryTickListener = (now: number) => void;

/** Options of {@link RetryTicker}. */
export interface RetryTickerOptions {
  /** The clock, in epoch ms, that ticks are aligned to. Defaults to `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * One clock for every countdown on the page: a single timer that fires on each whole second while
 * anyone listens, and stops when the last listener leaves. It also ticks as soon as a hidden tab
 * becomes visible again, so countdowns are right at once after the tab slept. Framework-free.
 */
export class RetryTicker {
  readonly #listeners = new Set<RetryTickListener>();
  readonly #now: () => number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #watchingVisibility = false;

  constructor(options: RetryTickerOptions = {}) {
    // Read at call time rather than captured, so a replaced `Date` (fake timers) is honoured.
    this.#now = options.now ?? (() => Date.now());
  }

  /** How many listeners are subscribed. */
  get size(): number {
    return this.#listeners.size;
  }

  /** Whether the timer is running. */
  get running(): boolean {
    return this.#timer !== undefined;
  }

  /** Starts listening; the timer starts with the first listener. Returns the unsubscribe function. */
  subscribe(listener: RetryTickListener): () => void {
    this.#listeners.add(listener);
    if (this.#timer === undefined) this.#start();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stop();
    };
  }

  /** Notifies every listener now, whatever the timer says. */
  tick(): void {
    const now = this.#now();
    for (const listener of [...this.#listeners]) listener(now);
  }

  #start(): void {
    this.#schedule();
    if (typeof document !== 'undefined' && !this.#watchingVisibility) {
      document.addEventListener('visibilitychange', this.#onVisibilityChange);
      this.#watchingVisibility = true;
    }
  }

  #stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#watchingVisibility) {
      document.removeEventListener('visibilitychange', this.#onVisibilityChange);
      this.#watchingVisibility = false;
    }
  }

  // A timeout chain re-aligned on every tick rather than an interval: intervals drift, and after a
  // sleep or a clock change the next tick lands on a whole second again.
  #schedule(): void {
    const remainder = ((this.#now() % 1000) + 1000) % 1000;
    // `NaN > 0` is false, so a broken clock ticks every second rather than spinning.
    const delay = remainder > 0 ? 1000 - remainder : 1000;
    this.#timer = setTimeout(this.#onTimer, delay);
  }

  readonly #onTimer = (): void => {
    this.#timer = undefined;
    this.tick();
    if (this.#listeners.size > 0 && this.#timer === undefined) this.#schedule();
  };

  readonly #onVisibilityChange = (): void => {
    if (document.visibilityState === 'visible') this.tick();
  };
}

/** The page's one ticker, shared by every countdown. */
export const retryTicker: RetryTicker = new RetryTicker();
