import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_WAIT_MS, parseDuration } from './duration.js';

// Built durations: each piece an amount and a unit word spelled as servers spell it, joined with or
// without spaces; the expected value is the sum of the pieces, capped at a week.
const RUNS = 500;

/** Every unit word faultline reads, and its length in ms. */
const UNITS: readonly (readonly [string, number])[] = [
  ['ms', 1],
  ['millisecond', 1],
  ['milliseconds', 1],
  ['s', 1000],
  ['sec', 1000],
  ['secs', 1000],
  ['second', 1000],
  ['seconds', 1000],
  ['m', 60_000],
  ['min', 60_000],
  ['mins', 60_000],
  ['minute', 60_000],
  ['minutes', 60_000],
  ['h', 3_600_000],
  ['hr', 3_600_000],
  ['hrs', 3_600_000],
  ['hour', 3_600_000],
  ['hours', 3_600_000],
  ['d', 86_400_000],
  ['day', 86_400_000],
  ['days', 86_400_000],
];

/** A word in any mix of cases: `Minutes`, `HR`. */
const anyCase = (word: string) =>
  fc
    .array(fc.boolean(), { minLength: word.length, maxLength: word.length })
    .map((upper) => [...word].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join(''));

interface Piece {
  text: string;
  ms: number;
}

/** One piece: a whole amount, or a half for units of a second and up (exact in binary). */
const piece: fc.Arbitrary<Piece> = fc
  .tuple(fc.constantFrom(...UNITS), fc.integer({ min: 0, max: 400 }), fc.boolean(), fc.boolean())
  .chain(([[unit, factor], whole, half, spaced]) =>
    anyCase(unit).map((word) => {
      const amount = half && factor >= 1000 ? whole + 0.5 : whole;
      return { text: `${amount}${spaced ? ' ' : ''}${word}`, ms: amount * factor };
    }),
  );

/** Spaces between pieces: none (every piece starts with a digit, so none is needed), one, or several. */
const gap = fc.constantFrom('', ' ', '  ', '\t');

const duration = fc.array(fc.tuple(piece, gap), { minLength: 1, maxLength: 5 }).chain((pieces) =>
  fc.tuple(fc.constantFrom('', ' ', '  '), fc.constantFrom('', ' ', '\t')).map(([before, after]) => ({
    text: before + pieces.map(([p, g], i) => (i === 0 ? p.text : g + p.text)).join('') + after,
    ms: pieces.reduce((sum, [p]) => sum + p.ms, 0),
  })),
);

describe('parseDuration on built durations', () => {
  it('reads several pieces as their sum, capped at a week, or nothing past 40 characters', () => {
    fc.assert(
      fc.property(duration, ({ text, ms }) => {
        expect(parseDuration(text)).toBe(text.length > 40 ? undefined : Math.min(ms, MAX_WAIT_MS));
      }),
      { numRuns: RUNS },
    );
  });

  it('caps the same piece repeated past a week at exactly a week', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 4 }), fc.integer({ min: 4, max: 7 }), (times, days) => {
        const text = Array.from({ length: times }, () => `${days}d`).join(' ');
        expect(parseDuration(text)).toBe(Math.min(times * days * 86_400_000, MAX_WAIT_MS));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads a bare number as that many of the bare unit, and never after another piece', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), piece, gap, (n, first, g) => {
        expect(parseDuration(`${n}`)).toBe(Math.min(n * 1000, MAX_WAIT_MS));
        expect(parseDuration(`${n}`, 1)).toBe(n);
        expect(parseDuration(`${first.text}${g || ' '}${n}`)).toBeUndefined();
      }),
      { numRuns: RUNS },
    );
  });
});
