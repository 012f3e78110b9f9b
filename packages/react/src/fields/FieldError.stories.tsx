import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { makeError, nessyValidationBody } from '../test-utils/errors.js';
import { FieldError } from './FieldError.js';
import { useFieldErrors } from './useFieldErrors.js';

/** A 422 in the NessyAPI envelope: two field messages, one of them twofold. */
const rejected = makeError(
  422,
  nessyValidationBody(
    [
      { field: 'email', message: 'Enter a valid email address.' },
      { field: 'display_name', message: 'Display name is required.' },
      { field: 'display_name', message: 'Use 3 to 40 characters.' },
    ],
    undefined,
  ),
);

/** One labelled input with its message, wired through `getFieldProps`. */
function Field({ name, label }: { name: string; label: string }) {
  const errors = useFieldErrors(rejected);
  return (
    <div style={{ display: 'grid', gap: 4, maxWidth: 360 }}>
      <label htmlFor={errors.fieldId(name)}>{label}</label>
      <input {...errors.getFieldProps(name)} name={name} />
      <FieldError name={name} state={errors} />
    </div>
  );
}

const meta = {
  title: 'Forms/FieldError',
  component: FieldError,
  tags: ['autodocs'],
  args: { name: 'email' },
  render: (args) => <Field name={args.name} label={args.name === 'email' ? 'Email' : 'Display name'} />,
  parameters: {
    docs: {
      description: {
        component: `The server's message for one field, under its input. The input points to it with \`aria-describedby\` and is
marked \`aria-invalid\` (both from \`getFieldProps\`), so a screen reader reads the message with the field. While mounted it
claims its field, which makes the matching message in \`<ErrorSummary>\` a link to the field. It renders nothing while the
field has no message.

\`\`\`tsx
<input {...errors.getFieldProps('email')} />
<FieldError name="email" />   // inside <FieldErrorsProvider value={errors}>, or pass state={errors}
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof FieldError>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The message under its input, read as the input's description. */
export const UnderItsInput: Story = {
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Email');
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveAccessibleDescription('Error: Enter a valid email address.');
  },
};

/** Two messages for one field are shown together. */
export const SeveralMessages: Story = {
  args: { name: 'display_name' },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByLabelText('Display name')).toHaveAccessibleDescription(
      'Error: Display name is required. Use 3 to 40 characters.',
    );
  },
};

/** A field the error says nothing about: no message, and the input is not marked invalid. */
export const NoMessage: Story = {
  args: { name: 'company' },
  render: () => <Field name="company" label="Company" />,
  play: async ({ canvasElement }) => {
    const input = within(canvasElement).getByLabelText('Company');
    await expect(input).not.toHaveAttribute('aria-invalid');
    await expect(input).not.toHaveAttribute('aria-describedby');
  },
};
