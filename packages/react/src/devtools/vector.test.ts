// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Dialect, decodeError, defaultDecoder } from '@faultline/core';
import { transformSync } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { dialectSkeleton } from './skeleton.js';
import { createDevtoolsStore, type DevtoolsEntry } from './store.js';
import { testVector, VECTOR_NOW, vectorId } from './vector.js';

interface Case {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  expect: Record<string, unknown>;
}

// jsdom's URL is not Node's: paths are joined from the file's own folder.
const core = join(dirname(fileURLToPath(import.meta.url)), '../../../core/test');
const vectorsFile = join(core, 'vectors/seed-envelopes.json');
const seeds = (JSON.parse(readFileSync(vectorsFile, 'utf8')) as { vectors: Case[] }).vectors;
// Error bodies copied from each API's documentation (each case cites its source URL in the file).
const corpusDir = join(core, 'corpus/');
const corpus: Case[] = readdirSync(corpusDir)
  .filter((file) => file.endsWith('.json'))
  .flatMap((file) => (JSON.parse(readFileSync(corpusDir + file, 'utf8')) as { cases?: Case[] }).cases ?? []);

/** The entry the devtools make of a response the app saw. */
function entryOf(
  input: Case,
  request = { method: 'GET', url: 'https://api.example.test/v1/cameras?page=2' },
) {
  const store = createDevtoolsStore({ maxBodyChars: 1_000_000 });
  store.add(decodeError(input, { now: VECTOR_NOW }), 'fetch', request.url, request.method);
  return store.getSnapshot()[0] as DevtoolsEntry;
}

/** Compiles a skeleton's TypeScript and returns the dialect it exports. */
function compile(source: string): Dialect {
  const { code } = transformSync(source, { loader: 'ts', format: 'cjs', target: 'es2022' });
  const module = { exports: {} as Record<string, Dialect> };
  new Function('module', 'exports', code)(module, module.exports);
  const [dialect] = Object.values(module.exports);
  if (!dialect) throw new Error('the skeleton exports no dialect');
  return dialect;
}

describe('copy as test vector', () => {
  it.each(seeds.map((seed) => [seed.id, seed] as const))(
    'gives %s back as a vector that decodes to its expected reading',
    (_id, seed) => {
      const vector = testVector(entryOf(seed), defaultDecoder());
      // Decoded again as the vectors test does, the vector reads what it expects…
      const decoded = decodeError(vector, { now: VECTOR_NOW }) as unknown as Record<string, unknown>;
      const actual = Object.fromEntries(Object.keys(vector.expect).map((key) => [key, decoded[key]]));
      expect(JSON.parse(JSON.stringify(actual))).toEqual(vector.expect);
      // …and that is what the vectors file says it must read.
      for (const [key, value] of Object.entries(seed.expect)) expect(vector.expect[key]).toEqual(value);
    },
  );

  it('is named after the request and the status', () => {
    expect(vectorId(entryOf({ id: '', status: 503, body: 'down', expect: {} }))).toBe('get-v1-cameras-503');
  });

  it('carries the redacted response, never the credentials', () => {
    const vector = testVector(
      entryOf({
        id: '',
        status: 401,
        headers: { 'set-cookie': 'session=abc', 'x-request-id': 'req_1' },
        body: { error: { code: 'invalid_token', message: 'Expired.' }, token: 'eyJ' },
        expect: {},
      }),
      defaultDecoder(),
    );
    expect(vector.headers['set-cookie']).toBe('[redacted]');
    expect(JSON.stringify(vector)).not.toContain('eyJ');
    expect(vector.expect).toMatchObject({ status: 401, code: 'invalid_token', requestId: 'req_1' });
  });
});

describe('copy as dialect skeleton', () => {
  const readable = corpus.filter(
    (c) => typeof c.body === 'object' && c.body !== null && c.expect.code !== undefined && c.expect.message,
  );
  const reads = (c: Case) => {
    const dialect = compile(dialectSkeleton(entryOf(c)));
    const context = { status: c.status, headers: {} } as never;
    const reading = dialect.match(c.body, context) ? dialect.read(c.body, context) : {};
    return reading.code === String(c.expect.code) && reading.message === c.expect.message;
  };

  it('reads the code and the message of nine in ten documented API errors as sent', () => {
    const missed = readable.filter((c) => !reads(c)).map((c) => c.id);
    // What is left needs a rule of the API's own: a code inside the message (Firebase, Databricks),
    // a namespaced type (AWS), a list of strings (Kraken).
    expect(readable.length).toBeGreaterThan(100);
    expect(missed.length / readable.length).toBeLessThan(0.1);
  });

  it.each(['openai-401-invalid-api-key', 'nessy-422-validation'])('reads %s', (id) => {
    const found = [...corpus, ...seeds].find((c) => c.id === id);
    expect(found && reads(found)).toBe(true);
  });

  it('reads field errors from a list of { field, message }', () => {
    const seed = seeds.find((s) => s.id === 'nessy-422-validation') as Case;
    const dialect = compile(dialectSkeleton(entryOf(seed)));
    expect(dialect.read(seed.body, {} as never).fieldErrors).toEqual(seed.expect.fieldErrors);
  });

  it('reads field errors from a map of field names to messages', () => {
    // Rails' `render json: { errors: record.errors }` (https://guides.rubyonrails.org/active_record_validations.html#errors).
    const body = { errors: { email: ["can't be blank"], name: ['is too short (minimum is 2 characters)'] } };
    const dialect = compile(dialectSkeleton(entryOf({ id: '', status: 422, body, expect: {} })));
    expect(dialect.read(body, {} as never).fieldErrors).toEqual([
      { path: 'email', message: "can't be blank" },
      { path: 'name', message: 'is too short (minimum is 2 characters)' },
    ]);
  });

  it('reads a plain-text body as the message', () => {
    const body = 'upstream connect error or disconnect/reset before headers';
    const dialect = compile(dialectSkeleton(entryOf({ id: '', status: 503, body, expect: {} })));
    expect(dialect.match(body, {} as never)).toBe(true);
    expect(dialect.read(body, {} as never).message).toBe(body);
  });

  it('is named after the API host', () => {
    expect(dialectSkeleton(entryOf({ id: '', status: 500, body: { message: 'x' }, expect: {} }))).toContain(
      'export const apiExampleTest: Dialect = {\n  name: "api-example-test"',
    );
  });
});
