import { describe, expect, it } from 'vitest';
import { cyclic, revokedProxy, throwingGetters, throwingProxy } from '../test-utils/hostile.js';
import {
  at,
  byName,
  firstText,
  get,
  has,
  httpUrl,
  isRecord,
  keys,
  list,
  MAX_TEXT,
  MAX_URL,
  num,
  prop,
  shortId,
  text,
} from './read.js';

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

  it('reads a revoked proxy as no record, and a proxy that throws as no list and no keys', () => {
    expect(isRecord(revokedProxy())).toBe(false);
    for (const value of [revokedProxy(), revokedProxy([]), throwingProxy(), throwingProxy([])]) {
      expect(list(value)).toBeUndefined();
      expect(keys(value)).toEqual([]);
    }
  });

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

describe('isRecord, has and at', () => {
  it('takes objects for records, and neither null, arrays nor text', () => {
    expect(isRecord({})).toBe(true);
    expect(isRecord(Object.create(null))).toBe(true);
    for (const value of [null, undefined, [], 'text', 42]) expect(isRecord(value)).toBe(false);
  });

  it('sees own properties only, and none on text or null', () => {
    expect(has({ error: undefined }, 'error')).toBe(true);
    expect(has({}, 'toString')).toBe(false);
    expect(has('text', 'length')).toBe(false);
    expect(has(null, 'error')).toBe(false);
  });

  it('follows a path as far as it goes', () => {
    const body = { error: { details: [{ reason: 'RATE_LIMIT_EXCEEDED' }] } };
    expect(at(body, 'error', 'details', '0', 'reason')).toBe('RATE_LIMIT_EXCEEDED');
    expect(at(body, 'error', 'missing', 'reason')).toBeUndefined();
    expect(at(body)).toBe(body);
  });
});

describe('prop', () => {
  it('reads inherited properties, as a Response status is', () => {
    expect(prop(new Response(null, { status: 503 }), 'status')).toBe(503);
  });

  it('reads nothing from primitives', () => {
    expect(prop('text', 'length')).toBeUndefined();
    expect(prop(null, 'status')).toBeUndefined();
    expect(prop(undefined, 'status')).toBeUndefined();
  });

  it('reads a property of a function, as of a class a caller passes', () => {
    function decoderOptions() {}
    expect(prop(decoderOptions, 'name')).toBe('decoderOptions');
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
    expect(text(`${'a'.repeat(8)}😀bbb`, 10)).toBe(`${'a'.repeat(8)}…`);
    // The first and the last high surrogates: U+10000 and U+10FFFF.
    expect(text(`${'a'.repeat(8)}\ud800\udc00bbb`, 10)).toBe(`${'a'.repeat(8)}…`);
    expect(text(`${'a'.repeat(8)}\udbff\udfffbbb`, 10)).toBe(`${'a'.repeat(8)}…`);
  });

  it('cuts after a character just below or above the surrogates as after any other', () => {
    expect(text(`${'a'.repeat(8)}\ud7ffbbb`, 10)).toBe(`${'a'.repeat(8)}\ud7ff…`);
    expect(text(`${'a'.repeat(8)}！bbb`, 10)).toBe(`${'a'.repeat(8)}！…`);
  });

  it('keeps text exactly as long as the limit whole', () => {
    expect(text('a'.repeat(MAX_TEXT))).toBe('a'.repeat(MAX_TEXT));
    expect(text('abcde', 5)).toBe('abcde');
    expect(text('abcdef', 5)).toBe('abcd…');
  });

  it('reads only the head of a long string: text behind more blank than twice the limit is not read', () => {
    expect(text(`${' '.repeat(2 * MAX_TEXT)}Quota exceeded`)).toBeUndefined();
    expect(text(`${' '.repeat(2 * MAX_TEXT - 5)}Quota exceeded`)).toBe('Quota');
  });
});

describe('shortId', () => {
  it('keeps a request id of up to 256 characters whole', () => {
    expect(shortId('a'.repeat(256))).toBe('a'.repeat(256));
    expect(shortId(' req_1 ')).toBe('req_1');
    expect(shortId(42)).toBe('42');
  });

  it('refuses a longer one rather than cut it into another id', () => {
    expect(shortId('a'.repeat(257))).toBeUndefined();
    expect(shortId('a'.repeat(5000))).toBeUndefined();
  });

  it('reads no id from blank or non-text values', () => {
    for (const value of [undefined, null, '', '  ', {}, Number.NaN]) expect(shortId(value)).toBeUndefined();
  });
});

