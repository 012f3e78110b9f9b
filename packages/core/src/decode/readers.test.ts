// A decoder assembled from parts: each reader adds what it reads, and a decoder without one only
// knows less. Bodies and headers come from the corpus (each case cites its documentation page) and
// from the specifications named beside each test.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIALECTS } from '../dialects/index.js';
import { problem } from '../dialects/problemDetails.js';
import { httpDates } from '../headers/dates.js';
import { readHeaders } from '../headers/headers.js';
import { linkHeader } from '../headers/links.js';
import { rateLimitHeaders } from '../headers/rateLimit.js';
import { traceContext } from '../headers/trace.js';
import { kindFromStatus } from '../model/ErrorKind.js';
import type { DecodeInput, Reader } from '../model/types.js';
import { commonMembers } from './common.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';
import { codeWords, messageHints } from './message.js';
import { ALL_READERS } from './readers.js';

interface Case {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  now?: number;
}

const DIR = fileURLToPath(new URL('../../test/corpus/', import.meta.url));
const NOW = 1_800_000_000_000;
const corpus: Case[] = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .flatMap((name) => (JSON.parse(readFileSync(`${DIR}${name}`, 'utf8')) as { cases: Case[] }).cases);
const byId = (id: string): Case => {
  const found = corpus.find((c) => c.id === id);
  if (!found) throw new Error(`no corpus case ${id}`);
  return found;
};
const input = (c: Case): DecodeInput => ({ status: c.status, headers: c.headers, body: c.body });

/** Kinds that say less than another kind would, never something else. */
const GENERIC = ['bad_request', 'server', 'unknown'];

describe('a decoder without readers', () => {
  const bare = createDecoder({ dialects: BUILTIN_DIALECTS });

  it('decodes every corpus envelope without failing and never names a wrong kind, only a less precise one', () => {
    expect(corpus.length).toBeGreaterThan(250);
    for (const c of corpus) {
      const now = c.now ?? NOW;
      const full = decodeError(input(c), { now });
      const less = bare.decode(input(c), { now });
      const where = `${c.id}: ${full.kind} → ${less.kind}`;
      expect(
        less.kind === full.kind || less.kind === kindFromStatus(c.status) || GENERIC.includes(less.kind),
        where,
      ).toBe(true);
      expect(less.message.length).toBeGreaterThan(0);
      // What it reads is what the full decoder reads, or nothing; a request id may be the one the
      // headers carry where the full decoder prefers the body's.
      for (const key of ['traceId', 'docsUrl', 'successorUrl', 'rateLimit'] as const) {
        if (less[key] !== undefined) expect(less[key], `${c.id} ${key}`).toEqual(full[key]);
      }
      if (less.requestId !== undefined) {
        expect([full.requestId, readHeaders(c.headers, now, {}).requestId], c.id).toContain(less.requestId);
      }
      // A wait is the header's where the full decoder keeps the body's more precise one (Discord's 64.57 s).
      if (less.retryAfterMs !== undefined) {
        expect(Math.abs(less.retryAfterMs - (full.retryAfterMs ?? Number.NaN)), c.id).toBeLessThan(1000);
      }
    }
  });

  it('still takes a 403 whose message speaks of a rate limit for a rate limit (GitHub)', () => {
    const error = bare.decode(input(byId('github-403-primary-rate-limit')));
    expect(error.kind).toBe('rate_limited');
    expect(error.rateLimit).toBeUndefined();
  });

  it('reads Retry-After in seconds and as an IMF-fixdate, and the request-id headers', () => {
    // RFC 9110 §10.2.3: `Retry-After: 120` and `Retry-After: Fri, 31 Dec 1999 23:59:59 GMT`.
    const one = createDecoder({ dialects: [problem] });
    const now = Date.UTC(1999, 11, 31, 23, 58, 59);
    expect(one.decode({ status: 503, headers: { 'Retry-After': '120' } }, { now }).retryAfterMs).toBe(
      120_000,
    );
    expect(
      one.decode({ status: 503, headers: { 'Retry-After': 'Fri, 31 Dec 1999 23:59:59 GMT' } }, { now })
        .retryAfterMs,
    ).toBe(60_000);
    expect(one.decode({ status: 500, headers: { 'X-Request-Id': 'req_7f3a' } }).requestId).toBe('req_7f3a');
  });
});

