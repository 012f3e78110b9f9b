import { describe, expect, it } from 'vitest';
import { formValues } from './formValues.js';

const submitted = (entries: [string, string | Blob][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('formValues', () => {
  it('gives the text of each field by name', () => {
    expect(
      formValues(
        submitted([
          ['email', 'ada@example.test'],
          ['team', 'Ops'],
        ]),
      ),
    ).toEqual({
      email: 'ada@example.test',
      team: 'Ops',
    });
  });

  it('gives a name sent more than once as a list', () => {
    expect(
      formValues(
        submitted([
          ['roles', 'viewer'],
          ['roles', 'editor'],
          ['roles', 'admin'],
        ]),
      ),
    ).toEqual({
      roles: ['viewer', 'editor', 'admin'],
    });
  });

  it('leaves out files, the names in omit, and the fields React adds to a server action', () => {
    const data = submitted([
      ['email', 'ada@example.test'],
      ['password', 'correct horse'],
      ['avatar', new Blob(['x'])],
      ['$ACTION_ID_abc123', ''],
    ]);
    expect(formValues(data, { omit: ['password'] })).toEqual({ email: 'ada@example.test' });
  });

  it('gives nothing for no form data', () => {
    expect(formValues(null)).toEqual({});
    expect(formValues(undefined)).toEqual({});
  });

  it('keeps a field named __proto__ as an ordinary name', () => {
    const values = formValues(
      submitted([
        ['__proto__', 'x'],
        ['constructor', 'y'],
      ]),
    );
    expect(Object.keys(values)).toEqual(['__proto__', 'constructor']);
    expect(Object.getOwnPropertyDescriptor(values, '__proto__')?.value).toBe('x');
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('gives an ordinary object, which a Next.js server action can return (it refuses null prototypes)', () => {
    // Next.js 16 failed the README's action with "Classes or null prototypes are not supported".
    const values = formValues(submitted([['email', 'ada@example.test']]));
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(formValues(null))).toBe(Object.prototype);
    expect(structuredClone(values)).toEqual(values);
  });

  it('reads at most 1,000 entries', () => {
    const many = submitted(Array.from({ length: 5_000 }, (_, i) => [`field${i}`, 'v'] as [string, string]));
    expect(Object.keys(formValues(many))).toHaveLength(1_000);
  });
});
