// Guarded readers for untrusted bodies: every access may meet a throwing getter, a revoked proxy,
// a cycle or a 10 MB string, so each one catches, caps and never walks far.

/** Longest text kept from any one server field. */
export const MAX_TEXT = 2000;
/** Most items read from any one array. */
export const MAX_ITEMS = 200;

/** Whether a value is a plain object-like record (not an array). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  try {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}

/** An own property of a record, or `undefined` when absent or when reading it throws. */
export function get(value: unknown, key: string): unknown {
  try {
    if (typeof value !== 'object') return undefined;
    // Stryker disable next-line ConditionalExpression: as `false`, Object.hasOwn throws on null and the catch gives the same undefined; the check spares the throw (`true`, reading nothing at all, fails the tests).
    if (value === null) return undefined;
    if (Object.hasOwn(value, key)) return (value as Record<string, unknown>)[key];
  } catch {
    // A throwing getter or proxy trap: nothing to read.
  }
  return undefined;
}

/** Follows a path of own properties. */
export function at(value: unknown, ...keys: string[]): unknown {
  let current = value;
  // Nothing is read from `undefined`: a missing step leaves the rest of the path undefined.
  for (const key of keys) current = get(current, key);
  return current;
}

/** Whether a record has an own property, guarded. */
export function has(value: unknown, key: string): boolean {
  try {
    if (typeof value !== 'object') return false;
    // Stryker disable next-line ConditionalExpression: as `false`, Object.hasOwn throws on null and the catch gives the same false; the check spares the throw (`true`, seeing nothing at all, fails the tests).
    if (value === null) return false;
    return Object.hasOwn(value, key);
  } catch {
    return false;
  }
}

/** What {@link text} puts where it cut a string. */
export const CUT_MARK = '…';

/** A character a person can see: not whitespace, a control, a format (zero-width) or a lone surrogate. */
export const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Cs}]/u;
/** A decimal number, perhaps negative, perhaps with spaces around it. */
export const NUMERIC = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * A trimmed string with at least one visible character (numbers become strings), capped at
 * {@link MAX_TEXT} without splitting a surrogate pair; else `undefined`.
 */
export function text(value: unknown, max = MAX_TEXT): string | undefined {
  let s: string;
  // Only the head of a long string is trimmed and tested (a slice of a short one is the string itself).
  if (typeof value === 'string') s = value.slice(0, max * 2);
  // Number.isFinite is true for finite numbers only, never for text that looks like one.
  else if (Number.isFinite(value)) s = String(value);
  else return undefined;
  s = s.trim();
  if (!VISIBLE.test(s)) return undefined;
  if (s.length <= max) return s;
  let end = max - 1;
  const last = s.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${s.slice(0, end)}${CUT_MARK}`;
}

/** A finite number, from a number or a numeric string; else `undefined`. */
export function num(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.length <= 32 && NUMERIC.test(value)) {
    return Number(value);
  }
  return undefined;
}

/** The first {@link MAX_ITEMS} items of an array; `undefined` for anything else. */
export function list(value: unknown, max = MAX_ITEMS): unknown[] | undefined {
  try {
    if (!Array.isArray(value)) return undefined;
    const out: unknown[] = [];
    const n = Math.min(value.length, max);
    for (let i = 0; i < n; i++) {
      try {
        out.push(value[i]);
      } catch {
        out.push(undefined);
      }
    }
    return out;
  } catch {
    // An array proxy whose length or trap throws: no list.
  }
  return undefined;
}

/** The own enumerable keys of a record, at most `max`, guarded. */
export function keys(value: unknown, max = MAX_ITEMS): string[] {
  try {
    if (!isRecord(value)) return [];
    const out: string[] = [];
    for (const key in value) {
      if (!Object.hasOwn(value, key)) continue;
      out.push(key);
      if (out.length >= max) break;
    }
    return out;
  } catch {
    return [];
  }
}

const MAX_REQUEST_ID = 256;

/** A request id support can use: text of at most 256 characters (a longer value is no id). */
export function shortId(value: unknown): string | undefined {
  const id = text(value, MAX_REQUEST_ID + 1);
  return id !== undefined && id.length <= MAX_REQUEST_ID ? id : undefined;
}

/** The first of several keys that holds text. */
export function firstText(value: unknown, names: readonly string[]): string | undefined {
  for (const name of names) {
    const found = text(get(value, name));
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Longest link faultline keeps; a longer one is refused rather than cut into a different address. */
export const MAX_URL = 2048;

/**
 * An absolute http(s) URL as a string, or `undefined` for any other scheme (`javascript:`, `data:`),
 * a relative reference, text that is no URL, a link longer than {@link MAX_URL} or cut short, or a
 * URL with credentials (`https://docs.example@evil.test` reads as a trusted host but is not one).
 */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || value.length > MAX_URL * 2) return undefined;
  const s = value.trim();
  // A link that {@link text} cut short is another address: refuse it rather than link there.
  if (s.length > MAX_URL || s.endsWith(CUT_MARK)) return undefined;
  // Text with no scheme (`invalid_request_error`, or none at all) is no absolute URL: refused without the parser's throw.
  // Stryker disable next-line ConditionalExpression,StringLiteral: as `false` or `""`, the URL parser refuses the same text by throwing and the catch gives the same undefined (`true`, refusing every link, fails the tests).
  if (!s.includes(':')) return undefined;
  try {
    // An http(s) URL always has a host: the parser refuses `https://` alone.
    const url = new URL(s);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username !== '' || url.password !== '') return undefined;
    if (url.href.length <= MAX_URL) return url.href;
  } catch {
    // Not a URL.
  }
  return undefined;
}