describe('firstText', () => {
  it('reads the first of the names that holds text, skipping blank and non-text values', () => {
    const body = { code: '', error_code: { nested: true }, errorCode: ' E1001 ', other: 'E2' };
    expect(firstText(body, ['code', 'error_code', 'errorCode', 'other'])).toBe('E1001');
    expect(firstText(body, ['other', 'errorCode'])).toBe('E2');
  });

  it('reads nothing when no name holds text', () => {
    expect(firstText({ code: null }, ['code', 'missing'])).toBeUndefined();
    expect(firstText('text', ['length'])).toBeUndefined();
  });
});

describe('num', () => {
  it('reads numbers and numeric text', () => {
    expect(num(5)).toBe(5);
    expect(num(' -1.5 ')).toBe(-1.5);
    expect(num('64.57')).toBe(64.57);
  });

  it('reads nothing from other values', () => {
    for (const value of [
      Number.NaN,
      Number.POSITIVE_INFINITY,
      '1e3',
      '0x10',
      '',
      'five',
      '1'.repeat(40),
      '1'.repeat(33),
      null,
      undefined,
      ['5'],
      { valueOf: () => 5 },
    ]) {
      expect(num(value)).toBeUndefined();
    }
  });

  it('reads numeric text of up to 32 characters', () => {
    expect(num(`${' '.repeat(30)}42`)).toBe(42);
    expect(num('1'.repeat(32))).toBe(Number('1'.repeat(32)));
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

  it('reads own keys only, not those a prototype lends', () => {
    const body = Object.assign(Object.create({ inherited: 'x' }), { own: 'y' });
    expect(keys(body)).toEqual(['own']);
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

  it('keeps a link of exactly 2048 characters, as sent and as parsed', () => {
    const link = `https://docs.example.test/${'a'.repeat(MAX_URL - 26)}`;
    expect(link).toHaveLength(MAX_URL);
    expect(httpUrl(link)).toBe(link);
    expect(httpUrl(` ${link} `)).toBe(link);
  });

  it('refuses a link over 2048 characters as sent, even when the parser would shorten it', () => {
    const link = `https://docs.example.test/./${'a'.repeat(MAX_URL - 27)}`;
    expect(link).toHaveLength(MAX_URL + 1);
    expect(httpUrl(link)).toBeUndefined();
  });

  it('refuses a link that grows over 2048 characters once parsed', () => {
    // Each space is sent as one character and written as `%20`.
    const link = `https://docs.example.test/${' x'.repeat(1000)}`;
    expect(link.length).toBeLessThanOrEqual(MAX_URL);
    expect(httpUrl(link)).toBeUndefined();
  });

  it('reads a link padded with blanks, but no value over twice the longest link', () => {
    const link = 'https://docs.example.test/errors';
    expect(httpUrl(`${' '.repeat(2 * MAX_URL - link.length)}${link}`)).toBe(link);
    expect(httpUrl(`${' '.repeat(2 * MAX_URL - link.length + 1)}${link}`)).toBeUndefined();
    expect(httpUrl(`${' '.repeat(1500)}${link}`)).toBe(link);
  });

  it.each([
    ['ftp://files.example.test/errors.txt'],
    ['ws://docs.example.test/'],
    ['https://:secret@docs.example.test/'],
  ])('refuses the link %s: another scheme, or credentials', (value) => {
    expect(httpUrl(value)).toBeUndefined();
  });

  it('refuses a link that was cut short by text()', () => {
    const cut = text(`https://docs.example.test/${'a'.repeat(3000)}`);
    expect(cut?.startsWith('https://')).toBe(true);
    expect(httpUrl(cut)).toBeUndefined();
    expect(httpUrl(`${text(`https://docs.example.test/${'a'.repeat(300)}`, 100)}  `)).toBeUndefined();
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

  it('keeps the first spelling of a name', () => {
    expect(byName({ request_id: 'a', RequestId: 'b' }).get('requestid')).toBe('a');
  });

  it('skips names with no letter or digit, and names longer than 64 characters', () => {
    expect([...byName({ '---': 1, '': 2, [`x${'a'.repeat(64)}`]: 3 })]).toEqual([]);
    expect(byName({ [`x${'a'.repeat(63)}`]: 4 }).get(`x${'a'.repeat(63)}`)).toBe(4);
  });
});
