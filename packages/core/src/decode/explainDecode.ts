import { pointerPath } from '../dialects/fieldMaps.js';
import { CODE, MESSAGE, RESOURCE_MEMBER } from '../dialects/generic.js';
import { readHeaders } from '../headers/headers.js';
import { traceIdOf } from '../headers/trace.js';
import type { ApiError } from '../model/ApiError.js';
import { kindFromWords } from '../model/codes.js';
import { kindFromStatus } from '../model/ErrorKind.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import { toFieldPath } from '../model/paths.js';
import type { DecodeInput, DecodeOptions, Decoder, Dialect, DialectContext, Reader } from '../model/types.js';
import { readXml } from '../xml/xml.js';
import { normalizeBody } from './body.js';
import { clock } from './clock.js';
import { DOCS } from './common.js';
import { decodeWith, RATE_LIMIT } from './decode.js';
import { defaultDecoder } from './defaultDecoder.js';
import { clampWait, parseDuration } from './duration.js';
import { bareCode, FIELD_MESSAGE, REQUEST_ID, WAIT, waitFromMessage } from './message.js';
import { get, httpUrl, list, NAME_NOISE, num, prop, text } from './read.js';
import { ALL_READERS } from './readers.js';

// How a decode came about, for a developer asking why an error reads as it does. Nothing here runs
// when an app decodes: explainDecode decodes once as decodeError does (through a decoder that notes
// each dialect it tries), then once more on a body that notes every member a reader looks at, and
// finds each field of the error among the values read, the headers and the message. The readers
// themselves record nothing and know nothing of this module.

/** One dialect the decoder tried. */
export interface DialectTried {
  /** The dialect's name, as `ApiError.format` reports it. */
  readonly name: string;
  /** Whether its `match` said the body is in this dialect. */
  readonly matched: boolean;
}

/** What {@link explainDecode} gives: the error and how it was made. */
export interface DecodeExplanation {
  /** The error, exactly as `decodeError` (or the decoder in the options) makes it. */
  readonly error: ApiError;
  /** The dialects the decoder tried, in the order it tried them; the last one that matched read the body. */
  readonly dialects: readonly DialectTried[];
  /** The name of the dialect whose reading made the error; `undefined` when none read the body. */
  readonly dialect: string | undefined;
  /**
   * Where each field of the error that got a value came from: `body:<dotted path>`
   * (`body:error.details.0.field_violations.1.field`), `body` for a text body, `body:<element>` for an
   * XML one, `header:<lowercase name>`, `message:"<the phrase read>"`, `status`, `default copy`, or
   * `dialect:<name>` for a value the dialect gave that appears nowhere in the response. Field errors
   * are listed as `fieldErrors.<index>.path`, `.message` and `.code`; the rate limit as
   * `rateLimit.limit`, `.remaining` and `.resetAt`.
   */
  readonly sources: Readonly<Record<string, string>>;
}

/** Every built-in reader's hooks: what tells which header alone gives a value. */
const EVERY: Reader = /* @__PURE__ */ Object.assign({}, ...ALL_READERS);

/** Most members noted while the body is read again: the readers' own caps bound it well below this. */
const MAX_READS = 10_000;
/** Deepest member noted. */
const MAX_DEPTH = 40;
const RETRYABLE_STATUSES: readonly number[] = [408, 429, 502, 503, 504];
/** Member names of a wait or of the instant a wait ends. */
export const WAIT_NAME = /retry|reset|delay|wait|after|seconds/;
/** A character that ends a code at the head of a message (`WEAK_PASSWORD : …`). */
export const NOT_WORD = /\W/;
/** A member name written as it is in a dotted path; any other (`a.b`, `""`) is written `["a.b"]`. */
export const PLAIN_KEY = /^[^.[\]"]+$/;
/** Segments that are list indices, at the end of a path. */
export const TRAILING_INDICES = /(?:\.\d+)+$/;

/**
 * The body again, as a proxy that notes each member read: its dotted path (`error.details.0.field`,
 * a name with a dot in it as `errors["users.0.email"]`) and its value, the first read first.
 */
function recording(body: unknown, reads: Map<string, unknown>): unknown {
  const wrap = (value: unknown, path: string, depth: number): unknown => {
    if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return value;
    // Any object can be a proxy's target (a revoked proxy too): making one cannot throw.
    return new Proxy(value, {
      get(target, key, receiver) {
        const found = Reflect.get(target, key, receiver);
        if (typeof key === 'symbol' || key === 'length') return found;
        const at = PLAIN_KEY.test(key)
          ? `${path}${depth === 0 ? '' : '.'}${key}`
          : `${path}[${JSON.stringify(key)}]`;
        if (reads.size < MAX_READS && !reads.has(at)) reads.set(at, found);
        const own = Reflect.getOwnPropertyDescriptor(target, key);
        // A proxy must give a frozen member as it is: what lies below one is not followed.
        if (own && !own.configurable && !own.writable && 'value' in own) return found;
        return wrap(found, at, depth + 1);
      },
    });
  };
  return wrap(body, '', 0);
}

/** The name a reader compares a member by: its last segment without case, separators or namespace. */
function nameOf(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1);
  return last
    .slice(last.lastIndexOf(':') + 1)
    .toLowerCase()
    .replace(NAME_NOISE, '');
}

