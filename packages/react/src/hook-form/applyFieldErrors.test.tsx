import type { FieldError } from '@faultline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useRef } from 'react';
import { type FieldValues, type UseFormSetError, useForm } from 'react-hook-form';
import { describe, expect, it, vi } from 'vitest';
import { errors } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import {
  BRIDGE_CASES,
  expectBridgeCase,
  expectTypedTextKept,
  type InviteValues,
  inviteDefaults,
  inviteError,
} from '../test-utils/inviteForm.js';
import { type ApplyFieldErrorsOptions, applyFieldErrors } from './applyFieldErrors.js';

interface TeamFormProps {
  failure: () => unknown;
  options?: ApplyFieldErrorsOptions;
  onUnplaced?: (unplaced: FieldError[]) => void;
  /** What the form hands over: the form (as the docs show) or only its `setError`. */
  via?: 'form' | 'setError' | 'form without subscribe';
  /** Called on every submit that gets past the form's own checks: the request to the API. */
  onRequest?: () => void;
}

/** An invite form that fails on submit with `failure`, wired the way the docs show. */
function TeamForm({ failure, options, onUnplaced, via = 'form', onRequest }: TeamFormProps) {
  const form = useForm<InviteValues & { plan: string }>({
    // `plan` has a value but no input on this screen: react-hook-form does not validate it.
    defaultValues: { ...inviteDefaults(), plan: 'free' },
  });
  const {
    register,
    handleSubmit,
    formState: { errors: formErrors },
  } = form;
  const target =
    via === 'setError' ? form.setError : via === 'form' ? form : { ...form, subscribe: undefined };
  const onSubmit = () => {
    onRequest?.();
    const unplaced = applyFieldErrors(failure(), target, options);
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
        City <input {...register('address.city')} />
      </label>
      {formErrors.address?.city && <p>{formErrors.address.city.message}</p>}
      <label>
        First item <input {...register('items.0.name')} />
      </label>
      {formErrors.items?.[0]?.name && <p>{formErrors.items[0].name.message}</p>}
      <label>
        Second item <input {...register('items.1.name')} />
      </label>
      {formErrors.items?.[1]?.name && <p>{formErrors.items[1].name.message}</p>}
      {formErrors.plan && <p>{formErrors.plan.message}</p>}
      {formErrors.root?.server && <p role="alert">{formErrors.root.server.message}</p>}
      <button type="submit">Invite</button>
    </form>
  );
}

const FIELDS = ['email', 'role', 'address.city', 'items.0.name', 'items.1.name'];

async function submit(props: TeamFormProps) {
  const user = userEvent.setup();
  render(<TeamForm {...props} />);
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  return user;
}

interface ProfileValues {
  avatar: string | null;
  tags: string[];
  stay: [string | null, string | null];
  colors: string[];
}

/** A profile form whose values are not all text: no picture yet, topic tags, a date range, colors. */
function ProfileForm({ failure }: { failure: () => unknown }) {
  const form = useForm<ProfileValues>({
    defaultValues: { avatar: null, tags: [], stay: [null, null], colors: ['teal'] },
  });
  const shown = form.formState.errors as Record<string, { message?: string } | undefined>;
  return (
    <form onSubmit={form.handleSubmit(() => applyFieldErrors(failure(), form))}>
      {['avatar', 'tags', 'stay', 'colors'].map(
        (name) => shown[name] && <p key={name}>{`${name}: ${shown[name].message}`}</p>,
      )}
      {form.formState.errors.root?.server && <p role="alert">{form.formState.errors.root.server.message}</p>}
      <button type="submit">Save</button>
    </form>
  );
}

async function submitProfile(failure: () => unknown) {
  render(<ProfileForm failure={failure} />);
  await userEvent.setup().click(screen.getByRole('button', { name: 'Save' }));
}

