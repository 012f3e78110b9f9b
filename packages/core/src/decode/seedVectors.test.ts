import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeError } from './decodeError.js';

interface Vector {
  id: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  expect: Record<string, unknown>;
}

const file = fileURLToPath(new URL('../../test/vectors/seed-envelopes.json', import.meta.url));
const { now, vectors } = JSON.parse(readFileSync(file, 'utf8')) as { now: number; vectors: Vector[] };

describe('seed envelopes', () => {
  it('reads the seed vectors file', () => {
    expect(vectors.length).toBeGreaterThan(40);
  });

  it.each(vectors.map((v) => [v.id, v] as const))('decodes %s to its expected reading', (_id, vector) => {
    const error = decodeError({ status: vector.status, headers: vector.headers, body: vector.body }, { now });
    const actual = Object.fromEntries(
      Object.keys(vector.expect).map((key) => [key, (error as unknown as Record<string, unknown>)[key]]),
    );
    expect(actual).toEqual(vector.expect);
    expect(error.message.length).toBeGreaterThan(0);
  });
});
