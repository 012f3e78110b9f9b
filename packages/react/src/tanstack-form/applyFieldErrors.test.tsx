import type { FieldError } from '@faultline/core';
import { type AnyFieldApi, useForm } from '@tanstack/react-form';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
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
  /** What the server answers on each submit; `undefined` is a success. */
  failure: () => unknown;
  options?: ApplyFieldErrorsOptions;
  onUnplaced?: (unplaced: FieldError[]) => void;
  onSubmitted?: (values: InviteValues) => void;
}

/** One text input of the form, wired the way TanStack Form's docs show, with its error below it. */
function TextField({ field, label }: { field: AnyFieldApi; label: string }) {
  const message = field.state.meta.errors.join(' ');
  const errorId = `${field.name}-error`;
  return (
    <div>
      <label htmlFor={field.name}>{label}</label>
      <input
        id={field.name}
        name={field.name}
        value={field.state.value}
        onChange={(event) => field.handleChange(event.target.value)}
        onBlur={field.handleBlur}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
      />
      {message && <p id={errorId}>{message}</p>}
    </div>
  );
}

/** An invite form whose submit fails on the server with `failure`, wired the way the docs show. */
function TeamForm({ failure, options, onUnplaced, onSubmitted }: TeamFormProps) {
  const form = useForm({
    defaultValues: inviteDefaults(),
    onSubmit: async ({ value, formApi }) => {
      onSubmitted?.(value);
      const error = failure();
      if (error === undefined) return;
      const unplaced = applyFieldErrors(error, formApi, options);
      onUnplaced?.(unplaced);
    },
  });
  return (
    <form
      aria-label="Invite"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(state) => state.errors}>
        {(formErrors) => formErrors.length > 0 && <p role="alert">{formErrors.join(' ')}</p>}
      </form.Subscribe>
      <form.Field name="email">{(field) => <TextField field={field} label="Email" />}</form.Field>
      <form.Field name="role">{(field) => <TextField field={field} label="Role" />}</form.Field>
      <form.Field name="address.city">{(field) => <TextField field={field} label="City" />}</form.Field>
      <form.Field name="items" mode="array">
        {(items) =>
          items.state.value.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the rows of this test form never move
            <form.Field key={index} name={`items[${index}].name`}>
              {(field) => <TextField field={field} label={index === 0 ? 'First item' : 'Second item'} />}
            </form.Field>
          ))
        }
      </form.Field>
      <button type="submit">Invite</button>
    </form>
  );
}

/** Applies an error to a headless form and reports what its error maps hold under `onServer`. */
function ErrorMapProbe({ onApplied }: { onApplied: (onServer: Record<string, unknown>) => void }) {
  const form = useForm({ defaultValues: { email: '', address: { city: '' } } });
  const apply = () => {
    applyFieldErrors(
      validationError([
        { path: 'email', message: 'Taken.' },
        { path: 'address.city', message: 'Unknown city.' },
        { path: 'seats', message: 'No seats left.' },
      ]),
      form,
    );
    onApplied({
      email: form.getFieldMeta('email')?.errorMap.onServer,
      city: form.getFieldMeta('address.city')?.errorMap.onServer,
      form: form.state.errorMap.onServer,
    });
  };
  return (
    <>
      <form.Field name="email">{() => null}</form.Field>
      <form.Field name="address.city">{() => null}</form.Field>
      <button type="button" onClick={apply}>
        Apply
      </button>
    </>
  );
}

async function submit(props: TeamFormProps) {
  const user = userEvent.setup();
  const view = render(<TeamForm {...props} />);
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  return { user, ...view };
}