describe('applyFieldErrors', () => {
  it.each(BRIDGE_CASES)('$name', async (testCase) => {
    const unplaced = vi.fn();
    const { container } = render(
      <TeamForm failure={testCase.failure} options={testCase.options} onUnplaced={unplaced} />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Invite' }));
    await expectBridgeCase(testCase, { container, unplaced });
  });

  it('keeps everything the user typed', async () => {
    render(<TeamForm failure={inviteError} options={{ fields: FIELDS }} />);
    await expectTypedTextKept();
  });

  it('moves focus to the first field in the order of fields', async () => {
    await submit({ failure: inviteError, options: { fields: FIELDS } });
    expect(screen.getByLabelText('Email')).toHaveFocus();
  });

  it('leaves focus alone when shouldFocus is false', async () => {
    await submit({ failure: inviteError, options: { shouldFocus: false } });
    expect(screen.getByRole('button', { name: 'Invite' })).toHaveFocus();
  });

  it('sets nothing for such an error when includeMessage is false', () => {
    const setError = vi.fn();
    expect(applyFieldErrors(errors.forbidden(), setError, { includeMessage: false })).toEqual([]);
    expect(setError).not.toHaveBeenCalled();
  });

  it('accepts a test function as fields', () => {
    const setError = vi.fn();
    const unplaced = applyFieldErrors(inviteError(), setError, { fields: (name) => name === 'email' });
    expect(setError.mock.calls.map(([name]) => name)).toEqual(['email', 'root.server']);
    expect(unplaced.map((item) => item.path)).toEqual(['role', 'items.1.name']);
  });

  it('moves focus to the field of the first message the server sent when fields is a test function', async () => {
    await submit({ failure: inviteError, options: { fields: (name) => FIELDS.includes(name) } });
    expect(await screen.findByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByLabelText('Role')).toHaveFocus();
  });

  it('sets errors of type server, joining several messages for one field', () => {
    const setError = vi.fn<UseFormSetError<FieldValues>>();
    applyFieldErrors(
      validationError([
        { path: 'email', message: 'Too long.' },
        { path: 'email', message: 'Already invited.' },
      ]),
      setError,
      { fields: ['email'] },
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

  it('never hands a prototype path or an empty segment to setError, even when fields accepts every name', () => {
    const setError = vi.fn();
    const unplaced = applyFieldErrors(
      validationError([
        { path: 'email', message: 'Invalid.' },
        { path: '__proto__.polluted', message: 'a' },
        { path: 'items.prototype', message: 'b' },
        { path: 'items..name', message: 'c' },
      ]),
      setError,
      { fields: () => true },
    );
    expect(setError.mock.calls.map(([name]) => name)).toEqual(['email', 'root.server']);
    expect(unplaced.map((item) => item.path)).toEqual([
      '__proto__.polluted',
      'items.prototype',
      'items..name',
    ]);
  });

  it('takes a value that is empty, a list of plain values or a date range as one field', async () => {
    await submitProfile(() =>
      validationError([
        { path: 'avatar', message: 'Upload a square picture.' },
        { path: 'tags', message: 'Pick at least one topic.' },
        { path: 'stay', message: 'Choose your dates.' },
        { path: 'colors', message: 'Pick at most two colors.' },
      ]),
    );
    expect(await screen.findByText('avatar: Upload a square picture.')).toBeInTheDocument();
    expect(screen.getByText('tags: Pick at least one topic.')).toBeInTheDocument();
    expect(screen.getByText('stay: Choose your dates.')).toBeInTheDocument();
    expect(screen.getByText('colors: Pick at most two colors.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

/** A sign-up failure whose first message names a field the invite form does not have. */
const unknownFirst = () =>
  validationError([
    { path: 'company', message: 'Company is required for team plans.' },
    { path: 'role', message: 'Pick a role.' },
    { path: 'email', message: 'Enter a valid email address.' },
  ]);

async function submitTimes(times: number, props: TeamFormProps) {
  const user = userEvent.setup();
  render(<TeamForm {...props} />);
  for (let i = 0; i < times; i++) await user.click(screen.getByRole('button', { name: 'Invite' }));
  return user;
}

/** A form whose email rule can fail while the server's plan message is cleared. */
function RuledForm({ onRequest }: { onRequest: () => void }) {
  const form = useForm<{ email: string; plan: string }>({ defaultValues: { email: '', plan: 'free' } });
  const { errors: shown } = form.formState;
  return (
    <form
      onSubmit={form.handleSubmit(() => {
        onRequest();
        applyFieldErrors(validationError([{ path: 'plan', message: 'This plan is sold out.' }]), form);
      })}
    >
      <label>
        Email <input {...form.register('email', { required: 'Enter your email.' })} />
      </label>
      {shown.email && <p>{shown.email.message}</p>}
      {shown.plan && <p>{shown.plan.message}</p>}
      <button type="submit">Invite</button>
    </form>
  );
}

/** A form that saves drafts on a button, without submitting: its rules check the role as it is typed. */
function DraftForm({ failures }: { failures: unknown[] }) {
  const form = useForm<{ email: string; role: string }>({
    mode: 'onChange',
    defaultValues: { email: '', role: '' },
  });
  const { errors: shown } = form.formState;
  const saved = useRef(0);
  return (
    <form>
      <label>
        Email <input {...form.register('email')} />
      </label>
      {shown.email && <p>{shown.email.message}</p>}
      <label>
        Role <input {...form.register('role', { required: 'Enter a role.' })} />
      </label>
      {shown.role && <p>{shown.role.message}</p>}
      {shown.root?.server && <p role="alert">{shown.root.server.message}</p>}
      <button type="button" onClick={() => applyFieldErrors(failures[saved.current++], form)}>
        Save draft
      </button>
    </form>
  );
}

describe('applyFieldErrors never leaves a form stuck', () => {
  it('sends a request on each of three failing submits', async () => {
    const onRequest = vi.fn();
    await submitTimes(3, { failure: unknownFirst, onRequest });
    expect(onRequest).toHaveBeenCalledTimes(3);
  });

  it.each([
    ['names a field the form does not have', 'company', 'Company is required.'],
    ['names a field the form holds but does not validate', 'plan', 'This plan is sold out.'],
  ])('sends a request on each submit when the server %s', async (_case, path, message) => {
    const onRequest = vi.fn();
    await submitTimes(3, { failure: () => validationError([{ path, message }]), onRequest });
    expect(onRequest).toHaveBeenCalledTimes(3);
    expect(screen.getByText(message)).toBeInTheDocument();
  });

  it('focuses the first field of the form and fills root.server when the unknown field comes first', async () => {
    await submit({ failure: unknownFirst });
    expect(screen.getByLabelText('Email')).toHaveFocus();
    expect(screen.getByRole('alert')).toHaveTextContent('Company is required for team plans.');
    expect(screen.getByText('Pick a role.')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('clears the server messages when the next submit starts', async () => {
    let failures = 0;
    const user = await submitTimes(1, {
      failure: () =>
        failures++ === 0
          ? validationError([
              { path: 'plan', message: 'This plan is sold out.' },
              { path: 'company', message: 'Company is required.' },
            ])
          : null,
    });
    expect(screen.getByText('This plan is sold out.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(screen.queryByText('This plan is sold out.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets the rules of the form stop a submit once the server messages are cleared', async () => {
    const onRequest = vi.fn();
    const user = userEvent.setup();
    render(<RuledForm onRequest={onRequest} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(screen.getByText('This plan is sold out.')).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Email'));
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(screen.getByText('Enter your email.')).toBeInTheDocument();
    expect(screen.queryByText('This plan is sold out.')).toBeNull();
    expect(onRequest).toHaveBeenCalledTimes(1);
  });

  it('takes a field’s message away when the user corrects it, and sends the next submit', async () => {
    const onRequest = vi.fn();
    const user = await submitTimes(1, { failure: inviteError, onRequest });
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(onRequest).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('replaces the messages of a failure that came without a submit, keeping what the form’s rules say', async () => {
    const user = userEvent.setup();
    render(
      <DraftForm
        failures={[
          validationError([
            { path: 'role', message: 'Pick a role.' },
            { path: 'company', message: 'Company is required.' },
          ]),
          validationError([{ path: 'email', message: 'Enter a valid email address.' }]),
        ]}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByText('Pick a role.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Company is required.');
    await user.type(screen.getByLabelText('Role'), 'x');
    await user.clear(screen.getByLabelText('Role'));
    expect(screen.getByText('Enter a role.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Enter a role.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps a form submittable with a react-hook-form older than 7.55 when fields names its inputs', async () => {
    const onRequest = vi.fn();
    await submitTimes(3, {
      failure: () => validationError([{ path: 'plan', message: 'This plan is sold out.' }]),
      options: { fields: FIELDS },
      via: 'form without subscribe',
      onRequest,
    });
    expect(onRequest).toHaveBeenCalledTimes(3);
    expect(screen.getByRole('alert')).toHaveTextContent('This plan is sold out.');
  });

  it('keeps what the user typed across failing submits', async () => {
    const user = userEvent.setup();
    render(<TeamForm failure={unknownFirst} />);
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.type(screen.getByLabelText('Second item'), 'Laptop');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByLabelText('Second item')).toHaveValue('Laptop');
  });

  it('puts every message in root.server when given setError alone without fields, and still submits', async () => {
    const onRequest = vi.fn();
    await submitTimes(2, { failure: unknownFirst, via: 'setError', onRequest });
    expect(onRequest).toHaveBeenCalledTimes(2);
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Company is required for team plans. Pick a role. Enter a valid email address.',
    );
  });

  it('places messages with a react-hook-form older than 7.55, and replaces them at the next failure', async () => {
    const onRequest = vi.fn();
    let failures = 0;
    await submitTimes(2, {
      failure: () =>
        failures++ === 0
          ? unknownFirst()
          : validationError([{ path: 'role', message: 'Viewers cannot invite.' }]),
      via: 'form without subscribe',
      onRequest,
    });
    expect(onRequest).toHaveBeenCalledTimes(2);
    expect(screen.getByText('Viewers cannot invite.')).toBeInTheDocument();
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