/**
 * A property of any object, inherited ones included (a `Response`'s `status`, a `DOMException`'s
 * `name`), or `undefined` when reading it throws. Only for values the caller made, never for bodies.
 */
export function prop(value: unknown, key: string): unknown {
  try {
    if (typeof value !== 'object' && typeof value !== 'function') return undefined;
    // Stryker disable next-line ConditionalExpression: as `true`, reading null throws and the catch gives the same undefined; the check spares the throw (`false`, reading nothing at all, fails the tests).
    if (value !== null) return (value as Record<string, unknown>)[key];
  } catch {
    // A throwing getter or proxy trap.
  }
  return undefined;
}

/** What a member name keeps when case and separators are dropped (`error_message`, `ErrorMessage` → `errormessage`). */
export const NAME_NOISE = /[^a-z0-9]/g;

/** Member names already put in their plain form: an app's bodies use the same few names again and again. */
const MEMBER_NAMES = /* @__PURE__ */ new Map<string, string>();

/**
 * A member name without case, separators or namespace prefix (Hydra's `hydra:description` is a
 * `description`). Names of up to 64 characters are remembered, at most 2,048 of them.
 */
function memberName(key: string): string {
  if (key.length > 64) return '';
  let name = MEMBER_NAMES.get(key);
  // Stryker disable next-line ConditionalExpression: the memo only spares work; the name is the same when worked out again.
  if (name === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: when the memo is emptied bounds its memory only; no name read changes.
    if (MEMBER_NAMES.size >= 2048) MEMBER_NAMES.clear();
    name = key
      .slice(key.lastIndexOf(':') + 1)
      .toLowerCase()
      .replace(NAME_NOISE, '');
    MEMBER_NAMES.set(key, name);
  }
  return name;
}

/**
 * The members of a record by their name without case, separators or namespace prefix, so `request_id`, `requestId`,
 * `Request-Id` and `RequestID` meet as `requestid`; the first spelling wins. Guarded and capped.
 */
export function byName(value: unknown): ReadonlyMap<string, unknown> {
  const out = new Map<string, unknown>();
  for (const key of keys(value, 100)) {
    const name = memberName(key);
    if (name !== '' && !out.has(name)) out.set(name, get(value, key));
  }
  return out;
}

/** Space-separated names as a list (a compact source for the name tables). */
export function names(value: string): readonly string[] {
  return value.split(' ');
}
