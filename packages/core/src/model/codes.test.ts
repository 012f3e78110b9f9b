import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_KINDS } from '../dialects/codes.js';
import { normalizeCode } from './codes.js';
import { isErrorKind } from './ErrorKind.js';

describe('normalizeCode', () => {
  it.each([
    ['RATE_LIMIT_EXCEEDED', 'rate_limit_exceeded'],
    ['rate-limit-exceeded', 'rate_limit_exceeded'],
    ['RateLimitExceeded', 'rate_limit_exceeded'],
    ['rateLimitExceeded', 'rate_limit_exceeded'],
    ['  __rate..limit__  ', 'rate_limit'],
    ['E404', 'e404'],
    ['', ''],
  ])('spells %j as %j', (code, normalized) => {
    expect(normalizeCode(code)).toBe(normalized);
  });

  it('spells codes right after more distinct codes than it remembers', () => {
    for (let i = 0; i < 5000; i++) expect(normalizeCode(`Quota${i}Hit`)).toBe(`quota${i}_hit`);
    expect(normalizeCode('RateLimitExceeded')).toBe('rate_limit_exceeded');
  });

  it('reads at most the first 120 characters', () => {
    expect(normalizeCode('a'.repeat(1000))).toHaveLength(120);
  });

  it.each([[`${'_'.repeat(1_000_000)}a`], [`${'a'.repeat(1_000_000)}!`], [`${'aB'.repeat(500_000)}`]])(
    'spells long input %# from its first 120 characters, in one pass',
    (code) => {
      expect(normalizeCode(code)).toBe(normalizeCode(code.slice(0, 120)));
    },
  );
});

describe('DEFAULT_CODE_KINDS', () => {
  it('maps every code, already in canonical spelling, to a kind', () => {
    for (const [code, kind] of Object.entries(DEFAULT_CODE_KINDS)) {
      expect(normalizeCode(code)).toBe(code);
      expect(isErrorKind(kind)).toBe(true);
    }
  });
});
