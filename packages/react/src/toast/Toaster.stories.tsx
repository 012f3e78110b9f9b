import { type ApiError, decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, spyOn, waitFor, within } from 'storybook/test';
import { errors } from '../test-utils/errors.js';
import { Toaster } from './Toaster.js';
import { type ErrorToastOptions, toast } from './toast.js';

/** A 429 decoded on the real clock, so the toast's countdown runs out during the story. */
function rateLimitedNow(seconds: number): ApiError {
  return decodeError(
    {
      status: 429,
      headers: { 'retry-after': String(seconds), 'x-request-id': 'req_c429' },
      body: {
        error: { type: 'rate_limit_error', code: 'rate_limit_exceeded', message: 'Rate limit exceeded.' },
      },
    },
    { now: Date.now() },
  );
}

const sticky: ErrorToastOptions = { duration: Number.POSITIVE_INFINITY };

/**
 * Shows toasts through the global `toast` before the story renders and clears them afterwards, so
 * no story inherits another's toasts. Sticky, so a toast does not leave while someone looks at it.
 */
function showing(...show: Array<() => void>) {
  return () => {
    toast.dismiss();
    for (const call of show) call();
    return () => toast.dismiss();
  };
}

/** Buttons that fire toasts, for trying the Toaster by hand. */
function Triggers() {
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <button type="button" className="fl-button" onClick={() => toast.error(errors.server())}>
        Server error
      </button>
      <button type="button" className="fl-button" onClick={() => toast.error(rateLimitedNow(5))}>
        Rate limited (5 s)
      </button>
      <button type="button" className="fl-button" onClick={() => toast.error(errors.validation())}>
        Validation error
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => toast.error(new TypeError('Failed to fetch'))}
      >
        Offline
      </button>
      <button type="button" className="fl-button" onClick={() => toast.success('Settings saved')}>
        Success
      </button>
    </div>
  );
}

const meta = {
  title: 'Components/Toaster',
  component: Toaster,
  tags: ['autodocs'],
  render: (args) => (
    <>
      <Triggers />
      <Toaster {...args} />
    </>
  ),
  parameters: {
    // Each story in its own frame on the docs page: toasts are fixed to the viewport and share one queue.
    docs: {
      story: { inline: false, height: '420px' },
      description: {
        component: `Shows the toasts that \`toast\` sends, from anywhere in the app, outside React too. Equal errors (same status,
code and request) collapse into one toast with a count; at most \`max\` are visible and the rest wait. Timers pause while the
pointer or focus is in the region and while the tab is hidden. Errors are announced assertively, the rest politely; F8 moves
focus to the toasts and back, Escape dismisses the focused one. A rate-limited toast counts down; a server error shows its
request id with a copy button and a support link.

\`\`\`tsx
<Toaster />            // once, near the root, inside FaultlineProvider
toast.error(error);    // an ApiError, a Response's decoded error, or anything thrown
toast.success('Saved');
\`\`\`

Headless: \`useToasts()\` and \`useToastRegion()\` give the state and the prop bags for a toaster of your own design.`,
      },
    },
  },
} satisfies Meta<typeof Toaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A server error: the API's message, the request id with a copy button, and a support link. */
export const ServerError: Story = {
  beforeEach: showing(() => toast.error(errors.server(), sticky)),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    const item = within(region).getByRole('listitem');
    await expect(item).toHaveTextContent('Something went wrong');
    await expect(item).toHaveTextContent('req_01J9ZK4M2Q');
    await expect(within(item).getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:support@faultline\.example\?/),
    );
  },
};

/** One toast of each family, stacked: what each kind says and offers. */
export const Stacked: Story = {
  args: { max: 5 },
  beforeEach: showing(),
  play: async ({ canvasElement }) => {
    // Raised once this Toaster has set the cap to five: before that, the queue keeps the cap of the
    // Toaster that was on the page last, and four errors at once over a cap of three are a burst.
    toast.error(errors.validation(), sticky);
    toast.error(errors.unauthenticated(), sticky);
    toast.error(rateLimitedNow(3600), sticky);
    toast.error(new TypeError('Failed to fetch'), sticky);
    toast.success('Invitation sent', sticky);
    const region = await within(canvasElement).findByRole('region', { name: 'Notifications (F8)' });
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(5));
    await expect(region).toHaveTextContent('Try again in 1 hour');
  },
};

/** The stack on the dark theme. */
export const StackedDark: Story = {
  ...Stacked,
  globals: { theme: 'dark' },
};