/** The number of leading segments two dotted paths share. */
function shared(a: string, b: string): number {
  const x = a.split('.');
  const y = b.split('.');
  let n = 0;
  // Past the end of one path its segment is `undefined`, which no segment of the other is: only two
  // equal paths need the bound, and two members' paths are never equal.
  // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: see above.
  while (n < x.length && x[n] === y[n]) n++;
  return n;
}

/** The field path a value names, as the readers convert it (a pointer, a location list, a dotted name). */
function fieldPathOf(value: unknown): string | undefined {
  const items = list(value, 50);
  if (items?.[0] === 'body') return toFieldPath(items.slice(1));
  return pointerPath(value)?.replace(RESOURCE_MEMBER, '');
}

function add(index: Map<string, string[]>, key: string, path: string): void {
  const paths = index.get(key);
  if (paths === undefined) index.set(key, [path]);
  else paths.push(path);
}

/** Everything the second reading saw, and lookups over it. */
class Witness {
  readonly reads: [string, unknown][];
  readonly byText = new Map<string, string[]>();
  readonly byField = new Map<string, string[]>();
  readonly headers: [string, string][];
  private readonly leaves: Readonly<Record<string, string>> | undefined;

  constructor(
    reads: Map<string, unknown>,
    readonly all: Readonly<Record<string, string>>,
    readonly body: unknown,
    readonly now: number,
  ) {
    this.reads = [...reads];
    for (const [path, value] of this.reads) {
      const t = text(value);
      // Stryker disable next-line ConditionalExpression: nothing is looked up by an undefined text.
      if (t !== undefined) add(this.byText, t, path);
      // A member that is a proxy revoked since is no list either (`list` reads it guarded).
      const field = typeof value === 'string' || list(value) !== undefined ? fieldPathOf(value) : undefined;
      // Stryker disable next-line ConditionalExpression: nothing is looked up by an undefined path.
      if (field !== undefined) add(this.byField, field, path);
    }
    this.headers = Object.entries(all);
    this.leaves = typeof body === 'string' && body.trimStart().startsWith('<') ? readXml(body) : undefined;
  }

  /** The first member read whose value passes `test`, preferring names ranked earlier in `rank`. */
  // Stryker disable next-line ArrayDeclaration: with no rank every member ranks alike, whatever the list holds.
  find(test: (value: unknown) => boolean, rank: readonly string[] = []): string | undefined {
    let best: string | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    for (const [path, value] of this.reads) {
      const r = rank.indexOf(nameOf(path));
      const at = r < 0 ? rank.length : r;
      if (at < bestRank && test(value)) {
        best = path;
        bestRank = at;
      }
    }
    return best === undefined ? undefined : `body:${best}`;
  }

  /** The member of a text or XML body that holds `value`. */
  inText(value: string): string | undefined {
    const leaf = Object.entries(this.leaves ?? {}).find(([, v]) => v === value)?.[0];
    if (leaf !== undefined) return `body:${leaf}`;
    return typeof this.body === 'string' && this.body.includes(value) ? 'body' : undefined;
  }

  /** The first header whose value passes `test`. */
  header(test: (value: string, name: string) => boolean): string | undefined {
    const found = this.headers.find(([name, value]) => test(value, name));
    return found && `header:${found[0]}`;
  }

  /** The header that gives `pick` on its own, as the header module reads it. */
  alone(pick: (reading: ReturnType<typeof readHeaders>) => unknown, value: unknown): string | undefined {
    return this.header((v, name) => pick(readHeaders({ [name]: v }, this.now, EVERY)) === value);
  }
}

