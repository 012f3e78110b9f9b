import {
  type FieldMetadata,
  parseSubmission,
  report,
  type SubmissionResult,
  useForm,
} from '@conform-to/react/future';
import { flattenFieldErrors, fromResponse } from '@faultline/core';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useActionState } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { teamRejected } from '../test-utils/teamRejected.js';

// Conform takes an API's field errors in one line: the server action answers with
// `report(submission, { error: flattenFieldErrors(error, { pathStyle: 'brackets', fields:
// submission.fields }) })`, whose `formErrors` and `fieldErrors` are exactly the error `report`
// takes, with indexes written the way Conform names its fields (`users[0].email`) and any name the
// form did not submit made form-level. The form is built as Conform's own Next.js example
// builds it (examples/nextjs in edmundhung/conform, Conform 1.21): `useActionState` gives
// `lastResult` to `useForm` from `@conform-to/react/future`. React 18 has no form actions, so
// vitest.react18.config.ts leaves this file out.

interface TeamValues {
  team_name: string;
  authorization: { role: string };
  users: { email: string }[];
}

/** A server the test answers by hand, one request at a time. */
function manualServer() {
  const waiting: ((response: Response) => void)[] = [];
  const requests: FormData[] = [];
  return {
    requests,
    /** The server action, as Conform's guide writes one, failing with the API's own 422. */
    async invite(_previous: Result, formData: FormData): Promise<Result> {
      const submission = parseSubmission(formData);
      requests.push(formData);
      const response = await new Promise<Response>((resolve) => waiting.push(resolve));
      if (response.ok) return report(submission, { reset: true });
      const error = await fromResponse(response);
      return report(submission, {
        error: flattenFieldErrors(error, { pathStyle: 'brackets', fields: submission.fields }),
      });
    },
    /** Answers the oldest waiting request. */
    async answer(response: Response) {
      await waitFor(() => expect(waiting.length).toBeGreaterThan(0));
      await act(async () => waiting.shift()?.(response));
    },
  };
}

type Result = SubmissionResult<string[]> | null;
type Invite = (previous: Result, formData: FormData) => Promise<Result>;

/** One input with its label and its messages below it, wired the way Conform's docs show. */
function Input({ meta, label }: { meta: FieldMetadata<string, string[]>; label: string }) {
  return (
    <div>
      <label htmlFor={meta.id}>{label}</label>
      <input
        id={meta.id}
        type="text"
        name={meta.name}
        defaultValue={meta.defaultValue}
        aria-invalid={meta.ariaInvalid}
        aria-describedby={meta.ariaDescribedBy}
      />
      {meta.errors && <p id={meta.errorId}>{meta.errors.join(' ')}</p>}
    </div>
  );
}

function TeamForm({ invite, withRole = true }: { invite: Invite; withRole?: boolean }) {
  const [lastResult, action] = useActionState(invite, null);
  const { form, fields } = useForm<TeamValues, string[]>({
    lastResult,
    defaultValue: {
      team_name: '',
      authorization: { role: '' },
      users: [{ email: '' }, { email: '' }, { email: '' }],
    },
    onValidate: () => null, // the server validates
  });
  const users = fields.users.getFieldList();
  return (
    <form {...form.props} action={action} aria-label="Invite your team">
      {form.errors && <p role="alert">{form.errors.join(' ')}</p>}
      <Input meta={fields.team_name} label="Team name" />
      {withRole && <Input meta={fields.authorization.getFieldset().role} label="Role" />}
      {users.map((user, index) => (
        <Input key={user.key} meta={user.getFieldset().email} label={`Email of member ${index + 1}`} />
      ))}
      <button type="submit">Invite</button>
    </form>
  );
}

async function failOnce(props: { withRole?: boolean } = {}) {
  const server = manualServer();
  const user = userEvent.setup();
  const view = render(<TeamForm invite={(previous, data) => server.invite(previous, data)} {...props} />);
  await user.type(screen.getByLabelText('Team name'), 'Ops');
  await user.type(screen.getByLabelText('Email of member 2'), 'grace@example.com');
  await user.type(screen.getByLabelText('Email of member 3'), 'ada@example');
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  await server.answer(teamRejected());
  await screen.findByText('The users.0.email field is required.');
  return { server, user, ...view };
}