describe('applyFieldErrors (TanStack Form)', () => {
  it.each(BRIDGE_CASES)('$name', async (testCase) => {
    const unplaced = vi.fn();
    const { container } = await submit({
      failure: testCase.failure,
      options: testCase.options,
      onUnplaced: unplaced,
    });
    await expectBridgeCase(testCase, { container, unplaced });
  });

  it('keeps everything the user typed', async () => {
    render(<TeamForm failure={inviteError} />);
    await expectTypedTextKept();
  });

  it('describes nested and array fields such as address.city and items[0].name by their message', async () => {
    await submit({
      failure: () =>
        validationError([
          { path: 'address.city', message: 'Enter a city.' },
          { path: 'items.0.name', message: 'Name the first item.' },
        ]),
    });
    expect(await screen.findByText('Enter a city.')).toBeInTheDocument();
    expect(screen.getByLabelText('City')).toHaveAccessibleDescription('Enter a city.');
    expect(screen.getByLabelText('First item')).toHaveAccessibleDescription('Name the first item.');
  });

  it('puts the messages in the onServer error map of each field', async () => {
    const onApplied = vi.fn();
    render(<ErrorMapProbe onApplied={onApplied} />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApplied).toHaveBeenCalledWith({
      email: 'Taken.',
      city: 'Unknown city.',
      form: 'No seats left.',
    });
  });

  it('leaves focus alone when focus is false', async () => {
    await submit({ failure: inviteError, options: { focus: false } });
    await screen.findByText('Pick a role.');
    expect(screen.getByRole('button', { name: 'Invite' })).toHaveFocus();
  });

  it('hands the first field name to a focus function', async () => {
    const focus = vi.fn();
    await submit({ failure: inviteError, options: { focus } });
    await screen.findByText('Pick a role.');
    expect(focus).toHaveBeenCalledExactlyOnceWith('email');
  });

  it('focuses the first field with a message that can take focus, passing over disabled and hidden inputs', async () => {
    const root = document.createElement('div');
    const input = (name: string, set?: (element: HTMLInputElement) => void) => {
      const element = document.createElement('input');
      element.name = name;
      set?.(element);
      return element;
    };
    root.append(
      input('email'),
      input('role', (element) => {
        element.disabled = true;
      }),
      input('role', (element) => {
        element.type = 'hidden';
      }),
      input('role', (element) => {
        element.id = 'role-here';
      }),
    );
    document.body.append(root);
    try {
      await submit({
        failure: () => validationError([{ path: 'role', message: 'Pick a role.' }]),
        options: { root },
      });
      expect(document.activeElement).toBe(root.querySelector('#role-here'));
    } finally {
      root.remove();
    }
  });

  it('lets the user submit again without changing anything', async () => {
    const onSubmitted = vi.fn();
    let answer: (() => unknown) | undefined = inviteError;
    const { user } = await submit({ failure: () => answer?.(), onSubmitted });
    expect(await screen.findByText('Pick a role.')).toBeInTheDocument();
    answer = undefined;
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('Pick a role.')).toBeNull();
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('shows the new errors of a second failed submit in place of the first', async () => {
    let answer = inviteError;
    const { user } = await submit({ failure: () => answer() });
    expect(await screen.findByText('Pick a role.')).toBeInTheDocument();
    answer = () => validationError([{ path: 'address.city', message: 'Enter a city.' }]);
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    expect(await screen.findByText('Enter a city.')).toBeInTheDocument();
    expect(screen.queryByText('Pick a role.')).toBeNull();
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
  });

  it('takes a field’s message away once its value changes', async () => {
    const { user } = await submit({ failure: inviteError });
    expect(await screen.findByText('Pick a role.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Role'), 'admin');
    expect(screen.queryByText('Pick a role.')).toBeNull();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
  });

  it('returns nothing and sets nothing for no error', () => {
    const setErrorMap = vi.fn();
    const form = { fieldInfo: {}, setErrorMap } as unknown as Parameters<typeof applyFieldErrors>[1];
    expect(applyFieldErrors(null, form)).toEqual([]);
    expect(setErrorMap).not.toHaveBeenCalled();
  });

  it('has no axe violations with server errors shown', async () => {
    const { container } = await submit({ failure: inviteError });
    await screen.findByText('Pick a role.');
    await expectNoAxeViolations(container);
  });
});