/** The same failure three times is one toast that says "3 times", not three toasts. */
export const Deduplicated: Story = {
  beforeEach: showing(),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const fire = canvas.getByRole('button', { name: 'Server error' });
    await userEvent.click(fire);
    await userEvent.click(fire);
    await userEvent.click(fire);
    const region = canvas.getByRole('region', { name: 'Notifications (F8)' });
    await expect(within(region).getAllByRole('listitem')).toHaveLength(1);
    await expect(region).toHaveTextContent('3 times');
  },
};

/** At most `max` toasts are visible, with "+N more" under them; closing one lets the next waiting toast in. */
export const CappedQueue: Story = {
  args: { max: 2 },
  beforeEach: showing(
    () => toast.error(errors.forbidden(), sticky),
    () => toast.error(errors.paymentRequired(), sticky),
    () => toast.error(errors.notFound(), sticky),
  ),
  play: async ({ canvasElement, userEvent }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    await expect(within(region).getAllByRole('listitem')).toHaveLength(2);
    await expect(region).not.toHaveTextContent('Camera not found.');
    await expect(within(region).getByText('+1 more')).toBeVisible();
    await expect(within(region).getByText('1 more notification waiting')).toBeInTheDocument();
    await userEvent.click(within(region).getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    await waitFor(() => expect(region).toHaveTextContent('Camera not found.'));
    await expect(within(region).getAllByRole('listitem')).toHaveLength(2);
  },
};

/** Dismiss with the button, or with Escape on a focused toast; focus returns where it was. */
export const Dismiss: Story = {
  beforeEach: showing(
    () => toast.error(errors.forbidden(), sticky),
    () => toast.error(errors.notFound(), sticky),
  ),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const region = canvas.getByRole('region', { name: 'Notifications (F8)' });
    await userEvent.click(within(region).getAllByRole('button', { name: 'Dismiss' })[0] as HTMLElement);
    await waitFor(() => expect(within(region).getAllByRole('listitem')).toHaveLength(1));

    const origin = canvas.getByRole('button', { name: 'Offline' });
    origin.focus();
    await userEvent.keyboard('{F8}');
    await waitFor(() => expect(region.contains(document.activeElement)).toBe(true));
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(canvas.queryByRole('region', { name: 'Notifications (F8)' })).toBeNull());
    await waitFor(() => expect(origin).toHaveFocus());
  },
};

/** Copy the request id of a server error straight from the toast. */
export const CopyRequestId: Story = {
  beforeEach: () => {
    const spy = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const clear = showing(() => toast.error(errors.server(), sticky))();
    return () => {
      clear();
      spy.mockRestore();
    };
  },
  play: async ({ canvasElement, userEvent }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    await userEvent.click(within(region).getByRole('button', { name: 'Copy' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith('req_01J9ZK4M2Q');
    await waitFor(() => expect(within(region).getByRole('button', { name: 'Copied' })).toBeVisible());
  },
};

/** A rate-limited toast counts down (here 3 s) and then says a retry is allowed. */
export const RateLimitedCountdown: Story = {
  beforeEach: showing(() => toast.error(rateLimitedNow(3), sticky)),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    const timer = within(region).getByRole('timer');
    await expect(timer).toHaveTextContent(/Try again in \d seconds?/);
    await waitFor(() => expect(timer).toHaveTextContent('You can try again now.'), { timeout: 5000 });
  },
};

const retryNow = fn().mockName('retryNow');

/** A toast with an action stays until used; the action runs and the toast closes. */
export const WithAction: Story = {
  args: { position: 'top-center' },
  beforeEach: showing(() =>
    toast.error(errors.unavailable(), { action: { label: 'Retry now', onClick: retryNow } }),
  ),
  play: async ({ canvasElement, userEvent }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    await userEvent.click(within(region).getByRole('button', { name: 'Retry now' }));
    await expect(retryNow).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(within(canvasElement).queryByRole('region')).toBeNull());
  },
};

/** Information and success toasts, announced politely. */
export const InfoAndSuccess: Story = {
  args: { position: 'top-end' },
  beforeEach: showing(
    () => toast.info('A new version is available', { duration: Number.POSITIVE_INFINITY }),
    () => toast.success('Settings saved', { duration: Number.POSITIVE_INFINITY }),
  ),
  play: async ({ canvasElement }) => {
    const region = within(canvasElement).getByRole('region', { name: 'Notifications (F8)' });
    await expect(within(region).getAllByRole('listitem')).toHaveLength(2);
  },
};
