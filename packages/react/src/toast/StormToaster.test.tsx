import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { TEST_NOW } from '../test-utils/errors.js';
import { cameraFailure } from '../test-utils/storm.js';
import { stormControl } from './stormControl.js';
import { Toaster } from './Toaster.js';
import { createToastQueue, type ToastQueue } from './ToastQueue.js';
import { createToast, type ErrorToastOptions } from './toast.js';

let queue: ToastQueue;
let notify: ReturnType<typeof createToast>;

const failure = (n: number, options: ErrorToastOptions = {}) => cameraFailure(notify, n, options);
const storm = (n: number, options: ErrorToastOptions = {}) =>
  act(() => {
    for (let i = 0; i < n; i++) failure(i, options);
  });
const toasts = () => document.querySelectorAll('.fl-toast');

// Opens a summary's disclosure as a click on its summary line does; the browser says so with a
// toggle event a task later.
async function openFailures(within: HTMLElement = document.body) {
  fireEvent.click(within.querySelector('summary') as HTMLElement);
  await act(() => vi.advanceTimersByTimeAsync(0));
}

function setHidden(hidden: boolean) {
  vi.spyOn(document, 'hidden', 'get').mockReturnValue(hidden);
  act(() => {
    document.dispatchEvent(new Event('visibilitychange'));
  });
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
  queue = createToastQueue();
  notify = createToast(queue);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
});

