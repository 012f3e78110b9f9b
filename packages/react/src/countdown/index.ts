// Retry countdown: the one shared RetryTicker (state), useRetryCountdown (hook), <RetryCountdown>.
export type { RetryCountdownProps } from './RetryCountdown.js';
export { RetryCountdown } from './RetryCountdown.js';
export type { RetryTicker, RetryTickerOptions, RetryTickListener } from './RetryTicker.js';
export { createRetryTicker, retryTicker } from './RetryTicker.js';
export type { RetryCountdownSource, RetryCountdownState } from './useRetryCountdown.js';
export { retryAtOf, useRetryCountdown } from './useRetryCountdown.js';