/** Where each field of `error` came from. */
function sourcesOf(error: ApiError, w: Witness, decoder: Decoder, dialect: string): Record<string, string> {
  // The first four keys in the order a developer reads them; each is set below.
  // Stryker disable next-line StringLiteral: placeholders only, every one is overwritten.
  const sources: Record<string, string> = { status: 'status', kind: '', code: '', message: '' };
  const made = `dialect:${dialect}`;
  const { kind, code, message, status } = error;
  const exact = (value: string, rank?: readonly string[]) => w.find((v) => text(v) === value, rank);

  // The message: said whole, said after a code (`WEAK_PASSWORD : …`), or filled in from a template.
  const serverMessage =
    exact(message, MESSAGE) ??
    // Stryker disable next-line ConditionalExpression: a number's text ends with a message only when the message is digits, which then is that number.
    w.find((v) => typeof v === 'string' && (text(v)?.endsWith(message) ?? false), MESSAGE) ??
    w.find((v) => {
      // Stryker disable next-line StringLiteral: the text before a placeholder must not be blank, and no message starts with blanks.
      const t = typeof v === 'string' && v.includes('%') ? v.slice(0, v.indexOf('%')) : '';
      // Stryker disable next-line MethodExpression: as above, a blank head never starts a trimmed message.
      return t.trim() !== '' && message.startsWith(t);
    }, MESSAGE) ??
    w.inText(message) ??
    // The OAuth dialect reads a challenge's `error_description` from WWW-Authenticate.
    w.header((v) => v.includes(message));
  sources.message =
    serverMessage ?? (message === DEFAULT_MESSAGES[kind] ? 'default copy' : undefined) ?? made;

  const serverCode =
    w.find((v) => {
      if (text(v, 2048) === code || bareCode(v) === code) return true;
      // Stryker disable next-line ConditionalExpression: a number that starts with a code and then a non-word character is a decimal of it (`702.5`), which no body sends beside its code.
      const t = typeof v === 'string' ? text(v) : undefined;
      return t?.startsWith(code) === true && NOT_WORD.test(t.charAt(code.length));
    }, CODE) ??
    // A code that is the kind's own name is what the decoder gives when nothing names one: a page that
    // happens to say "server" is no source of it.
    // A header that says the code: AWS's `X-Amzn-ErrorType`, a WWW-Authenticate challenge's `error`.
    (code === kind ? undefined : (w.inText(code) ?? w.header((v) => v.includes(code))));

  const fields: Record<string, string> = {};
  fieldErrorSources(error, w, fields, made);

  // The kind: the status's, a 403 that a rate limit made, the code's, the field errors', the dialect's.
  const phrase = RATE_LIMIT.exec(message.slice(0, 600))?.[0];
  let kindSource: string;
  if (kind === kindFromStatus(status)) kindSource = 'status';
  else if (kind === 'rate_limited' && status === 403 && error.rateLimit?.remaining === 0)
    kindSource = w.alone((r) => r.rateLimit?.remaining, 0) ?? 'status';
  else if (kind === 'rate_limited' && status === 403 && phrase) kindSource = `message:"${phrase}"`;
  else if (serverCode && (safeKind(decoder, code) === kind || kindFromWords(code) === kind))
    kindSource = serverCode;
  else if (kind === 'validation' && fields['fieldErrors.0.message'])
    kindSource = fields['fieldErrors.0.message'];
  // A member whose words name the kind (Adyen's `errorType: "validation"`).
  else kindSource = w.find((v) => typeof v === 'string' && kindFromWords(v) === kind, CODE) ?? made;
  sources.kind = kindSource;
  sources.code = serverCode ?? (code === kind ? kindSource : made);
  Object.assign(sources, fields);

  if (error.requestId !== undefined) {
    const id = error.requestId;
    const said = REQUEST_ID.exec(message.slice(0, 600));
    sources.requestId =
      exact(id, ['requestid', 'id']) ??
      w.inText(id) ??
      w.alone((r) => r.requestId, id) ??
      (said?.[1] === id ? `message:"${said[0]}"` : made);
  }
  if (error.traceId !== undefined) {
    const id = error.traceId;
    sources.traceId =
      w.find((v) => traceIdOf(v) === id, ['traceid', 'traceparent']) ?? w.alone((r) => r.traceId, id) ?? made;
  }
  if (error.retryAfterMs !== undefined) {
    const ms = error.retryAfterMs;
    // Stryker disable next-line OptionalChaining: where waitFromMessage reads a wait, WAIT matches.
    const said = waitFromMessage(message) === ms ? WAIT.exec(message.slice(0, 600))?.[0] : undefined;
    sources.retryAfterMs =
      waitInBody(w, ms) ??
      w.alone((r) => r.retryAfterMs, ms) ??
      // A header of the instant the limit resets; none is NaN, which clampWait turns to no wait.
      w.header(
        (v, name) =>
          clampWait((readHeaders({ [name]: v }, w.now, EVERY).rateLimit?.resetAt ?? Number.NaN) - w.now) ===
          ms,
      ) ??
      (said === undefined ? made : `message:"${said}"`);
    sources.retryAt = sources.retryAfterMs;
  }
  for (const key of ['limit', 'remaining', 'resetAt'] as const) {
    const value = error.rateLimit?.[key];
    if (value !== undefined) sources[`rateLimit.${key}`] = w.alone((r) => r.rateLimit?.[key], value) ?? made;
  }
  if (error.docsUrl !== undefined) {
    const url = error.docsUrl;
    sources.docsUrl =
      w.find((v) => httpUrl(v) === url, [...DOCS, 'type', 'href']) ??
      w.inText(url) ??
      w.alone((r) => r.helpUrl, url) ??
      // A challenge's `error_uri`.
      w.header((v) => v.includes(url)) ??
      made;
  }
  if (error.successorUrl !== undefined) {
    sources.successorUrl = w.alone((r) => r.successorUrl, error.successorUrl) ?? made;
  }
  sources.retryable = RETRYABLE_STATUSES.includes(status) ? 'status' : sources.kind;
  return sources;
}

