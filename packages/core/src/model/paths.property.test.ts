import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toFieldPath } from './paths.js';

// Built paths: field names (with `/` and `~` in them, next to the digits of the escapes), written
// as a JSON pointer, a location array and a bracketed path; each must read as the names joined
// with dots.
const RUNS = 500;

/** A field name: no dot (a dot separates names), no space at either end (names are trimmed). */
const name = fc
  .string({
    unit: fc.constantFrom('a', 'b', 'z', '0', '1', '~', '/', '_', '-', ' '),
    minLength: 1,
    maxLength: 8,
  })
  .filter((s) => s.trim() === s);

const names = fc.array(name, { minLength: 1, maxLength: 6 });

/** RFC 6901: `~` is written `~0` and `/` is written `~1`, in that order. */
const escapeName = (segment: string) => segment.replaceAll('~', '~0').replaceAll('/', '~1');

describe('toFieldPath on built paths', () => {
  it('reads a JSON pointer as its unescaped names joined with dots', () => {
    fc.assert(
      fc.property(names, fc.boolean(), (segments, fragment) => {
        const pointer = `${fragment ? '#' : ''}/${segments.map(escapeName).join('/')}`;
        expect(toFieldPath(pointer)).toBe(segments.join('.'));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads `~01` as `~1` and `~10` as `/0`: each escape is undone once', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('~01', '~10', '~0', '~1', 'a', '0', '1'), { minLength: 1 }),
        (parts) => {
          const segment = parts.join('');
          const expected = segment.replace(/~([01])/g, (_, digit) => (digit === '0' ? '~' : '/'));
          expect(toFieldPath(`/${segment}`)).toBe(expected);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('reads a location array of names and indexes as the same dotted path', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(name, fc.nat({ max: 99 })), { minLength: 1, maxLength: 6 }), (parts) => {
        expect(toFieldPath(parts)).toBe(parts.join('.'));
      }),
      { numRuns: RUNS },
    );
  });

  it('reads bracketed indexes and quoted names as dotted segments', () => {
    const word = fc.stringMatching(/^[a-z][a-z0-9_]{0,7}$/);
    fc.assert(
      fc.property(
        word,
        fc.array(fc.oneof(fc.nat({ max: 99 }), word), { maxLength: 5 }),
        fc.constantFrom('', '$.'),
        (head, rest, prefix) => {
          const text =
            prefix + head + rest.map((p) => (typeof p === 'number' ? `[${p}]` : `["${p}"]`)).join('');
          expect(toFieldPath(text)).toBe([head, ...rest].join('.'));
        },
      ),
      { numRuns: RUNS },
    );
  });
});
