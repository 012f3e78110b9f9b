import type { DecodeOptions } from '../model/types.js';
import { prop } from './read.js';

/** The decode clock in epoch ms: `options.now` when it is a finite number, else `Date.now()`. */
export function clock(options: DecodeOptions | undefined): number {
  const now = prop(options, 'now');
  return typeof now === 'number' && Number.isFinite(now) ? now : Date.now();
}
