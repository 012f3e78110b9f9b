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

function checkDialect(dialect: unknown, index: number): Dialect {
  const d = dialect as Partial<Dialect> | null | undefined;
  if (
    typeof d !== 'object' ||
    d === null ||
    typeof d.name !== 'string' ||
    d.name.length === 0 ||
    typeof d.match !== 'function' ||
    typeof d.read !== 'function'
  ) {
    throw new TypeError(
      `createDecoder: dialects[${index}] needs a name, a match function and a read function.`,
    );
  }
  return d as Dialect;
}

/**
 * A decoder with your dialects and codes added to the built-in ones. Your dialects are tried first;
 * your codes win over built-in codes of the same spelling. A dialect without a name, `match` and
 * `read`, or a code mapped to something that is not an {@link ErrorKind}, is a mistake in the setup
 * and throws a `TypeError` here rather than being ignored at decode time.
 */
export function createDecoder(options: CreateDecoderOptions = {}): Decoder {
  const table = new Map<string, ErrorKind>();
  const add = (codes: Readonly<Record<string, ErrorKind>>) => {
    for (const [code, kind] of Object.entries(codes)) {
      if (!isErrorKind(kind)) {
        throw new TypeError(`createDecoder: codes[${JSON.stringify(code)}] is not an ErrorKind.`);
      }
      const key = normalizeCode(code);
      if (key.length > 0) table.set(key, kind);
    }
  };
  add(DEFAULT_CODE_KINDS);
  if (options.codes) add(options.codes);
  const dialects = Object.freeze([
    ...(options.dialects ?? []).map(checkDialect),
    ...(options.builtinDialects === false ? [] : BUILTIN_DIALECTS),
  ]);
  return {
    dialects,
    kindOfCode: (code) => (typeof code === 'string' ? table.get(normalizeCode(code)) : undefined),
  };
}

let shared: Decoder | undefined;

/** The decoder `decodeError` uses when none is given: every built-in dialect and code. */
export function defaultDecoder(): Decoder {
  shared ??= createDecoder();
  return shared;
}
