import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  FIELD_NAME,
  LOWER_START,
  NAME_ONLY,
  OBJECT_TYPE,
  PLACEHOLDER,
  RESOURCE_MEMBER,
} from '../dialects/generic.js';
import { LOWER_FIRST } from '../dialects/text.js';
import { XML_START } from '../dialects/xml.js';
import { ASCTIME, IMF_FIXDATE, ISO_8601, RFC_850 } from '../headers/dates.js';
import { CONTROL, DELTA_SECONDS, ID_HEADER } from '../headers/headers.js';
import { REL, WHITESPACE_RUN } from '../headers/links.js';
import { LIST_SEPARATOR } from '../headers/rateLimit.js';
import { QUOTES, TRACE_METRIC, TRACEPARENT } from '../headers/trace.js';
import { TRACE_ID } from '../model/ApiErrorJSON.js';
import { CAMEL_BOUNDARY, EDGE_SEPARATOR, SEPARATOR_RUN } from '../model/codes.js';
import {
  EMPTY_BRACKET,
  INDEX_SEGMENT,
  NAME_BRACKET,
  POINTER_SLASH,
  POINTER_TILDE,
  QUOTED_BRACKET,
} from '../model/paths.js';
import { MARKUP, REFERENCE, SPACES } from '../xml/xml.js';
import { FIRST_VISIBLE } from './body.js';
import { RATE_LIMIT, STATUS_TEXT } from './decode.js';
import { PIECE, UNIT } from './duration.js';
import { NOT_WORD, PLAIN_KEY, TRAILING_INDICES, WAIT_NAME } from './explainDecode.js';
import {
  CODE_PREFIX,
  FIELD_MESSAGE,
  NOT_LETTER,
  PHRASE_PREFIX,
  REQUEST_ID,
  TOKEN,
  WAIT,
  WORD,
} from './message.js';
import { NAME_NOISE, NUMERIC, VISIBLE } from './read.js';
import { CHARSET } from './readResponse.js';

// Every pattern core uses, run on a megabyte of the input most likely to make it backtrack. The
// readers cap what they pass to these patterns; these tests hold the patterns to linear time even
// without the caps. Nothing here measures speed: a linear pattern finishes all of this in well under
// a second, a backtracking one takes hours. Because a regular expression cannot be interrupted, each
// pattern runs in a worker, and a watchdog turns a pattern that never finishes into a failure that
// names it instead of a test run that hangs.
const PATTERNS: Record<string, RegExp> = {
  FIRST_VISIBLE,
  CAMEL_BOUNDARY,
  SEPARATOR_RUN,
  EDGE_SEPARATOR,
  STATUS_TEXT,
  WAIT_NAME,
  NOT_WORD,
  TRAILING_INDICES,
  PLAIN_KEY,
  PIECE,
  UNIT,
  CHARSET,
  IMF_FIXDATE,
  RFC_850,
  ASCTIME,
  ISO_8601,
  DELTA_SECONDS,
  ID_HEADER,
  LIST_SEPARATOR,
  TRACEPARENT,
  TRACE_ID,
  TRACE_METRIC,
  QUOTES,
  CONTROL,
  REL,
  WHITESPACE_RUN,
  WAIT,
  REQUEST_ID,
  FIELD_MESSAGE,
  POINTER_SLASH,
  POINTER_TILDE,
  QUOTED_BRACKET,
  NAME_BRACKET,
  EMPTY_BRACKET,
  INDEX_SEGMENT,
  VISIBLE,
  NUMERIC,
  XML_START,
  REFERENCE,
  SPACES,
  MARKUP,
  NAME_NOISE,
  TOKEN,
  WORD,
  NOT_LETTER,
  PHRASE_PREFIX,
  CODE_PREFIX,
  RATE_LIMIT,
  FIELD_NAME,
  LOWER_START,
  NAME_ONLY,
  OBJECT_TYPE,
  PLACEHOLDER,
  RESOURCE_MEMBER,
  LOWER_FIRST,
};

const M = 1_000_000;
/** Inputs as `[prefix, unit, times, suffix]`, built inside the worker. */
const ADVERSARIAL: readonly (readonly [string, string, number, string])[] = [
  ['', 'a', M, '!'],
  ['', ' ', M, '!'],
  ['', '1', M, '!'],
  ['1', ' ', M, '!'],
  ['1.', '1', M, '!'],
  ['', '_', M, 'a'],
  ['', 'aB', M / 2, ''],
  ['', '[', M, ''],
  ['', '["', M / 2, ''],
  ['', '[a', M / 2, ''],
  ['', '~', M, ''],
  ['', '\u200b', M, ''],
  ['', '0', M, 'x'],
  ['', 'rel=', M / 4, ''],
  ['', 'rel="', M / 5, ''],
  ['rel', ' ', M, ''],
  ['', 'retry ', M / 6, ''],
  ['', 'try again in 1', M / 14, ''],
  ['', 'request id ', M / 11, ''],
  ['request id ', 'a.', M / 2, '!'],
  ['', ';charset=', M / 9, ''],
  ['', 'Fri, 15 Jan 2027 ', M / 17, ''],
  ['00-', 'a', M, ''],
  ['', '1m', M / 2, '!'],
  ['<', 'a', M, ''],
  ['<', 'a.', M / 2, ' '],
  ['', '&#', M / 2, ''],
  ['', '&#x', M / 3, ''],
  ['', '&#1', M / 3, ''],
  ['', '&am', M / 3, ''],
  ['', ' \n', M / 2, 'x'],
  ['<a ', 'b', M, ''],
  ['<a ', '"', M, ''],
  ['<a', ' b="c"', M / 6, ''],
  ['<a', " b='c", M / 5, ''],
  ['<!--', '-', M, ''],
  ['<![CDATA[', ']', M, ''],
  ['<?', '?', M, ''],
  ['<', '/', M, ''],
  ['', 'A_', M / 2, ' : '],
  ['', '-request', M / 8, ''],
  ['', 'rate ', M / 5, ''],
  ['data.', 'attributes.', M / 11, ''],
];

// Plain JavaScript, evaluated by the worker: build each input and run the pattern over all of it
// (a global pattern to its last match, as `replace` runs it; a sticky one from the start).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const pattern = new RegExp(workerData.source, workerData.flags);
for (const [prefix, unit, times, suffix] of workerData.inputs) {
  const input = prefix + unit.repeat(times) + suffix;
  if (pattern.global) input.replace(pattern, '');
  else {
    pattern.lastIndex = 0;
    pattern.exec(input);
  }
}
parentPort.postMessage('done');
`;

/** Generous enough for the slowest machine to run a linear pattern; hours short of a backtracking one. */
const WATCHDOG_MS = 60_000;

function runInWorker(pattern: RegExp): Promise<string> {
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: { source: pattern.source, flags: pattern.flags, inputs: ADVERSARIAL },
  });
  return new Promise<string>((resolve) => {
    const watchdog = setTimeout(() => resolve('still running'), WATCHDOG_MS);
    worker.once('message', (message: string) => resolve(message));
    worker.once('error', (error: Error) => resolve(`failed: ${error.message}`));
    worker.once('exit', () => clearTimeout(watchdog));
  }).finally(() => worker.terminate());
}

describe('the patterns core reads text with', () => {
  it.each(Object.entries(PATTERNS))(
    '%s finishes every adversarial input in one pass',
    async (_, pattern) => {
      expect(await runInWorker(pattern)).toBe('done');
    },
    WATCHDOG_MS + 10_000,
  );
});
