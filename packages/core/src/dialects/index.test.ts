import { describe, expect, it } from 'vitest';
import { readHeaders } from '../headers/headers.js';
import type { DialectContext } from '../model/types.js';
import { BUILTIN_DIALECTS } from './index.js';

function hostileInputs(): unknown[] {
  const cyclic: Record<string, unknown> = { errors: [] };
  (cyclic.errors as unknown[]).push(cyclic);
  cyclic.error = cyclic;
  cyclic.detail = [cyclic];
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const trap = () => {
    throw new Error('hostile trap');
  };
  const throwing = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap });
  const throwingArray = new Proxy([], { get: trap, getOwnPropertyDescriptor: trap });
  return [
    undefined,
    null,
    0,
    Number.NaN,
    true,
    '',
    'x'.repeat(2_000_000),
    [],
    ['a'],
    {},
    cyclic,
    revoked,
    throwing,
    throwingArray,
    { error: throwing, errors: throwingArray, detail: throwing, __type: throwing },
    { errors: { a: { b: { c: { d: { e: { f: { g: { h: { i: { j: ['deep'] } } } } } } } } } } },
    Object.create(null),
    // Half shapes: an error with only a numeric code, a bare code, markup of no known root, JSON cut off.
    { error: { code: 500 } },
    { code: 5 },
    '<unknown/>',
    '  {"error":',
  ];
}

const contexts: DialectContext[] = [
  { status: 400, headers: readHeaders({}, 0, {}) },
  { status: 200, headers: readHeaders({ 'content-type': 'application/problem+json' }, 0, {}) },
  { status: 401, headers: readHeaders({ 'www-authenticate': 'Bearer error="x' }, 0, {}) },
];

describe('the built-in dialects', () => {
  it('have unique names', () => {
    const names = BUILTIN_DIALECTS.map((dialect) => dialect.name);
    expect(new Set(names).size).toBe(names.length);
  });

  it('never throw from match, whatever the body', () => {
    for (const dialect of BUILTIN_DIALECTS) {
      for (const body of hostileInputs()) {
        for (const context of contexts) {
          expect(() => dialect.match(body, context), `${dialect.name}`).not.toThrow();
        }
      }
    }
  });

  it('never throw from read on a body they matched', () => {
    for (const dialect of BUILTIN_DIALECTS) {
      for (const body of hostileInputs()) {
        for (const context of contexts) {
          if (dialect.match(body, context)) {
            expect(() => dialect.read(body, context), `${dialect.name}`).not.toThrow();
          }
        }
      }
    }
  });
});
