import { describe, expect, it } from 'vitest';
import { clampWait, MAX_WAIT_MS, parseDuration, toMs } from './duration.js';

describe('parseDuration', () => {
  it('reads a number as seconds', () => {
    expect(parseDuration(12)).toBe(12_000);
  });

  it('reads zero as no wait at all, as a number and as text', () => {
    expect(parseDuration(0)).toBe(0);
    expect(parseDuration('0s')).toBe(0);
    expect(parseDuration('0 ms')).toBe(0);
  });

  it('reads a number in the bare unit it is given', () => {
    expect(parseDuration(1500, 1)).toBe(1500);
  });

  it('reads a numeric string as seconds', () => {
    expect(parseDuration(' 12 ')).toBe(12_000);
  });

  it.each([
    ['2.5s', 2500],
    ['100ms', 100],
    ['1m', 60_000],
    ['15 minutes', 900_000],
    ['2 hours', 7_200_000],
    ['1 day', 86_400_000],
    ['3 SECONDS', 3000],
    ['1m30s', 90_000],
    ['1h 5m', 3_900_000],
    [' 1m 30s ', 90_000],
    ['1.25s', 1250],
    ['0.5s', 500],
    ['0', 0],
  ])('reads "%s"', (value, ms) => {
    expect(parseDuration(value)).toBe(ms);
  });

  it.each([['soon'], ['-5'], ['5 fortnights'], ['1m 30'], ['1.2.3'], ['1.'], [''], ['   '], ['PT30S']])(
    'reads no duration from "%s"',
    (value) => {
      expect(parseDuration(value)).toBeUndefined();
    },
  );

  it('reads no duration from a negative, infinite or missing number', () => {
    for (const value of [-1, Number.NaN, Number.POSITIVE_INFINITY, undefined, null, {}, [], true]) {
      expect(parseDuration(value)).toBeUndefined();
    }
  });

  it('reads no duration from text longer than 40 characters', () => {
    expect(parseDuration(`${' '.repeat(40)}5`)).toBeUndefined();
    expect(parseDuration('1s'.padStart(40))).toBe(1000);
  });

  it('caps a duration at a week', () => {
    expect(parseDuration('999999 hours')).toBe(MAX_WAIT_MS);
  });

  it('caps a duration of several parts at a week, however many parts add up past it', () => {
    expect(parseDuration('7d 7d')).toBe(MAX_WAIT_MS);
    expect(parseDuration('6d 23h 59m 60s 1ms')).toBe(MAX_WAIT_MS);
    expect(parseDuration('6d 23h 59m 59s 999ms')).toBe(MAX_WAIT_MS - 1);
  });
});

describe('toMs', () => {
  it('converts an amount and a unit word', () => {
    expect(toMs(15, 'minutes')).toBe(900_000);
  });

  it('knows no unfamiliar unit', () => {
    expect(toMs(1, 'fortnight')).toBeUndefined();
  });

  it('refuses a negative amount', () => {
    expect(toMs(-1, 's')).toBeUndefined();
  });

  it('reads an amount of zero as no wait', () => {
    expect(toMs(0, 's')).toBe(0);
  });

  it('refuses an amount that is not a finite number', () => {
    expect(toMs(Number.NaN, 's')).toBeUndefined();
    expect(toMs(Number.POSITIVE_INFINITY, 'ms')).toBeUndefined();
  });
});

describe('clampWait', () => {
  it('rounds to whole milliseconds', () => {
    expect(clampWait(1.6)).toBe(2);
  });

  it('reads a negative wait as no wait', () => {
    expect(clampWait(-500)).toBe(0);
  });

  it('refuses a wait that is not finite', () => {
    expect(clampWait(Number.NaN)).toBeUndefined();
    expect(clampWait(Number.POSITIVE_INFINITY)).toBeUndefined();
  });
});

describe('parseDuration with adversarial input', () => {
  it('reads a megabyte of text as no duration', () => {
    expect(parseDuration(`1${' '.repeat(1_000_000)}!`)).toBeUndefined();
    expect(parseDuration(`${'a'.repeat(1_000_000)}!`)).toBeUndefined();
  });
});
