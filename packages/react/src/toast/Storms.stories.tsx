import { decodeError } from '@faultline/core';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn, waitFor, within } from 'storybook/test';
import { errors } from '../test-utils/errors.js';
import type { OnlineSource } from './connection.js';
import { stormControl } from './stormControl.js';
import { Toaster } from './Toaster.js';
import { createToastQueue } from './ToastQueue.js';
import { createToast } from './toast.js';

// Each story's own queue, so no story inherits another's toasts or online state.
const queue = createToastQueue();
const notify = createToast(queue);
const retry = fn();

/** A network the story switches off and on, as TanStack Query's `onlineManager` would report it. */
const network = (() => {
  let online = true;
  const listeners = new Set<(online: boolean) => void>();
  const source: OnlineSource = {
    isOnline: () => online,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const set = (next: boolean) => {
    online = next;
    for (const listener of listeners) listener(next);
  };
  return { source, set };
})();

/** A 503 from one of twelve camera feeds that went down together. */
const feedDown = (feed: number) =>
  decodeError(
    {
      status: 503,
      headers: { 'x-request-id': `req_feed_${feed}` },
      body: { error: { code: 'upstream_unavailable', message: `Feed ${feed} is not answering.` } },
    },
    { now: Date.now() },
  );

function storm(count: number) {
  for (let feed = 1; feed <= count; feed++)
    notify.error(feedDown(feed), { request: `GET /v1/feeds/${feed}`, onRetry: retry });
}

function Controls() {
  return (
    <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
      <button type="button" className="fl-button" onClick={() => storm(12)}>
        Storm: 12 feeds fail
      </button>
      <button type="button" className="fl-button" onClick={() => network.set(false)}>
        Go offline
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() =>
          notify.error(new TypeError('Failed to fetch'), {
            request: `GET /v1/feeds/${Math.random()}`,
            onRetry: retry,
          })
        }
      >
        A request fails on the network
      </button>
      <button type="button" className="fl-button" onClick={() => network.set(true)}>
        Come back online
      </button>
      <button
        type="button"
        className="fl-button"
        onClick={() => {
          let attempt = 0;
          notify.promise(
            () =>
              new Promise((resolve, reject) =>
                setTimeout(() => (++attempt === 1 ? reject(errors.unavailable()) : resolve('ok')), 300),
              ),
            { loading: 'Saving camera…', success: 'Camera saved', error: 'Could not save the camera' },
          );
        }}
      >
        Save (fails once)
      </button>
    </div>
  );
}

const meta = {
  title: 'Components/Toaster/Storms and offline',
  component: Toaster,
  args: { queue, storms: stormControl({ online: network.source }) },
  render: (args) => (
    <>
      <Controls />
      <Toaster {...args} />
    </>
  ),
  beforeEach: () => {
    queue.dismiss();
    network.set(true);
    retry.mockClear();
    return () => {
      queue.dismiss();
      network.set(true);
    };
  },
  parameters: {
    docs: {
      story: { inline: false, height: '480px' },
      description: {
        component: `With the storm part on (\`<Toaster storms={stormControl()} />\`), a storm stays calm: more new
errors than fit within 2 s become one summary toast with the list and "Retry all"; offline is one status, not an
error per request, and "Back online" retries what failed; \`toast.promise\` is one toast from loading to the
outcome, with "Try again" on failure.`,
      },
    },
  },
} satisfies Meta<typeof Toaster>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Twelve feeds fail at once: two toasts and one summary, "10 requests failed", with the list and Retry all. */
export const BurstSummary: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Storm: 12 feeds fail' }));
    const region = canvas.getByRole('region', { name: 'Notifications (F8)' });
    await expect(region.querySelectorAll('.fl-toast')).toHaveLength(3);
    await expect(region).toHaveTextContent('10 requests failed');
    await userEvent.click(within(region).getByText('Show what failed'));
    // The list is built when the disclosure opens (the toggle event comes a task after the click).
    const list = await waitFor(() => {
      const found = region.querySelector('details ul');
      expect(found).not.toBeNull();
      return found as HTMLElement;
    });
    await expect(within(list).getAllByRole('listitem')).toHaveLength(10);
    await expect(list).toHaveTextContent('Feed 12 is not answering.');
    await userEvent.click(within(region).getByRole('button', { name: 'Retry all' }));
    await expect(retry).toHaveBeenCalledTimes(10);
  },
};

/** The summary on the dark theme. */
export const BurstSummaryDark: Story = { ...BurstSummary, globals: { theme: 'dark' } };

/** Offline: one polite status instead of a toast per failed request; back online, a short note and a retry of each. */
export const OfflineAndBack: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Go offline' }));
    const failing = canvas.getByRole('button', { name: 'A request fails on the network' });
    for (let i = 0; i < 3; i++) await userEvent.click(failing);
    const status = canvasElement.querySelector('.fl-offline') as HTMLElement;
    await expect(status).toHaveAttribute('role', 'status');
    await expect(status).toHaveTextContent('You are offline — we will try again when you are back');
    await expect(status).toHaveTextContent('3 waiting to send');
    await expect(canvasElement.querySelectorAll('.fl-toast')).toHaveLength(0);
    await userEvent.click(canvas.getByRole('button', { name: 'Come back online' }));
    await expect(canvasElement.querySelector('.fl-offline')).toBeNull();
    await expect(canvas.getByRole('region', { name: 'Notifications (F8)' })).toHaveTextContent('Back online');
    await expect(retry).toHaveBeenCalledTimes(3);
  },
};

/** The offline status on the dark theme. */
export const OfflineDark: Story = {
  globals: { theme: 'dark' },
  play: async ({ canvasElement, userEvent }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Go offline' }));
    await expect(canvasElement.querySelector('.fl-offline')).toHaveTextContent('You are offline');
  },
};

/** `toast.promise`: loading, the decoded failure with Try again, then success in the same toast. */
export const PromiseToast: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Save (fails once)' }));
    const region = canvas.getByRole('region', { name: 'Notifications (F8)' });
    await expect(region).toHaveTextContent('Saving camera…');
    await waitFor(() => expect(region).toHaveTextContent('Could not save the camera'));
    await expect(region).not.toHaveTextContent(/Error: (Type)?Error/);
    await userEvent.click(within(region).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(region).toHaveTextContent('Camera saved'));
  },
};

/** Back from a hidden tab: one summary of the background failures, those that recovered left out. */
export const WhileAway: Story = {
  play: async ({ canvasElement }) => {
    queue.setHidden(true);
    for (let feed = 1; feed <= 3; feed++)
      notify.error(feedDown(feed), { id: `refresh:${feed}`, background: true, onRetry: retry });
    queue.dismiss('refresh:2');
    queue.setHidden(false);
    const region = await within(canvasElement).findByRole('region', { name: 'Notifications (F8)' });
    await expect(region).toHaveTextContent('While you were away: 3 refreshes failed; 1 has recovered');
    await expect(region.querySelectorAll('.fl-toast')).toHaveLength(1);
  },
};
