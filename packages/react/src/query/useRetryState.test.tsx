import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeError, TEST_NOW } from '../test-utils/errors.js';
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