describe('Toaster in a storm', () => {
  it('shows 40 failures as two toasts and one summary with a list of the rest', async () => {
    render(<Toaster queue={queue} storms={stormControl()} />);
    storm(40);
    expect(toasts()).toHaveLength(3);
    const summary = screen.getByText('38 requests failed').closest('li') as HTMLElement;
    expect(within(summary).getByText('Show what failed').tagName).toBe('SUMMARY');
    await openFailures(summary);
    const items = within(within(summary).getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(38);
    expect(items[0]).toHaveTextContent('Service unavailable — Camera 2 is unreachable.');
    expect(items[0]?.querySelector('time')).toHaveAttribute('datetime', new Date(TEST_NOW).toISOString());
  });

  it('announces the summary once, however many failures join it', () => {
    render(<Toaster queue={queue} storms={stormControl()} />);
    storm(5);
    const alert = screen.getByRole('alert');
    const said = () => [...alert.children].filter((p) => p.textContent?.includes('requests failed'));
    expect(said()).toHaveLength(1);
    expect(said()[0]).toHaveTextContent('Error: 3 requests failed.');
    act(() => {
      for (let i = 100; i < 110; i++) failure(i);
    });
    expect(screen.getByText('13 requests failed')).toBeInTheDocument();
    expect(said()).toHaveLength(1);
    expect(said()[0]).toHaveTextContent('Error: 3 requests failed.');
  });

  it('retries every failure once with Retry all, reached by keyboard', () => {
    const onRetry = vi.fn();
    render(<Toaster queue={queue} storms={stormControl()} />);
    storm(6, { onRetry });
    const retryAll = screen.getByRole('button', { name: 'Retry all' });
    retryAll.focus();
    expect(retryAll).toHaveFocus();
    fireEvent.click(retryAll);
    expect(onRetry).toHaveBeenCalledTimes(4);
    expect(screen.queryByText(/requests failed/)).toBeNull();
  });

  it('keeps the summary with Retry all past any timer', () => {
    render(<Toaster queue={queue} storms={stormControl()} />);
    storm(6, { onRetry: () => {} });
    act(() => {
      vi.advanceTimersByTime(60 * 60 * 1000);
    });
    expect(screen.getByText('4 requests failed')).toBeInTheDocument();
  });

  it('follows a burst threshold given to the Toaster', () => {
    render(<Toaster queue={queue} storms={stormControl({ burst: 10 })} />);
    storm(6);
    expect(screen.queryByText(/requests failed/)).toBeNull();
  });

  it('takes its words from the provider', () => {
    render(
      <FaultlineProvider
        messages={{
          requestsFailed: (n) => `${n} Anfragen fehlgeschlagen`,
          showFailures: 'Details',
          retryAll: 'Alle wiederholen',
        }}
      >
        <Toaster queue={queue} storms={stormControl()} />
      </FaultlineProvider>,
    );
    storm(6, { onRetry: () => {} });
    expect(screen.getByText('4 Anfragen fehlgeschlagen')).toBeInTheDocument();
    expect(screen.getByText('Details')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Alle wiederholen' })).toBeInTheDocument();
  });

  it('has no accessibility violations with a summary open', async () => {
    const { container } = render(<Toaster queue={queue} storms={stormControl()} />);
    storm(8, { onRetry: () => {} });
    await openFailures();
    expect(container.ownerDocument.querySelectorAll('.fl-toast details li')).toHaveLength(6);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
  });
});

describe('Toaster without storms', () => {
  it('queues a burst of failures as they come, with no summary, and shows no offline status', () => {
    const { container } = render(<Toaster queue={queue} />);
    storm(6);
    expect(toasts()).toHaveLength(3);
    expect(screen.queryByText(/requests failed/)).toBeNull();
    expect(screen.getByText('+3 more')).toBeInTheDocument();
    act(() => queue.setOnline(false));
    act(() => {
      notify.error(new TypeError('Failed to fetch'));
    });
    expect(container.querySelector('.fl-offline')).toBeNull();
    expect(toasts()).toHaveLength(3);
  });

  it('keeps its storm state across renders that pass a new stormControl() with other options', () => {
    const { rerender } = render(<Toaster queue={queue} storms={stormControl()} />);
    storm(6);
    expect(screen.getByText('4 requests failed')).toBeInTheDocument();
    rerender(<Toaster queue={queue} storms={stormControl({ burst: 5 })} />);
    act(() => {
      for (let i = 6; i < 8; i++) failure(i);
    });
    expect(screen.getByText('6 requests failed')).toBeInTheDocument();
  });
});

describe('toasts raised before the Toaster mounts', () => {
  it("are judged under the first Toaster's cap: four failures at start-up under a cap of five are four toasts", () => {
    storm(4);
    render(<Toaster queue={queue} max={5} storms={stormControl()} />);
    expect(toasts()).toHaveLength(4);
    expect(screen.queryByText(/requests failed/)).toBeNull();
  });

  it("are summed up under the first Toaster's cap when they were a burst", () => {
    storm(6);
    render(<Toaster queue={queue} max={2} storms={stormControl()} />);
    expect(toasts()).toHaveLength(2);
    expect(screen.getByText('5 requests failed')).toBeInTheDocument();
  });

  it('are not a burst when they came further apart than its window', () => {
    for (let i = 0; i < 4; i++) {
      failure(i, { onRetry: () => {} });
      act(() => {
        vi.advanceTimersByTime(1000);
      });
    }
    render(<Toaster queue={queue} storms={stormControl({ burstWindow: 500 })} />);
    expect(toasts()).toHaveLength(3);
    expect(screen.queryByText(/requests failed/)).toBeNull();
    expect(screen.getByText('+1 more')).toBeInTheDocument();
  });

  it('keep how many times an equal failure happened', () => {
    act(() => {
      for (let i = 0; i < 3; i++) failure(1);
    });
    render(<Toaster queue={queue} storms={stormControl()} />);
    expect(screen.getByText('3 times')).toBeInTheDocument();
  });

  it('join the offline status when the browser is offline as the Toaster mounts', () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    const onRetry = vi.fn();
    act(() => {
      notify.error(new TypeError('Failed to fetch'), { request: 'a', onRetry });
      notify.error(new TypeError('Failed to fetch'), { request: 'b', onRetry });
    });
    const { container } = render(<Toaster queue={queue} storms={stormControl()} />);
    expect(toasts()).toHaveLength(0);
    expect(container.querySelector('.fl-offline')).toHaveTextContent('2 waiting to send');
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(onRetry).toHaveBeenCalledTimes(2);
  });
});

describe('Toaster offline', () => {
  it('shows one polite status, announced once, and a short note when the network is back', () => {
    const { container } = render(
      <FaultlineProvider messages={{ backOnline: 'Wieder online' }}>
        <Toaster queue={queue} storms={stormControl()} />
      </FaultlineProvider>,
    );
    act(() => queue.setOnline(false));
    act(() => {
      for (let i = 0; i < 10; i++) notify.error(new TypeError('Failed to fetch'), { request: `${i}` });
    });
    expect(toasts()).toHaveLength(0);
    const status = container.querySelector('.fl-offline');
    expect(status).toHaveAttribute('role', 'status');
    expect(status).toHaveTextContent('You are offline — we will try again when you are back');
    const polite = screen
      .getAllByRole('status')
      .find((node) => node.classList.contains('fl-visually-hidden'));
    expect(polite?.textContent).toBe('You are offline — we will try again when you are back');
    act(() => queue.setOnline(true));
    expect(container.querySelector('.fl-offline')).toBeNull();
    expect(screen.getByText('Wieder online')).toBeInTheDocument();
  });

  it('offers Try now when requests failed in a row while the browser says it is online', () => {
    const onRetry = vi.fn();
    render(<Toaster queue={queue} storms={stormControl()} />);
    act(() => {
      for (let i = 0; i < 3; i++)
        notify.error(new TypeError('Failed to fetch'), { request: `${i}`, onRetry });
    });
    expect(screen.getByText('3 waiting to send')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Try now' }));
    expect(onRetry).toHaveBeenCalledTimes(3);
  });

  it("follows the browser's online and offline events", () => {
    const { container } = render(<Toaster queue={queue} storms={stormControl()} />);
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(container.querySelector('.fl-offline')).not.toBeNull();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(container.querySelector('.fl-offline')).toBeNull();
  });
});

describe('Toaster and a hidden tab', () => {
  it('sums up background failures on return and drops the recovered ones', async () => {
    render(<Toaster queue={queue} storms={stormControl()} />);
    setHidden(true);
    act(() => {
      failure(1, { id: 'query:1', background: true });
      failure(2, { id: 'query:2', background: true });
      failure(3, { id: 'query:3', background: true });
    });
    expect(toasts()).toHaveLength(0);
    act(() => queue.dismiss('query:2'));
    setHidden(false);
    expect(toasts()).toHaveLength(1);
    expect(screen.getByText('While you were away: 3 refreshes failed; 1 has recovered')).toBeInTheDocument();
    await openFailures();
    const list = document.querySelector('.fl-toast details ul') as HTMLElement;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      expect.stringContaining('Camera 1 is unreachable.'),
      expect.stringContaining('Camera 3 is unreachable.'),
    ]);
  });

  it("shows the failure of a user's own action while hidden as it comes", () => {
    render(<Toaster queue={queue} storms={stormControl()} />);
    setHidden(true);
    act(() => {
      failure(1);
    });
    expect(toasts()).toHaveLength(1);
  });
});
