import { BUILTIN_DIALECTS } from '../dialects/index.js';
import type { Decoder } from '../model/types.js';
import { createDecoder } from './createDecoder.js';
import { ALL_READERS } from './readers.js';

let shared: Decoder | undefined;

/**
 * The decoder `decodeError` and `fromResponse` use when none is given: every built-in dialect, code
 * and reader. Made on first use, so a bundle that never calls it carries no dialect.
 */
export function defaultDecoder(): Decoder {
  shared ??= createDecoder({ dialects: BUILTIN_DIALECTS, readers: ALL_READERS });
  return shared;
}
