import type { DecodeOptions } from '../model/types.js';
import { prop } from './read.js';

/** The decode clock in epoch ms: `options.now` when it is a finite number, else `Date.now()`. */
export function clock(options: DecodeOptions | undefined): number {
  const now = prop(options, 'now');
  // Number.isFinite says no to anything but a number: `Number(now)` is `now` itself, as a number.
  return Number.isFinite(now) ? Number(now) : Date.now();
}
