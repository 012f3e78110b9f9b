import { describe, expect, it } from 'vitest';
import {
  deepJson,
  isPrototypePolluted,
  POLLUTING_JSON,
  revokedProxy,
  throwingProxy,
} from '../test-utils/hostile.js';
import { MAX_BODY_BYTES, normalizeBody } from './body.js';

const bytes = (s: string) => new TextEncoder().encode(s);

describe('normalizeBody', () => {
  it('parses JSON text that starts like an object or an array', () => {
    expect(normalizeBody('{"a":1}', undefined)).toEqual({ a: 1 });
    expect(normalizeBody('  [1]', 'text/plain')).toEqual([1]);
  });

  it('parses any JSON value when the content type says JSON', () => {
    expect(normalizeBody('"Version mismatch."', 'application/json')).toBe('Version mismatch.');
    expect(normalizeBody('42', 'application/problem+json')).toBe(42);
  });

  it('reads a JSON document that is null or a blank string as no body', () => {
    expect(normalizeBody('null', 'application/json')).toBeUndefined();
    expect(normalizeBody('"  "', 'application/json')).toBeUndefined();
  });

  it('parses an object sent as a JSON string once more', () => {
    expect(normalizeBody(JSON.stringify(JSON.stringify({ a: 1 })), 'application/json')).toEqual({ a: 1 });
  });

  it('keeps JSON-looking text that does not parse as text', () => {
    expect(normalizeBody('{"a":', 'application/json')).toBe('{"a":');
  });

  it('keeps text that would parse as another JSON value as text when the content type does not say JSON', () => {
    expect(normalizeBody('404', 'text/plain')).toBe('404');
    expect(normalizeBody('null', 'text/html')).toBe('null');
    expect(normalizeBody('"Version mismatch."', undefined)).toBe('"Version mismatch."');
  });

  it('keeps text that is not JSON as text', () => {
    expect(normalizeBody('Bad Gateway', 'text/plain')).toBe('Bad Gateway');
    expect(normalizeBody('<html></html>', 'application/json')).toBe('<html></html>');
  });

  it('parses JSON after a byte order mark', () => {
    expect(normalizeBody('\ufeff{"a":1}', 'application/json')).toEqual({ a: 1 });
  });

  it('parses JSON after more leading whitespace than a quick look would see', () => {
    expect(normalizeBody(`${' '.repeat(200)}{"a":1}`, undefined)).toEqual({ a: 1 });
  });

  it('reads empty or blank text and null as no body', () => {
    expect(normalizeBody('', 'application/json')).toBeUndefined();
    expect(normalizeBody(' \n\t ', undefined)).toBeUndefined();
    expect(normalizeBody(null, undefined)).toBeUndefined();
  });

  it('decodes bytes as UTF-8 and parses them', () => {
    expect(normalizeBody(bytes('{"message":"Ünïcode"}'), 'application/json')).toEqual({ message: 'Ünïcode' });
    expect(normalizeBody(bytes('{"a":1}').buffer, undefined)).toEqual({ a: 1 });
    expect(normalizeBody(new DataView(bytes('plain').buffer), undefined)).toBe('plain');
  });

  it('decodes invalid UTF-8 with replacement characters', () => {
    expect(normalizeBody(new Uint8Array([0xff, 0x41]), undefined)).toBe('\ufffdA');
  });

  it('decodes at most 1 MB of bytes', () => {
    const big = new Uint8Array(MAX_BODY_BYTES * 3).fill(0x61);
    expect(normalizeBody(big, undefined)).toHaveLength(MAX_BODY_BYTES);
  });

  it('parses JSON text of exactly 1 MB', () => {
    const json = `{"a":"${'x'.repeat(MAX_BODY_BYTES - 8)}"}`;
    expect(json).toHaveLength(MAX_BODY_BYTES);
    expect(normalizeBody(json, 'application/json')).toEqual({ a: 'x'.repeat(MAX_BODY_BYTES - 8) });
  });

  it('keeps JSON text over 1 MB as text rather than parsing it', () => {
    const big = `{"a":"${'x'.repeat(MAX_BODY_BYTES)}"}`;
    expect(normalizeBody(big, 'application/json')).toBe(big);
  });

  it('keeps a parsed body as it is', () => {
    const body = { error: 'x' };
    expect(normalizeBody(body, undefined)).toBe(body);
  });

  it('reads a proxy that throws on every trap or a revoked proxy as no body', () => {
    expect(normalizeBody(throwingProxy(), undefined)).toBeUndefined();
    expect(normalizeBody(revokedProxy(), undefined)).toBeUndefined();
  });

  it('reads a detached buffer as no body', () => {
    const buffer = new ArrayBuffer(8);
    structuredClone(buffer, { transfer: [buffer] });
    expect(normalizeBody(buffer, undefined)).toBeUndefined();
  });

  it('parses JSON nested 100,000 levels deep', () => {
    expect(normalizeBody(deepJson(100_000), 'application/json')).toBeTypeOf('object');
  });

  it('parses __proto__ keys as data without touching Object.prototype', () => {
    for (const json of POLLUTING_JSON) normalizeBody(json, 'application/json');
    expect(isPrototypePolluted()).toBe(false);
  });

  it('reads a megabyte of whitespace ending in garbage as text', () => {
    const body = `${' '.repeat(1_000_000)}!`;
    expect(normalizeBody(body, undefined)).toBe(body);
  });
});
