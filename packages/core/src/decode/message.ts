import { kindFromWords } from '../model/codes.js';
import type { ErrorKind } from '../model/ErrorKind.js';
import { toFieldPath } from '../model/paths.js';
import type { Reader, ServerWords } from '../model/types.js';
import { GENERIC_KINDS } from './decode.js';
import { toMs } from './duration.js';

// The last resort the API leaves: what the human message says. Only the head of the message is
// read, and no pattern can backtrack: each optional piece starts with a word or a character class
// the piece before it cannot match, so a match is found or refused in one pass.
const HEAD = 600;
/** A wait the message states: "try again in 15 minutes", "retry after 12 s". */
export const WAIT =
  /\b(?:try(?:ing)?\s+again|retry(?:ing)?|wait|again)\b(?:\s+(?:in|after|for))?(?:\s+(?:about|approximately|at\s+least))?\s+(\d{1,7}(?:\.\d{1,3})?)\s?(milliseconds?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d)\b/i;
/** A request id the message names: "request ID: req_abc123". */
export const REQUEST_ID =
  /\b(?:request|correlation|trace|incident)[ _-]?id\b(?:\s+(?:is|was)\b)?[^A-Za-z0-9]{0,4}([A-Za-z0-9][\w:-]{2,127}(?:\.[\w:-]+)*)/i;

/** A wait the message states ("Try again in 15 minutes", "Please retry after 12 seconds"). */
export function waitFromMessage(message: string): number | undefined {
  const match = WAIT.exec(message.slice(0, HEAD));
  if (!match?.[1] || !match[2]) return undefined;
  return toMs(Number(match[1]), match[2]);
}

/** A request id the message names ("contact support with request ID: req_abc123."). */
export function requestIdFromMessage(message: string): string | undefined {
  const match = REQUEST_ID.exec(message.slice(0, HEAD));
  return match?.[1];
}

/**
 * A message that names one field first: "name: must not be empty", "items[0].url: must use https",
 * "conditions.people: At least one of …". The path starts in lower case, so "Error: …" names none.
 */
export const FIELD_MESSAGE = /^([a-z_][\w.[\]-]{0,99}):\s+(\S[^\n]{0,499})$/;

/** The field (as a dotted path) and its message when the whole message is "field: text". */
export function fieldFromMessage(message: string): { path: string; message: string } | undefined {
  if (message.length > 700) return undefined;
  const match = FIELD_MESSAGE.exec(message.trim());
  const path = toFieldPath(match?.[1]);
  // Stryker disable next-line LogicalOperator,OptionalChaining: a match has a path and a text, no match has neither (and then `match` is not read).
  return path && match?.[2] ? { path, message: match[2] } : undefined;
}

// What the server's words are: a human sentence, a code-like token, or the status's reason phrase
// said again. Only the first is shown; a token is a code; a reason phrase gives way to the kit's copy.

