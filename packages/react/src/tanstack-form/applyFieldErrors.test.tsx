import type { FieldError } from '@faultline/core';
import { type AnyFieldApi, type AnyFormApi, useForm } from '@tanstack/react-form';
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
function ErrorMapProbe({
  onApplied,
  failure = () =>
    validationError([
      { path: 'email', message: 'Taken.' },
      { path: 'address.city', message: 'Unknown city.' },
      { path: 'seats', message: 'No seats left.' },
    ]),
  prepare,
}: {
  onApplied: (onServer: Record<string, unknown>) => void;
  failure?: () => unknown;
  /** What the app did with the form before the error came. */
  prepare?: (form: AnyFormApi) => void;
}) {
  const form = useForm({ defaultValues: { email: '', address: { city: '' }, plan: '' } });
  const apply = () => {
    prepare?.(form);
    applyFieldErrors(failure(), form);
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

/** A list of twelve tags, each with its input and a remove button; its submit fails with `failure`. */
function TagsForm({ failure, onSubmitted }: Pick<TeamFormProps, 'failure' | 'onSubmitted'>) {
  const form = useForm({
    defaultValues: { tags: Array.from({ length: 12 }, (_, index) => `tag-${index + 1}`) },
    onSubmit: async ({ formApi }) => {
      onSubmitted?.(inviteDefaults());
      const error = failure();
      if (error !== undefined) applyFieldErrors(error, formApi);
    },
  });
  return (
    <form
      aria-label="Tags"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Field name="tags" mode="array">
        {(tags) =>
          tags.state.value.map((_, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are only ever removed from the end here
            <div key={index}>
              <form.Field name={`tags[${index}]`}>
                {(field) => <TextField field={field} label={`Tag ${index + 1}`} />}
              </form.Field>
              <button type="button" onClick={() => tags.removeValue(index)}>
                Remove tag {index + 1}
              </button>
            </div>
          ))
        }
      </form.Field>
      <button type="submit">Save tags</button>
    </form>
  );
}

/**
 * A team name saved as a draft while it is typed: "Save draft" puts the server's answer on the
 * form at once (no submit), beside the form's own check, which runs when the field is left.
 */
function DraftForm({ failure }: Pick<TeamFormProps, 'failure'>) {
  const form = useForm({ defaultValues: { name: '' } });
  return (
    <form aria-label="Team" noValidate>
      <form.Field
        name="name"
        validators={{ onBlur: ({ value }) => (value.length < 3 ? 'Use at least 3 characters.' : undefined) }}
      >
        {(field) => <TextField field={field} label="Team name" />}
      </form.Field>
      <button type="button" onClick={() => applyFieldErrors(failure(), form, { focus: false })}>
        Save draft
      </button>
    </form>
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

  it('finds the field of a path that ends in a two-digit index, such as tags.10', async () => {
    const user = userEvent.setup();
    render(
      <TagsForm
        failure={() => validationError([{ path: 'tags.10', message: 'Use 20 characters at most.' }])}
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    expect(await screen.findByLabelText('Tag 11')).toHaveAccessibleDescription('Use 20 characters at most.');
    expect(screen.getByLabelText('Tag 11')).toHaveFocus();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('lets the user submit again after removing a row that had a message', async () => {
    const user = userEvent.setup();
    const onSubmitted = vi.fn();
    let answer: (() => unknown) | undefined = () =>
      validationError([
        { path: 'tags.10', message: 'Use 20 characters at most.' },
        { path: 'tags.11', message: 'This tag is taken.' },
      ]);
    render(<TagsForm failure={() => answer?.()} onSubmitted={onSubmitted} />);
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    expect(await screen.findByText('This tag is taken.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Remove tag 12' }));
    expect(screen.queryByLabelText('Tag 12')).toBeNull();
    expect(screen.queryByText('This tag is taken.')).toBeNull();
    expect(screen.getByLabelText('Tag 11')).toHaveAccessibleDescription('Use 20 characters at most.');
    answer = undefined;
    await user.click(screen.getByRole('button', { name: 'Save tags' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(2));
    expect(screen.queryByText('Use 20 characters at most.')).toBeNull();
  });

  it('lets the user submit again after a message for the whole form, and takes it away', async () => {
    const onSubmitted = vi.fn();
    let answer: (() => unknown) | undefined = () =>
      validationError([{ path: '', message: 'Invites are paused for this team.' }]);
    const { user } = await submit({ failure: () => answer?.(), onSubmitted });
    expect(await screen.findByRole('alert')).toHaveTextContent('Invites are paused for this team.');
    answer = undefined;
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await waitFor(() => expect(onSubmitted).toHaveBeenCalledTimes(2));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps the form’s onServer error empty when every message found its field', async () => {
    const onApplied = vi.fn();
    render(
      <ErrorMapProbe
        onApplied={onApplied}
        failure={() => validationError([{ path: 'email', message: 'Taken.' }])}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApplied).toHaveBeenCalledWith({ email: 'Taken.', city: undefined, form: undefined });
  });

  it('takes the first call’s messages away when a second call has none to show', async () => {
    const onApplied = vi.fn();
    let answer: unknown = validationError([
      { path: 'email', message: 'Taken.' },
      { path: 'seats', message: 'No seats left.' },
    ]);
    render(<ErrorMapProbe onApplied={onApplied} failure={() => answer} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApplied).toHaveBeenLastCalledWith({ email: 'Taken.', city: undefined, form: 'No seats left.' });
    answer = null;
    await user.click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApplied).toHaveBeenLastCalledWith({ email: undefined, city: undefined, form: undefined });
  });

  it('shows the message for a value the form holds without a field (set with setFieldValue) as the form’s message', async () => {
    const onApplied = vi.fn();
    render(
      <ErrorMapProbe
        onApplied={onApplied}
        failure={() => validationError([{ path: 'plan', message: 'Pick a plan your team can use.' }])}
        prepare={(form) => form.setFieldValue('plan', 'team', { dontUpdateMeta: true })}
      />,
    );
    await userEvent.setup().click(screen.getByRole('button', { name: 'Apply' }));
    expect(onApplied).toHaveBeenCalledWith({
      email: undefined,
      city: undefined,
      form: 'Pick a plan your team can use.',
    });
  });

  it('calls the focus function only when a field got a message', async () => {
    const focus = vi.fn();
    await submit({
      failure: () => validationError([{ path: 'billing', message: 'Add a card.' }]),
      options: { focus },
    });
    expect(await screen.findByRole('alert')).toHaveTextContent('Add a card.');
    expect(focus).not.toHaveBeenCalled();
  });

  it('takes only the server’s message off a field whose value changes, never the form’s own check', async () => {
    const user = userEvent.setup();
    render(<DraftForm failure={() => validationError([{ path: 'name', message: 'This name is taken.' }])} />);
    await user.type(screen.getByLabelText('Team name'), 'Al');
    await user.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription(
      'Use at least 3 characters. This name is taken.',
    );
    await user.type(screen.getByLabelText('Team name'), 'x');
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription('Use at least 3 characters.');
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
