import { type ApiErrorJSON, actionError, formValues } from '@faultline/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { signUpRejected } from '../test-utils/signUp.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { useFieldErrors } from './useFieldErrors.js';

// React 19 forms: `<form action>` with `useActionState`, the state carrying the error's JSON form
// as a server function returns it. React 18 has no form actions, so vitest.react18.config.ts leaves
// this file out.

/** What the sign-up action returns: nothing on success; the error and what was typed on failure. */
interface SignUpState {
  error?: ApiErrorJSON;
  values?: Record<string, string | string[]>;
}

/** A server the test answers by hand, one request at a time. */
function manualServer() {
  const waiting: ((response: Response) => void)[] = [];
  const requests: FormData[] = [];
  return {
    requests,
    /** The action, as a server function would be written. */
    async signUp(_previous: SignUpState, formData: FormData): Promise<SignUpState> {
      requests.push(formData);
      const response = await new Promise<Response>((resolve) => waiting.push(resolve));
      if (response.ok) return {};
      return { error: await actionError(response), values: formValues(formData, { omit: ['password'] }) };
    },
    /** Answers the oldest waiting request. */
    async answer(response: Response) {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => waiting.shift()?.(response));
    },
  };
}

const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

function SubmitButton() {
  const { pending } = useFormStatus();
  return (
    <button type="submit" disabled={pending}>
      {pending ? 'Creating account…' : 'Create account'}
    </button>
  );
}

function SignUpForm({
  action,
}: {
  action: (previous: SignUpState, formData: FormData) => Promise<SignUpState>;
}) {
  const [state, formAction] = useActionState(action, {});
  const fields = useFieldErrors(state.error, { fields: ['email', 'password', 'team.name'] });
  return (
    <FieldErrorsProvider value={fields}>
      <form action={formAction} aria-label="Sign up" noValidate>
        <ErrorSummary />
        <label htmlFor={fields.fieldId('email')}>Email</label>
        <input
          name="email"
          type="email"
          defaultValue={text(state.values?.email)}
          {...fields.getFieldProps('email')}
        />
        <FieldError name="email" />
        <label htmlFor={fields.fieldId('password')}>Password</label>
        <input name="password" type="password" {...fields.getFieldProps('password')} />
        <FieldError name="password" />
        <label htmlFor={fields.fieldId('team.name')}>Team name</label>
        <input
          name="team.name"
          defaultValue={text(state.values?.['team.name'])}
          {...fields.getFieldProps('team.name')}
        />
        <FieldError name="team.name" />
        <SubmitButton />
      </form>
    </FieldErrorsProvider>
  );
}

async function failOnce() {
  const server = manualServer();
  const user = userEvent.setup();
  const view = render(<SignUpForm action={(previous, data) => server.signUp(previous, data)} />);
  await user.type(screen.getByLabelText('Email'), 'ada@example');
  await user.type(screen.getByLabelText('Password'), 'correct horse');
  await user.type(screen.getByLabelText('Team name'), 'Ops');
  await user.click(screen.getByRole('button', { name: 'Create account' }));
  await server.answer(signUpRejected());
  await screen.findByRole('heading', { name: 'There is a problem' });
  return { server, user, ...view };
}

describe('React 19 action forms', () => {
  it('shows each message under its field, from the JSON the action returned', async () => {
    await failOnce();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Error: Enter a valid email address.');
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription(
      'Error: Team names are 3 to 40 characters.',
    );
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
  });

  it('lists a message for a field the form does not have in the summary, as text', async () => {
    await failOnce();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    expect(summary).toHaveTextContent('The free plan is full this month.');
    expect(screen.getByRole('link', { name: 'Enter a valid email address.' })).toHaveAttribute('href');
    expect(screen.queryByRole('link', { name: 'The free plan is full this month.' })).toBeNull();
  });

  it('keeps what the user typed after React resets the form, but never the password', async () => {
    await failOnce();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
    expect(screen.getByLabelText('Password')).toHaveValue('');
  });

  it('moves focus to the summary after a failed action', async () => {
    await failOnce();
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'There is a problem' }).parentElement).toHaveFocus(),
    );
  });

  it('shows the pending state of useFormStatus while the action runs, and enables submit after a failure', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<SignUpForm action={(previous, data) => server.signUp(previous, data)} />);
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    expect(await screen.findByRole('button', { name: 'Creating account…' })).toBeDisabled();
    await server.answer(signUpRejected());
    expect(await screen.findByRole('button', { name: 'Create account' })).toBeEnabled();
  });

  it('submits again after a failure, focuses the summary again, and clears the messages on success', async () => {
    const { server, user } = await failOnce();
    const summary = () => screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    await waitFor(() => expect(summary()).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await server.answer(signUpRejected());
    await waitFor(() => expect(summary()).toHaveFocus());
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]?.get('email')).toBe('ada@example');

    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await server.answer(new Response(null, { status: 201 }));
    await waitFor(() => expect(screen.queryByText('There is a problem')).toBeNull());
    expect(screen.queryByText('Enter a valid email address.')).toBeNull();
    expect(server.requests).toHaveLength(3);
  });

  it('has no axe violations with the errors shown', async () => {
    const { container } = await failOnce();
    await expectNoAxeViolations(container);
  });
});
