import { DEFAULT_CODE_KINDS, normalizeCode } from './codes.js';
import { BUILTIN_DIALECTS } from './dialects/index.js';
import { type ErrorKind, isErrorKind } from './ErrorKind.js';
import type { Decoder, Dialect } from './types.js';

/** Options for {@link createDecoder}. */
export interface CreateDecoderOptions {
  /** Your own dialects, tried before the built-in ones. */
  dialects?: readonly Dialect[] | undefined;
  /** Your own code → kind table, merged over the built-in one (case and separators ignored). */
  codes?: Readonly<Record<string, ErrorKind>> | undefined;
  /** Whether the built-in dialects follow yours. Defaults to `true`. */
  builtinDialects?: boolean | undefined;
}

/** A decoder with your dialects and codes added to the built-in ones. */
export function createDecoder(options: CreateDecoderOptions = {}): Decoder {
  const table = new Map<string, ErrorKind>();
  const add = (codes: Readonly<Record<string, ErrorKind>>) => {
    for (const [code, kind] of Object.entries(codes)) {
      if (isErrorKind(kind)) table.set(normalizeCode(code), kind);
    }
  };
  add(DEFAULT_CODE_KINDS);
  if (options.codes) add(options.codes);
  const dialects = Object.freeze([
    ...(options.dialects ?? []),
    ...(options.builtinDialects === false ? [] : BUILTIN_DIALECTS),
  ]);
  return {
    dialects,
    kindOfCode: (code) => table.get(normalizeCode(code)),
  };
}

let shared: Decoder | undefined;

/** The decoder `decodeError` uses when none is given: every built-in dialect and code. */
export function defaultDecoder(): Decoder {
  shared ??= createDecoder();
  return shared;
}
