import { describe, expect, it } from 'vitest';
import { cyclic, revokedProxy, throwingGetters, throwingProxy } from '../test-utils/hostile.js';
import { at, byName, get, has, httpUrl, isRecord, keys, list, MAX_TEXT, num, prop, text } from './read.js';

const hostile = [throwingProxy(), throwingProxy([]), revokedProxy(), revokedProxy([]), throwingGetters()];

describe('guarded readers on hostile values', () => {
  it.each(hostile.map((value, i) => [i, value] as const))(
    'read hostile value %i without throwing',
    (_, value) => {
      expect(() => isRecord(value)).not.toThrow();
      expect(get(value, 'error')).toBeUndefined();
      expect(at(value, 'error', 'code')).toBeUndefined();
      expect(() => list(value)).not.toThrow();
      expect(() => keys(value)).not.toThrow();
      expect(prop(value, 'error')).toBeUndefined();
    },
  );

  it('sees a property whose getter throws, without reading it', () => {
    expect(has(throwingGetters(), 'error')).toBe(true);
  });

  it('sees no property on a proxy that throws or a revoked proxy', () => {
    expect(has(throwingProxy(), 'error')).toBe(false);
    expect(has(revokedProxy(), 'error')).toBe(false);
  });

  it('reads a cycle one step at a time', () => {
    const body = cyclic();
    expect(at(body, 'self', 'self', 'self', 'error', 'code')).toBe('validation_error');
  });
});

describe('get', () => {
  it('reads own properties only', () => {
    expect(get({}, 'toString')).toBeUndefined();
    expect(get({}, '__proto__')).toBeUndefined();
    expect(get(JSON.parse('{"__proto__":1}'), '__proto__')).toBe(1);
  });

  it('reads nothing from primitives', () => {
    expect(get('text', 'length')).toBeUndefined();
    expect(get(null, 'x')).toBeUndefined();
  });
});

describe('prop', () => {
  it('reads inherited properties, as a Response status is', () => {
    expect(prop(new Response(null, { status: 503 }), 'status')).toBe(503);
  });

  it('reads nothing from primitives', () => {
    expect(prop('text', 'length')).toBeUndefined();
  });
});

describe('text', () => {
  it('trims text and turns finite numbers into text', () => {
    expect(text('  hello  ')).toBe('hello');
    expect(text(42)).toBe('42');
  });

  it('reads nothing from blank, invisible or non-text values', () => {
    for (const value of [
      '',
      '   ',
      '\u200b\u200b',
      '\u0000\u0007',
      '\ufeff',
      '\ud800',
      Number.NaN,
      null,
      {},
      [],
    ]) {
      expect(text(value)).toBeUndefined();
    }
  });

  it('keeps text that has a visible character among invisible ones', () => {
    expect(text('\u200bOK')).toBe('\u200bOK');
  });

  it('cuts long text with an ellipsis', () => {
    const cut = text('a'.repeat(10_000));
    expect(cut).toHaveLength(MAX_TEXT);
    expect(cut?.endsWith('…')).toBe(true);
  });

  it('never cuts a character in half', () => {
    const cut = text(`${'a'.repeat(8)}😀😀😀`, 10);
    expect(cut).toBe(`${'a'.repeat(8)}…`);
  });
});

describe('num', () => {
  it('reads numbers and numeric text', () => {
    expect(num(5)).toBe(5);
    expect(num(' -1.5 ')).toBe(-1.5);
  });

  it('reads nothing from other values', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, '1e3', '0x10', '', 'five', '1'.repeat(40)]) {
      expect(num(value)).toBeUndefined();
    }
  });
});

describe('list and keys', () => {
  it('reads at most the first items of an array', () => {
    expect(list(Array.from({ length: 500 }, (_, i) => i))).toHaveLength(200);
  });

  it('reads an item whose getter throws as undefined', () => {
    const items = [1, 2];
    Object.defineProperty(items, 0, {
      get() {
        throw new Error('hostile item');
      },
    });
    expect(list(items)).toEqual([undefined, 2]);
  });

  it('reads at most the first keys of a record', () => {
    const many = Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i]));
    expect(keys(many)).toHaveLength(200);
  });
});

describe('httpUrl', () => {
  it.each([
    ['https://docs.example.test/errors#quota', 'https://docs.example.test/errors#quota'],
    ['http://docs.example.test', 'http://docs.example.test/'],
    ['  https://docs.example.test/a b  ', 'https://docs.example.test/a%20b'],
  ])('keeps the http(s) link %s', (value, href) => {
    expect(httpUrl(value)).toBe(href);
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(1)'],
    [' javascript:alert(1)'],
    ['java\tscript:alert(1)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['vbscript:msgbox(1)'],
    ['file:///etc/passwd'],
    ['mailto:support@example.test'],
    ['/docs/errors'],
    ['docs/errors'],
    ['//evil.example.test'],
    ['https://user:secret@docs.example.test'],
    ['https://docs.example.test@evil.example.test'],
    ['https://'],
    [''],
  ])('refuses the link %j', (value) => {
    expect(httpUrl(value)).toBeUndefined();
  });

  it('refuses a link longer than 2048 characters rather than cutting it', () => {
    expect(httpUrl(`https://docs.example.test/${'a'.repeat(3000)}`)).toBeUndefined();
  });

  it('refuses a link that was cut short by text()', () => {
    const cut = text(`https://docs.example.test/${'a'.repeat(3000)}`);
    expect(cut?.startsWith('https://')).toBe(true);
    expect(httpUrl(cut)).toBeUndefined();
  });

  it('refuses values that are not text', () => {
    expect(httpUrl(new URL('https://docs.example.test'))).toBeUndefined();
    expect(httpUrl(throwingProxy())).toBeUndefined();
  });
});

describe('readers with adversarial input', () => {
  it('reads a megabyte of letters as text, no number and no link, in one pass', () => {
    const long = `${'a'.repeat(1_000_000)}!`;
    expect(text(long)).toHaveLength(MAX_TEXT);
    expect(num(long)).toBeUndefined();
    expect(httpUrl(long)).toBeUndefined();
    expect(text(`${'\u200b'.repeat(1_000_000)}`)).toBeUndefined();
  });
});

describe('byName', () => {
  it('meets every spelling of a member name as one', () => {
    const members = byName({ Request_ID: 'a', 'hydra:description': 'b', errorMessage: 'c' });
    expect([...members]).toEqual([
      ['requestid', 'a'],
      ['description', 'b'],
      ['errormessage', 'c'],
    ]);
  });

  it('reads member names right after more distinct names than it remembers', () => {
    for (let i = 0; i < 5000; i++) expect(byName({ [`Field_${i}`]: i }).get(`field${i}`)).toBe(i);
    expect(byName({ 'Request-Id': 'req_1' }).get('requestid')).toBe('req_1');
  });

  it('reads nothing of what is not a record', () => {
    expect(byName(null).size).toBe(0);
    expect(byName(['a']).size).toBe(0);
  });
});
