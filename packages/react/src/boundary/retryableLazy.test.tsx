import { act, fireEvent, render, screen } from '@testing-library/react';
import { type ReactNode, Suspense } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { ApiErrorBoundary } from './ApiErrorBoundary.js';
import { retryableLazy } from './retryableLazy.js';

function Billing({ plan }: { plan: string }): ReactNode {
  return <p>Plan: {plan}</p>;
}

// React reports every error a boundary catches on the console; the tests assert what users see.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('retryableLazy', () => {
  // Every import settles at once (no timers, no network): each step is awaited inside act(), which
  // returns once React has rendered everything those settled imports set off, so the test waits on
  // no clock, however busy the machine is.
  it('loads the screen again on "Try again" after its chunk could not be fetched', async () => {
    // Offline: every import of the chunk fails, as the browser's does, until the connection is back.
    let online = false;
    const load = vi.fn(() =>
      online
        ? Promise.resolve({ default: Billing })
        : Promise.reject(
            new TypeError(
              'Failed to fetch dynamically imported module: https://app.example/assets/Billing-3fa1.js',
            ),
          ),
    );
    const Screen = retryableLazy(load);
    await act(async () => {
      render(
        <FaultlineProvider>
          <ApiErrorBoundary>
            <Suspense fallback={<p>Loading…</p>}>
              <Screen plan="Team" />
            </Suspense>
          </ApiErrorBoundary>
        </FaultlineProvider>,
      );
    });
    // The chunk's failure is a network failure, with the way back.
    expect(screen.getByRole('heading', { name: 'You are offline' })).toBeInTheDocument();
    const attempts = load.mock.calls.length;
    online = true;
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    });
    expect(screen.getByText('Plan: Team')).toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(attempts + 1);
  });

  it('imports once when the first load works', async () => {
    const load = vi.fn(() => Promise.resolve({ default: Billing }));
    const Screen = retryableLazy(load);
    const { rerender } = await act(async () =>
      render(
        <Suspense fallback={null}>
          <Screen plan="Team" />
        </Suspense>,
      ),
    );
    expect(screen.getByText('Plan: Team')).toBeInTheDocument();
    rerender(
      <Suspense fallback={null}>
        <Screen plan="Enterprise" />
      </Suspense>,
    );
    expect(screen.getByText('Plan: Enterprise')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
  });
});
