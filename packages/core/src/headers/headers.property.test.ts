import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_WAIT_MS } from '../decode/duration.js';
import { ALL_READERS } from '../decode/readers.js';
import { parseHttpDate } from './dates.js';
import { parseRetryAfter, readHeaders } from './headers.js';

/** Every built-in reader's hooks: the headers as `decodeError` reads them. */
const EVERY = Object.assign({}, ...ALL_READERS);

// Built headers: Retry-After dates written in every form a server may use, at instants next to the
// daylight-saving changes of the zones readers live in and at leap seconds, and header lists with
// odd spacing; each property states the value the header must read as.
const RUNS = 300;
const SECOND = 1000;
const HOUR = 3_600_000;
const WEEK = 7 * 24 * HOUR;

/** Daylight-saving changes, UTC: the US (2nd Sunday of March, 1st of November) and the EU (last Sundays). */
const DST_CHANGES = [
  '2025-03-09T07:00:00Z',
  '2025-03-30T01:00:00Z',
  '2025-10-26T01:00:00Z',
  '2025-11-02T06:00:00Z',
  '2026-03-08T07:00:00Z',
  '2026-03-29T01:00:00Z',
  '2026-10-25T01:00:00Z',
  '2026-11-01T06:00:00Z',
].map(Date.parse);

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** The UTC fields of an instant, with the seconds written as given (60 for a leap second). */
function fields(at: number, second = new Date(at).getUTCSeconds()) {
  const d = new Date(at);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(second)}`;
  return { d, time, day: DAYS[d.getUTCDay()] ?? '', month: MONTHS[d.getUTCMonth()] ?? '' };
}

/** An instant in every date form of RFC 9110 §5.6.7, and in ISO 8601 at a zone offset. */
const FORMS: Record<string, (at: number, second?: number) => string> = {
  'IMF-fixdate': (at, second) => {
    const { d, time, day, month } = fields(at, second);
    return `${day.slice(0, 3)}, ${two(d.getUTCDate())} ${month} ${d.getUTCFullYear()} ${time} GMT`;
  },
  'RFC 850': (at, second) => {
    const { d, time, day, month } = fields(at, second);
    return `${day}, ${two(d.getUTCDate())}-${month}-${two(d.getUTCFullYear() % 100)} ${time} GMT`;
  },
  asctime: (at, second) => {
    const { d, time, day, month } = fields(at, second);
    return `${day.slice(0, 3)} ${month} ${String(d.getUTCDate()).padStart(2, ' ')} ${time} ${d.getUTCFullYear()}`;
  },
  'ISO 8601, UTC': (at, second) => {
    const { d, time } = fields(at, second);
    return `${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}T${time}Z`;
  },
};

/** ISO 8601 at an offset, as a zone on either side of its change writes it: `2026-03-29T03:30:00+02:00`. */
function isoAt(at: number, offsetMinutes: number): string {
  const local = new Date(at + offsetMinutes * 60_000);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local.getUTCFullYear()}-${two(local.getUTCMonth() + 1)}-${two(local.getUTCDate())}T${two(
    local.getUTCHours(),
  )}:${two(local.getUTCMinutes())}:${two(local.getUTCSeconds())}${sign}${two(Math.floor(abs / 60))}:${two(abs % 60)}`;
}

/** A whole-second instant within a day and a half of a daylight-saving change. */
const nearChange = fc
  .tuple(fc.constantFrom(...DST_CHANGES), fc.integer({ min: -36 * 3600, max: 36 * 3600 }))
  .map(([change, seconds]) => change + seconds * SECOND);

/** Where the reader's clock is: up to a week before the date, or a little after it. */
const clockBefore = fc.integer({ min: -HOUR, max: WEEK + HOUR });

/** The time zones of the readers: the date must read the same in every one. */
const ZONES = ['UTC', 'America/New_York', 'Europe/Berlin', 'Australia/Lord_Howe', 'Asia/Kolkata'];
const originalZone = process.env.TZ;
afterEach(() => {
  if (originalZone === undefined) delete process.env.TZ;
  else process.env.TZ = originalZone;
});

