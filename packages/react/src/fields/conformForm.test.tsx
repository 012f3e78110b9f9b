import {
  type FieldMetadata,
  parseSubmission,
  report,
  type SubmissionResult,
  useForm,
} from '@conform-to/react/future';
import { flattenFieldErrors, fromResponse } from '@faultline/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useActionState } from 'react';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import {
  expectTeamMessagesUnderFields,
  expectTeamTyped,
  hostileRejected,
  manualAnswers,
  type TeamValues,
  teamRejected,
  teamThrottled,
  typeTeam,
} from '../test-utils/teamForm.js';

// Conform takes an API's field errors in one line: the server action answers with
// `report(submission, { error: flattenFieldErrors(error, { pathStyle: 'brackets', fields:
// submission.fields }) })`, whose `formErrors` and `fieldErrors` are exactly the error `report`
// takes, with indexes written the way Conform names its fields (`users[0].email`) and any name the
// form did not submit made form-level. The form is built as Conform's own Next.js example
// builds it (examples/nextjs in edmundhung/conform, Conform 1.21): `useActionState` gives
// `lastResult` to `useForm` from `@conform-to/react/future`. React 18 has no form actions, so
// vitest.react18.config.ts leaves this file out.

/** A server the test answers by hand, one request at a time. */
function manualServer() {
  const answers = manualAnswers();
  const requests: FormData[] = [];
  return {
    requests,
    answer: answers.answer,
    /** The server action, as Conform's guide writes one, failing with the API's own 422. */
    async invite(_previous: Result, formData: FormData): Promise<Result> {
      const submission = parseSubmission(formData);
      requests.push(formData);
      const response = await answers.next();
      if (response.ok) return report(submission, { reset: true });
      const error = await fromResponse(response);
      return report(submission, {
        error: flattenFieldErrors(error, { pathStyle: 'brackets', fields: submission.fields }),
      });
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
  await typeTeam(user);
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  await server.answer(teamRejected());
  await screen.findByText('The users.0.email field is required.');
  return { server, user, ...view };
}

describe('Conform with flattenFieldErrors', () => {
  it('shows each message under its field: top level, nested and array items', async () => {
    await failOnce();
    expectTeamMessagesUnderFields();
    expect(screen.getByLabelText('Email of member 3')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Email of member 2')).not.toHaveAttribute('aria-invalid');
  });

  it('keeps what the user typed after React resets the form', async () => {
    await failOnce();
    expectTeamTyped();
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
    await server.answer(teamThrottled());
    expect(await screen.findByRole('alert')).toHaveTextContent('Too Many Attempts.');
  });

  it('shows field names Conform refuses (__proto__, constructor, a stray bracket) as form errors, and stays usable', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<TeamForm invite={(previous, data) => server.invite(previous, data)} />);
    await user.type(screen.getByLabelText('Team name'), 'Ops');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(
      hostileRejected([
        ['__proto__', ['One.']],
        ['constructor', ['Two.']],
        ['a]b', ['Three.']],
      ]),
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
