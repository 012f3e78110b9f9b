import { onlineManager, QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../test-utils/errors.js';
import { createToast, createToastQueue, stormControl, Toaster } from '../toast/index.js';
import { createQueryClient } from './createQueryClient.js';

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

// What the browser does when the network goes or comes back: `navigator.onLine` and the event.
function setBrowserOnline(online: boolean) {
  vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(online);
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

function Camera({ id, fetchCamera }: { id: number; fetchCamera: (id: number) => Promise<string> }) {
  const query = useQuery({ queryKey: ['camera', id], queryFn: () => fetchCamera(id) });
  return <p>Camera {query.data}</p>;
}

function SendEvent({ send }: { send: () => Promise<string> }) {
  const mutation = useMutation({ mutationFn: send });
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      Send test event {mutation.isPaused ? '(waiting)' : ''}
    </button>
  );
}

function setup(ui: React.ReactNode) {
  const queue = createToastQueue();
  const client = createQueryClient({ toaster: createToast(queue), random: () => 0.5 });
  render(
    <QueryClientProvider client={client}>
      {ui}
      <Toaster queue={queue} storms={stormControl({ online: onlineManager })} />
    </QueryClientProvider>,
  );
  const errorToasts = () => queue.getSnapshot().toasts.filter((toast) => toast.type === 'error');
  return { client, queue, errorToasts };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  setBrowserOnline(true);
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('offline with TanStack Query', () => {
  it('shows one offline status and no error toast while the network is gone, and refetches when it is back', async () => {
    const fetchCamera = vi.fn((id: number) => Promise.resolve(`#${id}`));
    const { client, errorToasts } = setup(
      [1, 2, 3, 4, 5].map((id) => <Camera key={id} id={id} fetchCamera={fetchCamera} />),
    );
    await advance(10);
    expect(fetchCamera).toHaveBeenCalledTimes(5);
    setBrowserOnline(false);
    fetchCamera.mockImplementation(() => Promise.reject(new TypeError('Failed to fetch')));
    act(() => {
      void client.invalidateQueries();
    });
    await advance(60_000);
    const statuses = document.querySelectorAll('.fl-offline');
    expect(statuses).toHaveLength(1);
    expect(statuses[0]).toHaveAttribute('role', 'status');
    expect(statuses[0]).toHaveTextContent('You are offline — we will try again when you are back');
    expect(errorToasts()).toHaveLength(0);
    fetchCamera.mockImplementation((id: number) => Promise.resolve(`#${id} again`));
    setBrowserOnline(true);
    await advance(10);
    expect(screen.queryByText('You are offline — we will try again when you are back')).toBeNull();
    expect(screen.getByText('Camera #3 again')).toBeInTheDocument();
    expect(screen.getAllByText(/Back online/).length).toBeGreaterThan(0);
    expect(errorToasts()).toHaveLength(0);
  });

  it('lists a change made offline as waiting to send and sends it exactly once when the network is back', async () => {
    const send = vi.fn(() => Promise.resolve('sent'));
    setup(<SendEvent send={send} />);
    setBrowserOnline(false);
    fireEvent.click(screen.getByRole('button', { name: /Send test event/ }));
    await advance(10);
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByText('1 waiting to send')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send test event (waiting)' })).toBeInTheDocument();
    setBrowserOnline(true);
    await advance(10);
    setBrowserOnline(false);
    setBrowserOnline(true);
    await advance(60_000);
    expect(send).toHaveBeenCalledTimes(1);
    expect(screen.queryByText(/waiting to send/)).toBeNull();
  });

  it('keeps a refetch that failed on a network error and tries it again when the browser is back online', async () => {
    let up = true;
    const fetchCamera = vi.fn((id: number) =>
      up ? Promise.resolve(`#${id}`) : Promise.reject(new TypeError('Failed to fetch')),
    );
    const { client, queue, errorToasts } = setup(<Camera id={1} fetchCamera={fetchCamera} />);
    await advance(10);
    // The network went without the browser noticing: the refetch fails and its retries too.
    up = false;
    act(() => {
      void client.invalidateQueries().catch(() => {});
    });
    await advance(60_000);
    expect(errorToasts()).toHaveLength(1);
    setBrowserOnline(false);
    expect(errorToasts()).toHaveLength(0);
    expect(queue.getSnapshot().offline?.waiting).toBe(1);
    up = true;
    const calls = fetchCamera.mock.calls.length;
    setBrowserOnline(true);
    await advance(10);
    expect(fetchCamera.mock.calls.length).toBe(calls + 1);
    expect(screen.getByText('Camera #1')).toBeInTheDocument();
  });
});
