import { QueryClientProvider, useMutation } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { createToast, createToastQueue, Toaster } from '../toast/index.js';
import { createQueryClient } from './createQueryClient.js';

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const meta = {
  toast: { loading: 'Sending test event…', success: 'Test event sent', error: 'Could not send' },
};

function Send({ mutationFn }: { mutationFn: (name: string) => Promise<string> }) {
  const mutation = useMutation({ mutationFn, meta });
  return (
    <button type="button" onClick={() => mutation.mutate('door')}>
      Send
    </button>
  );
}

function setup(mutationFn: (name: string) => Promise<string>) {
  const queue = createToastQueue();
  const client = createQueryClient({ toaster: createToast(queue) });
  render(
    <QueryClientProvider client={client}>
      <Send mutationFn={mutationFn} />
      <Toaster queue={queue} />
    </QueryClientProvider>,
  );
  return { queue, shown: () => queue.getSnapshot().toasts };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('meta.toast on a mutation', () => {
  it('shows loading while the mutation runs and success in the same toast', async () => {
    let resolve = (_: string) => {};
    const { shown } = setup(() => new Promise((r) => (resolve = r)));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    expect(shown()).toMatchObject([{ type: 'info', message: 'Sending test event…' }]);
    resolve('ok');
    await advance(0);
    expect(shown()).toMatchObject([{ type: 'success', message: 'Test event sent' }]);
  });

  it('turns the loading toast into the decoded error with Try again, which sends the same variables once more', async () => {
    const mutationFn = vi.fn().mockRejectedValueOnce(errors.unavailable()).mockResolvedValueOnce('ok');
    const { shown } = setup(mutationFn);
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    expect(shown()).toHaveLength(1);
    expect(shown()[0]).toMatchObject({ type: 'error', title: 'Could not send', error: { status: 503 } });
    expect(screen.getByText('Could not send')).toBeInTheDocument();
    await advance(60 * 60 * 1000);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(0);
    expect(mutationFn).toHaveBeenCalledTimes(2);
    expect(mutationFn.mock.calls[1]?.[0]).toBe('door');
    expect(shown()).toMatchObject([{ type: 'success', message: 'Test event sent' }]);
  });

  it('leaves a validation error to the form and closes the loading toast', async () => {
    const { shown } = setup(() => Promise.reject(errors.validation()));
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    await advance(0);
    expect(shown()).toEqual([]);
  });
});
