import { flattenFieldErrors, fromResponse } from '@faultline/core';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ErrorMessage, Field, Form, Formik, type FormikHelpers, getIn, setIn } from 'formik';
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

// Formik takes an API's field errors in one statement: `setErrors` wants them shaped like the
// values, one string per field, and Formik's own `setIn` builds that shape from a dotted path
// (`users.0.email` → `{ users: [{ email }] }`). Formik has no form-level error; `setStatus` carries
// what fits no field, and a `mapPath` that asks Formik's `getIn` whether the form holds a value
// there sends the names it does not have to the same place.

/** A server the test answers by hand, one request at a time. */
function manualServer() {
  const answers = manualAnswers();
  const requests: TeamValues[] = [];
  return {
    requests,
    answer: answers.answer,
    async send(values: TeamValues): Promise<Response> {
      requests.push(structuredClone(values));
      return answers.next();
    },
  };
}

type Server = ReturnType<typeof manualServer>;

/** The submit handler the README shows: the API's field errors on Formik's fields, the rest in `status`. */
async function submitTeam(
  server: Server,
  values: TeamValues,
  { setErrors, setStatus }: FormikHelpers<TeamValues>,
) {
  setStatus(undefined);
  const response = await server.send(values);
  if (response.ok) return;
  const { formErrors, fieldErrors } = flattenFieldErrors(await fromResponse(response), {
    mapPath: (path) => (getIn(values, path) === undefined ? '' : path),
  });
  setErrors(
    Object.entries(fieldErrors).reduce((all, [path, messages]) => setIn(all, path, messages.join(' ')), {}),
  );
  setStatus(formErrors);
}

/** One input with its label and its message below it, as Formik's docs wire `Field` and `ErrorMessage`. */
function Input({ name, label }: { name: string; label: string }) {
  const errorId = `${name}-error`;
  return (
    <div>
      <label htmlFor={name}>{label}</label>
      <Field id={name} name={name} aria-describedby={errorId} />
      <ErrorMessage name={name}>{(message) => <p id={errorId}>{message}</p>}</ErrorMessage>
    </div>
  );
}

function TeamForm({ server, withRole = true }: { server: Server; withRole?: boolean }) {
  const initialValues: TeamValues = {
    team_name: '',
    authorization: { role: '' },
    users: [{ email: '' }, { email: '' }, { email: '' }],
  };
  if (!withRole) Reflect.deleteProperty(initialValues, 'authorization');
  return (
    <Formik initialValues={initialValues} onSubmit={(values, helpers) => submitTeam(server, values, helpers)}>
      {({ status, isSubmitting }) => (
        <Form aria-label="Invite your team" noValidate>
          {Array.isArray(status) && status.length > 0 && <p role="alert">{status.join(' ')}</p>}
          <Input name="team_name" label="Team name" />
          {withRole && <Input name="authorization.role" label="Role" />}
          {[0, 1, 2].map((index) => (
            <Input key={index} name={`users.${index}.email`} label={`Email of member ${index + 1}`} />
          ))}
          <button type="submit" aria-disabled={isSubmitting}>
            Invite
          </button>
        </Form>
      )}
    </Formik>
  );
}

async function failOnce(props: { withRole?: boolean } = {}) {
  const server = manualServer();
  const user = userEvent.setup();
  const view = render(<TeamForm server={server} {...props} />);
  await typeTeam(user);
  await user.click(screen.getByRole('button', { name: 'Invite' }));
  await server.answer(teamRejected());
  await screen.findByText('The users.0.email field is required.');
  return { server, user, ...view };
}

describe('Formik with flattenFieldErrors', () => {
  it('shows each message under its field: top level, nested and array items', async () => {
    await failOnce();
    expectTeamMessagesUnderFields();
  });

  it('keeps what the user typed', async () => {
    await failOnce();
    expectTeamTyped();
  });

  it('shows a message for a field the form does not have in its status, and never blocks a submit', async () => {
    const { server, user } = await failOnce({ withRole: false });
    expect(screen.getByRole('alert')).toHaveTextContent('The selected authorization.role is invalid.');
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
    expect(server.requests[1]?.users.map((member) => member.email)).toEqual([
      'lin@example.com',
      'grace@example.com',
      'ada@example',
    ]);

    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(new Response(null, { status: 201 }));
    await waitFor(() => expect(screen.queryByText('The users.0.email field is required.')).toBeNull());
    expect(screen.queryByText('The team name must be a string.', { exact: false })).toBeNull();
    expect(server.requests).toHaveLength(3);
  });

  it('shows a failure with no field messages in its status', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<TeamForm server={server} />);
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(teamThrottled());
    expect(await screen.findByRole('alert')).toHaveTextContent('Too Many Attempts.');
  });

  it('leaves every prototype alone for hostile field names, and the form keeps working', async () => {
    const server = manualServer();
    const user = userEvent.setup();
    render(<TeamForm server={server} />);
    await user.type(screen.getByLabelText('Team name'), 'Ops');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(
      hostileRejected([
        ['__proto__.polluted', ['One.']],
        ['constructor.prototype.polluted', ['Two.']],
        ['team_name', ['Taken.']],
      ]),
    );
    expect(await screen.findByText('Taken.')).toBeInTheDocument();
    expect(Object.hasOwn(Object.prototype, 'polluted')).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(screen.getByLabelText('Team name')).toHaveValue('Ops');
    await user.click(screen.getByRole('button', { name: 'Invite' }));
    await server.answer(new Response(null, { status: 201 }));
    await waitFor(() => expect(screen.queryByText('Taken.')).toBeNull());
    expect(server.requests).toHaveLength(2);
  });

  it('has no axe violations with the errors shown', async () => {
    const { container } = await failOnce();
    await expectNoAxeViolations(container);
  });
});
