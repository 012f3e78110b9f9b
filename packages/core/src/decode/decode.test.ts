// The pipeline itself (decodeWith), apart from any built-in dialect or reader: a decoder whose one
// dialect returns a fixed reading shows what the pipeline makes of each field.
import { describe, expect, it } from 'vitest';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import type { Decoder, Dialect, DialectReading, Reader } from '../model/types.js';
import { createDecoder } from './createDecoder.js';
import { decodeWith } from './decode.js';
import { ALL_READERS } from './readers.js';

const NOW = 1_800_000_000_000;

/** A decoder whose only dialect returns the given reading, with the given readers. */
function saying(reading: DialectReading, readers: readonly Reader[] = []) {
  const dialect: Dialect = { name: 'fixed', match: () => true, read: () => reading };
  return createDecoder({ dialects: [dialect], readers });
}

describe('the kind', () => {
  it('never lets the dialect turn a failure without response into something else', () => {
    const error = decodeWith(saying({ kind: 'not_found', message: 'No route.' }), { status: 0, body: {} });
    expect(error).toMatchObject({ kind: 'network', status: 0, retryable: true });
  });

  it('never lets the dialect make a known status unknown', () => {
    const error = decodeWith(saying({ kind: 'unknown', message: 'Nope.' }), { status: 404, body: {} });
    expect(error.kind).toBe('not_found');
  });

  it('asks a decoder made by hand only about codes the server sent', () => {
    const asked: unknown[] = [];
    const decoder = {
      dialects: [],
      kindOfCode: (code: unknown) => {
        asked.push(code);
        return 'conflict' as const;
      },
    } as unknown as Decoder;
    expect(decodeWith(decoder, { status: 400, body: 'Bad request' }, { now: NOW }).kind).toBe('bad_request');
    expect(asked).toEqual([]);
  });
});

describe('the wait', () => {
  it('keeps the wait your dialect reads', () => {
    const error = decodeWith(saying({ retryAfterMs: 30_000 }), { status: 503, body: {} }, { now: NOW });
    expect(error).toMatchObject({ retryAfterMs: 30_000, retryAt: NOW + 30_000 });
  });

  it.each([
    [64_001, 64_001],
    [64_570, 64_570],
    [65_999, 65_999],
    [64_000, 65_000],
    [66_000, 65_000],
    [5_000, 65_000],
  ])(
    'keeps a body wait of %i ms beside Retry-After: 65 only when it says the same to the second (%i)',
    (body, wait) => {
      const error = decodeWith(
        saying({ retryAfterMs: body }),
        { status: 429, headers: { 'retry-after': '65' }, body: {} },
        { now: NOW },
      );
      expect(error.retryAfterMs).toBe(wait);
    },
  );

  it('waits until the reset after a request that used the last of the window, whatever its kind', () => {
    // GitHub's headers (https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api):
    // the reset is in epoch seconds.
    const error = decodeWith(
      saying({ message: 'Validation Failed' }, ALL_READERS),
      {
        status: 400,
        headers: {
          'x-ratelimit-limit': '60',
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': '1800000060',
        },
        body: {},
      },
      { now: NOW },
    );
    expect(error).toMatchObject({ kind: 'bad_request', retryAfterMs: 60_000, retryAt: NOW + 60_000 });
  });
});

describe('the readers', () => {
  it("gives a reader's words hook only the server's message", () => {
    const shouting: Reader = { words: (message) => ({ message: message.toUpperCase() }) };
    const decoder = saying({}, [shouting]);
    const error = decodeWith(
      decoder,
      { status: 502, headers: { 'x-request-id': 'req_42' }, body: '' },
      { now: NOW },
    );
    expect(error).toMatchObject({
      kind: 'bad_gateway',
      message: DEFAULT_MESSAGES.bad_gateway,
      requestId: 'req_42',
      format: 'fixed',
    });
    expect(decodeWith(saying({ message: 'Upstream down.' }, [shouting]), { status: 502 }).message).toBe(
      'UPSTREAM DOWN.',
    );
  });
});

describe('a reader that fails', () => {
  const bug = new Error('bug in a reader');
  const broken: Reader = {
    common: () => {
      throw bug;
    },
  };

  it('gives the error the status implies, with when it happened and why', () => {
    const error = decodeWith(
      saying({ message: 'Down for maintenance.' }, [broken]),
      { status: 503, headers: { 'retry-after': '30' }, body: {} },
      { now: NOW },
    );
    expect(error).toMatchObject({
      status: 503,
      kind: 'unavailable',
      code: 'unavailable',
      message: DEFAULT_MESSAGES.unavailable,
      format: 'http',
      retryable: true,
      occurredAt: NOW,
    });
    expect(error.cause).toBe(bug);
  });

  it('gives an unknown error when there is no status either', () => {
    const error = decodeWith(saying({}, [broken]), { body: {} }, { now: NOW });
    expect(error).toMatchObject({ status: 0, kind: 'unknown', format: 'http', occurredAt: NOW });
  });
});
