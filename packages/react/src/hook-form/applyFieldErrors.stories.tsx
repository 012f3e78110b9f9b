import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useForm } from 'react-hook-form';
import { expect, fn, waitFor, within } from 'storybook/test';
import { TEST_NOW } from '../test-utils/errors.js';
import { applyFieldErrors, ROOT_SERVER_ERROR } from './applyFieldErrors.js';

interface Invite {
  email: string;
  role: string;
}

/** What the API answers: a JSON:API error list, one entry for a field this form does not have. */
const inviteRejected = {
  status: 422,
  headers: { 'content-type': 'application/vnd.api+json' },
  body: {
    errors: [
      {
        status: '422',
        detail: 'This person is already on the team.',
        source: { pointer: '/data/attributes/email' },
      },
      {
        status: '422',
        detail: 'Viewers cannot be invited by viewers.',
        source: { pointer: '/data/attributes/role' },
      },
      {
        status: '422',
        detail: 'Your team has no seats left.',
        source: { pointer: '/data/attributes/seats' },
      },
    ],
  },
};

const field = { display: 'grid', gap: 4, marginBlockEnd: 12, maxWidth: 360 } as const;

/** A react-hook-form form whose failed submit goes through `applyFieldErrors`. */
function InviteForm({ onUnplaced }: { onUnplaced: (messages: string[]) => void }) {
  const form = useForm<Invite>({ defaultValues: { email: '', role: 'viewer' } });
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = form;
  const onSubmit = handleSubmit(async () => {
    const error = decodeError(inviteRejected, { now: TEST_NOW });
    // The form knows its fields (email, role); `seats` goes to root.server.
    const unplaced = applyFieldErrors(error, form, {
      // JSON:API pointers arrive as `data.attributes.email`; the form calls the field `email`.
      mapPath: (path) => path.replace(/^data\.attributes\./, ''),
    });
    onUnplaced(unplaced.map((item) => item.message));
  });
  const rootError = errors.root?.server?.message;
  return (
    <form noValidate onSubmit={onSubmit} aria-label="Invite a teammate">
      {rootError && (
        <p role="alert" className="fl-field-error">
          {rootError}
        </p>
      )}
      <div style={field}>
        <label htmlFor="invite-email">Email</label>
        <input
          id="invite-email"
          type="email"
          aria-invalid={errors.email ? true : undefined}
          aria-describedby={errors.email ? 'invite-email-error' : undefined}
          {...register('email')}
        />
        {errors.email && (
          <p id="invite-email-error" className="fl-field-error">
            {errors.email.message}
          </p>
        )}
      </div>
      <div style={field}>
        <label htmlFor="invite-role">Role</label>
        <select
          id="invite-role"
          aria-invalid={errors.role ? true : undefined}
          aria-describedby={errors.role ? 'invite-role-error' : undefined}
          {...register('role')}
        >
          <option value="viewer">Viewer</option>
          <option value="editor">Editor</option>
        </select>
        {errors.role && (
          <p id="invite-role-error" className="fl-field-error">
            {errors.role.message}
          </p>
        )}
      </div>
      <button type="submit" className="fl-button">
        Send invitation
      </button>
    </form>
  );
}

const meta = {
  title: 'Forms/react-hook-form',
  component: InviteForm,
  args: { onUnplaced: fn() },
  parameters: {
    docs: {
      description: {
        component: `\`applyFieldErrors(error, setError, options)\` from \`@faultline/react/hook-form\` puts the server's field messages
on a react-hook-form form: each known field gets its message (type \`'server'\`), focus moves to the first of them, and what
fits no field is joined into \`errors.root.server\` (\`${ROOT_SERVER_ERROR}\`). What the user typed is left alone.`,
      },
    },
  },
} satisfies Meta<typeof InviteForm>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Submit: the email gets its message and focus, the role its message, the seat message goes to the form. */
export const ServerErrorsOnFields: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    const email = canvas.getByLabelText('Email');
    await userEvent.type(email, 'grace@example.com');
    await userEvent.click(canvas.getByRole('button', { name: 'Send invitation' }));

    await waitFor(() => expect(email).toHaveFocus());
    await expect(email).toHaveValue('grace@example.com');
    await expect(email).toHaveAccessibleDescription('This person is already on the team.');
    await expect(canvas.getByLabelText('Role')).toHaveAccessibleDescription(
      'Viewers cannot be invited by viewers.',
    );
    await expect(canvas.getByRole('alert')).toHaveTextContent('Your team has no seats left.');
    await expect(args.onUnplaced).toHaveBeenCalledWith(['Your team has no seats left.']);
  },
};
