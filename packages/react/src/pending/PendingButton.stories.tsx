import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { PendingButton } from './PendingButton.js';

/** A button whose action takes a second, as a request does. */
function Slow({ onRun }: { onRun: () => void }) {
  const [pending, setPending] = useState(false);
  return (
    <PendingButton
      className="fl-button"
      pending={pending}
      onClick={() => {
        onRun();
        setPending(true);
        setTimeout(() => setPending(false), 1000);
      }}
    >
      {pending ? 'Starting…' : 'Run synthesis'}
    </PendingButton>
  );
}

const meta = {
  title: 'Components/PendingButton',
  component: Slow,
  tags: ['autodocs'],
  args: { onRun: fn() },
  parameters: {
    docs: {
      description: {
        component: `A button for an action that takes a while. While \`pending\` (or \`disabled\`) it stays in the focus order and
says it is unavailable with \`aria-disabled\`, and ignores clicks, Enter and form submits: a \`disabled\` button would drop keyboard
focus to the page, and screen readers would lose their place, just when the request starts.

\`\`\`tsx
<PendingButton type="submit" pending={save.isPending}>{save.isPending ? 'Saving…' : 'Save'}</PendingButton>
<button {...pendingButtonProps(save.isPending, { type: 'submit', className })}>Save</button> // your own button
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof Slow>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Pressed from the keyboard: focus stays on the button through the request, and a second press does nothing. */
export const KeepsFocus: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Run synthesis' });
    await userEvent.tab();
    await userEvent.keyboard('{Enter}');
    await expect(button).toHaveAccessibleName('Starting…');
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await expect(button).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(args.onRun).toHaveBeenCalledOnce();
    await waitFor(() => expect(button).toHaveAccessibleName('Run synthesis'), { timeout: 3000 });
    await expect(button).toHaveFocus();
  },
};
