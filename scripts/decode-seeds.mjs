#!/usr/bin/env node
// Decodes every seed example with the built @faultline/core and prints what a dashboard would get.
import { readFileSync } from 'node:fs';
import { decodeError } from '@faultline/core';

const url = new URL('../packages/core/test/vectors/seed-envelopes.json', import.meta.url);
const { now, vectors } = JSON.parse(readFileSync(url, 'utf8'));
for (const v of vectors) {
  const e = decodeError({ status: v.status, headers: v.headers, body: v.body }, { now });
  const extra = [
    e.requestId && `request ${e.requestId}`,
    e.retryAfterMs !== undefined && `retry in ${e.retryAfterMs / 1000}s`,
    e.fieldErrors.length > 0 && `fields ${e.fieldErrors.map((f) => f.path).join(', ')}`,
  ].filter(Boolean);
  console.log(
    `${v.id.padEnd(42)} ${String(e.status).padEnd(4)} ${e.kind.padEnd(22)} ${e.code.padEnd(28)} ${extra.join(' · ')}`,
  );
}