describe('each reader adds what it reads', () => {
  // Each row: the reader, an envelope, and what the decoder knows with it that it does not without.
  const rows: [
    string,
    Reader,
    DecodeInput,
    number,
    (e: ReturnType<typeof decodeError>) => unknown,
    unknown,
  ][] = [
    [
      'rateLimitHeaders: the rate limit and a 403 with none left (GitHub)',
      rateLimitHeaders,
      { ...input(byId('github-403-primary-rate-limit')), body: undefined },
      byId('github-403-primary-rate-limit').now ?? NOW,
      (e) => [e.kind, e.rateLimit?.remaining],
      ['rate_limited', 0],
    ],
    [
      // RFC 5829 §3.4 (successor-version); the URL is this test's own.
      'linkHeader: the successor of a retired endpoint',
      linkHeader,
      { status: 410, headers: { Link: '<https://api.example.com/v2/users>; rel="successor-version"' } },
      NOW,
      (e) => e.successorUrl,
      'https://api.example.com/v2/users',
    ],
    [
      // W3C Trace Context §3.2.2.7, the example traceparent.
      'traceContext: the trace id of traceparent',
      traceContext,
      { status: 502, headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' } },
      NOW,
      (e) => e.traceId,
      '4bf92f3577b34da6a3ce929d0e0e4736',
    ],
    [
      'commonMembers: the request id ASP.NET Core puts in a problem',
      commonMembers,
      input(byId('aspnetcore-404-problem-details')),
      NOW,
      (e) => e.requestId,
      '0HLHLV31KRN83:00000001',
    ],
    [
      'codeWords: a title that only restates the reason phrase gives way to the copy (ASP.NET Core)',
      codeWords,
      input(byId('aspnetcore-404-problem-details')),
      NOW,
      (e) => e.message,
      'We could not find what you were looking for.',
    ],
    [
      'messageHints: a wait the message states',
      messageHints,
      {
        status: 503,
        body: { type: 'about:blank', title: 'Unavailable', detail: 'Try again in 15 minutes.' },
      },
      NOW,
      (e) => e.retryAfterMs,
      900_000,
    ],
    [
      // RFC 9110 §5.6.7: the obsolete RFC 850 form, which recipients must accept.
      'httpDates: a Retry-After date in the RFC 850 form',
      httpDates,
      { status: 503, headers: { 'Retry-After': 'Sunday, 06-Nov-94 08:49:37 GMT' } },
      Date.UTC(1994, 10, 6, 8, 48, 37),
      (e) => e.retryAfterMs,
      60_000,
    ],
  ];

  it.each(rows)('%s', (_name, reader, envelope, now, pick, expected) => {
    const without = createDecoder({ dialects: [problem] }).decode(envelope, { now });
    const withIt = createDecoder({ dialects: [problem], readers: [reader] }).decode(envelope, { now });
    expect(pick(withIt)).toEqual(expected);
    expect(pick(without)).not.toEqual(expected);
  });

  it('lists every built-in reader in ALL_READERS', () => {
    expect(new Set(ALL_READERS)).toEqual(
      new Set([
        httpDates,
        rateLimitHeaders,
        linkHeader,
        traceContext,
        commonMembers,
        codeWords,
        messageHints,
      ]),
    );
    expect(ALL_READERS).toHaveLength(7);
  });
});

describe('createDecoder with readers', () => {
  it('decodes what the status says when a hook of a reader is no function', () => {
    const decoder = createDecoder({ readers: [{ trace: 'yes' } as unknown as Reader] });
    const error = decoder.decode({ status: 503, body: { message: 'Down for maintenance' } });
    expect([error.kind, error.message, error.retryable]).toEqual([
      'unavailable',
      'The service is temporarily unavailable.',
      true,
    ]);
  });

  it('merges its readers into one, the later of two that fill the same hook winning', () => {
    const mine: Reader = {
      trace: () => ({ traceId: '0af7651916cd43dd8448eb211c80319c', requestId: undefined }),
    };
    const decoder = createDecoder({ readers: [traceContext, mine, codeWords] });
    expect(decoder.decode({ status: 500 }).traceId).toBe('0af7651916cd43dd8448eb211c80319c');
    expect(decoder.reader).toEqual({ ...traceContext, ...mine, ...codeWords });
  });

  it('decodes through decodeError with the readers of the decoder it is given', () => {
    const decoder = createDecoder({ dialects: [problem], readers: [traceContext] });
    const envelope = {
      status: 502,
      headers: { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    };
    expect(decodeError(envelope, { decoder }).traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(
      decodeError(envelope, { decoder: createDecoder({ dialects: [problem] }) }).traceId,
    ).toBeUndefined();
  });

  it('reads the core fields when a decoder made by hand has no reader, and the status when its reader throws', () => {
    const byHand = { dialects: [problem], kindOfCode: () => undefined };
    expect(
      decodeError({ status: 429, headers: { 'Retry-After': '5' } }, { decoder: byHand as never })
        .retryAfterMs,
    ).toBe(5000);
    const hostile = {
      ...byHand,
      get reader(): never {
        throw new Error('no');
      },
    };
    expect(decodeError({ status: 404 }, { decoder: hostile as never }).kind).toBe('not_found');
  });
});
