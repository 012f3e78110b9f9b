import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { RetryCountdown, type RetryCountdownProps } from './RetryCountdown.js';

/** Starts the wait when the story renders, so a short countdown really runs out in the story. */
function CountdownFromNow({ waitSeconds, ...props }: RetryCountdownProps & { waitSeconds: number }) {
  const [retryAt] = useState(() => Date.now() + waitSeconds * 1000);
  return <RetryCountdown {...props} retryAt={retryAt} />;
}

/** A 429 as an API sends it, decoded on the real clock so its `retryAt` is a few seconds ahead. */
function RateLimitedNow({ waitSeconds, ...props }: RetryCountdownProps & { waitSeconds: number }) {
  const [error] = useState(() =>
    decodeError(
      {
        status: 429,
        headers: { 'retry-after': String(waitSeconds), 'x-request-id': 'req_c429' },
        body: {
          error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' },
        },
      },
      { now: Date.now() },
    ),
  );
  return <RetryCountdown {...props} error={error} />;
}

const meta = {
  title: 'Components/RetryCountdown',
  component: RetryCountdown,
  tags: ['autodocs'],
  args: { onRetry: fn() },
  parameters: {
    docs: {
      description: {
        component: `A retry button that stays unavailable until the API allows a retry, with the wait in its label.
Pass the rate-limited \`ApiError\` (its \`retryAt\` comes from \`Retry-After\`, the rate-limit headers or the message), or an
absolute \`retryAt\`. Every countdown on the page shares one ticker, and screen readers hear the wait when it starts and when it
ends, not every second. Without \`onRetry\` the wait is shown as text.

\`\`\`tsx
<RetryCountdown error={error} onRetry={() => refetch()} />
\`\`\`

Headless: \`useRetryCountdown(error)\` returns \`{ secondsLeft, ready, retryAt, msLeft, measured }\`.`,
      },
    },
  },
} satisfies Meta<typeof RetryCountdown>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A long wait (an hour): the button says how long and ignores presses. */
export const Waiting: Story = {
  render: (args) => <CountdownFromNow {...args} waitSeconds={3600} />,
  play: async ({ canvasElement, args, userEvent }) => {
    const button = within(canvasElement).getByRole('button', { name: /^Try again in 1 hour/ });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
    await expect(canvasElement.querySelector('.fl-retry')).toHaveAttribute('data-state', 'waiting');
  },
};

/** A two-second wait that runs out: the button becomes "Try again" and the end is announced. */
export const RetryWhenReady: Story = {
  render: (args) => <CountdownFromNow {...args} waitSeconds={2} />,
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    const button = canvas.getByRole('button', { name: /^Try again in \d seconds?$/ });
    await expect(canvas.getByRole('status')).toHaveTextContent(/You can try again in \d seconds?\./);
    await userEvent.click(button);
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(button).toHaveAccessibleName('Try again'), { timeout: 4000 });
    await expect(button).not.toHaveAttribute('aria-disabled');
    await expect(canvas.getByRole('status')).toHaveTextContent('You can try again now.');
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** With `autoRetry` the retry runs by itself, once, when the wait ends. */
export const AutoRetry: Story = {
  args: { autoRetry: true },
  render: (args) => <CountdownFromNow {...args} waitSeconds={2} />,
  play: async ({ args }) => {
    await expect(args.onRetry).not.toHaveBeenCalled();
    await waitFor(() => expect(args.onRetry).toHaveBeenCalledTimes(1), { timeout: 4000 });
  },
};

/** Counting down to the `retryAt` of a decoded 429 (here `Retry-After: 90`). */
export const FromRateLimitedError: Story = {
  render: (args) => <RateLimitedNow {...args} waitSeconds={90} />,
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button')).toHaveAccessibleName(
      /^Try again in 1 minute, \d+ seconds$/,
    );
  },
};

/** Nothing to wait for (the instant has passed): a plain retry button. */
export const Ready: Story = {
  args: { retryAt: 0 },
  play: async ({ canvasElement, args, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** Without `onRetry`: the wait as text, for places where retrying is up to the user elsewhere. */
export const TextOnly: Story = {
  args: { onRetry: undefined },
  render: (args) => <CountdownFromNow {...args} waitSeconds={900} />,
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button')).not.toBeInTheDocument();
    await expect(canvas.getByText('Try again in 15 minutes')).toBeVisible();
  },
};
