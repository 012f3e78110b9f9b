import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { type AnyFieldApi, useForm } from '@tanstack/react-form';
import { expect, waitFor, within } from 'storybook/test';
import { TEST_NOW } from '../test-utils/errors.js';
import { applyFieldErrors } from './applyFieldErrors.js';

/** What the API answers: a JSON:API error list, one entry for a field this form does not have. */
const inviteRejected = {
  status: 422,
  headers: { 'content-type': 'application/vnd.api+json' },
  body: {
    errors: [
      { status: '422', detail: 'This person is already on the team.', source: { pointer: '/email' } },
      { status: '422', detail: 'Name the second device.', source: { pointer: '/devices/1/name' } },
      { status: '422', detail: 'Your team has no seats left.', source: { pointer: '/seats' } },
    ],
  },
};

const box = { display: 'grid', gap: 4, marginBlockEnd: 12, maxWidth: 360 } as const;

function TextField({ field, label }: { field: AnyFieldApi; label: string }) {
  const message = field.state.meta.errors.join(' ');
  const errorId = `${field.name}-error`;
  return (
    <div style={box}>
      <label htmlFor={field.name}>{label}</label>
      <input
        id={field.name}
        name={field.name}
        value={field.state.value}
        onChange={(event) => field.handleChange(event.target.value)}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? errorId : undefined}
      />
      {message && (
        <p id={errorId} className="fl-field-error">
          {message}
        </p>
      )}
    </div>
  );
}

/** A TanStack Form form whose failed submit goes through `applyFieldErrors`. */
function InviteForm() {
  const form = useForm({
    defaultValues: { email: '', devices: [{ name: '' }, { name: '' }] },
    onSubmit: ({ formApi }) => {
      applyFieldErrors(decodeError(inviteRejected, { now: TEST_NOW }), formApi);
    },
  });
  return (
    <form
      aria-label="Invite a teammate"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void form.handleSubmit();
      }}
    >
      <form.Subscribe selector={(state) => state.errors}>
        {(errors) =>
          errors.length > 0 && (
            <p role="alert" className="fl-field-error">
              {errors.join(' ')}
            </p>
          )
        }
      </form.Subscribe>
      <form.Field name="email">{(field) => <TextField field={field} label="Email" />}</form.Field>
      <form.Field name="devices[0].name">
        {(field) => <TextField field={field} label="First device" />}
      </form.Field>
      <form.Field name="devices[1].name">
        {(field) => <TextField field={field} label="Second device" />}
      </form.Field>
      <button type="submit" className="fl-button">
        Send invitation
      </button>
    </form>
  );
}

const meta = {
  title: 'Forms/TanStack Form',
  component: InviteForm,
  parameters: {
    docs: {
      description: {
        component:
          '`applyFieldErrors(error, form)` from `@faultline/react/tanstack-form` puts each server message in the `onServer` error map of its field (`devices.1.name` finds `devices[1].name`), focuses the first, and makes the rest the form error.',
      },
    },
  },
} satisfies Meta<typeof InviteForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submit: the email and the second device get their messages, the seats message is the form error. */
export const ServerErrorsOnFields: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email');
    await userEvent.type(email, 'grace@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send invitation' }));
    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveValue('grace@example.com');
    await expect(email).toHaveAccessibleDescription('This person is already on the team.');
    await expect(canvas.getByLabelText('Second device')).toHaveAccessibleDescription(
      'Name the second device.',
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent('Your team has no seats left.');
  },
};
