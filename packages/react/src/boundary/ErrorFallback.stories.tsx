import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, within } from 'storybook/test';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { ErrorFallback } from './ErrorFallback.js';

const meta = {
  title: 'Boundaries/ErrorFallback',
  component: ErrorFallback,
  tags: ['autodocs'],
  args: { error: errors.server(), resetErrorBoundary: fn() },
  // A fixed clock: waits and times read the same on every run and in every screenshot.
  parameters: {
    faultline: { now: () => TEST_NOW },
    docs: {
      description: {
        component: `What \`ApiErrorBoundary\` shows by default: the kind-aware \`ErrorNotice\` under a heading, announced as an
alert, with the next step for the kind and always a "Try again" that resets the boundary (after the countdown when the API
asked to wait). When the failure took focus away with the content, focus moves to its heading. Pass it to a boundary of
your own as \`FallbackComponent\`, or render it with \`fallbackRender\` to add props such as \`onSignIn\` or \`headingLevel\`.

\`\`\`tsx
<ApiErrorBoundary fallbackRender={(props) => <ErrorFallback {...props} headingLevel={3} />}>
  <Cameras />
</ApiErrorBoundary>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof ErrorFallback>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 500 with a request id: try again, and the details for support. */
export const ServerError: Story = {
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('alert')).toHaveTextContent('Something went wrong');
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.resetErrorBoundary).toHaveBeenCalledTimes(1);
  },
};

/** A 401: sign in again, or try again. */
export const SignedOut: Story = {
  args: { error: errors.unauthenticated() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 2, name: 'You are signed out' })).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Sign in again' })).toBeVisible();
  },
};

/** A 403: ask for access. */
export const Forbidden: Story = {
  args: { error: errors.forbidden() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Ask for access' })).toBeVisible();
  },
};

/** A 402: top up. */
export const PaymentRequired: Story = {
  args: { error: errors.paymentRequired() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Top up' })).toBeVisible();
  },
};

/** A 404: nothing to do but go elsewhere or try again. */
export const NotFound: Story = {
  args: { error: errors.notFound() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'Not found' })).toBeVisible();
  },
};

/** A 410 with a successor link: go to the new version. */
export const Gone: Story = {
  args: { error: errors.gone() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Go to the new version' })).toBeVisible();
  },
};

/** A 429: "Try again" waits for the countdown (clock frozen here at 12 s). */
export const RateLimited: Story = {
  args: { error: errors.rateLimited(12) },
  play: async ({ canvasElement, args, userEvent }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Try again in 12 seconds' });
    await userEvent.click(button);
    await expect(args.resetErrorBoundary).not.toHaveBeenCalled();
  },
};

/** A 503 from a proxy in plain text. */
export const Unavailable: Story = {
  args: { error: errors.unavailable() },
};

/** Offline: no response arrived. */
export const Offline: Story = {
  args: { error: errors.network() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'You are offline' })).toBeVisible();
  },
};
