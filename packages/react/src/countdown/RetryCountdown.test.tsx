import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactElement, StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { RetryCountdown } from './RetryCountdown.js';
import { retryTicker } from './RetryTicker.js';

// Reads Date.now at call time, so the fake timers' clock is the one used.
const clock = () => Date.now();

function renderWithClock(ui: ReactElement) {
  return render(<FaultlineProvider now={clock}>{ui}</FaultlineProvider>);
}

const typingUser = () => userEvent.setup({ advanceTimers: vi.advanceTimersByTime });

async function advance(ms: number): Promise<void> {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

describe('RetryCountdown', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(TEST_NOW);
  });

  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  it('shows the time left on a button that is aria-disabled while waiting', () => {
    renderWithClock(<RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />);
    const button = screen.getByRole('button', { name: 'Try again in 12 seconds' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).not.toBeDisabled();
  });

  it('counts down in its label every second', async () => {
    renderWithClock(<RetryCountdown error={errors.rateLimited(90)} onRetry={() => {}} />);
    expect(screen.getByRole('button')).toHaveTextContent('Try again in 1 minute, 30 seconds');
    await advance(1000);
    expect(screen.getByRole('button')).toHaveTextContent('Try again in 1 minute, 29 seconds');
  });

  it('ignores clicks and Enter while waiting, and keeps keyboard focus on the button', async () => {
    const user = typingUser();
    const onRetry = vi.fn();
    renderWithClock(<RetryCountdown error={errors.rateLimited(12)} onRetry={onRetry} />);
    await user.tab();
    const button = screen.getByRole('button');
    expect(button).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(button);
    expect(onRetry).not.toHaveBeenCalled();
    expect(button).toHaveFocus();
  });

  it('becomes a plain Try again button when the wait is over', async () => {
    const user = typingUser();
    const onRetry = vi.fn();
    renderWithClock(<RetryCountdown error={errors.rateLimited(3)} onRetry={onRetry} />);
    await advance(3000);
    const button = screen.getByRole('button', { name: 'Try again' });
    expect(button).not.toHaveAttribute('aria-disabled');
    await user.click(button);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('exposes its state as data-state', async () => {
    const { container } = renderWithClock(
      <RetryCountdown error={errors.rateLimited(1)} onRetry={() => {}} />,
    );
    const root = container.querySelector('.fl-retry');
    expect(root).toHaveAttribute('data-state', 'waiting');
    await advance(1000);
    expect(root).toHaveAttribute('data-state', 'ready');
  });

  it('announces the wait once when it starts and once when it ends, never in between', async () => {
    renderWithClock(<RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />);
    const status = screen.getByRole('status');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    expect(status).toHaveTextContent('You can try again in 12 seconds.');
    for (let i = 0; i < 15; i += 1) await advance(1000);
    observer.disconnect();
    expect(heard).toEqual(['You can try again now.']);
  });

  it('announces a new wait when a new error arrives', async () => {
    const { rerender } = renderWithClock(<RetryCountdown error={errors.rateLimited(2)} onRetry={() => {}} />);
    await advance(2000);
    expect(screen.getByRole('status')).toHaveTextContent('You can try again now.');
    rerender(
      <FaultlineProvider now={clock}>
        <RetryCountdown retryAt={Date.now() + 30_000} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    await advance(0);
    expect(screen.getByRole('status')).toHaveTextContent('You can try again in 30 seconds.');
  });

  it('announces nothing when there is nothing to wait for', () => {
    renderWithClock(<RetryCountdown error={errors.server()} onRetry={() => {}} />);
    expect(screen.getByRole('status')).toHaveTextContent('');
    expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveAttribute('aria-disabled');
  });

  it('retries by itself once when autoRetry is on', async () => {
    const onRetry = vi.fn();
    const { rerender } = renderWithClock(
      <RetryCountdown error={errors.rateLimited(2)} onRetry={onRetry} autoRetry />,
    );
    await advance(1000);
    expect(onRetry).not.toHaveBeenCalled();
    await advance(1000);
    expect(onRetry).toHaveBeenCalledTimes(1);
    rerender(
      <FaultlineProvider now={clock}>
        <RetryCountdown error={errors.rateLimited(2)} onRetry={() => onRetry()} autoRetry />
      </FaultlineProvider>,
    );
    await advance(5000);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('announces and retries once each under StrictMode', async () => {
    const onRetry = vi.fn();
    render(
      <StrictMode>
        <FaultlineProvider now={clock}>
          <RetryCountdown error={errors.rateLimited(2)} onRetry={onRetry} autoRetry />
        </FaultlineProvider>
      </StrictMode>,
    );
    const status = screen.getByRole('status');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    await advance(3000);
    observer.disconnect();
    expect(heard).toEqual(['You can try again now.']);
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('does not retry by itself without autoRetry', async () => {
    const onRetry = vi.fn();
    renderWithClock(<RetryCountdown error={errors.rateLimited(2)} onRetry={onRetry} />);
    await advance(5000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('does not retry by itself when mounted with nothing to wait for', async () => {
    const onRetry = vi.fn();
    renderWithClock(<RetryCountdown retryAt={TEST_NOW - 1000} onRetry={onRetry} autoRetry />);
    await advance(3000);
    expect(onRetry).not.toHaveBeenCalled();
  });

  it('prefers retryAt over the error', () => {
    renderWithClock(
      <RetryCountdown error={errors.rateLimited(12)} retryAt={TEST_NOW + 5000} onRetry={() => {}} />,
    );
    expect(screen.getByRole('button', { name: 'Try again in 5 seconds' })).toBeInTheDocument();
  });

  it('shows the wait as text when there is no onRetry', async () => {
    renderWithClock(<RetryCountdown error={errors.rateLimited(2)} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.getByText('Try again in 2 seconds')).toBeInTheDocument();
    await advance(2000);
    expect(screen.getAllByText('You can try again now.')).toHaveLength(2);
  });

  it('uses the copy and locale of the provider', () => {
    render(
      <FaultlineProvider
        now={clock}
        locale="de"
        messages={{ retryIn: (d) => `Erneut in ${d}`, waitStarted: (d) => `Warten: ${d}` }}
      >
        <RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(screen.getByRole('button', { name: 'Erneut in 12 Sekunden' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Warten: 12 Sekunden');
  });

  it('stops the shared ticker when unmounted', () => {
    const { unmount } = renderWithClock(<RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />);
    expect(retryTicker.running).toBe(true);
    unmount();
    expect(retryTicker.running).toBe(false);
  });

  it('renders on the server with the count and an empty live region', () => {
    const html = renderToString(
      <FaultlineProvider now={clock}>
        <RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(html).toContain('Try again in 12 seconds');
    expect(html).toContain('aria-disabled="true"');
    expect(html).toMatch(/<span role="status"[^>]*><\/span>/);
  });
});

describe('RetryCountdown rendered on the server', () => {
  // The server renders a second after the error arrived; the browser hydrates 3.5 s after that.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW + 1000 });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('hydrates the whole wait of an error, then counts with the browser clock', async () => {
    const { html, container } = await expectHydration(
      <FaultlineProvider now={clock}>
        <RetryCountdown error={errors.rateLimited(12)} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(html).toContain('Try again in 12 seconds');
    expect(container.querySelector('button')).toHaveTextContent('Try again in 8 seconds');
    expect(container.querySelector('[role="status"]')).toHaveTextContent('8 seconds');
  });

  it('hydrates a wait for a bare instant without a number, then counts with the browser clock', async () => {
    const onRetry = vi.fn();
    const { html, container } = await expectHydration(
      <FaultlineProvider now={clock}>
        <RetryCountdown retryAt={TEST_NOW + 12_000} onRetry={onRetry} />
      </FaultlineProvider>,
    );
    expect(html).toMatch(/<button[^>]*aria-disabled="true"[^>]*>Try again<\/button>/);
    const button = container.querySelector('button');
    expect(button).toHaveTextContent('Try again in 8 seconds');
    expect(button).toHaveAttribute('aria-disabled', 'true');
  });

  it('hydrates a wait that is over as ready', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider now={clock}>
        <RetryCountdown retryAt={TEST_NOW - 1000} />
      </FaultlineProvider>,
    );
    expect(container.querySelector('.fl-retry')).toHaveAttribute('data-state', 'ready');
  });
});

describe('RetryCountdown accessibility', () => {
  it('has no axe violations while waiting and when ready', async () => {
    const { container, rerender } = render(
      <RetryCountdown retryAt={Date.now() + 60_000} onRetry={() => {}} />,
    );
    await expectNoAxeViolations(container);
    rerender(<RetryCountdown retryAt={Date.now() - 1} onRetry={() => {}} />);
    await expectNoAxeViolations(container);
  });
});
