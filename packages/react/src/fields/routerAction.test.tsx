import { type ApiErrorJSON, actionError } from '@faultline/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  type ActionFunctionArgs,
  createMemoryRouter,
  Form,
  RouterProvider,
  useActionData,
  useNavigation,
} from 'react-router';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { signUpRejected } from '../test-utils/signUp.js';
import { ErrorSummary } from './ErrorSummary.js';
import { FieldError } from './FieldError.js';
import { FieldErrorsProvider } from './FieldErrorsProvider.js';
import { useFieldErrors } from './useFieldErrors.js';

// A React Router 7 data router: the route's action calls the API and returns `{ error }` in its JSON
// form, and the route's component shows it with the same components as any other form.

function SignUpRoute() {
  const data = useActionData() as { error?: ApiErrorJSON } | undefined;
  const navigation = useNavigation();
  const fields = useFieldErrors(data?.error, { fields: ['email', 'team.name'] });
  const pending = navigation.state === 'submitting';
  return (
    <FieldErrorsProvider value={fields}>
      <Form method="post" aria-label="Sign up" noValidate>
        <ErrorSummary />
        <label htmlFor={fields.fieldId('email')}>Email</label>
        <input name="email" type="email" {...fields.getFieldProps('email')} />
        <FieldError name="email" />
        <label htmlFor={fields.fieldId('team.name')}>Team name</label>
        <input name="team.name" {...fields.getFieldProps('team.name')} />
        <FieldError name="team.name" />
        <button type="submit" disabled={pending}>
          {pending ? 'Creating account…' : 'Create account'}
        </button>
      </Form>
    </FieldErrorsProvider>
  );
}

function renderRouter(api: (body: FormData) => Promise<Response>) {
  const requests: FormData[] = [];
  const router = createMemoryRouter([
    {
      path: '/',
      Component: SignUpRoute,
      action: async ({ request }: ActionFunctionArgs) => {
        const body = await request.formData();
        requests.push(body);
        const response = await api(body);
        return response.ok ? { error: undefined } : { error: await actionError(response) };
      },
    },
  ]);
  const user = userEvent.setup();
  const view = render(<RouterProvider router={router} />);
  return { requests, user, ...view };
}

async function failOnce() {
  const result = renderRouter(async () => signUpRejected());
  await result.user.type(screen.getByLabelText('Email'), 'ada@example');
  await result.user.type(screen.getByLabelText('Team name'), 'Ops');
  await result.user.click(screen.getByRole('button', { name: 'Create account' }));
  await screen.findByRole('heading', { name: 'There is a problem' });
  return result;
}

describe('React Router actions', () => {
  it('shows the messages an action returned under their fields', async () => {
    await failOnce();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription('Error: Enter a valid email address.');
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription(
      'Error: Team names are 3 to 40 characters.',
    );
  });

  it('lists the message for a field the form does not have in the summary and focuses it', async () => {
    await failOnce();
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).parentElement;
    expect(summary).toHaveTextContent('The free plan is full this month.');
    await waitFor(() => expect(summary).toHaveFocus());
  });

  it('keeps what the user typed', async () => {
    await failOnce();
    expect(screen.getByLabelText('Email')).toHaveValue('ada@example');
    expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
  });

  it('sends the form again, and clears the messages when the API accepts it', async () => {
    let accept = false;
    const { requests, user } = renderRouter(async () =>
      accept ? new Response(null, { status: 201 }) : signUpRejected(),
    );
    await user.type(screen.getByLabelText('Email'), 'ada@example');
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await screen.findByRole('heading', { name: 'There is a problem' });
    await user.clear(screen.getByLabelText('Email'));
    await user.type(screen.getByLabelText('Email'), 'ada@example.test');
    accept = true;
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(screen.queryByText('There is a problem')).toBeNull());
    expect(requests.map((body) => body.get('email'))).toEqual(['ada@example', 'ada@example.test']);
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
  });

  it('has no axe violations with the errors shown', async () => {
    const { container } = await failOnce();
    await expectNoAxeViolations(container);
  });
});