describe('Conform with flattenFieldErrors', () => {
  it('shows each message under its field: top level, nested and array items', async () => {
    await failOnce();
    expect(screen.getByLabelText('Team name')).toHaveAccessibleDescription(
      'The team name must be a string. The team name must be at least 1 characters.',
    );
    expect(screen.getByLabelText('Role')).toHaveAccessibleDescription(
      'The selected authorization.role is invalid.',
    );
    expect(screen.getByLabelText('Email of member 1')).toHaveAccessibleDescription(
      'The users.0.email field is required.',
    );
    expect(screen.getByLabelText('Email of member 2')).not.toHaveAccessibleDescription();
    expect(screen.getByLabelText('Email of member 3')).toHaveAccessibleDescription(
      'The users.2.email must be a valid email address.',
    );
    expect(screen.getByLabelText('Email of member 3')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email of member 2')).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what the user typed after React resets the form', async () => {
    await failOnce();
    expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
    expect(screen.getByLabelText('Email of member 1')).toHaveValue('');
    expect(screen.getByLabelText('Email of member 2')).toHaveValue('grace@example.com');
    expect(screen.getByLabelText('Email of member 3')).toHaveValue('ada@example');
  });

  it('moves focus to the first field with a message', async () => {
    await failOnce();
    await waitFor(() => expect(screen.getByLabelText('Team name')).toHaveFocus());
  });

  it('shows a message for a field the form does not have as the form error, and never blocks a submit', async () => {
    const { server, user } = await failOnce({ withRole: false });
    expect(screen.getByRole('alert')).toHaveTextContent('The selected authorization.role is invalid.');
    expect(screen.getByLabelText('Email of member 1')).toHaveAccessibleDescription(
      'The users.0.email field is required.',
    );
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(teamRejected());
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(teamRejected());
    expect(server.requests).toHaveLength(3);
  });

  it('submits again with what was typed, and clears the messages when the server accepts', async () => {
    const { server, user } = await failOnce();
    await user.type(screen.getByLabelText('Email of member 1'), 'lin@example.com');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(teamRejected());
    await screen.findByText('The users.2.email must be a valid email address.');
    expect(server.requests[1]?.get('users[0].email')).toBe('lin@example.com');
    expect(server.requests[1]?.get('users[2].email')).toBe('ada@example');

    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(new Response(null, { status: 201 }));
    await waitFor(() => expect(screen.queryByText('The users.0.email field is required.')).toBeNull());
    expect(screen.queryByText('The team name must be a string.', { exact: false })).toBeNull();
    expect(server.requests).toHaveLength(3);
  });

  it('shows a failure with no field messages as the form error', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<TeamForm invite={(previous, data) => server.invite(previous, data)} />);
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    // Laravel's throttle answer (the corpus case laravel-429-throttle, reconstructed from its tests).
    await server.answer(
      new Response(JSON.stringify({ message: 'Too Many Attempts.' }), {
        status: 429,
        headers: { 'content-type': 'application/json', 'retry-after': '57' },
      }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('Too Many Attempts.');
  });

  it('shows field names Conform refuses (__proto__, constructor, a stray bracket) as form errors, and stays usable', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<TeamForm invite={(previous, data) => server.invite(previous, data)} />);
    await user.type(screen.getByLabelText('Team name'), 'Ops');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    // A hostile body in the Laravel shape: no API documents these names.
    const hostile =
      '{"message":"Invalid.","errors":{"__proto__":["One."],"constructor":["Two."],"a]b":["Three."]}}';
    await server.answer(
      new Response(hostile, { status: 422, headers: { 'content-type': 'application/json' } }),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('One. Two. Three.');
    expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
    expect(({} as Record<string, unknown>).constructor).toBe(Object);
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(new Response(null, { status: 201 }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('has no axe violations with the errors shown', async () => {
    const { container } = await failOnce();
    await expectNoAxeViolations(container);
  });
});
