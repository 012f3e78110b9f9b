import { normalizeCode } from '../model/codes.js';
import { type ErrorKind, isErrorKind } from '../model/ErrorKind.js';
import type { Decoder, Dialect, Reader } from '../model/types.js';
import { decodeWith } from './decode.js';
import { readResponse } from './readResponse.js';

/** Options for {@link createDecoder}. */
export interface CreateDecoderOptions {
  /**
   * The dialects to try, in order; the decoder holds these and no others. Add your own to the
   * built-in ones with `[mine, ...BUILTIN_DIALECTS]`. Without any, the decoder still reads the
   * status and the headers (and, with `commonMembers`, the fields many envelopes carry in the usual
   * places).
   */
  dialects?: readonly Dialect[] | undefined;
  /** Your own code → kind table, merged over the codes of the dialects (case and separators ignored). */
  codes?: Readonly<Record<string, ErrorKind>> | undefined;
  /**
   * The readers besides the dialects (`rateLimitHeaders`, `linkHeader`, `traceContext`,
   * `commonMembers`, `codeWords`, `messageHints`, or `ALL_READERS` for all of them, as `decodeError`
   * reads). Without any, the decoder reads the status, `Content-Type`, `Retry-After` and the request-id
   * headers; each reader it lacks is a field it leaves empty, never a wrong one.
   */
  readers?: readonly Reader[] | undefined;
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
 * A decoder that holds exactly the dialects you pass, in the order given, and the codes those
 * dialects know with yours over them. A bundler keeps only the dialects you import: an app that
 * speaks one API ships one dialect and its codes, and only the readers it is given. A dialect without
 * a name, `match` and `read`, or a code mapped to something that is not an {@link ErrorKind}, is a
 * mistake in the setup and throws a `TypeError` here rather than being ignored at decode time.
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
  const dialects = Object.freeze((options.dialects ?? []).map(checkDialect));
  // The readers' hooks merged into one reader: a later reader's hook replaces an earlier one's.
  const reader: Reader = Object.freeze(Object.assign({}, ...(options.readers ?? [])));
  for (const dialect of dialects) if (dialect.codes) add(dialect.codes);
  if (options.codes) add(options.codes);
  const decoder: Decoder = {
    dialects,
    reader,
    kindOfCode: (code) => (typeof code === 'string' ? table.get(normalizeCode(code)) : undefined),
    decode: (input, decodeOptions) => decodeWith(decoder, input, decodeOptions),
    fromResponse: async (response, decodeOptions) =>
      decodeWith(decoder, await readResponse(response, decodeOptions), decodeOptions),
  };
  return decoder;
}
