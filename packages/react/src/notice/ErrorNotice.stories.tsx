import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, fn, waitFor, within } from 'storybook/test';
import { errors, makeError, TEST_NOW, XSS_PAYLOADS } from '../test-utils/errors.js';
import { ErrorNotice, type ErrorNoticeProps } from './ErrorNotice.js';

/** A 429 decoded on the real clock when the story renders, so its countdown really runs out. */
function RateLimitedNow({
  waitSeconds,
  ...props
}: Omit<ErrorNoticeProps, 'error'> & { waitSeconds: number }) {
  const [error] = useState(() =>
    decodeError(
      {
        status: 429,
        headers: { 'retry-after': String(waitSeconds) },
        body: { error: { code: 'rate_limited', message: 'Too many login attempts.' } },
      },
      { now: Date.now() },
    ),
  );
  return <ErrorNotice {...props} error={error} />;
}

const meta = {
  title: 'Components/ErrorNotice',
  component: ErrorNotice,
  tags: ['autodocs'],
  args: { error: errors.server(), headingLevel: 2 },
  // A fixed clock: waits and times read the same on every run and in every screenshot.
  parameters: {
    faultline: { now: () => TEST_NOW },
    docs: {
      description: {
        component: `The inline, kind-aware presentation of a failed request, used by the boundary fallback and anywhere a page
shows an error in place: a title for the kind, the server's message as text, then the next step — the field messages to
check, sign in again, ask for access, top up, follow the successor link, a retry that waits for the countdown, a "Learn
more" link from the API, and the support details with the request id for server errors. The next-step links come from
\`FaultlineProvider\`'s \`actions\` (or the \`onSignIn\`/\`onRequestAccess\`/\`onTopUp\` props); retry appears when \`onRetry\` is given
and retrying can help.

\`\`\`tsx
const { error, refetch } = useQuery(...);
if (error) return <ErrorNotice error={error} onRetry={() => refetch()} headingLevel={2} />;
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof ErrorNotice>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 422 with field messages: the notice lists them (a form would link them to its fields). */
export const Validation: Story = {
  args: { error: errors.validation() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(
      canvas.getByRole('heading', { level: 2, name: 'Check the highlighted fields' }),
    ).toBeVisible();
    await expect(canvas.getByText('Enter a valid email address.')).toBeVisible();
  },
};

/** A 401: sign in again, through the provider's `actions.signIn`. */
export const SignedOut: Story = {
  args: { error: errors.unauthenticated() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Sign in again' })).toHaveAttribute(
      'href',
      '#sign-in',
    );
  },
};

/** A 403: ask for access, here through an `onRequestAccess` handler. */
export const Forbidden: Story = {
  args: { error: errors.forbidden(), onRequestAccess: fn() },
  play: async ({ canvasElement, args, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Ask for access' }));
    await expect(args.onRequestAccess).toHaveBeenCalledTimes(1);
  },
};

/** A 402: top up. */
export const PaymentRequired: Story = {
  args: { error: errors.paymentRequired() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Top up' })).toHaveAttribute(
      'href',
      '#billing',
    );
  },
};

/** A 410 with a `Link: rel="successor-version"` header: go to the new version. */
export const Gone: Story = {
  args: { error: errors.gone() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Go to the new version' })).toHaveAttribute(
      'href',
      'https://api.example.test/v1/team/invitations',
    );
  },
};

/** A 429 with `Retry-After: 12`: the retry waits for the countdown (clock frozen here). */
export const RateLimited: Story = {
  args: { error: errors.rateLimited(12), onRetry: fn() },
  play: async ({ canvasElement }) => {
    const button = within(canvasElement).getByRole('button', { name: 'Try again in 12 seconds' });
    await expect(button).toHaveAttribute('aria-disabled', 'true');
  },
};

/** A real two-second wait: the retry becomes available and runs when pressed. */
export const RetryWhenReady: Story = {
  args: { onRetry: fn() },
  parameters: { faultline: { now: Date.now } },
  render: (args) => <RateLimitedNow {...args} waitSeconds={2} />,
  play: async ({ canvasElement, args, userEvent }) => {
    const button = within(canvasElement).getByRole('button', { name: /^Try again in/ });
    await waitFor(() => expect(button).toHaveAccessibleName('Try again'), { timeout: 4000 });
    await userEvent.click(button);
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A 500 with a request id: retry, and the details support needs. */
export const ServerError: Story = {
  args: { error: errors.server(), onRetry: fn() },
  play: async ({ canvasElement, args, userEvent }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('group', { name: 'Details for support' })).toHaveTextContent(
      'req_01J9ZK4M2Q',
    );
    await expect(canvas.getByRole('heading', { level: 3, name: 'Details for support' })).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }));
    await expect(args.onRetry).toHaveBeenCalledTimes(1);
  },
};

/** A 503 from a proxy, plain text, no request id. */
export const Unavailable: Story = {
  args: { error: errors.unavailable(), onRetry: fn() },
};

/** No response at all: the browser is offline or the server unreachable. */
export const Offline: Story = {
  args: { error: new TypeError('Failed to fetch'), onRetry: fn() },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('heading', { name: 'You are offline' })).toBeVisible();
  },
};

/** RFC 9457 problem details whose `type` is a documentation page: a "Learn more" link. */
export const WithDocsLink: Story = {
  args: {
    error: makeError(
      404,
      {
        type: 'https://docs.example.com/errors/camera-not-found',
        title: 'Camera not found',
        status: 404,
        detail: 'No camera with id cam_42 in this organization.',
      },
      { 'content-type': 'application/problem+json' },
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('link', { name: 'Learn more' })).toHaveAttribute(
      'href',
      'https://docs.example.com/errors/camera-not-found',
    );
  },
};

/** Announced as an alert (`live`), for a notice that appears after something the user did. */
export const Live: Story = {
  args: { error: errors.forbidden(), live: true },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('alert')).toHaveTextContent('You do not have access');
  },
};

/** Markup and script URLs in the server's message come out as text; nothing is created from them. */
export const ServerTextStaysText: Story = {
  args: {
    error: makeError(
      400,
      { error: { code: 'bad_request', message: XSS_PAYLOADS.join(' '), doc_url: XSS_PAYLOADS[3] } },
      {},
    ),
  },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('img, script, svg[onload]')).toBeNull();
    await expect(within(canvasElement).getByText(/<img src=x onerror=/)).toBeVisible();
    await expect(within(canvasElement).queryByRole('link', { name: 'Learn more' })).toBeNull();
  },
};
