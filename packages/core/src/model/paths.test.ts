import { describe, expect, it } from 'vitest';
import { revokedProxy, throwingProxy } from '../test-utils/hostile.js';
import { toFieldPath } from './paths.js';

describe('toFieldPath', () => {
  it.each([
    ['email', 'email'],
    ['items.0.name', 'items.0.name'],
    ['items[0].name', 'items.0.name'],
    ['$.items[0].name', 'items.0.name'],
    ["items['first name']", 'items.first name'],
    ['items["a"][1]', 'items.a.1'],
    ['user[email]', 'user.email'],
    ['user[address][city]', 'user.address.city'],
    ['tags[]', 'tags'],
    ['/items/0/name', 'items.0.name'],
    ['#/items/0/name', 'items.0.name'],
    ['/data/attributes/first~1last~0name', 'data.attributes.first/last~name'],
    ['/a~01b', 'a~1b'],
    ['/~0~1', '~/'],
    ['  email  ', 'email'],
    ['.email', 'email'],
    ['items..name.', 'items.name'],
  ])('reads %j as %j', (value, path) => {
    expect(toFieldPath(value)).toBe(path);
  });

  it('reads a location array', () => {
    expect(toFieldPath(['items', 0, 'name'])).toBe('items.0.name');
  });

  it('skips location parts that are not names or indexes', () => {
    expect(toFieldPath(['items', null, 1.5, -1, {}, '', 'name'])).toBe('items.name');
  });

  it('reads an index on its own', () => {
    expect(toFieldPath(3)).toBe('3');
    expect(toFieldPath(0)).toBe('0');
  });

  it.each([
    [''],
    ['   '],
    ['/'],
    ['#/'],
    ['$'],
    ['[]'],
    [[]],
    [-1],
    [1.5],
    [null],
    [undefined],
    [{}],
    [true],
    // Only text, numbers and lists are paths; a String object (never made by JSON.parse) is not.
    [new String('email')],
  ])('reads no path from %j', (value) => {
    expect(toFieldPath(value)).toBeUndefined();
  });

  it('reads a path of exactly 500 characters', () => {
    expect(toFieldPath('a'.repeat(500))).toBe('a'.repeat(500));
    expect(toFieldPath(['a'.repeat(500)])).toBe('a'.repeat(500));
    expect(toFieldPath(`/${'a'.repeat(499)}`)).toBe('a'.repeat(499));
  });

  it('trims the names of a location array', () => {
    expect(toFieldPath([' items ', 0, '\tname'])).toBe('items.0.name');
  });

  it('measures the text as sent: up to 1000 characters with the spaces, 500 without', () => {
    expect(toFieldPath(`${' '.repeat(995)}email`)).toBe('email');
    expect(toFieldPath(`${' '.repeat(996)}email`)).toBeUndefined();
    expect(toFieldPath(`a${'.'.repeat(500)}`)).toBeUndefined();
    expect(toFieldPath([`${' '.repeat(10)}${'a'.repeat(495)}`])).toBeUndefined();
  });

  it('reads no path longer than 500 characters', () => {
    expect(toFieldPath('a'.repeat(501))).toBeUndefined();
    expect(toFieldPath(Array.from({ length: 40 }, () => 'a'.repeat(20)))).toBeUndefined();
  });

  it('reads at most 50 location parts', () => {
    expect(toFieldPath(Array.from({ length: 80 }, (_, i) => i))?.split('.')).toHaveLength(50);
  });

  it('reads no path from a proxy that throws on every trap, and does not throw', () => {
    expect(toFieldPath(throwingProxy([]))).toBeUndefined();
    expect(toFieldPath(throwingProxy())).toBeUndefined();
  });

  it('reads no path from a revoked proxy, and does not throw', () => {
    expect(toFieldPath(revokedProxy([]))).toBeUndefined();
  });

  it('reads an array whose items throw as no path, and does not throw', () => {
    const items = ['a'];
    Object.defineProperty(items, 0, {
      get() {
        throw new Error('hostile item');
      },
    });
    expect(toFieldPath(items)).toBeUndefined();
  });
});

describe('toFieldPath with adversarial input', () => {
  it.each([
    [`${'a'.repeat(1_000_000)}!`],
    [`${'['.repeat(1_000_000)}!`],
    [`${'["'.repeat(500_000)}!`],
    [`${'.'.repeat(1_000_000)}!`],
    [`/${'~'.repeat(1_000_000)}!`],
  ])('reads long input %# in one pass', (value) => {
    expect(toFieldPath(value)).toBeUndefined();
    expect(toFieldPath(value.slice(-400))).toBeTypeOf('string');
  });
});
