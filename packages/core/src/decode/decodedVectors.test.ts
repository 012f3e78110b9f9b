// Every seed vector and every corpus envelope, decoded, compared with what they decoded to when it
// was last recorded (test/vectors/decoded.json): the one-line path must decode exactly as before,
// field by field, whatever is rebuilt underneath it (readers split into parts, a slimmer model).
// A change that is meant to decode differently updates the record with `vitest -u` and says why.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_DIALECTS } from '../dialects/index.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';
import { defaultDecoder } from './defaultDecoder.js';
import { explainDecode } from './explainDecode.js';
import { ALL_READERS } from './readers.js';

interface Envelope {
  id: string;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  now?: number;
}

const vectors = fileURLToPath(new URL('../../test/vectors/', import.meta.url));
const corpus = fileURLToPath(new URL('../../test/corpus/', import.meta.url));
/** The clock of a corpus case without its own `now` (as the corpus test uses). */
const CORPUS_NOW = 1_800_000_000_000;

const read = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

function envelopes(): [string, Envelope, number][] {
  const seeds = read(`${vectors}seed-envelopes.json`) as { now: number; vectors: Envelope[] };
  const out: [string, Envelope, number][] = seeds.vectors.map((v) => [`seed/${v.id}`, v, seeds.now]);
  for (const file of readdirSync(corpus)
    .filter((name) => name.endsWith('.json'))
    .sort()) {
    for (const c of (read(`${corpus}${file}`) as { cases: Envelope[] }).cases)
      out.push([`${file.replace('.json', '')}/${c.id}`, c, c.now ?? CORPUS_NOW]);
  }
  return out;
}

const all = envelopes();
const input = (e: Envelope) => ({ status: e.status, headers: e.headers, body: e.body });

describe('decoding every recorded envelope', () => {
  it('decodes each seed vector and corpus envelope to the fields recorded for it', async () => {
    const decoded = Object.fromEntries(
      all.map(([id, e, now]) => [id, decodeError(input(e), { now }).toJSON()]),
    );
    expect(Object.keys(decoded).length).toBeGreaterThan(300);
    await expect(`${JSON.stringify(decoded, null, 1)}\n`).toMatchFileSnapshot(
      '../../test/vectors/decoded.json',
    );
  });

  it('gives the same errors through defaultDecoder().decode, a decoder assembled from every part, and explainDecode as through decodeError', () => {
    const assembled = createDecoder({ dialects: BUILTIN_DIALECTS, readers: ALL_READERS });
    for (const [id, e, now] of all) {
      const expected = { id, ...decodeError(input(e), { now }).toJSON() };
      expect({ id, ...defaultDecoder().decode(input(e), { now }).toJSON() }).toEqual(expected);
      expect({ id, ...assembled.decode(input(e), { now }).toJSON() }).toEqual(expected);
      expect({ id, ...explainDecode(input(e), { now }).error.toJSON() }).toEqual(expected);
    }
  });
});
