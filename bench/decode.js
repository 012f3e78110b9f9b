// Decode cost against the physical limit: decoding a body that is already parsed, next to parsing
// it (JSON.parse), which every client pays anyway; and fromResponse next to response.json().
import { readFileSync } from 'node:fs';
import { decodeError, fromResponse } from '@faultline/core';
import { timeAsync, timeSync } from './lib/timing.js';

const vectorsUrl = new URL('../packages/core/test/vectors/seed-envelopes.json', import.meta.url);

/** The seed vectors as a client sees them: the body text on the wire and, when it is JSON, parsed. */
export function loadVectors() {
  const { now, vectors } = JSON.parse(readFileSync(vectorsUrl, 'utf8'));
  return vectors.map((v) => {
    const text = typeof v.body === 'string' ? v.body : JSON.stringify(v.body);
    let parsed;
    let isJson = false;
    try {
      parsed = JSON.parse(text);
      isJson = true;
    } catch {
      parsed = text;
    }
    return { id: v.id, status: v.status, headers: v.headers ?? {}, text, body: parsed, isJson, now };
  });
}

function ratio(a, b) {
  return a.nsPerOp / b.nsPerOp;
}

/** Runs the decode benchmark and returns every figure. */
export async function runDecodeBench({ log = () => {} } = {}) {
  const vectors = loadVectors();
  const now = vectors[0]?.now;
  const json = vectors.filter((v) => v.isJson);
  const perVector = [];
  const quick = { warmupMs: 100, batchMs: 10, rounds: 15 };

  for (const v of vectors) {
    const input = { status: v.status, headers: v.headers, body: v.body };
    const format = decodeError(input, { now }).format;
    const fns = { decode: () => decodeError(input, { now }) };
    if (v.isJson) fns.parse = () => JSON.parse(v.text);
    const { decode, parse } = timeSync(fns, quick);
    perVector.push({ id: v.id, format, bytes: Buffer.byteLength(v.text), decode, parse });
    log(`decode ${v.id}`);
  }

  // The whole set in one loop: many dialects through the same call site, as a real app sees them.
  const inputs = json.map((v) => ({ status: v.status, headers: v.headers, body: v.body }));
  const messages = inputs.map((i) => decodeError(i, { now }).message);
  const decodeAll = () => {
    let last;
    for (const input of inputs) last = decodeError(input, { now });
    return last;
  };
  const all = timeSync({
    parse: () => {
      let last;
      for (const v of json) last = JSON.parse(v.text);
      return last;
    },
    decode: decodeAll,
    // The same with stack capture off, to show what the rest of the decode costs.
    decodeNoStack: () => {
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      try {
        return decodeAll();
      } finally {
        Error.stackTraceLimit = limit;
      }
    },
    // The floor for anything that extends Error: capturing a stack trace.
    newError: () => {
      let last;
      for (const m of messages) last = new Error(m);
      return last;
    },
  });
  log('decode: all vectors');

  // fromResponse against response.json(): both include building the Response, measured alone too.
  const makeAll = () => json.map((v) => new Response(v.text, { status: v.status, headers: v.headers }));
  const response = await timeAsync({
    construct: async () => makeAll().length,
    json: async () => {
      let last;
      for (const r of makeAll()) last = await r.json();
      return last;
    },
    fromResponse: async () => {
      let last;
      for (const r of makeAll()) last = await fromResponse(r, { now });
      return last;
    },
  });
  log('decode: fromResponse');

  const n = json.length;
  const per = (t) => ({ ...t, nsPerOp: t.nsPerOp / n, opsPerSec: t.opsPerSec * n });
  return {
    vectors: vectors.length,
    jsonVectors: n,
    perVector,
    all: {
      decode: per(all.decode),
      parse: per(all.parse),
      decodeNoStack: per(all.decodeNoStack),
      newError: per(all.newError),
      ratio: ratio(all.decode, all.parse),
    },
    response: {
      construct: per(response.construct),
      json: per(response.json),
      fromResponse: per(response.fromResponse),
      ratio: ratio(response.fromResponse, response.json),
    },
  };
}