/** A token a program reads: ASCII letters, digits and `_ . : # / -`, no space (`invalid_auth`, `NotFound`, `E0000001`). */
export const TOKEN = /^[\w.:#/-]{1,100}$/;
/** One capitalized word, perhaps with a full stop: a word for people (`Unauthenticated.`), not a code. */
export const WORD = /^[A-Z][a-z']*[.!]?$/;
/** Everything that is not a letter, for comparing reason phrases (`504 Gateway Time-out` → `gatewaytimeout`). */
export const NOT_LETTER = /[^a-z]/g;
/** `HTTP` or `Error` before a reason phrase (`HTTP 404 Not Found`). */
export const PHRASE_PREFIX = /^(?:http|error|status)/;

// The reason phrases of RFC 9110 servers send in error bodies (the rare ones left out), and the
// common variants they print, without spaces, lower case.
const REASON_PHRASES = /* @__PURE__ */ new Set(
  'badrequest unauthorized paymentrequired forbidden notfound methodnotallowed notacceptable requesttimeout conflict gone preconditionfailed payloadtoolarge contenttoolarge requestentitytoolarge uritoolong unsupportedmediatype imateapot unprocessableentity unprocessablecontent locked toomanyrequests unavailableforlegalreasons internalservererror notimplemented badgateway serviceunavailable gatewaytimeout'.split(
    ' ',
  ),
);

/** Whether text is a code-like token rather than words for people: `invalid_auth`, `EMAIL_NOT_FOUND`, `404`. */
export function isCodeLike(value: string): boolean {
  return TOKEN.test(value) && !WORD.test(value);
}

/** Whether text only restates an HTTP reason phrase: `Not Found`, `504 Gateway Time-out`, `HTTP 404 Not Found`. */
export function isReasonPhrase(value: string): boolean {
  if (value.length > 60) return false;
  const letters = value.toLowerCase().replace(NOT_LETTER, '').replace(PHRASE_PREFIX, '');
  return letters === '' || REASON_PHRASES.has(letters);
}

/** Whether text is words a person should read: neither a code-like token nor a restated reason phrase. */
export function isSentence(value: string): boolean {
  return !isCodeLike(value) && !isReasonPhrase(value);
}

/**
 * A code as an API's clients should read it: namespaces dropped, as the Smithy AWS protocols tell
 * clients to (`aws.protocoltests#FooError`, `FooError:http://internal.amazon.com/…` → `FooError`);
 * `undefined` for a URI, which names a document rather than a code.
 */
export function bareCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  // What comes before a `:http…` namespace, as Smithy's JSON protocols send it.
  const pieces = value.trim().slice(0, 300).split(':http', 1);
  // Stryker disable next-line StringLiteral: split always gives a first piece; the '' only satisfies the type.
  const s = pieces[0] ?? '';
  if (s.includes('://') || s.startsWith('about:') || s.startsWith('urn:')) return undefined;
  const code = s.slice(s.lastIndexOf('#') + 1);
  return TOKEN.test(code) ? code : undefined;
}

/**
 * A code before the text: `UPPER_CODE : text` or `UPPER_CODE: text`, as Firebase Auth sends it
 * (`WEAK_PASSWORD : Password should be …`), or `Code:Text` with no space, as Kraken does
 * (`EAPI:Invalid key`). "Note: …" is no code: a code before `: ` needs an underscore.
 */
export const CODE_PREFIX =
  /^(?:([A-Z][A-Z0-9]*_[A-Z0-9_]{1,98}) ?: |([A-Z][\w.]{1,60}):(?=\S))(\S[\s\S]{0,1999})$/;

/**
 * The server's own words: a message that is only a code-like token is a code and no message; one that
 * starts with `UPPER_CODE : ` gives that code and the text after it; one that only restates the
 * reason phrase ("Not Found", "504 Gateway Time-out") is no message, so the kit's copy stands in.
 */
export function serverWords(message: string): ServerWords {
  const prefixed = CODE_PREFIX.exec(message);
  const code = prefixed?.[1] ?? prefixed?.[2];
  // Stryker disable next-line LogicalOperator,OptionalChaining: a match has a code and a text, no match has neither (and then `prefixed` is not read).
  if (code && prefixed?.[3]) return { message: prefixed[3].trim(), code };
  if (isCodeLike(message)) return { message: undefined, token: message };
  return { message: isReasonPhrase(message) ? undefined : message };
}

/**
 * The kind a code's words name (`channel_not_found`), when they may refine `kind` (the status's own,
 * `statusKind`, or a rate limit a 403 became): they name the kind of a 2xx error (Slack's
 * `invalid_auth`), make a plain 400 or 500 a validation or sign-in error (`FST_ERR_VALIDATION`), make
 * any status a rate limit (`TOO_MANY_ATTEMPTS_TRY_LATER`), and keep the status's own kind when they
 * name it.
 */
function kindFromCodeWords(code: string, kind: ErrorKind, statusKind: ErrorKind): ErrorKind | undefined {
  // Words that name no kind give no kind, whichever branch is taken.
  const words = kindFromWords(code);
  return kind === 'unknown' ||
    words === 'rate_limited' ||
    words === statusKind ||
    (GENERIC_KINDS.has(kind) && (words === 'validation' || words === 'unauthenticated'))
    ? words
    : undefined;
}

/**
 * The server's words, a reader a decoder is assembled from: a message that is only a code-like token
 * (`EMAIL_NOT_FOUND`) is the code, one that starts with a code (`WEAK_PASSWORD : …`) gives it, one
 * that only restates the reason phrase ("Not Found") gives way to the kit's copy; AWS's
 * `X-Amzn-ErrorType` header is the code of a body that names none; and a code no table knows names
 * its kind by its words (`channel_not_found` is `not_found`). A decoder without it shows the message
 * as sent and takes the kind from the status, the code tables and the dialect.
 */
export const codeWords: Reader = {
  words: serverWords,
  headerCode: (headers) => bareCode(headers['x-amzn-errortype']),
  codeKind: kindFromCodeWords,
};

/**
 * What a message states, a reader a decoder is assembled from, the last resort when the envelope has
 * no field for it: a wait ("Try again in 15 minutes") for an error worth retrying, a request id
 * ("request ID: req_abc123") and the field a message names first ("email: is taken") on a 400 or 422.
 */
export const messageHints: Reader = {
  messageWait: waitFromMessage,
  messageRequestId: requestIdFromMessage,
  messageField: fieldFromMessage,
};