/** A member whose name speaks of a wait and whose value is `ms` as the decoder reads waits. */
function waitInBody(w: Witness, ms: number): string | undefined {
  for (const [path, value] of w.reads) {
    if (!WAIT_NAME.test(nameOf(path))) continue;
    const reset =
      typeof value === 'string' || typeof value === 'number' ? resetWait(value, w.now) : undefined;
    if (
      parseDuration(value) === ms ||
      parseDuration(value, 1) === ms ||
      reset === ms ||
      // A Duration as `{ seconds, nanos }`; without seconds the sum is NaN, which clampWait turns to none.
      clampWait(Number(num(get(value, 'seconds'))) * 1000 + (num(get(value, 'nanos')) ?? 0) / 1e6) === ms
    )
      return `body:${path}`;
  }
  return undefined;
}

/** The wait until a reset instant in a body (`rate_limit.reset`), as the decoder counts it. */
function resetWait(value: string | number, now: number): number | undefined {
  const at = readHeaders({ 'x-ratelimit-reset': String(value) }, now, EVERY).rateLimit?.resetAt;
  // No instant is NaN, which clampWait turns to no wait.
  return clampWait((at ?? Number.NaN) - now);
}

/** The kind a decoder gives a code, or `undefined` when it knows none or throws. */
function safeKind(decoder: Decoder, code: string): string | undefined {
  try {
    return decoder.kindOfCode(code);
  } catch {
    return undefined;
  }
}

/**
 * The member of a field map that names a field, from where its message sits: the keys that spell the
 * field (`errors.activities.0.platform` of `….platform._errors.0.message`), else the member that
 * holds the list of messages (`errors["users.0.email"]` of `errors["users.0.email"].0`).
 */
function memberNamed(messageAt: string, field: string): string {
  const dotted = `.${messageAt}.`;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a path holds `..` only inside a bracketed name (`["a..b"]`), and a form-wide message (under `[""]`, `non_field_errors`, `base`) sits under none: `..` is found nowhere either way.
  const at = field === '' ? -1 : dotted.lastIndexOf(`.${field}.`);
  return at < 0 ? messageAt.replace(TRAILING_INDICES, '') : dotted.slice(1, at + field.length + 1);
}

/**
 * The sources of each field error: its path where a member names it (else the member the message
 * sits in, as in a field map, or the head of a message that names its field), its message and code
 * from the members nearest that path. Two errors never share one member.
 */
