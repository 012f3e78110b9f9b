import type { FieldError } from '@faultline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type FieldValues, type UseFormSetError, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { errors, XSS_PAYLOADS } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import { type ApplyFieldErrorsOptions, applyFieldErrors } from './applyFieldErrors.js';

interface TeamValues {
  email: string;
  role: string;
  items: { name: string }[];
}

interface TeamFormProps {
  failure: () => unknown;
  options?: ApplyFieldErrorsOptions;
  onUnplaced?: (unplaced: FieldError[]) => void;
}

/** An invite form that fails on submit with `failure`, wired the way the docs show. */
function TeamForm({ failure, options, onUnplaced }: TeamFormProps) {
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors: formErrors },
  } = useForm<TeamValues>({ defaultValues: { email: '', role: '', items: [{ name: '' }, { name: '' }] } });
  const onSubmit = () => {
    const unplaced = applyFieldErrors(failure(), setError, options);
    onUnplaced?.(unplaced);
  };
  return (
    <form onSubmit={handleSubmit(onSubmit)}>
      <label>
        Email <input {...register('email')} />
      </label>
      {formErrors.email && <p>{formErrors.email.message}</p>}
      <label>
        Role <input {...register('role')} />
      </label>
      {formErrors.role && <p>{formErrors.role.message}</p>}
      <label>
        First item <input {...register('items.0.name')} />
      </label>
      {formErrors.items?.[0]?.name && <p>{formErrors.items[0].name.message}</p>}
      <label>
        Second item <input {...register('items.1.name')} />
      </label>
      {formErrors.items?.[1]?.name && <p>{formErrors.items[1].name.message}</p>}
      {formErrors.root?.server && <p role="alert">{formErrors.root.server.message}</p>}
      <button type="submit">Invite</button>
    </form>
  );
}

const inviteError = () =>
  validationError([
    { path: 'role', message: 'Pick a role.' },
    { path: 'email', message: 'Enter a valid email address.' },
    { path: 'items.1.name', message: 'Name the second item.' },
  ]);

const FIELDS = ['email', 'role', 'items.0.name', 'items.1.name'];

async function submit(props: TeamFormProps) {
  const user = userEvent.setup();
  render(<TeamForm {...props} />);
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  return user;
}

describe('applyFieldErrors', () => {
  it('shows each message under its field', async () => {
    await submit({ failure: inviteError });
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Pick a role.')).toBeInTheDocument();
  });

  it('places nested paths such as items.0.name, and focuses that field', async () => {
    await submit({
      failure: () =>
        validationError([
          { path: 'items.0.name', message: 'Name the first item.' },
          { path: 'items.1.name', message: 'Name the second item.' },
        ]),
    });
    expect(await screen.findByText('Name the first item.')).toBeInTheDocument();
    expect(screen.getByText('Name the second item.')).toBeInTheDocument();
    expect(screen.getByLabelText('First item')).toHaveFocus();
  });

  it('moves focus to the first field in the order of fields', async () => {
    await submit({ failure: inviteError, options: { fields: FIELDS } });
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('moves focus to the first field the server named when fields is left out', async () => {
    await submit({ failure: inviteError });
    expect(screen.getByLabelText('Role')).toHaveFocus();
  });

  it('leaves focus alone when shouldFocus is false', async () => {
    await submit({ failure: inviteError, options: { shouldFocus: false } });
    expect(screen.getByRole('button', { name: 'Invite' })).toHaveFocus();
  });

  it('joins messages for fields the form does not have into root.server and returns them', async () => {
    const onUnplaced = vi.fn();
    await submit({
      failure: () =>
        validationError([
          { path: 'email', message: 'Invalid.' },
          { path: 'team.seats', message: 'No seats left.' },
          { path: 'billing', message: 'Add a card.' },
        ]),
      options: { fields: FIELDS },
      onUnplaced,
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('No seats left. Add a card.');
    expect(onUnplaced).toHaveBeenCalledWith([
      { path: 'team.seats', message: 'No seats left.' },
      { path: 'billing', message: 'Add a card.' },
    ]);
  });

  it('puts form-level messages in root.server', async () => {
    await submit({
      failure: () => validationError([{ path: '', message: 'Invites are paused for this team.' }]),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Invites are paused for this team.');
  });

  it('puts the message of an error without field messages in root.server', async () => {
    await submit({ failure: () => errors.forbidden() });
    expect(await screen.findByRole('alert')).toHaveTextContent('The viewer role cannot invite team members.');
  });

  it('sets nothing for such an error when includeMessage is false', () => {
    const setError = vi.fn();
    expect(applyFieldErrors(errors.forbidden(), setError, { includeMessage: false })).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });

  it('renames server paths with mapPath', async () => {
    await submit({
      failure: () => validationError([{ path: 'invitee.email_address', message: 'Invalid.' }]),
      options: { mapPath: (path) => (path === 'invitee.email_address' ? 'email' : path), fields: FIELDS },
    });
    expect(await screen.findByText('Invalid.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('accepts a test function as fields', () => {
    const setError = vi.fn();
    const unplaced = applyFieldErrors(inviteError(), setError, { fields: (name) => name === 'email' });
    expect(setError.mock.calls.map(([name]) => name)).toEqual(['email', 'root.server']);
    expect(unplaced.map((item) => item.path)).toEqual(['role', 'items.1.name']);
  });

  it('sets errors of type server, joining several messages for one field', () => {
    const setError = vi.fn<UseFormSetError<FieldValues>>();
    applyFieldErrors(
      validationError([
        { path: 'email', message: 'Too long.' },
        { path: 'email', message: 'Already invited.' },
      ]),
      setError,
    );
    expect(setError).toHaveBeenCalledWith(
      'email',
      { type: 'server', message: 'Too long. Already invited.' },
      { shouldFocus: true },
    );
  });

  it('returns nothing and sets nothing for no error', () => {
    const setError = vi.fn();
    expect(applyFieldErrors(null, setError)).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });

  it('returns nothing when every message found its field', () => {
    expect(applyFieldErrors(inviteError(), vi.fn(), { fields: FIELDS })).toEqual([]);
  });

  it('never hands a prototype path to setError', () => {
    const setError = vi.fn();
    const unplaced = applyFieldErrors(
      validationError([
        { path: '__proto__.polluted', message: 'a' },
        { path: 'constructor.prototype.polluted', message: 'b' },
        { path: 'items..name', message: 'c' },
      ]),
      setError,
    );
    expect(setError.mock.calls.map(([name]) => name)).toEqual(['root.server']);
    expect(unplaced).toHaveLength(3);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('keeps everything the user typed', async () => {
    const user = userEvent.setup();
    render(<TeamForm failure={inviteError} options={{ fields: FIELDS }} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.type(screen.getByLabelText('Second item'), 'Laptop');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('Name the second item.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByLabelText('Second item')).toHaveValue('Laptop');
  });

  it('shows markup from the server as text', async () => {
    const { container } = render(
      <TeamForm
        failure={() =>
          validationError([
            ...XSS_PAYLOADS.map((message) => ({ path: 'email', message })),
            ...XSS_PAYLOADS.map((message) => ({ path: message, message })),
          ])
        }
        options={{ fields: FIELDS }}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(XSS_PAYLOADS[0]);
    expect(container.querySelector('img, script, svg')).toBeNull();
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });
});
