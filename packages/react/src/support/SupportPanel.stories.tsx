import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, waitFor, within } from 'storybook/test';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { SupportPanel } from './SupportPanel.js';

/** Replaces the Clipboard API for one story, so copying is checked without browser permissions. */
function stubClipboard(writeText: (text: string) => Promise<void>) {
  return () => {
    const spy = spyOn(navigator.clipboard, 'writeText').mockImplementation(writeText);
    return () => spy.mockRestore();
  };
}

const meta = {
  title: 'Components/SupportPanel',
  component: SupportPanel,
  tags: ['autodocs'],
  args: { error: errors.server(), time: TEST_NOW, headingLevel: 3 },
  // A fixed clock: the time shown and the prefilled message are the same on every run.
  parameters: {
    faultline: { now: () => TEST_NOW },
    docs: {
      description: {
        component: `Everything support needs to find a failed request: the request id with a copy button, the error code, the
status and the time, and a "Contact support" link that opens a prefilled message (mailto or your support form) when
\`FaultlineProvider\` has a \`support\` contact. The message carries the request id, code, status, time and the page's origin and
path, never headers, tokens, the query string or the body.

\`\`\`tsx
<FaultlineProvider support={{ email: 'support@example.com' }}>
  <SupportPanel error={error} headingLevel={2} />
</FaultlineProvider>
\`\`\``,
      },
    },
  },
} satisfies Meta<typeof SupportPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A 500 with a request id, support reachable by email. */
export const ServerError: Story = {
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByRole('group', { name: 'Details for support' });
    await expect(panel).toHaveTextContent('req_01J9ZK4M2Q');
    await expect(panel).toHaveTextContent('internal_server_error');
    const link = within(panel).getByRole('link', { name: 'Contact support' });
    await expect(link.getAttribute('href')).toMatch(/^mailto:support@faultline\.example\?/);
    await expect(decodeURIComponent(link.getAttribute('href') ?? '')).toContain('Request ID: req_01J9ZK4M2Q');
  },
};

/** Copy the request id: the button confirms through a status message. */
export const CopyRequestId: Story = {
  beforeEach: stubClipboard(async () => {}),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy Request ID' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith('req_01J9ZK4M2Q');
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Copied'));
  },
};

/**
 * A traced failure with an error tracker: the W3C trace id beside the request id, each with its copy
 * button, and the Reference the provider's `onReport` returned (Sentry's event id, say).
 */
export const TraceAndReference: Story = {
  args: {
    error: makeError(
      500,
      {
        error: { code: 'internal_server_error', message: 'Unexpected error.', request_id: 'req_01J9ZK4M2Q' },
      },
      // The W3C Trace Context example (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    ),
  },
  parameters: { faultline: { now: () => TEST_NOW, onReport: () => 'evt_3f2a9c1d' } },
  beforeEach: stubClipboard(async () => {}),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    const panel = canvas.getByRole('group', { name: 'Details for support' });
    await expect(panel).toHaveTextContent('Trace ID4bf92f3577b34da6a3ce929d0e0e4736');
    await waitFor(() => expect(panel).toHaveTextContent('Referenceevt_3f2a9c1d'));
    await userEvent.click(canvas.getByRole('button', { name: 'Copy Trace ID' }));
    await expect(navigator.clipboard.writeText).toHaveBeenCalledWith('4bf92f3577b34da6a3ce929d0e0e4736');
    const href = decodeURIComponent(
      canvas.getByRole('link', { name: 'Contact support' }).getAttribute('href') ?? '',
    );
    await expect(href).toContain('Trace ID: 4bf92f3577b34da6a3ce929d0e0e4736');
    await expect(href).toContain('Reference: evt_3f2a9c1d');
  },
};

/** The browser refuses the clipboard: the id is selected and the user is told to copy it by hand. */
export const CopyRefused: Story = {
  beforeEach: stubClipboard(async () => {
    throw new DOMException('Write permission denied.', 'NotAllowedError');
  }),
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Copy Request ID' }));
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent(/copy it by hand/));
    await expect(window.getSelection()?.toString()).toBe('req_01J9ZK4M2Q');
  },
};

/** With a support form URL template instead of an email address. */
export const SupportForm: Story = {
  parameters: {
    faultline: {
      now: () => TEST_NOW,
      support: { url: 'https://support.example.com/new?request={requestId}&code={code}&page={page}' },
    },
  },
  play: async ({ canvasElement }) => {
    const href =
      within(canvasElement).getByRole('link', { name: 'Contact support' }).getAttribute('href') ?? '';
    await expect(href).toMatch(
      /^https:\/\/support\.example\.com\/new\?request=req_01J9ZK4M2Q&code=internal_server_error/,
    );
  },
};

/** No request id came back (a 403): code, status and time only. */
export const WithoutRequestId: Story = {
  args: { error: errors.forbidden() },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByRole('button', { name: /Copy/ })).not.toBeInTheDocument();
    await expect(canvas.getByText('forbidden')).toBeVisible();
  },
};

/** No response at all (offline): there is no status to show. */
export const NetworkFailure: Story = {
  args: { error: new TypeError('Failed to fetch') },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.queryByText('Status')).not.toBeInTheDocument();
  },
};

/** No support contact configured: the details are shown, with no link. */
export const NoSupportContact: Story = {
  parameters: { faultline: { now: () => TEST_NOW, support: undefined } },
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('link')).not.toBeInTheDocument();
  },
};
