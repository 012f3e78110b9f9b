import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_KINDS } from '../dialects/codes.js';
import { kindFromWords, normalizeCode } from './codes.js';
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

// Slack's Web API errors (https://api.slack.com/web#errors) and Fastify's error codes
// (https://fastify.dev/docs/latest/Reference/Errors/).
describe('kindFromWords', () => {
  it.each([
    ['channel_not_found', 'not_found'],
    ['ratelimited', 'rate_limited'],
    ['not_authed', 'unauthenticated'],
    ['FST_ERR_VALIDATION', 'validation'],
  ])('reads %s as %s', (code, kind) => {
    expect(kindFromWords(code)).toBe(kind);
  });

  it('says nothing for a code whose words tell no kind', () => {
    expect(kindFromWords('is_archived')).toBeUndefined();
  });
});

describe('DEFAULT_CODE_KINDS', () => {
  it('maps every code, already in canonical spelling, to a kind', () => {
    for (const [code, kind] of Object.entries(DEFAULT_CODE_KINDS)) {
      expect(normalizeCode(code)).toBe(code);
      expect(isErrorKind(kind)).toBe(true);
    }
  });
});