describe('Retry-After dates near daylight-saving changes', () => {
  it('reads every date form as the wait until that instant, in any local zone, clamped to a week', () => {
    fc.assert(
      fc.property(
        nearChange,
        clockBefore,
        fc.constantFrom(...Object.keys(FORMS)),
        fc.constantFrom(...ZONES),
        (at, before, form, zone) => {
          process.env.TZ = zone;
          const now = at - before;
          const text = FORMS[form]?.(at) ?? '';
          expect(parseRetryAfter(text, now, parseHttpDate)).toBe(
            Math.min(Math.max(at - now, 0), MAX_WAIT_MS),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads an ISO 8601 date at the offset of either side of the change as the same instant', () => {
    // New York -05:00/-04:00, Berlin +01:00/+02:00, Lord Howe +10:30/+11:00, Kolkata +05:30, Chatham +13:45.
    const offsets = fc.constantFrom(-300, -240, 60, 120, 630, 660, 330, 825, 0);
    fc.assert(
      fc.property(nearChange, clockBefore, offsets, (at, before, offset) => {
        const now = at - before;
        expect(parseRetryAfter(isoAt(at, offset), now, parseHttpDate)).toBe(
          Math.min(Math.max(at - now, 0), MAX_WAIT_MS),
        );
      }),
      { numRuns: RUNS },
    );
  });
});

describe('Retry-After dates at a leap second', () => {
  // The leap seconds since 1990, each the last second of its UTC day (IERS Bulletin C).
  const LEAP_DAYS = [
    '1990-12-31',
    '1995-12-31',
    '1998-12-31',
    '2005-12-31',
    '2008-12-31',
    '2012-06-30',
    '2015-06-30',
    '2016-12-31',
  ];

  it('reads 23:59:60 as the last whole second of the day, in every form', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...LEAP_DAYS),
        fc.constantFrom(...Object.keys(FORMS)),
        fc.integer({ min: 1, max: 3600 }),
        (day, form, before) => {
          const lastSecond = Date.parse(`${day}T23:59:59Z`);
          const text = FORMS[form]?.(lastSecond, 60) ?? '';
          expect(text).toContain('23:59:60');
          expect(parseRetryAfter(text, lastSecond - before * SECOND, parseHttpDate)).toBe(before * SECOND);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** Optional whitespace as servers and proxies leave it around separators. */
const ows = fc.constantFrom('', ' ', '  ', '\t', ' \t ');

describe('header lists with odd spacing', () => {
  it('reads the first request id of a list a proxy appended to', () => {
    const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,24}$/);
    fc.assert(
      fc.property(id, fc.array(id, { maxLength: 3 }), ows, ows, ows, (first, rest, before, around, after) => {
        const value = before + [first, ...rest].join(`${around},${around}`) + after;
        expect(readHeaders({ 'X-Request-Id': value }, 0, EVERY).requestId).toBe(first);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads the count of a rate-limit header, whatever policy and spacing follow it', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 100_000 }),
        fc.nat({ max: 100_000 }),
        fc.nat({ max: 3600 }),
        ows,
        ows,
        fc.constantFrom(',', ';'),
        (limit, remaining, window, a, b, separator) => {
          const policy = `${a}${separator}${b}${limit};${b}w=${window}`;
          const reading = readHeaders(
            {
              'X-RateLimit-Limit': `${a}${limit}${policy}`,
              'X-RateLimit-Remaining': `${remaining}${b}${policy}`,
            },
            0,
            EVERY,
          );
          expect(reading.rateLimit).toEqual({ limit, remaining });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('binds the IETF RateLimit policy with the fewest requests left, with its reset and quota', () => {
    const policy = fc.record({
      name: fc.constantFrom('burst', 'minute', 'day'),
      quota: fc.integer({ min: 1, max: 10_000 }),
      left: fc.nat({ max: 3 }),
      reset: fc.nat({ max: 86_400 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(policy, { minLength: 1, maxLength: 3, selector: (p) => p.name }),
        ows,
        ows,
        (policies, a, b) => {
          const now = 1_780_000_000_000;
          const field = policies
            .map((p) => `"${p.name}"${a};${b}r=${p.left};${a}t=${p.reset}`)
            .join(`${b},${a}`);
          const declared = policies.map((p) => `"${p.name}";q=${p.quota};w=60`).join(`${a},${b}`);
          // The first policy with the fewest requests left binds.
          const binding = policies.reduce((min, p) => (p.left < min.left ? p : min));
          const reading = readHeaders({ RateLimit: field, 'RateLimit-Policy': declared }, now, EVERY);
          expect(reading.rateLimit).toEqual({
            limit: binding.quota,
            remaining: binding.left,
            resetAt: now + binding.reset * SECOND,
          });
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('finds the successor and help links of a Link list, whatever the spacing', () => {
    const path = fc.stringMatching(/^[a-z0-9]{1,12}$/);
    fc.assert(
      fc.property(path, path, ows, ows, ows, fc.boolean(), (successor, help, a, b, c, quoted) => {
        const rel = (name: string) => `rel${a}=${b}${quoted ? `"${name}"` : name}`;
        const value = `<https://api.example.com/${successor}>${a};${b}${rel('successor-version')}${c},${a}<https://docs.example.com/${help}>${c};${rel('help')}`;
        const reading = readHeaders({ Link: value }, 0, EVERY);
        expect(reading.successorUrl).toBe(`https://api.example.com/${successor}`);
        expect(reading.helpUrl).toBe(`https://docs.example.com/${help}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('joins a header sent several times with a comma, as fetch does', () => {
    const value = fc.stringMatching(/^[a-z0-9]{1,8}$/);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('Vary', 'vary', 'VARY'),
        (values, name) => {
          const pairs = values.map((v) => [name, v] as const);
          expect(readHeaders(pairs, 0, EVERY).all.vary).toBe(values.join(', '));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
