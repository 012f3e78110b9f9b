import { decodeError } from '@faultline/core';
import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TEST_NOW } from '../test-utils/errors.js';
import { createToast, createToastQueue } from '../toast/index.js';
import { createQueryClient } from './createQueryClient.js';
import { useRefresh } from './useRefresh.js';

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const KEY = ['status'];

// A status endpoint that answers until it is told to fail with 503 and Retry-After: 30.
function statusApi() {
  const api = { failing: false, calls: 0 };
  const queryFn = () => {
    api.calls++;
    return api.failing
      ? Promise.reject(
          // Decoded when it arrives, as apiFetch does: Retry-After counts from then.
          decodeError(
            {
              status: 503,
              headers: { 'retry-after': '30' },
              body: { error: { code: 'unavailable', message: 'Status checks are paused.' } },
            },
            { now: Date.now() },
          ),
        )
      : Promise.resolve('All systems operational');
  };
  return { api, queryFn };
}

function Status({ queryFn }: { queryFn: () => Promise<string> }): ReactNode {
  const query = useQuery({ queryKey: KEY, queryFn });
  const refresh = useRefresh(query, KEY);
  return (
    <>
      <p>{query.data}</p>
      <button type="button" onClick={refresh.refresh}>
        {refresh.refreshing ? 'Checking…' : 'Check now'}
      </button>
      {refresh.error && <p>Failed: {refresh.error.message}</p>}
      {refresh.retrying && <p>Retrying in {refresh.secondsLeft} s</p>}
      {refresh.refreshing && (
        <button type="button" onClick={refresh.stop}>
          Stop
        </button>
      )}
    </>
  );
}

function setup() {
  const queue = createToastQueue();
  const client = createQueryClient({ toaster: createToast(queue), random: () => 0.5 });
  const { api, queryFn } = statusApi();
  render(
    <QueryClientProvider client={client}>
      <Status queryFn={queryFn} />
    </QueryClientProvider>,
  );
  return { api, client, queue };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('useRefresh', () => {
  it('shows the first failure of a refresh the person asked for at once, with the retry to come', async () => {
    const { api, queue } = setup();
    await advance(10);
    api.failing = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await advance(10);
    expect(screen.getByText('Failed: Status checks are paused.')).toBeInTheDocument();
    expect(screen.getByText('Retrying in 30 s')).toBeInTheDocument();
    expect(screen.getByText('All systems operational')).toBeInTheDocument();
    expect(api.calls).toBe(2);
    // The retry comes when the server said; the data on screen stays.
    await advance(30_000);
    expect(api.calls).toBe(3);
    expect(screen.getByText('Failed: Status checks are paused.')).toBeInTheDocument();
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });

  it('shows it in place only, never also as a toast, when the retries run out', async () => {
    const { api, queue } = setup();
    await advance(10);
    api.failing = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await advance(100_000);
    expect(api.calls).toBe(5);
    expect(screen.getByRole('button', { name: 'Check now' })).toBeInTheDocument();
    expect(screen.getByText('Failed: Status checks are paused.')).toBeInTheDocument();
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });

  it('stops retrying on "Stop", keeping the data and the failure', async () => {
    const { api, queue } = setup();
    await advance(10);
    api.failing = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await advance(10);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    await advance(120_000);
    expect(api.calls).toBe(2);
    expect(screen.getByText('All systems operational')).toBeInTheDocument();
    expect(screen.getByText('Failed: Status checks are paused.')).toBeInTheDocument();
    expect(screen.queryByText(/Retrying in/)).not.toBeInTheDocument();
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });

  it('clears the failure when a later refresh succeeds', async () => {
    const { api } = setup();
    await advance(10);
    api.failing = true;
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await advance(10);
    fireEvent.click(screen.getByRole('button', { name: 'Stop' }));
    api.failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await advance(10);
    expect(screen.queryByText(/Failed:/)).not.toBeInTheDocument();
  });

  it('keeps a background refetch quiet, as before', async () => {
    const { api, client, queue } = setup();
    await advance(10);
    api.failing = true;
    void client.refetchQueries({ queryKey: KEY });
    await advance(10);
    expect(api.calls).toBe(2);
    expect(screen.queryByText(/Failed:/)).not.toBeInTheDocument();
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });
});
