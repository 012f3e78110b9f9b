// HTTP dates as servers send them in `Retry-After` and rate-limit resets, read without the local time
// zone and without the guesses `Date.parse` makes.

import type { Reader } from '../model/types.js';

/** Month names, three letters each: a name's index over 3 is its month. */
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
// The three HTTP-date forms RFC 9110 §5.6.7 asks recipients to accept, and ISO 8601 with a zone.
// Every token is fixed or bounded, so matching is linear whatever the input.
/** `Sun, 06 Nov 1994 08:49:37 GMT`. */
export const IMF_FIXDATE = /^[a-z]{3}, (\d{2}) ([a-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) (?:gmt|utc)$/i;
/** `Sunday, 06-Nov-94 08:49:37 GMT`. */
export const RFC_850 = /^[a-z]{6,9}, (\d{2})-([a-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) (?:gmt|utc)$/i;
/** `Sun Nov  6 08:49:37 1994`. */
export const ASCTIME = /^[a-z]{3} ([a-z]{3}) {1,2}(\d{1,2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/i;
/** `1994-11-06T08:49:37Z`, `…+01:00`: ISO 8601 with a zone. */
export const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})[t ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(z|[+-]\d{2}:?\d{2})$/i;

function utc(
  year: number,
  monthName: string | number,
  day: number,
  hour: number,
  minute: number,
  second: number,
): number | undefined {
  // A month is a name (`Nov`) in the HTTP-date forms and a number (1-12) in ISO 8601.
  const month = typeof monthName === 'number' ? monthName - 1 : MONTHS.indexOf(monthName.toLowerCase()) / 3;
  if (
    !Number.isInteger(month) ||
    month < 0 ||
    month > 11 ||
    day < 1 ||
    hour > 23 ||
    minute > 59 ||
    second > 60
  )
    return undefined;
  if (day > new Date(Date.UTC(year, month + 1, 0)).getUTCDate()) return undefined;
  return Date.UTC(year, month, day, hour, minute, Math.min(second, 59));
}

/** A zone's offset from UTC: `Z` has no digits, so it is 0. */
function zoneOffsetMs(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * 60_000;
}

/**
 * An IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`), the one form RFC 9110 has every server send, as
 * epoch ms; `undefined` for anything else, an impossible date included.
 */
export function parseImfDate(value: string): number | undefined {
  // Its callers trim: `parseRetryAfter` and `parseHttpDate`.
  const m = IMF_FIXDATE.exec(value);
  return m ? utc(+m[3]!, m[2]!, +m[1]!, +m[4]!, +m[5]!, +m[6]!) : undefined;
}

/**
 * An HTTP date (`Sun, 06 Nov 1994 08:49:37 GMT`, the obsolete RFC 850 and asctime forms) or an
 * ISO 8601 instant with a zone, as epoch ms; `undefined` for anything else. Unlike `Date.parse`,
 * it reads no local time zone and accepts no guesses ("1", "-5", "in 5" are not dates).
 */
export function parseHttpDate(value: string, now: number): number | undefined {
  const s = value.trim();
  let m = RFC_850.exec(s);
  if (m) {
    // RFC 9110: a two-digit year more than 50 years ahead is the most recent past year ending so.
    const current = new Date(now).getUTCFullYear();
    let year = +m[3]! + current - (current % 100);
    if (year > current + 50) year -= 100;
    return utc(year, m[2]!, +m[1]!, +m[4]!, +m[5]!, +m[6]!);
  }
  m = ASCTIME.exec(s);
  if (m) return utc(+m[6]!, m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!);
  m = ISO_8601.exec(s);
  if (m) {
    const base = utc(+m[1]!, +m[2]!, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0));
    if (base === undefined) return undefined;
    const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    return base + fraction - zoneOffsetMs(m[8]!);
  }
  return parseImfDate(s);
}

/**
 * Every form of HTTP date, a reader a decoder is assembled from: a `Retry-After` date in the obsolete
 * RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) or asctime (`Sun Nov  6 08:49:37 1994`) forms, which
 * RFC 9110 asks recipients to accept, or in ISO 8601. A decoder without it reads the IMF-fixdate every
 * current server sends (and delta seconds).
 */
export const httpDates: Reader = { date: parseHttpDate };
