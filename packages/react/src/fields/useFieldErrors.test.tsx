import { act, render, renderHook, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { errors } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import { useFieldErrors } from './useFieldErrors.js';

const signupError = () =>
  validationError([
    { path: 'email', message: 'Enter a valid email address.' },
    { path: 'password', message: 'Too short.' },
    { path: 'password', message: 'Add a digit.' },
  ]);

function IdProbe() {
  const { fieldId } = useFieldErrors(null);
  return <p>{fieldId('email')}</p>;
}

function ServerField() {
  const { getFieldProps } = useFieldErrors(signupError(), { idPrefix: 's' });
  return <input aria-label="Email" {...getFieldProps('email')} />;
}

describe('useFieldErrors', () => {
  it('gives each field its messages', () => {
    const { result } = renderHook(() => useFieldErrors(signupError()));
    expect(result.current.getError('email')).toBe('Enter a valid email address.');
    expect(result.current.getErrors('password')).toEqual(['Too short.', 'Add a digit.']);
    expect(result.current.getError('password')).toBe('Too short. Add a digit.');
    expect(result.current.getError('name')).toBeUndefined();
    expect(result.current.hasErrors).toBe(true);
  });

  it('marks an input with a message invalid and described by its message', () => {
    const { result } = renderHook(() => useFieldErrors(signupError(), { idPrefix: 'signup' }));
    expect(result.current.getFieldProps('email')).toEqual({
      id: 'signup-email',
      'aria-invalid': true,
      'aria-describedby': 'signup-email-error',
    });
    expect(result.current.errorId('email')).toBe('signup-email-error');
  });

  it('leaves an input without a message unmarked', () => {
    const { result } = renderHook(() => useFieldErrors(signupError(), { idPrefix: 'signup' }));
    expect(result.current.getFieldProps('name')).toEqual({
      id: 'signup-name',
      'aria-invalid': undefined,
      'aria-describedby': undefined,
    });
  });

  it('keeps a hint the input is already described by', () => {
    const { result } = renderHook(() => useFieldErrors(signupError(), { idPrefix: 'f' }));
    expect(
      result.current.getFieldProps('email', { 'aria-describedby': 'email-hint' })['aria-describedby'],
    ).toBe('email-hint f-email-error');
    expect(
      result.current.getFieldProps('name', { 'aria-describedby': 'name-hint' })['aria-describedby'],
    ).toBe('name-hint');
  });

  it('has nothing to show without an error', () => {
    const { result } = renderHook(() => useFieldErrors(null));
    expect(result.current).toMatchObject({
      error: undefined,
      formErrors: [],
      items: [],
      unclaimed: [],
      hasErrors: false,
    });
  });

  it('renames server paths with mapPath', () => {
    const error = validationError([{ path: 'body.email', message: 'Invalid.' }]);
    const { result } = renderHook(() =>
      useFieldErrors(error, { mapPath: (path) => path.replace(/^body\./, '') }),
    );
    expect(result.current.getError('email')).toBe('Invalid.');
  });

  it('reports form-level messages and messages for fields the form lacks as unclaimed', () => {
    const error = validationError([
      { path: '', message: 'Dates overlap.' },
      { path: 'email', message: 'Invalid.' },
      { path: 'legacyField', message: 'Not allowed.' },
    ]);
    const { result } = renderHook(() => useFieldErrors(error, { fields: ['email'] }));
    expect(result.current.unclaimed).toEqual([
      { path: '', message: 'Dates overlap.' },
      { path: 'legacyField', message: 'Not allowed.' },
    ]);
    expect(result.current.isClaimed('email')).toBe(true);
    expect(result.current.isClaimed('legacyField')).toBe(false);
  });

  it('lists messages form-level first, then in the order of fields', () => {
    const error = validationError([
      { path: 'zip', message: 'Bad zip.' },
      { path: 'name', message: 'Required.' },
      { path: '', message: 'Check the address.' },
    ]);
    const { result } = renderHook(() => useFieldErrors(error, { fields: ['name', 'zip'] }));
    expect(result.current.items).toEqual([
      { name: '', message: 'Check the address.', claimed: false },
      { name: 'name', message: 'Required.', claimed: true },
      { name: 'zip', message: 'Bad zip.', claimed: true },
    ]);
  });

  it('lists the fields of `fields` first, in that order, then the ones the form lacks', () => {
    const error = validationError([
      { path: 'legacyField', message: 'Not allowed.' },
      { path: 'zip', message: 'Bad zip.' },
      { path: 'name', message: 'Required.' },
    ]);
    const { result } = renderHook(() => useFieldErrors(error, { fields: ['name', 'zip'] }));
    expect(result.current.items.map((item) => item.name)).toEqual(['name', 'zip', 'legacyField']);
  });

  it('renders the form again only when a field name is first claimed or last let go', () => {
    let renders = 0;
    const { result } = renderHook(() => {
      renders += 1;
      return useFieldErrors(signupError());
    });
    const claim = (name: string) => {
      let release = () => {};
      act(() => {
        release = result.current.claim(name);
      });
      return () => act(() => release());
    };
    const before = renders;
    const releaseFirst = claim('email');
    expect(renders).toBe(before + 1);
    const releaseSecond = claim('email');
    releaseFirst();
    expect(renders).toBe(before + 1);
    expect(result.current.isClaimed('email')).toBe(true);
    releaseSecond();
    expect(renders).toBe(before + 2);
    expect(result.current.isClaimed('email')).toBe(false);
  });

  it('lets a field claim its messages while it is mounted', () => {
    const { result } = renderHook(() => useFieldErrors(signupError()));
    expect(result.current.isClaimed('email')).toBe(false);
    let release = () => {};
    act(() => {
      release = result.current.claim('email');
    });
    expect(result.current.isClaimed('email')).toBe(true);
    expect(result.current.unclaimed.map((item) => item.path)).toEqual(['password', 'password']);
    act(() => release());
    expect(result.current.isClaimed('email')).toBe(false);
  });

  it('keeps a field claimed until its last claimer lets go', () => {
    const { result } = renderHook(() => useFieldErrors(signupError()));
    let first = () => {};
    let second = () => {};
    act(() => {
      first = result.current.claim('email');
      second = result.current.claim('email');
    });
    act(() => first());
    act(() => first());
    expect(result.current.isClaimed('email')).toBe(true);
    act(() => second());
    expect(result.current.isClaimed('email')).toBe(false);
  });

  it('keeps the same claim function across renders', () => {
    const { result, rerender } = renderHook(({ error }) => useFieldErrors(error), {
      initialProps: { error: signupError() as unknown },
    });
    const { claim } = result.current;
    rerender({ error: null });
    expect(result.current.claim).toBe(claim);
  });

  it('does not rebuild its result for an equal inline fields list', () => {
    const error = signupError();
    const { result, rerender } = renderHook(() => useFieldErrors(error, { fields: ['email', 'password'] }));
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });

  it('decodes anything else that was thrown and shows its message for the whole form', () => {
    const { result } = renderHook(() => useFieldErrors(new TypeError('Failed to fetch')));
    expect(result.current.error?.kind).toBe('network');
    expect(result.current.formErrors).toHaveLength(1);
    expect(result.current.unclaimed).toHaveLength(1);
  });

  it('shows the message of an error without field messages for the whole form', () => {
    const { result } = renderHook(() => useFieldErrors(errors.forbidden()));
    expect(result.current.formErrors).toEqual(['The viewer role cannot invite team members.']);
  });

  it('leaves that message out when includeMessage is false', () => {
    const { result } = renderHook(() => useFieldErrors(errors.forbidden(), { includeMessage: false }));
    expect(result.current.hasErrors).toBe(false);
  });

  it('turns any field name into a valid id', () => {
    const error = validationError([
      { path: 'first name', message: 'Required.' },
      { path: '__proto__', message: 'Odd.' },
      { path: 'items.0.name', message: 'Required.' },
    ]);
    const { result } = renderHook(() => useFieldErrors(error, { idPrefix: 'f' }));
    expect(result.current.fieldId('first name')).toBe('f-first_20_name');
    expect(result.current.fieldId('items.0.name')).toBe('f-items.0.name');
    expect(result.current.fieldId('"><img src=x>')).toMatch(/^[\w.-]+$/);
    expect(result.current.getError('__proto__')).toBe('Odd.');
    expect(result.current.getError('constructor')).toBeUndefined();
  });

  it('gives two forms on one page different ids', () => {
    render(
      <>
        <IdProbe />
        <IdProbe />
      </>,
    );
    const [a, b] = screen.getAllByText(/email/).map((p) => p.textContent);
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]+-email$/);
  });

  it('renders on the server', () => {
    const html = renderToString(<ServerField />);
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('aria-describedby="s-email-error"');
  });
});
