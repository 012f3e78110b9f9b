import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIALECTS } from '../dialects/index.js';
import { problem } from '../dialects/problemDetails.js';
import { ApiError } from '../model/ApiError.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import type { Dialect } from '../model/types.js';
import { crossing } from '../test-utils/crossing.js';
import { hostileValues } from '../test-utils/hostile.js';
import { normalizeBody } from './body.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';
import { type DecodeExplanation, explainDecode } from './explainDecode.js';

const NOW = 1_800_000_000_000;
const CORPUS = fileURLToPath(new URL('../../test/corpus/', import.meta.url));
const SEEDS = fileURLToPath(new URL('../../test/vectors/seed-envelopes.json', import.meta.url));

interface Case {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  now?: number;
}

const corpus: Case[] = readdirSync(CORPUS)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .flatMap((name) => (JSON.parse(readFileSync(`${CORPUS}${name}`, 'utf8')) as { cases: Case[] }).cases);
const seeds = JSON.parse(readFileSync(SEEDS, 'utf8')) as { now: number; vectors: Case[] };
const examples: Case[] = [...seeds.vectors.map((v) => ({ ...v, now: seeds.now })), ...corpus];

/** The segments of a source's dotted path: `a.0.b`, with `["a.b"]` for a name that holds a dot. */
function segments(path: string): string[] {
  return [...path.matchAll(/\["((?:[^"\\]|\\.)*)"\]|([^.[\]]+)/g)].map((m) =>
    m[1] === undefined ? (m[2] as string) : (JSON.parse(`"${m[1]}"`) as string),
  );
}

function at(body: unknown, path: string): unknown {
  let value = body;
  for (const key of segments(path)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The value of a field of the error by its source key: `message`, `fieldErrors.0.path`, `rateLimit.limit`. */
function fieldValue(error: ApiError, field: string): unknown {
  return field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)?.[key], error);
}

/** Whether a member holds a value: as text, or as a part of the text of a list or an object. */
function holds(found: unknown, value: unknown): boolean {
  // A message template (`"Invalid product data: %1"`) holds the message it was filled into.
  if (typeof found === 'string' && found.includes('%'))
    return String(value).startsWith(found.slice(0, found.indexOf('%')));
  if (typeof found === 'string' || typeof found === 'number') return String(found).includes(String(value));
  return JSON.stringify(found).includes(JSON.stringify(value).slice(1, 20));
}

