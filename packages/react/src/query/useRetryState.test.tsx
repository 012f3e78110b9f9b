import type { ApiError } from '@faultline/core';
import { onlineManager, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, renderHook, screen, within } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeError, TEST_NOW } from '../test-utils/errors.js';
import { createToast, createToastQueue } from '../toast/index.js';
import { createQueryClient } from './createQueryClient.js';
import { type RetryingQuery, useRetryState } from './useRetryState.js';

// A 503 for which the client's retryDelay planned a retry 6 s later, as TanStack Query asks it.
function plannedFailure() {
  const client = createQueryClient({ baseBackoffMs: 6000, random: () => 0.5 });
  const error = makeError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Down.' });
  const retryDelay = client.getDefaultOptions().queries?.retryDelay as (
    count: number,
    error: unknown,
  ) => number;
  retryDelay(1, error);
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  );
  return { error, wrapper };
}

const query = (state: Partial<RetryingQuery>): RetryingQuery => ({
  failureCount: 1,
  failureReason: undefined,
  fetchStatus: 'fetching',
  refetch: () => {},
  ...state,
});

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useRetryState', () => {
  it('counts down to the planned retry while the failed query fetches', () => {
    const { error, wrapper } = plannedFailure();
    const { result } = renderHook(() => useRetryState(query({ failureReason: error })), { wrapper });
    expect(result.current).toMatchObject({
      retrying: true,
      waitingForNetwork: false,
      attempt: 2,
      retryAt: TEST_NOW + 6000,
      secondsLeft: 6,
    });
  });

  it('plans nothing while the query is idle, paused or has not failed', () => {
    const { error, wrapper } = plannedFailure();
    for (const state of [
      { fetchStatus: 'idle', failureReason: error },
      { fetchStatus: 'paused', failureReason: error },
      { fetchStatus: 'fetching', failureReason: error, failureCount: 0 },
    ] as const) {
      const { result, unmount } = renderHook(() => useRetryState(query(state)), { wrapper });
      expect(result.current).toMatchObject({ retrying: false, retryAt: undefined, secondsLeft: 0 });
      unmount();
    }
  });

  it('waits for the network while a failed query is paused, and only then', () => {
    const { error, wrapper } = plannedFailure();
    const waiting = (state: Partial<RetryingQuery>) =>
      renderHook(() => useRetryState(query({ failureReason: error, ...state })), { wrapper }).result.current
        .waitingForNetwork;
    expect(waiting({ fetchStatus: 'paused' })).toBe(true);
    expect(waiting({ fetchStatus: 'paused', failureCount: 0 })).toBe(false);
    expect(waiting({ fetchStatus: 'fetching' })).toBe(false);
    expect(waiting({ fetchStatus: 'idle' })).toBe(false);
  });

  it('is no longer retrying once the planned moment has passed', () => {
    const { error, wrapper } = plannedFailure();
    vi.setSystemTime(TEST_NOW + 7000);
    const { result } = renderHook(() => useRetryState(query({ failureReason: error })), { wrapper });
    expect(result.current).toMatchObject({ retrying: false, retryAt: TEST_NOW + 6000, secondsLeft: 0 });
  });

  it('is not retrying for a failure no retry was planned for', () => {
    const { wrapper } = plannedFailure();
    const { result } = renderHook(() => useRetryState(query({ failureReason: new Error('not planned') })), {
      wrapper,
    });
    expect(result.current).toMatchObject({ retrying: false, retryAt: undefined, secondsLeft: 0 });
  });
});

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const unavailable = () => makeError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Down.' });
const never = () => new Promise<string>(() => {});
const after = (ms: number, value: string) => () =>
  new Promise<string>((resolve) => setTimeout(() => resolve(value), ms));

/** A panel of one query: what it shows, and a "Retry … now" button that is always there. */
function Panel({ name, queryFn }: { name: string; queryFn: () => Promise<string> }) {
  const query = useQuery({ queryKey: [name], queryFn });
  const retry = useRetryState(query);
  const line = retry.waitingForNetwork
    ? `Waiting for the connection (try ${retry.attempt})`
    : retry.retrying
      ? `Retrying in ${retry.secondsLeft} s (try ${retry.attempt})`
      : (query.data ?? `Status: ${query.status}`);
  return (
    <section aria-label={name}>
      <p>{line}</p>
      <button type="button" onClick={retry.retryNow}>
        Retry now
      </button>
    </section>
  );
}

