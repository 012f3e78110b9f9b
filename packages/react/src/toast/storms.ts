import { browserOnline, type OnlineSource, watchPage } from './connection.js';
import { foldInto, runRetries } from './summary.js';
import {
  type OfflineStatus,
  positive,
  type ToastData,
  type ToastInput,
  type ToastQueueHost,
  type ToastQueuePart,
  type ToastSummary,
} from './ToastQueue.js';

/** Options of the storm part: how a burst is told, when the network counts as gone, where to learn it. */
export interface StormOptions {
  /** More distinct errors than this within `burstWindow`, when they do not fit on screen, become one summary. Defaults to 3. */
  burst?: number | undefined;
  /** The window of a burst, in ms. Defaults to 2000. */
  burstWindow?: number | undefined;
  /** Network failures in a row (no response between them) that mean the network is gone, whatever the browser says. Defaults to 3. */
  offlineAfter?: number | undefined;
  /** Where the queue learns whether the network is there: the browser's events by default; TanStack Query's `onlineManager` fits. */
  online?: OnlineSource | undefined;
  /**
   * The `BroadcastChannel` name the tabs of one app share, so that the offline status and the
   * failures of a storm are shown in the visible tab only; `false` keeps each tab on its own.
   * Defaults to `'faultline'`. Where `BroadcastChannel` is missing, each tab is on its own.
   */
  tabs?: string | false | undefined;
}

/** What the tabs of one app tell each other. */
interface TabMessage {
  /** The tab that says it. */
  tab: string;
  /** Whether that tab is visible now. */
  visible?: boolean | undefined;
  /** Asks every other tab to say whether it is visible. */
  ask?: boolean | undefined;
  /** The keys of failures that tab has shown while visible. */
  told?: string[] | undefined;
}

// Network failures further apart than this are not "in a row".
const STREAK_GAP = 30_000;

/**
 * The storm part of a toast queue (framework-free, data only): a burst that does not fit becomes one
 * summary toast, network failures while offline become one status, and background failures while
 * the tab is hidden are summed up on return.
 */
