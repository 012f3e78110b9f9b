'use client';
import type { ReactNode } from 'react';
import type { FaultlineMessages } from '../provider/index.js';
import { SummaryList } from './SummaryList.js';
import { type StormMessages, stormWords as words } from './stormMessages.js';
import { installStorms, type StormOptions } from './storms.js';
import type { OfflineStatus, ToastData, ToastQueue, ToastQueueStorms } from './ToastQueue.js';

/** What `<Toaster storms>` takes: the storm part of the queue and how the toaster shows what it makes. */
export interface StormControl extends ToastQueueStorms {
  /** The words, the provider's overrides over the English defaults. */
  words: (messages: FaultlineMessages) => StormMessages;
  /** The heading of a toast the part made (a summary, "Back online"); `undefined` for any other. */
  title: (toast: ToastData, messages: FaultlineMessages) => string | undefined;
  /** What a summary toast shows under its heading: the list of its failures behind a disclosure. */
  details: (toast: ToastData) => ReactNode;
  /** The one status shown while the network is gone, with what waits and, when it applies, Try now. */
  status: (offline: OfflineStatus, queue: ToastQueue, messages: FaultlineMessages) => ReactNode;
}

const control: Omit<StormControl, 'options'> = {
  install: installStorms,
  words,
  title: ({ summary, event }, messages) => {
    const copy = words(messages);
    return summary
      ? summary.reason === 'away'
        ? copy.whileAway(summary.total, summary.recovered)
        : copy.requestsFailed(summary.total)
      : event && copy.backOnline;
  },
  details: ({ summary }) => summary && <SummaryList summary={summary} />,
  status: (offline, queue, messages) => {
    const copy = words(messages);
    // Announced once, through the polite region the toaster keeps in the page (a live region added
    // with its text is not reliably read), so the status itself does not announce again.
    return (
      <div className="fl-offline" role="status" aria-live="off">
        <p className="fl-toast-title">{copy.offline}</p>
        {offline.waiting > 0 && <p className="fl-toast-meta">{copy.waitingToSend(offline.waiting)}</p>}
        {offline.reason === 'failures' && (
          <button type="button" className="fl-button" onClick={queue.retryOffline}>
            {copy.tryNow}
          </button>
        )}
      </div>
    );
  },
};

/**
 * Storms, offline and hidden tabs, for `<Toaster storms={stormControl()} />` (or a queue's `storms`
 * option): a burst of failures that does not fit becomes one summary toast with Retry all, network
 * failures while offline one status that retries them when the network is back, and background
 * failures while the tab is hidden one summary on return. Without it a toaster ships none of this.
 */
export function stormControl(options: StormOptions = {}): StormControl {
  return { ...control, options };
}
