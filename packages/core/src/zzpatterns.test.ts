import { describe, expect, it } from 'vitest';
import { FIRST_VISIBLE } from './body.js';
import { CAMEL_BOUNDARY, EDGE_SEPARATOR, SEPARATOR_RUN } from './codes.js';
import { STATUS_TEXT } from './decodeError.js';
import { PIECE } from './duration.js';
import { CHARSET } from './fromResponse.js';
import {
  ALL_ZERO,
  ASCTIME,
  CONTROL,
  DELTA_SECONDS,
  IMF_FIXDATE,
  ISO_8601,
  LIST_SEPARATOR,
  REL,
  RFC_850,
  TRACEPARENT,
  WHITESPACE_RUN,
} from './headers.js';
import { REQUEST_ID, WAIT } from './message.js';
import { EMPTY_BRACKET, NAME_BRACKET, POINTER_SLASH, POINTER_TILDE, QUOTED_BRACKET } from './paths.js';
import { NUMERIC, VISIBLE } from './read.js';

// Every pattern core uses, run on a megabyte of the input most likely to make it backtrack. The
// readers cap what they pass to these patterns; these tests hold the patterns to linear time even
// without the caps. Nothing here measures time: a pattern that backtracks takes hours on this
// input, so it fails by the test timeout, never by a flaky threshold.
const PATTERNS: Record<string, RegExp> = {
  FIRST_VISIBLE,
  CAMEL_BOUNDARY,
  SEPARATOR_RUN,
  EDGE_SEPARATOR,
  STATUS_TEXT,
  PIECE,
  CHARSET,
  IMF_FIXDATE,
  RFC_850,
  ASCTIME,
  ISO_8601,
  DELTA_SECONDS,
  LIST_SEPARATOR,
  TRACEPARENT,
  ALL_ZERO,
  CONTROL,
  REL,
  WHITESPACE_RUN,
  WAIT,
  REQUEST_ID,
  POINTER_SLASH,
  POINTER_TILDE,
  QUOTED_BRACKET,
  NAME_BRACKET,
  EMPTY_BRACKET,
  VISIBLE,
  NUMERIC,
  FIELD_MAPS_POINTER: /^\s*#?\/?\s*$/,
  OLD_DURATION: /^\s*(\d+(?:\.\d+)?)\s*([a-zA-Z]*)\s*$/,
};

const M = 1_000_000;
const ADVERSARIAL: Record<string, string> = {
  'letters then !': `${'a'.repeat(M)}!`,
  'spaces then !': `${' '.repeat(M)}!`,
  'digits then !': `${'1'.repeat(M)}!`,
  'a digit, spaces, then !': `1${' '.repeat(M)}!`,
  'a decimal that never ends': `1.${'1'.repeat(M)}!`,
  'underscores then a letter': `${'_'.repeat(M)}a`,
  'camel case': 'aB'.repeat(M / 2),
  'open brackets': '['.repeat(M),
  'open quoted brackets': '["'.repeat(M / 2),
  'open named brackets': '[a'.repeat(M / 2),
  tildes: '~'.repeat(M),
  'zero-width spaces': '\u200b'.repeat(M),
  'zeros then x': `${'0'.repeat(M)}x`,
  'rel= repeated': 'rel='.repeat(M / 4),
  'rel=" repeated': 'rel="'.repeat(M / 5),
  'rel then spaces': `rel${' '.repeat(M)}`,
  'retry repeated': 'retry '.repeat(M / 6),
  'try again in 1 repeated': 'try again in 1'.repeat(M / 14),
  'request id repeated': 'request id '.repeat(M / 11),
  'request id then dotted letters': `request id ${'a.'.repeat(M / 2)}!`,
  'charset repeated': ';charset='.repeat(M / 9),
  'half a date repeated': 'Fri, 15 Jan 2027 '.repeat(M / 17),
  'a traceparent that never ends': `00-${'a'.repeat(M)}`,
  'duration pieces then !': `${'1m'.repeat(M / 2)}!`,
};

function run(pattern: RegExp, input: string): void {
  // A global pattern is run to the last match, as `replace` runs it; a sticky one from the start.
  if (pattern.global) input.replace(pattern, '');
  else {
    pattern.lastIndex = 0;
    pattern.exec(input);
  }
}

describe('the patterns core reads text with', () => {
  it.each(Object.entries(PATTERNS))('%s finishes every adversarial input in one pass', (_, pattern) => {
    for (const input of Object.values(ADVERSARIAL)) {
      expect(() => run(pattern, input)).not.toThrow();
    }
  });
});
