import { describe, expect, it } from 'vitest';
import { DEFAULT_CODE_KINDS } from '../dialects/codes.js';
import { BUILTIN_DIALECTS, oauth, problem } from '../dialects/index.js';
import { DEFAULT_MESSAGES } from '../model/messages.js';
import type { Decoder, Dialect } from '../model/types.js';
import { throwingProxy } from '../test-utils/hostile.js';
import { createDecoder } from './createDecoder.js';
import { decodeError } from './decodeError.js';
import { defaultDecoder } from './defaultDecoder.js';

const legacy: Dialect = {
  name: 'legacy',
  match: (body) => typeof body === 'object' && body !== null && 'fault' in body,
  read: (body) => {
    const fault = (body as { fault: { id: string; text: string } }).fault;
    return { code: fault.id, message: fault.text };
  },
};

describe('createDecoder', () => {
  it('tries your dialects before the built-in ones you add after them', () => {
    const greedy: Dialect = { name: 'greedy', match: () => true, read: () => ({ message: 'Mine.' }) };
    const error = decodeError(
      { status: 400, body: { error: { code: 'x', message: 'Built-in.' } } },
      { decoder: createDecoder({ dialects: [greedy, ...BUILTIN_DIALECTS] }) },
    );
    expect(error).toMatchObject({ format: 'greedy', message: 'Mine.' });
  });

  it('keeps the built-in dialects after yours when you add them', () => {
    const decoder = createDecoder({ dialects: [legacy, ...BUILTIN_DIALECTS] });
    expect(decoder.decode({ status: 404, body: { code: 'NOT_FOUND', message: 'Gone.' } }).format).toBe(
      'generic',
    );
  });

  it('holds only the dialects you pass', () => {
    const decoder = createDecoder({ dialects: [legacy] });
    expect(decoder.dialects).toEqual([legacy]);
    const error = decoder.decode({ status: 404, body: { code: 'NOT_FOUND', message: 'Gone.' } });
    expect(error).toMatchObject({ format: 'http', kind: 'not_found', message: DEFAULT_MESSAGES.not_found });
  });

  it('decodes with its one dialect', () => {
    // RFC 9457 §3, the "out of credit" example: https://www.rfc-editor.org/rfc/rfc9457#section-3
    const decoder = createDecoder({ dialects: [problem] });
    const error = decoder.decode({
      status: 403,
      headers: { 'content-type': 'application/problem+json' },
      body: {
        type: 'https://example.com/probs/out-of-credit',
        title: 'You do not have enough credit.',
        detail: 'Your current balance is 30, but that costs 50.',
        instance: '/account/12345/msgs/abc',
        balance: 30,
        accounts: ['/account/12345', '/account/67890'],
      },
    });
    expect(error).toMatchObject({
      format: 'problem',
      status: 403,
      message: 'Your current balance is 30, but that costs 50.',
      docsUrl: 'https://example.com/probs/out-of-credit',
    });
  });

  it('reads a failed Response and decodes it with its dialects', async () => {
    const decoder = createDecoder({ dialects: [legacy] });
    const response = new Response(JSON.stringify({ fault: { id: 'QUOTA_HIT', text: 'Out of quota.' } }), {
      status: 402,
      headers: { 'content-type': 'application/json', 'x-request-id': 'req_9' },
    });
    expect(await decoder.fromResponse(response)).toMatchObject({
      format: 'legacy',
      code: 'QUOTA_HIT',
      message: 'Out of quota.',
      kind: 'payment_required',
      requestId: 'req_9',
    });
  });

  it('decodes as decodeError does when it holds every built-in dialect', () => {
    const input = { status: 422, body: { code: 'VALIDATION_ERROR', message: 'Bad.', details: { a: 1 } } };
    const mine = createDecoder({ dialects: BUILTIN_DIALECTS }).decode(input, { now: 1 });
    expect(mine.toJSON()).toEqual(decodeError(input, { now: 1 }).toJSON());
  });

  it('reads your codes, whatever their case and separators', () => {
    const decoder = createDecoder({ dialects: [legacy], codes: { 'Quota-Hit': 'rate_limited' } });
    const error = decodeError(
      { status: 400, body: { fault: { id: 'QUOTA_HIT', text: 'Out of quota.' } } },
      { decoder },
    );
    expect(error).toMatchObject({ kind: 'rate_limited', code: 'QUOTA_HIT', retryable: true });
  });

  it('lets your codes win over the codes of its dialects', () => {
    const decoder = createDecoder({ dialects: BUILTIN_DIALECTS, codes: { resource_not_found: 'gone' } });
    expect(decoder.kindOfCode('RESOURCE_NOT_FOUND')).toBe('gone');
  });

  it('keeps the codes of its dialects next to yours', () => {
    const decoder = createDecoder({ dialects: BUILTIN_DIALECTS, codes: { quota_hit: 'rate_limited' } });
    expect(decoder.kindOfCode('invalid_api_key')).toBe('unauthenticated');
    expect(decoder.kindOfCode('QUOTA_HIT')).toBe('rate_limited');
  });

  it('knows the codes of the dialects it holds and no others', () => {
    const decoder = createDecoder({ dialects: [oauth] });
    expect(decoder.kindOfCode('invalid_grant')).toBe('unauthenticated');
    // A Google reason and a Stripe type: other APIs' codes.
    expect(decoder.kindOfCode('API_KEY_INVALID')).toBeUndefined();
    expect(decoder.kindOfCode('card_error')).toBeUndefined();
  });

  it('knows every built-in code when it holds every built-in dialect', () => {
    const decoder = createDecoder({ dialects: BUILTIN_DIALECTS });
    for (const [code, kind] of Object.entries(DEFAULT_CODE_KINDS))
      expect(decoder.kindOfCode(code)).toBe(kind);
  });

  it('reads the codes of your own dialect', () => {
    const mine: Dialect = { ...legacy, codes: { QUOTA_HIT: 'payment_required' } };
    const error = createDecoder({ dialects: [mine] }).decode({
      status: 400,
      body: { fault: { id: 'QUOTA_HIT', text: 'Out of quota.' } },
    });
    expect(error).toMatchObject({ kind: 'payment_required', code: 'QUOTA_HIT' });
  });

  it('knows no kind for an unknown code or a value that is not text', () => {
    const decoder = createDecoder();
    expect(decoder.kindOfCode('no_such_code')).toBeUndefined();
    expect(decoder.kindOfCode(42 as unknown as string)).toBeUndefined();
  });

  it('freezes its list of dialects', () => {
    expect(Object.isFrozen(createDecoder().dialects)).toBe(true);
  });

  it('shares one default decoder, with every built-in dialect', () => {
    expect(defaultDecoder()).toBe(defaultDecoder());
    expect(defaultDecoder().dialects).toEqual(BUILTIN_DIALECTS);
  });

  it('refuses a dialect without a name, match and read', () => {
    const broken = { name: 'broken', match: () => true } as unknown as Dialect;
    expect(() => createDecoder({ dialects: [broken] })).toThrow(TypeError);
    expect(() => createDecoder({ dialects: [null as unknown as Dialect] })).toThrow(/dialects\[0\]/);
  });

  it.each<[string, unknown]>([
    ['undefined, as an import of a name the module does not export gives', undefined],
    ['a name that is not text', { ...legacy, name: 42 }],
    ['an empty name', { ...legacy, name: '' }],
    ['no match function', { name: 'legacy', read: legacy.read }],
    ['a match that is no function', { ...legacy, match: true }],
    ['no read function', { name: 'legacy', match: legacy.match }],
  ])('says which dialect is wrong when it is %s', (_, dialect) => {
    expect(() => createDecoder({ dialects: [legacy, dialect as Dialect] })).toThrow(
      new TypeError('createDecoder: dialects[1] needs a name, a match function and a read function.'),
    );
  });

  it('ignores a code of your table made only of separators, which would name every code without letters', () => {
    const decoder = createDecoder({ dialects: [legacy], codes: { '--': 'conflict' } });
    const error = decoder.decode({ status: 400, body: { fault: { id: '-', text: 'Rejected.' } } });
    expect(error).toMatchObject({ kind: 'bad_request', code: '-', message: 'Rejected.' });
    expect(decoder.kindOfCode('')).toBeUndefined();
  });

  it('has no reader hooks when it is given no readers', () => {
    expect(createDecoder().reader).toEqual({});
    expect(createDecoder({ dialects: [legacy] }).reader).toEqual({});
  });

  it('refuses a code mapped to something that is not a kind', () => {
    expect(() => createDecoder({ codes: { quota_hit: 'ratelimited' as 'rate_limited' } })).toThrow(
      /quota_hit.*not an ErrorKind/,
    );
  });
});

