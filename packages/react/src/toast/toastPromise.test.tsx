import { defaultDecoder } from '@faultline/core';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors } from '../test-utils/errors.js';
import { Toaster } from './Toaster.js';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast } from './toast.js';

let queue: ToastQueue;
let notify: ReturnType<typeof createToast>;
const shown = () => queue.getSnapshot().toasts;
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));
const copy = { loading: 'Saving camera…', success: 'Camera saved', error: 'Could not save the camera' };

beforeEach(() => {
  vi.useFakeTimers();
  queue = createToastQueue();
  notify = createToast(queue);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('toast.promise', () => {
  it('shows the loading text until the promise resolves, then the success text in the same toast', async () => {
    let resolve = (_: string) => {};
    const id = notify.promise(new Promise<string>((r) => (resolve = r)), {
      ...copy,
      success: (name) => `${name} saved`,
    });
    expect(shown()).toMatchObject([{ id, type: 'info', message: 'Saving camera…' }]);
    vi.advanceTimersByTime(60_000);
    expect(shown()).toHaveLength(1);
    resolve('Front door');
    await settle();
    expect(shown()).toMatchObject([{ id, type: 'success', message: 'Front door saved' }]);
  });

  it('shows the decoded message of a rejected ApiError under the heading, with Try again', async () => {
    render(<Toaster queue={queue} />);
    await act(async () => {
      notify.promise(Promise.reject(errors.forbidden()), copy, { onRetry: () => {} });
    });
    await settle();
    expect(screen.getByText('Could not save the camera')).toBeInTheDocument();
    expect(screen.getByText('The viewer role cannot invite team members.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('decodes a TypeError from fetch as a network failure, never as "Error: TypeError: …"', async () => {
    const { container } = render(<Toaster queue={queue} />);
    await act(async () => {
      notify.promise(Promise.reject(new TypeError('Failed to fetch')), copy);
    });
    await settle();
    expect(shown()[0]).toMatchObject({ type: 'error', error: { kind: 'network', status: 0 } });
    expect(container.textContent).not.toMatch(/Error: (Type)?Error|Failed to fetch/);
  });

  it('decodes a rejected value that is not an error into the unknown kind without throwing', async () => {
    for (const value of ['nope', 42, undefined, { weird: true }]) {
      notify.promise(Promise.reject(value), copy, { id: `p-${String(value)}` });
    }
    await settle();
    expect(shown().map((toast) => toast.error?.kind)).toEqual(['unknown', 'unknown', 'unknown']);
    expect(queue.getSnapshot().queued).toBe(1);
  });

  it('keeps a failed promise toast with Try again open however long it stays', async () => {
    notify.promise(() => Promise.reject(errors.server()), copy);
    await settle();
    vi.advanceTimersByTime(60 * 60 * 1000);
    expect(shown()).toHaveLength(1);
    expect(shown()[0]?.retry).toBeTypeOf('function');
  });

  it('runs the function again on Try again and shows loading, then the outcome, in one toast', async () => {
    render(<Toaster queue={queue} />);
    const work = vi.fn().mockRejectedValueOnce(errors.unavailable()).mockResolvedValueOnce('ok');
    await act(async () => {
      notify.promise(work, copy);
    });
    await settle();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(shown()).toMatchObject([{ type: 'info', message: 'Saving camera…' }]);
    await settle();
    expect(work).toHaveBeenCalledTimes(2);
    expect(shown()).toMatchObject([{ type: 'success', message: 'Camera saved' }]);
  });

  it('decodes a rejected response-like value with the decoder it is given, on Try again too, in the toast of its id', async () => {
    render(<Toaster queue={queue} />);
    const slowDown = {
      status: 429,
      headers: { 'retry-after': '30' },
      body: { code: 'slow_down', message: 'Slow down: 10 saves a minute.' },
    };
    const work = vi.fn(() => Promise.reject(slowDown));
    await act(async () => {
      notify.promise(work, copy, { id: 'save-camera', decoder: defaultDecoder() });
    });
    await settle();
    expect(shown()).toMatchObject([
      { id: 'save-camera', message: 'Slow down: 10 saves a minute.', error: { kind: 'rate_limited' } },
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await settle();
    expect(work).toHaveBeenCalledTimes(2);
    expect(shown()).toMatchObject([
      { id: 'save-camera', message: 'Slow down: 10 saves a minute.', error: { kind: 'rate_limited' } },
    ]);
    notify.dismiss('save-camera');
    expect(shown()).toEqual([]);
  });

  it('heads a rejection with the words a function gives for the decoded error', async () => {
    render(<Toaster queue={queue} />);
    await act(async () => {
      notify.promise(Promise.reject(errors.forbidden()), {
        ...copy,
        error: (error) => `Could not save the camera (${error.status})`,
      });
    });
    await settle();
    expect(screen.getByText('Could not save the camera (403)')).toBeInTheDocument();
    expect(screen.getByText('The viewer role cannot invite team members.')).toBeInTheDocument();
  });

  it('heads a rejection with the kind’s own title when no error words are given', async () => {
    const { container } = render(<Toaster queue={queue} />);
    await act(async () => {
      notify.promise(Promise.reject(errors.forbidden()), { loading: copy.loading, success: copy.success });
    });
    await settle();
    expect(shown()[0]?.title).toBeUndefined();
    expect(screen.getByText('The viewer role cannot invite team members.')).toBeInTheDocument();
    expect(container.textContent).not.toContain('undefined');
  });

  it('treats a function that throws before returning a promise as a rejection', async () => {
    notify.promise(() => {
      throw new TypeError('Failed to fetch');
    }, copy);
    await settle();
    expect(shown()[0]).toMatchObject({ type: 'error', error: { kind: 'network' } });
  });

  it('has no Try again when there is nothing to run again', async () => {
    notify.promise(Promise.reject(errors.server()), copy);
    await settle();
    expect(shown()[0]?.retry).toBeUndefined();
  });
});
