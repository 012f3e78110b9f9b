import { type ApiError, decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type FormEvent, useState } from 'react';
import { expect, waitFor, within } from 'storybook/test';
import { TEST_NOW } from '../test-utils/errors.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { useFieldErrors } from './useFieldErrors.js';

/** What the API answers to the sign-up form below: a Rails-style field map with a form-level message. */
const signUpRejected = {
  status: 422,
  headers: { 'content-type': 'application/json' },
  body: {
    errors: {
      base: ['Sign-ups from this network are paused for an hour.'],
      email: ['Enter a valid email address.'],
      password: ['Password must be at least 12 characters.', 'Password must not contain your email address.'],
      invite_code: ['This invite has expired.'],
    },
  },
};

const field = { display: 'grid', gap: 4, marginBlockEnd: 12, maxWidth: 360 } as const;

/**
 * A sign-up form wired the faultline way: `useFieldErrors` with the form's fields, a provider for
 * `<FieldError>` and `<ErrorSummary>`, and `getFieldProps` on each input. The server has no
 * `invite_code` field on this form, so that message stays plain text in the summary.
 */
function SignUpForm() {
  const [error, setError] = useState<ApiError>();
  const errors = useFieldErrors(error, { fields: ['email', 'password'] });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setError(decodeError(signUpRejected, { now: TEST_NOW }));
  };
  return (
    <FieldErrorsProvider value={errors}>
      <form noValidate onSubmit={onSubmit} aria-label="Sign up">
        <ErrorSummary />
        <div style={field}>
          <label htmlFor={errors.fieldId('email')}>Email</label>
          <input {...errors.getFieldProps('email')} name="email" type="email" autoComplete="email" />
          <FieldError name="email" />
        </div>
        <div style={field}>
          <label htmlFor={errors.fieldId('password')}>Password</label>
          <input
            {...errors.getFieldProps('password', { 'aria-describedby': 'password-hint' })}
            name="password"
            type="password"
            autoComplete="new-password"
          />
          <span id="password-hint" style={{ fontSize: '0.875em' }}>
            At least 12 characters.
          </span>
          <FieldError name="password" />
        </div>
        <button type="submit" className="fl-button">
          Create account
        </button>
      </form>
    </FieldErrorsProvider>
  );
}

const meta = {
  title: 'Forms/ErrorSummary',
  component: ErrorSummary,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: `The error summary at the top of a form, after the GOV.UK pattern: a heading and every message of the error.
A message whose field the form has is a link that moves focus to that field (its label scrolled into view); a message about
the whole form, or about a field the form does not have, is plain text. It takes focus when a new error arrives, so a
keyboard or screen-reader user lands on it after a failed submit. What the user typed is never touched.

\`\`\`tsx
const errors = useFieldErrors(mutation.error, { fields: ['email', 'password'] });
<FieldErrorsProvider value={errors}>
  <form>
    <ErrorSummary />
    <input {...errors.getFieldProps('email')} />
    <FieldError name="email" />
  </form>
</FieldErrorsProvider>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof ErrorSummary>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submit the form: the summary takes focus; a summary link moves focus to its field, input kept. */
export const FollowLinkToField: Story = {
  render: () => <SignUpForm />,
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email');
    await userEvent.type(email, 'ada@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));

    const summary = canvas.getByRole('heading', { name: 'There is a problem' }).parentElement as HTMLElement;
    await waitFor(() => expect(summary).toHaveFocus());
    await expect(
      within(summary).getByText('Sign-ups from this network are paused for an hour.'),
    ).toBeVisible();
    await expect(within(summary).queryByRole('link', { name: 'This invite has expired.' })).toBeNull();

    await userEvent.click(within(summary).getByRole('link', { name: 'Enter a valid email address.' }));
    await expect(email).toHaveFocus();
    await expect(email).toHaveValue('ada@example');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect(email).toHaveAccessibleDescription('Error: Enter a valid email address.');

    await userEvent.click(
      within(summary).getByRole('link', { name: 'Password must not contain your email address.' }),
    );
    await expect(canvas.getByLabelText('Password')).toHaveFocus();
  },
};

/** The same form on the dark theme. */
export const FollowLinkToFieldDark: Story = {
  ...FollowLinkToField,
  globals: { theme: 'dark' },
};

/** Given only an error (no form fields claim its messages), every message is plain text. */
export const MessagesOnly: Story = {
  args: {
    autoFocus: false,
    error: decodeError(
      {
        status: 422,
        body: {
          error: {
            type: 'validation_error',
            message: 'Multiple validation errors occurred.',
            code: 'validation_failed',
            errors: [
              {
                param: 'temperature',
                message: 'Must be between 0.0 and 2.0. Received 3.5.',
                code: 'out_of_range',
              },
              {
                param: 'max_tokens',
                message: 'Must be a positive integer. Received -100.',
                code: 'invalid_value',
              },
            ],
          },
        },
      },
      { now: TEST_NOW },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getAllByRole('listitem')).toHaveLength(2);
    await expect(canvas.queryByRole('link')).toBeNull();
  },
};

/** A failure with no field messages still says something: its own message, form-level. */
export const FormLevelOnly: Story = {
  args: {
    autoFocus: false,
    title: 'Your invitation was not sent',
    headingLevel: 3,
    error: decodeError(
      { status: 409, body: { code: 'SEAT_LIMIT', message: 'Every seat on your plan is taken.' } },
      { now: TEST_NOW },
    ),
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 3, name: 'Your invitation was not sent' }),
    ).toBeVisible();
    await expect(canvas.getByRole('listitem')).toHaveTextContent('Every seat on your plan is taken.');
  },
};
