import { type ApiErrorJSON, actionError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { createMemoryRouter, Form, RouterProvider, useActionData, useNavigation } from 'react-router';
import { expect, waitFor, within } from 'storybook/test';
import { signUpRejected } from '../test-utils/signUp.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { useFieldErrors } from './useFieldErrors.js';

const field = { display: 'grid', gap: 4, marginBlockEnd: 12, maxWidth: 360 } as const;

/** The route's component: the action's `{ error }` (its JSON form) goes straight into `useFieldErrors`. */
function SignUpRoute() {
  const data = useActionData() as { error?: ApiErrorJSON } | undefined;
  const pending = useNavigation().state === 'submitting';
  const fields = useFieldErrors(data?.error, { fields: ['email', 'team.name'] });
  return (
    <FieldErrorsProvider value={fields}>
      <Form method="post" aria-label="Sign up" noValidate>
        <ErrorSummary />
        <div style={field}>
          <label htmlFor={fields.fieldId('email')}>Email</label>
          <input name="email" type="email" {...fields.getFieldProps('email')} />
          <FieldError name="email" />
        </div>
        <div style={field}>
          <label htmlFor={fields.fieldId('team.name')}>Team name</label>
          <input name="team.name" {...fields.getFieldProps('team.name')} />
          <FieldError name="team.name" />
        </div>
        <button type="submit" className="fl-button" disabled={pending}>
          {pending ? 'Creating account…' : 'Create account'}
        </button>
      </Form>
    </FieldErrorsProvider>
  );
}

/** A React Router 7 data router whose action asks the API and returns `{ error: await actionError(response) }`. */
function RouterActionForm() {
  const router = createMemoryRouter([
    {
      path: '/',
      Component: SignUpRoute,
      action: async () => ({ error: await actionError(signUpRejected()) }),
    },
  ]);
  return <RouterProvider router={router} />;
}

const meta = {
  title: 'Forms/React Router action',
  component: RouterActionForm,
  parameters: {
    docs: {
      description: {
        component:
          'A React Router 7 action returns `{ error: await actionError(response) }`; the route reads `useActionData()` and shows it with `useFieldErrors`, `<FieldError>` and `<ErrorSummary>`.',
      },
    },
  },
} satisfies Meta<typeof RouterActionForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submit: each message under its field, the unknown one in the summary, which takes focus; what was typed stays. */
export const FieldErrorsFromAnAction: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email');
    await userEvent.type(email, 'ada@example');
    await userEvent.click(canvas.getByRole('button', { name: 'Create account' }));
    const heading = await canvas.findByRole('heading', { name: 'There is a problem' });
    await waitFor(() => expect(heading.parentElement).toHaveFocus());
    await expect(email).toHaveAccessibleDescription('Error: Enter a valid email address.');
    await expect(canvas.getByLabelText('Team name')).toHaveAccessibleDescription(
      'Error: Team names are 3 to 40 characters.',
    );
    await expect(heading.parentElement).toHaveTextContent('The free plan is full this month.');
    await expect(email).toHaveValue('ada@example');
  },
};