export function installStorms(host: ToastQueueHost, options: StormOptions): ToastQueuePart {
  let burst = 3;
  let burstWindow = 2000;
  let offlineAfter = 3;
  let source: OnlineSource = browserOnline;
  // When the latest new errors arrived, for telling a burst.
  // Stryker disable next-line ArrayDeclaration: anything but a time in it is filtered out on first use.
  let recent: number[] = [];
  // The network: what the source says, and whether failures in a row say it is gone anyway.
  let online = true;
  let unreachable = false;
  let streak = 0;
  let lastNetworkFailure = 0;
  let offlineSince = 0;
  let status: OfflineStatus | undefined;
  // Network failures kept while offline, to try again when the network is back.
  // Stryker disable next-line ArrayDeclaration: anything but a toast in it has no retry and no id, so is never counted, tried or found.
  let parked: ToastData[] = [];
  // Background failures kept while the tab is hidden (the newest 100), how many distinct ones there
  // were, and how many of them recovered meanwhile.
  let hidden = false;
  let away: ToastData[] = [];
  let awayCount = 0;
  let recovered = 0;
  // Other tabs of the app: the channel to them, those that say they are visible, and the failures
  // they showed while this tab was hidden (not summed up again here on return).
  let tabs: string | false = 'faultline';
  let channel: BroadcastChannel | undefined;
  const tab = Math.random().toString(36);
  const elsewhere = new Set<string>();
  let told = new Set<string | undefined>();
  let telling: string[] | undefined;
  const post = (message: Omit<TabMessage, 'tab'>) => {
    try {
      // Stryker disable next-line OptionalChaining: without a channel, the catch keeps the tab on its own all the same.
      channel?.postMessage({ tab, ...message });
    } catch {
      // A tab that cannot post stays on its own.
    }
  };
  // Another tab is visible and tells the user what this hidden one would.
  const toldElsewhere = () => hidden && elsewhere.size > 0;

  const isOffline = () => !online || unreachable;

  // The summary toast for a reason, built afresh (a new object is a change the toaster sees).
  const summarize = (
    reason: ToastSummary['reason'],
    items: readonly ToastData[],
    total: number,
    previous?: ToastData,
    recoveredCount = 0,
  ): ToastData => ({
    ...host.toastOf({ type: 'error', message: '' }, previous),
    retry: items.some((item) => item.retry) ? () => runRetries(items) : undefined,
    summary: { reason, items, total, recovered: recoveredCount },
  });

  // The network is back: the status goes, a short note says so, and what failed is tried again.
  const reconnect = (note = true) => {
    const retry = parked;
    // Stryker disable next-line ArrayDeclaration: anything but a toast in it has no retry and no id, so is never counted, tried or found.
    parked = [];
    host.entries = host.entries.filter((toast) => !toast.event);
    if (note && !toldElsewhere()) {
      host.entries = [...host.entries, host.toastOf({ type: 'success', message: '', event: 'online' })];
    }
    host.sync();
    runRetries(retry);
  };

  const goOffline = () => {
    offlineSince = host.now();
    // Network failures already on screen are the same news: they join the status.
    const network = host.entries.filter((toast) => toast.error?.kind === 'network');
    host.entries = host.entries.filter((toast) => !network.includes(toast));
    // Nothing is kept while the network is there: these are all there is (at most the queue's 53).
    parked = network;
  };

  // Keeps a toast in a list instead of showing it (an update of one there replaces it in place).
  const keep = (list: ToastData[], content: ToastInput, id: string | undefined) => {
    const previous = host.match(list, content, id);
    const toast = host.toastOf(content, previous, id);
    // Every failure kept while offline that can be tried again is, once the network is back.
    return [foldInto(list, [toast], previous, list === parked), toast.id, previous] as const;
  };

  const burstSummary = () => host.entries.find((toast) => toast.summary?.reason === 'burst');

  const setOnline = (next: boolean) => {
    if (next === online) return;
    const wasOffline = isOffline();
    online = next;
    if (!online && !wasOffline) goOffline();
    // The "Back online" note of an earlier return is old news once the network goes again (and
    // reconnecting makes a new one). The browser's word replaces what failures in a row said, so
    // the network is gone from failures only while the browser says it is there.
    host.entries = host.entries.filter((toast) => !toast.event);
    unreachable = false;
    if (online && wasOffline) reconnect();
    else host.sync();
  };

  const setHidden = (next: boolean) => {
    if (next === hidden) return;
    hidden = next;
    post({ visible: !hidden });
    // The offline status shows again in this tab once it is the visible one.
    host.sync();
    if (hidden) told = new Set();
    // When the tab is hidden nothing is kept yet (the last return summed it up): no items below.
    // What a visible tab showed meanwhile was told there; it is not summed up again here.
    const items = away.filter((toast) => !told.has(toast.dedupeKey));
    // Those no longer listed count too; those told elsewhere do not.
    const total = awayCount - away.length + items.length;
    const back = recovered;
    away = [];
    awayCount = 0;
    recovered = 0;
    // Nothing to tell when everything recovered while the user was away.
    if (!items.length) return;
    host.entries = [...host.entries, summarize('away', items, total, undefined, back)];
    host.sync();
  };

  // Says to the other tabs that a failure is on screen here, once a tick for all of them.
  const tell = (content: ToastInput) => {
    // Stryker disable next-line ConditionalExpression,LogicalOperator: shortcuts; without a channel nothing is posted, and a key that is no text is not listened to.
    if (!channel || content.dedupeKey === undefined) return;
    // What a hidden tab shows, the user has not seen.
    if (hidden) return;
    if (!telling) {
      const keys: string[] = [];
      telling = keys;
      queueMicrotask(() => {
        telling = undefined;
        post({ told: keys });
      });
    }
    telling.push(content.dedupeKey);
  };

  // Anything else on the channel (another app's words, an older version's) is not listened to.
  const hear = ({ data }: MessageEvent<TabMessage | null>) => {
    if (typeof data?.tab !== 'string') return;
    if (data.visible) elsewhere.add(data.tab);
    else if (data.visible === false) elsewhere.delete(data.tab);
    if (data.ask) post({ visible: !hidden });
    if (hidden && Array.isArray(data.told)) {
      for (const key of data.told) if (typeof key === 'string' && told.size < 1000) told.add(key);
    }
    host.sync();
  };

  const join = () => {
    if (!tabs) return;
    // Where BroadcastChannel is missing (or refused), the tab stays on its own.
    try {
      channel = new BroadcastChannel(tabs);
    } catch {
      return;
    }
    channel.onmessage = hear;
    post({ visible: !hidden, ask: true });
  };
  const leave = () => {
    post({ visible: false });
    channel?.close();
    channel = undefined;
    elsewhere.clear();
  };

  let connected = false;
  let stopOnline = () => {};
  const follow = () => {
    stopOnline = source.subscribe(setOnline);
    setOnline(source.isOnline());
  };

  const part: ToastQueuePart = {
    add(content, id, next) {
      const kind = content.error?.kind;
      const time = host.now();
      if (kind === 'network') {
        // Failures in a row, not failures over a day of flaky Wi-Fi.
        streak = time - lastNetworkFailure < STREAK_GAP ? streak + 1 : 1;
        lastNetworkFailure = time;
        if (!isOffline() && streak >= offlineAfter) {
          unreachable = true;
          goOffline();
        }
        if (isOffline()) {
          const [list, kept] = keep(parked, content, id);
          parked = list;
          host.sync();
          return kept;
        }
      } else if (content.error && content.error.status > 0) {
        // A response arrived: the network is there after all.
        streak = 0;
        if (unreachable) {
          unreachable = false;
          reconnect();
        }
      }
      if (hidden && content.background && content.type === 'error') {
        const [list, kept, previous] = keep(away, content, id);
        away = list;
        if (!previous) awayCount++;
        return kept;
      }
      if (content.type === 'error') tell(content);
      if (content.type !== 'error' || host.match(host.entries, content, id)) return next(content, id);
      const summary = burstSummary();
      const inSummary = summary && host.match((summary.summary as ToastSummary).items, content, id);
      if (!inSummary) {
        // Only the newest `burst + 1` times matter: a burst is when all of them fall in the window.
        // Stryker disable next-line MethodExpression: bounds what is kept; `recent.length > burst` reads the same.
        recent = recent.filter((at) => time - at < burstWindow).slice(-burst);
        recent.push(time);
      }
      const max = host.max;
      // A failure with an action of its own is shown as it is; so is one that fits or is no burst.
      if (
        content.action ||
        (!inSummary && !(host.entries.length >= max && (summary || recent.length > burst)))
      ) {
        return next(content, id);
      }
      const toast = host.toastOf(content, inSummary, id);
      if (summary) {
        const { items, total } = summary.summary as ToastSummary;
        const updated = summarize(
          'burst',
          foldInto(items, [toast], inSummary),
          total + (inSummary ? 0 : 1),
          summary,
        );
        host.entries = host.entries.map((entry) => (entry === summary ? updated : entry));
      } else {
        // The summary takes the last visible place; the errors from there on are in it.
        const from = max - 1;
        const folded = host.entries
          .slice(from)
          .filter((entry) => entry.type === 'error' && !entry.action && !entry.summary);
        host.entries = [
          ...host.entries.slice(0, from),
          summarize('burst', foldInto([], [...folded, toast]), folded.length + 1),
          ...host.entries.slice(from).filter((entry) => !folded.includes(entry)),
        ];
      }
      host.sync();
      return toast.id;
    },

    dismiss(id, next) {
      if (id === undefined) {
        away = [];
        awayCount = 0;
        recovered = 0;
        return next();
      }
      // A failure inside a summary that recovered (a query that succeeded again) leaves it.
      host.entries = host.entries.flatMap((toast) => {
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
          next(id);
          return reconnect();
        }
      }
      next(id);
    },

    status(outside) {
      // Shown in the visible tab only: a hidden one shows it when the user comes back to it.
      if (!isOffline() || toldElsewhere()) return undefined;
      const waiting = parked.filter((toast) => toast.retry).length + outside;
      const reason: OfflineStatus['reason'] = online ? 'failures' : 'browser';
      if (status?.waiting !== waiting || status.since !== offlineSince || status.reason !== reason) {
        status = { since: offlineSince, waiting, reason };
      }
      return status;
    },

    configure(options: StormOptions) {
      if (positive(options.burst)) burst = options.burst;
      if (positive(options.burstWindow)) burstWindow = options.burstWindow;
      if (positive(options.offlineAfter)) offlineAfter = options.offlineAfter;
      if (options.tabs !== undefined && options.tabs !== tabs) {
        tabs = options.tabs;
        if (connected) {
          leave();
          join();
        }
      }
      // Stryker disable next-line ConditionalExpression: following the same source again reads the same state.
      if (options.online && options.online !== source) {
        source = options.online;
        if (connected) {
          stopOnline();
          follow();
        }
      }
    },

    connect() {
      connected = true;
      follow();
      const stopPage = watchPage(setHidden);
      join();
      return () => {
        connected = false;
        stopOnline();
        stopPage();
        leave();
      };
    },

    setOnline,
    setHidden,

    retryOffline() {
      if (!unreachable) return;
      unreachable = false;
      // At the threshold: the next network failure in a row brings the status back.
      streak = offlineAfter;
      reconnect(false);
    },
  };

  // What the queue holds already (raised before the first <Toaster storms> mounted) is judged now,
  // under the settings that came with the part, at the times it was raised: four failures at
  // start-up are four toasts under a cap of five, not a burst under the default cap.
  part.configure(options);
  const raised = host.entries;
  const clock = host.now;
  host.entries = [];
  for (const toast of raised) {
    host.now = () => toast.at;
    part.add(toast, toast.id, () => {
      host.entries = [...host.entries, toast];
      return toast.id;
    });
  }
  host.now = clock;
  return part;
}