function fieldErrorSources(error: ApiError, w: Witness, sources: Record<string, string>, made: string): void {
  const used = new Set<string>();
  const free = (paths: readonly string[] | undefined) => (paths ?? []).filter((p) => !used.has(p));
  error.fieldErrors.forEach((fe, i) => {
    const key = `fieldErrors.${i}`;
    const messages = free(w.byText.get(fe.message));
    const paths = free(w.byField.get(fe.path));
    let pathAt: string | undefined;
    let messageAt: string | undefined;
    let best = -1;
    for (const p of paths) {
      for (const m of messages.length > 0 ? messages : ['']) {
        const score = shared(p, m);
        if (score > best) [best, pathAt, messageAt] = [score, p, m || undefined];
      }
    }
    if (pathAt === undefined && messages[0] !== undefined) {
      // A field map: the member the message sits under is named by the field.
      messageAt = messages[0];
      pathAt = memberNamed(messageAt, fe.path);
    }
    let pathSource = pathAt === undefined ? undefined : `body:${pathAt}`;
    if (messageAt === undefined) {
      // A message that names its field first: "login: An object with this field already exists".
      const said = w.find((v) => {
        const m = typeof v === 'string' ? FIELD_MESSAGE.exec(v.trim()) : null;
        return m !== null && toFieldPath(m[1]) === fe.path && text(m[2]) === fe.message;
      });
      messageAt = said?.slice('body:'.length);
      if (said !== undefined && pathSource === undefined) {
        const head = FIELD_MESSAGE.exec(String(w.reads.find(([p]) => p === messageAt)?.[1]).trim())?.[1];
        pathSource = `message:"${head}:"`;
      }
    }
    // Stryker disable next-line ConditionalExpression: an undefined in `used` is harmless, no member's path is undefined.
    if (pathAt) used.add(pathAt);
    // Stryker disable next-line ConditionalExpression: as above.
    if (messageAt) used.add(messageAt);
    sources[`${key}.path`] = pathSource ?? w.inText(fe.path) ?? made;
    sources[`${key}.message`] =
      (messageAt && `body:${messageAt}`) ??
      w.inText(fe.message) ??
      w.header((v) => v.includes(fe.message)) ??
      made;
    if (fe.code !== undefined) {
      const codes = free(w.byText.get(fe.code));
      const near = codes.sort(
        // Stryker disable next-line StringLiteral: with neither a path nor a message, every code member shares no segment with the text compared, whatever it is.
        (a, b) => shared(b, pathAt ?? messageAt ?? '') - shared(a, pathAt ?? messageAt ?? ''),
      )[0];
      sources[`${key}.code`] = (near && `body:${near}`) ?? w.inText(fe.code) ?? made;
    }
  });
}

/**
 * Decodes like `decodeError` and tells how: which dialects were tried, which one read the body, and
 * where each field of the error came from. For a developer whose API's errors read wrong, and for
 * one writing a dialect: pass the `decoder` made with `createDecoder` to see what it reads. Total
 * like `decodeError` (any input gives an explanation and nothing throws), and free for apps that do
 * not import it: the decoder's readers record nothing.
 */
export function explainDecode(input: DecodeInput, options?: DecodeOptions): DecodeExplanation;
/** Any value at all gives an explanation too. */
export function explainDecode(input: unknown, options?: DecodeOptions): DecodeExplanation;
export function explainDecode(input: unknown, options?: DecodeOptions): DecodeExplanation {
  const now = clock(options);
  const given = prop(options, 'decoder');
  const decoder = (given === undefined ? defaultDecoder() : given) as Decoder;
  const dialects: DialectTried[] = [];
  let read: string | undefined;
  // The decoder again, with each dialect noting its turn; everything else goes to the decoder's own.
  const noting = {
    dialects: (list(prop(decoder, 'dialects')) ?? []).map((d) => {
      const name = prop(d, 'name');
      const shown = (typeof name === 'string' ? text(name, 100) : undefined) ?? 'custom';
      return {
        name,
        match(body: unknown, context: DialectContext) {
          const tried = { name: shown, matched: false };
          dialects.push(tried);
          tried.matched = Boolean((d as Dialect).match(body, context));
          return tried.matched;
        },
        read(body: unknown, context: DialectContext) {
          read = undefined;
          const reading = (d as Dialect).read(body, context);
          read = shown;
          return reading;
        },
      };
    }),
    kindOfCode: (code: string) => decoder.kindOfCode(code),
    // Read where the decode reads it, so a reader that throws fails the same way.
    get reader() {
      return decoder.reader;
    },
  } as unknown as Decoder;
  const error = decodeWith(noting, input, { now });
  const dialect = read === error.format ? read : undefined;
  let sources: Record<string, string>;
  try {
    const headers = get(input, 'headers');
    const reading = readHeaders(headers, now, {});
    const body = normalizeBody(get(input, 'body'), reading.contentType);
    const reads = new Map<string, unknown>();
    // Stryker disable next-line ObjectLiteral: the readers look at the same members whatever the clock says (only what they compute from them changes); the clock is given so that this is the very decode.
    decodeWith(decoder, { status: get(input, 'status'), headers, body: recording(body, reads) }, { now });
    sources = sourcesOf(error, new Witness(reads, reading.all, body, now), decoder, dialect ?? error.format);
  } catch {
    // A guard that keeps explainDecode total; no input is known to reach it (every hostile-value test passes without it).
    // Stryker disable next-line ObjectLiteral,StringLiteral: see above.
    sources = { status: 'status' };
  }
  return { error, dialects, dialect, sources };
}