/** What is wrong with one source, in words; `undefined` when it points at what holds the value. */
function wrongSource(
  c: Case,
  { error, sources }: DecodeExplanation,
  field: string,
  source: string,
): string | undefined {
  const headers = Object.fromEntries(Object.entries(c.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  const body = normalizeBody(c.body, headers['content-type']?.split(';')[0]);
  const value = fieldValue(error, field);
  const textual =
    typeof value === 'string' && !/^(kind|code|retryable)$/.test(field) && !field.endsWith('.path');
  if (source === 'status')
    return ['status', 'kind', 'code', 'retryable'].includes(field) ? undefined : 'status';
  if (source === 'default copy')
    return field === 'message' && value === DEFAULT_MESSAGES[error.kind] ? undefined : 'default copy';
  if (source.startsWith('message:')) {
    const phrase = JSON.parse(source.slice('message:'.length)) as string;
    return error.message.includes(phrase) || phrase.endsWith(':')
      ? undefined
      : `no "${phrase}" in the message`;
  }
  if (source.startsWith('header:')) return source.slice(7) in headers ? undefined : `no header ${source}`;
  if (source === 'body') return typeof body === 'string' && body.includes(String(value)) ? undefined : 'body';
  // The kind, and whether to retry, come from where the code came from.
  if (!textual && field !== 'code' && !field.endsWith('.path') && source === sources.code) return undefined;
  if (source.startsWith('body:') && typeof body === 'string')
    return body.includes(String(value)) ? undefined : source;
  if (source.startsWith('body:')) {
    const found = at(body, source.slice(5));
    if (found === undefined) return `${source} holds nothing`;
    if (textual && !holds(found, value)) return `${source} holds ${JSON.stringify(found).slice(0, 80)}`;
    return undefined;
  }
  return `unknown source ${source}`;
}

describe('explainDecode', () => {
  it('gives the very error decodeError gives, for every seed and corpus example', () => {
    for (const c of examples) {
      const options = { now: c.now ?? NOW };
      expect(explainDecode(c, options).error, c.id).toEqual(decodeError(c, options));
    }
  });

  it('points every source at a member, header or phrase that holds the value, for every documented example', () => {
    const wrong: string[] = [];
    for (const c of examples) {
      const explained = explainDecode(c, { now: c.now ?? NOW });
      for (const [field, source] of Object.entries(explained.sources)) {
        const problem = wrongSource(c, explained, field, source);
        if (problem) wrong.push(`${c.id} ${field}: ${problem}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('finds a source in the response for every field the built-in dialects read, for every documented example', () => {
    const unfound = examples.flatMap((c) =>
      Object.entries(explainDecode(c, { now: c.now ?? NOW }).sources)
        .filter(([, source]) => source.startsWith('dialect:'))
        .map(([field]) => `${c.id} ${field}`),
    );
    expect(unfound).toEqual([]);
  });

  it('gives a source for every field of the error that has a value', () => {
    for (const c of examples) {
      const { error, sources } = explainDecode(c, { now: c.now ?? NOW });
      const fields = ['status', 'kind', 'code', 'message', 'retryable'];
      for (const key of [
        'requestId',
        'traceId',
        'retryAfterMs',
        'retryAt',
        'docsUrl',
        'successorUrl',
      ] as const)
        if (error[key] !== undefined) fields.push(key);
      error.fieldErrors.forEach((fe, i) => {
        fields.push(`fieldErrors.${i}.path`, `fieldErrors.${i}.message`);
        if (fe.code !== undefined) fields.push(`fieldErrors.${i}.code`);
      });
      for (const key of ['limit', 'remaining', 'resetAt'] as const)
        if (error.rateLimit?.[key] !== undefined) fields.push(`rateLimit.${key}`);
      expect(Object.keys(sources).sort(), c.id).toEqual(fields.sort());
    }
  });

  it('lists the dialects tried in order, and the one that read the body', () => {
    const html = explainDecode({
      status: 502,
      body: '<html><head><title>502 Bad Gateway</title></head></html>',
    });
    expect(html.dialects).toEqual([
      { name: 'google', matched: false },
      { name: 'graphql', matched: false },
      { name: 'oauth', matched: false },
      { name: 'generic', matched: false },
      { name: 'html', matched: true },
    ]);
    expect(html.dialect).toBe('html');
    expect(html.sources).toMatchObject({ status: 'status', kind: 'status', message: 'default copy' });
  });

  it('names no dialect when none matched', () => {
    const empty = explainDecode({ status: 404 });
    expect(empty.dialects.every((d) => !d.matched)).toBe(true);
    expect(empty.dialect).toBeUndefined();
    expect(empty.error.format).toBe('http');
  });

  it('reads the wait, the request id and the trace id from where they were said', () => {
    const { sources } = explainDecode(
      {
        status: 429,
        headers: {
          'Retry-After': '30',
          'X-Request-Id': 'req_7f3a',
          'Server-Timing':
            'db;dur=53, traceparent;desc="00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"',
        },
        body: { error: { code: 'rate_limited', message: 'Slow down.' } },
      },
      { now: NOW },
    );
    expect(sources).toMatchObject({
      code: 'body:error.code',
      message: 'body:error.message',
      retryAfterMs: 'header:retry-after',
      retryAt: 'header:retry-after',
      requestId: 'header:x-request-id',
      traceId: 'header:server-timing',
    });
  });

  it('quotes the phrase of the message a wait or a request id was read from', () => {
    const { sources } = explainDecode(
      {
        status: 429,
        body: {
          message:
            'Too many attempts. Try again in 15 minutes or contact support with request ID: req_abc123.',
        },
      },
      { now: NOW },
    );
    expect(sources.retryAfterMs).toBe('message:"Try again in 15 minutes"');
    expect(sources.requestId).toBe('message:"request ID: req_abc123"');
  });

  it('writes a member name that holds a dot in brackets', () => {
    // https://laravel.com/docs/validation#validation-error-response-format
    const { sources } = explainDecode({
      status: 422,
      body: {
        message: 'The team name must be a string. (and 4 more errors)',
        errors: { 'authorization.role': ['The selected authorization.role is invalid.'] },
      },
    });
    expect(sources).toMatchObject({
      'fieldErrors.0.path': 'body:errors["authorization.role"]',
      'fieldErrors.0.message': 'body:errors["authorization.role"].0',
    });
  });

  it('explains a decoder made with createDecoder, as a dialect author tests a dialect', () => {
    const acme: Dialect = {
      name: 'acme',
      match: (body) => typeof body === 'object' && body !== null && 'fault' in body,
      read: (body) => {
        const fault = (body as { fault: { id: string; says: string } }).fault;
        return { code: fault.id, message: fault.says, details: fault, retryAfterMs: 60_000 };
      },
    };
    const decoder = createDecoder({
      dialects: [acme, ...BUILTIN_DIALECTS],
      codes: { QUOTA_HIT: 'payment_required' },
    });
    const input = {
      status: 400,
      body: { fault: { id: 'QUOTA_HIT', says: 'Quota reached for this month.' } },
    };
    const explained = explainDecode(input, { decoder, now: NOW });
    expect(explained.error).toEqual(decoder.decode(input, { now: NOW }));
    expect(explained.dialects).toEqual([{ name: 'acme', matched: true }]);
    expect(explained.dialect).toBe('acme');
    expect(explained.sources).toMatchObject({
      kind: 'body:fault.id',
      code: 'body:fault.id',
      message: 'body:fault.says',
      retryAfterMs: 'dialect:acme',
    });
  });

  it('goes on past a dialect whose read throws, as the decoder does', () => {
    const broken: Dialect = {
      name: 'broken',
      match: () => true,
      read: () => {
        throw new Error('unreadable');
      },
    };
    const decoder = createDecoder({ dialects: [broken, problem] });
    const explained = explainDecode(
      { status: 404, body: { type: 'about:blank', title: 'Not here', detail: 'No such agent.' } },
      { decoder },
    );
    expect(explained.dialects).toEqual([
      { name: 'broken', matched: true },
      { name: 'problem', matched: true },
    ]);
    expect(explained.dialect).toBe('problem');
    expect(explained.sources.message).toBe('body:detail');
  });

  it('leaves the decoder as it was: decoding after explaining gives the same error', () => {
    const input = seeds.vectors[0] as Case;
    const before = decodeError(input, { now: NOW });
    explainDecode(input, { now: NOW });
    expect(decodeError(input, { now: NOW })).toEqual(before);
  });
});

describe('explainDecode on hostile input', () => {
  const hostile = hostileValues();
  const light = hostile.slice(0, 8);

  it('explains every hand-built hostile body and headers, never throws, and gives decodeError’s error', () => {
    for (const [name, body] of hostile) {
      for (const [, headers] of [['no headers', undefined] as const, ...light]) {
        const input = { status: 500, headers: headers as never, body };
        const started = performance.now();
        const explained = explainDecode(input, { now: 0 });
        expect(performance.now() - started, name).toBeLessThan(5_000);
        expect(explained.error, name).toBeInstanceOf(ApiError);
        // Compared field by field: a matcher walking a body 100,000 levels deep would overflow the stack.
        expect(crossing(explained.error), name).toEqual(crossing(decodeError(input, { now: 0 })));
        expect(explained.sources.status).toBe('status');
        expect(Array.isArray(explained.dialects)).toBe(true);
      }
    }
  }, 120_000);

  it.each(hostile.slice(0, 6))('explains %s given as the whole input or as the options', (_, value) => {
    expect(explainDecode(value as never).error).toBeInstanceOf(ApiError);
    expect(explainDecode({ status: 404 }, value as never).error.kind).toBe('not_found');
  });

  it('explains with a decoder whose every part throws', () => {
    const decoder = {
      get dialects(): never {
        throw new Error('hostile decoder');
      },
      kindOfCode(): never {
        throw new Error('hostile decoder');
      },
    };
    const explained = explainDecode({ status: 429, body: { code: 'x' } }, { decoder: decoder as never });
    expect(explained.error.kind).toBe('rate_limited');
    expect(explained.dialects).toEqual([]);
  });
});
