import type { ApiError } from '../model/ApiError.js';
import type { DecodeInput, DecodeOptions, Decoder } from '../model/types.js';
import { decodeWith } from './decode.js';
import { defaultDecoder } from './defaultDecoder.js';
import { prop } from './read.js';

/**
 * Decodes whatever an API sent back when it failed into one {@link ApiError}, with every built-in
 * dialect (or `options.decoder`). Total: any input gives an `ApiError` with a non-empty message, and
 * nothing throws.
 */
export function decodeError(input: DecodeInput, options?: DecodeOptions): ApiError;
/** Any value at all (`null`, a cyclic object, a throwing proxy) gives an `ApiError` too. */
export function decodeError(input: unknown, options?: DecodeOptions): ApiError;
export function decodeError(input: unknown, options?: DecodeOptions): ApiError {
  const given = prop(options, 'decoder');
  const decoder = given === undefined ? defaultDecoder() : (given as Decoder);
  return decodeWith(decoder, input, options);
}