/** A decoder built by hand rather than by `createDecoder`: only what `decodeError` reads of it. */
const handBuilt = (tables: Pick<Decoder, 'dialects' | 'kindOfCode'>) => tables as Decoder;

describe('decodeError with a custom decoder', () => {
  it('passes the body on when your dialect throws in match', () => {
    const throwing: Dialect = {
      name: 'throwing',
      match: () => {
        throw new Error('bug in a dialect');
      },
      read: () => ({}),
    };
    const error = decodeError(
      { status: 409, body: { code: 'CONFLICT', message: 'Taken.' } },
      { decoder: createDecoder({ dialects: [throwing, ...BUILTIN_DIALECTS] }) },
    );
    expect(error).toMatchObject({ format: 'generic', message: 'Taken.' });
  });

  it('passes the body on when your dialect returns a reading whose fields throw', () => {
    const trap: Dialect = { name: 'trap', match: () => true, read: () => throwingProxy() as never };
    const error = decodeError(
      { status: 409, body: { code: 'CONFLICT', message: 'Taken.' } },
      { decoder: createDecoder({ dialects: [trap, ...BUILTIN_DIALECTS] }) },
    );
    expect(error).toMatchObject({ format: 'generic', message: 'Taken.' });
  });

  it('cleans what your dialect returns', () => {
    const sloppy: Dialect = {
      name: 'sloppy',
      match: () => true,
      read: () =>
        ({
          code: { nested: true },
          message: '   ',
          kind: 'not-a-kind',
          requestId: 'r'.repeat(1000),
          retryAfterMs: '5000',
          docsUrl: 'javascript:alert(1)',
          fieldErrors: [{ path: ['a', 0], message: 'Bad.' }, { path: 'b' }, null, 'x'],
        }) as never,
    };
    const error = decodeError({ status: 400, body: {} }, { decoder: createDecoder({ dialects: [sloppy] }) });
    expect(error).toMatchObject({
      kind: 'validation',
      code: 'validation',
      message: DEFAULT_MESSAGES.validation,
      requestId: undefined,
      retryAfterMs: undefined,
      docsUrl: undefined,
      fieldErrors: [{ path: 'a.0', message: 'Bad.' }],
    });
  });

  it('reports a dialect without a usable name as custom', () => {
    const decoder = handBuilt({
      dialects: [{ name: 42 as unknown as string, match: () => true, read: () => ({ message: 'Hi.' }) }],
      kindOfCode: () => undefined,
    });
    expect(decodeError({ status: 500, body: 'x' }, { decoder }).format).toBe('custom');
  });

  it('reads the kind from the status when a hand-built decoder throws on a code', () => {
    const decoder = handBuilt({
      dialects: BUILTIN_DIALECTS,
      kindOfCode: () => {
        throw new Error('bug in a decoder');
      },
    });
    const error = decodeError({ status: 404, body: { code: 'NOPE', message: 'Missing.' } }, { decoder });
    expect(error).toMatchObject({ kind: 'not_found', code: 'NOPE', message: 'Missing.' });
  });

  it('ignores a kind a hand-built decoder makes up', () => {
    const decoder = handBuilt({
      dialects: BUILTIN_DIALECTS,
      kindOfCode: () => 'catastrophe' as never,
    });
    const error = decodeError({ status: 503, body: { code: 'X', message: '' } }, { decoder });
    expect(error).toMatchObject({ kind: 'unavailable', message: DEFAULT_MESSAGES.unavailable });
  });

  it('decodes from the status and headers when a hand-built decoder has no list of dialects', () => {
    const decoder = { dialects: throwingProxy(), kindOfCode: () => undefined } as unknown as Decoder;
    expect(decodeError({ status: 502, headers: { 'x-request-id': 'req_1' } }, { decoder })).toMatchObject({
      kind: 'bad_gateway',
      requestId: 'req_1',
    });
  });
});
