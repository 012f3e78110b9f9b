import type { FaultlineMessages } from '../provider/index.js';

/** The words of storms, offline and hidden tabs; each can be overridden through the provider's `messages`. */
export interface StormMessages {
  /** Heading of the one toast that sums up a burst of failures ("12 requests failed"). */
  requestsFailed: (count: number) => string;
  /** Heading of the toast shown on return to a hidden tab ("While you were away: 3 refreshes failed; 1 has recovered"). */
  whileAway: (failed: number, recovered: number) => string;
  /** Label of the disclosure that lists the failures of a summary. */
  showFailures: string;
  /** Label of the button that retries every failure of a summary. */
  retryAll: string;
  /** The status while the network is gone. */
  offline: string;
  /** Under the offline status: how many requests and changes wait for the network. */
  waitingToSend: (count: number) => string;
  /** Label of the button that tries again now, when requests failed but the browser says it is online. */
  tryNow: string;
  /** The short note when the network is back. */
  backOnline: string;
}

/** The English words of storms, offline and hidden tabs. */
export const defaultStormMessages: StormMessages = {
  requestsFailed: (count) => `${count} ${count === 1 ? 'request' : 'requests'} failed`,
  whileAway: (failed, recovered) =>
    `While you were away: ${failed} ${failed === 1 ? 'refresh' : 'refreshes'} failed${
      recovered ? `; ${recovered} ${recovered === 1 ? 'has' : 'have'} recovered` : ''
    }`,
  showFailures: 'Show what failed',
  retryAll: 'Retry all',
  offline: 'You are offline — we will try again when you are back',
  waitingToSend: (count) => `${count} waiting to send`,
  tryNow: 'Try now',
  backOnline: 'Back online',
};

/** The words of storms: the provider's overrides over the English defaults. */
export function stormWords(messages: FaultlineMessages): StormMessages {
  return { ...defaultStormMessages, ...messages };
}