/** Renders panels on one client whose retries wait 10 s (one retry); returns what its onError heard. */
function renderPanels(panels: Record<string, () => Promise<string>>) {
  const onError = vi.fn<(error: ApiError) => void>();
  const client = createQueryClient({
    baseBackoffMs: 20_000,
    maxRetries: 1,
    random: () => 0.5,
    toaster: createToast(createToastQueue()),
    onError,
  });
  render(
    <QueryClientProvider client={client}>
      {Object.entries(panels).map(([name, queryFn]) => (
        <Panel key={name} name={name} queryFn={queryFn} />
      ))}
    </QueryClientProvider>,
  );
  const panel = (name: string) => within(screen.getByRole('region', { name }));
  const retryNow = (name: string) => fireEvent.click(panel(name).getByRole('button', { name: 'Retry now' }));
  return { onError, panel, retryNow };
}

describe('Retry now', () => {
  it('cancels the wait of its own query only: another query keeps counting down to its own retry', async () => {
    const sites = vi.fn(() => Promise.reject(unavailable()));
    const cameras = vi.fn(() => Promise.reject(unavailable()));
    const { panel, retryNow } = renderPanels({ sites, cameras });
    await advance(10);
    expect(panel('sites').getByText('Retrying in 10 s (try 2)')).toBeInTheDocument();
    expect(panel('cameras').getByText('Retrying in 10 s (try 2)')).toBeInTheDocument();
    retryNow('cameras');
    await advance(10);
    expect(cameras).toHaveBeenCalledTimes(2);
    expect(sites).toHaveBeenCalledTimes(1);
    expect(panel('sites').getByText('Retrying in 10 s (try 2)')).toBeInTheDocument();
    await advance(10_000);
    expect(sites).toHaveBeenCalledTimes(2);
    expect(panel('sites').getByText('Status: error')).toBeInTheDocument();
  });

  it('shows the new try as loading, not the countdown of the wait it cancelled', async () => {
    const cameras = vi.fn().mockRejectedValueOnce(unavailable()).mockImplementationOnce(never);
    const { panel, retryNow } = renderPanels({ cameras });
    await advance(10);
    expect(panel('cameras').getByText('Retrying in 10 s (try 2)')).toBeInTheDocument();
    retryNow('cameras');
    await advance(10);
    expect(cameras).toHaveBeenCalledTimes(2);
    expect(panel('cameras').getByText('Status: pending')).toBeInTheDocument();
    await advance(20_000);
    expect(panel('cameras').getByText('Status: pending')).toBeInTheDocument();
  });

  it('reports only the real failures, never the cancelled wait', async () => {
    const cameras = vi.fn(() => Promise.reject(unavailable()));
    const { onError, retryNow } = renderPanels({ cameras });
    await advance(10);
    retryNow('cameras');
    await advance(10);
    expect(cameras).toHaveBeenCalledTimes(2);
    expect(onError).not.toHaveBeenCalled();
    await advance(10_000);
    expect(cameras).toHaveBeenCalledTimes(3);
    expect(onError.mock.calls.map(([error]) => error.status)).toEqual([503]);
  });

  it('keeps waiting for the connection while offline, and tries once it is back', async () => {
    const cameras = vi.fn(() => Promise.reject(unavailable()));
    const { panel, retryNow } = renderPanels({ cameras });
    await advance(10);
    act(() => onlineManager.setOnline(false));
    try {
      await advance(10_000);
      expect(panel('cameras').getByText('Waiting for the connection (try 2)')).toBeInTheDocument();
      retryNow('cameras');
      await advance(10);
      expect(panel('cameras').getByText('Waiting for the connection (try 2)')).toBeInTheDocument();
      expect(cameras).toHaveBeenCalledTimes(1);
    } finally {
      act(() => onlineManager.setOnline(true));
    }
    await advance(10);
    expect(cameras).toHaveBeenCalledTimes(2);
  });

  it('pressed before anything failed, leaves the other queries loading', async () => {
    const { panel, retryNow } = renderPanels({
      sites: after(5000, 'Sites: 3'),
      cameras: after(5000, 'Cameras: 12'),
    });
    await advance(10);
    retryNow('cameras');
    await advance(5000);
    expect(panel('sites').getByText('Sites: 3')).toBeInTheDocument();
    expect(panel('cameras').getByText('Cameras: 12')).toBeInTheDocument();
  });
});
