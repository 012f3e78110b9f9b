import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, StrictMode, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../notice/index.js';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { toast } from '../toast/index.js';
import { FaultlineProvider } from './FaultlineProvider.js';

const polite = () => document.querySelector('[data-fl-announcer="polite"]');
const assertive = () => document.querySelector('[data-fl-announcer="assertive"]');

/** A button that fails with `error` when pressed, showing the failure in a notice. */
function Action({ error, live }: { error: unknown; live?: boolean }): ReactNode {
  const [failed, setFailed] = useState<unknown>(null);
  return (
    <>
      <button type="button" onClick={() => setFailed(error)}>
        Run synthesis
      </button>
      <ErrorNotice error={failed} live={live} />
    </>
  );
}

function renderApp(ui: ReactNode) {
  return render(<FaultlineProvider now={() => TEST_NOW}>{ui}</FaultlineProvider>);
}

describe('ErrorNotice announcements', () => {
  it('says a failure that answers a click through a live region that was there before it', async () => {
    const user = userEvent.setup();
    renderApp(<Action error={errors.server()} />);
    const region = assertive();
    expect(region).toHaveAttribute('aria-live', 'assertive');
    expect(region).toHaveTextContent('');
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(assertive()).toBe(region);
    expect(region).toHaveTextContent('Error: Something went wrong. Unexpected error.');
  });

  it('says waits and validation politely', async () => {
    const user = userEvent.setup();
    renderApp(<Action error={errors.rateLimited(12)} />);
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(polite()?.textContent).toMatch(/^Error: .+Rate limit exceeded/);
    expect(assertive()).toHaveTextContent('');
  });

  it('says nothing of a notice shown when the page loads', () => {
    renderApp(<ErrorNotice error={errors.forbidden()} />);
    expect(screen.getByText('The viewer role cannot invite team members.')).toBeInTheDocument();
    expect(polite()).toHaveTextContent('');
    expect(assertive()).toHaveTextContent('');
  });

  it('says nothing when a toast already said the same failure', async () => {
    const user = userEvent.setup();
    const error = errors.server();
    act(() => void toast.error(error));
    renderApp(<Action error={error} />);
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(assertive()).toHaveTextContent('');
    act(() => toast.dismiss());
  });

  it('says each failure once, under StrictMode too, and a new one again', async () => {
    const user = userEvent.setup();
    const first = errors.server();
    const { rerender } = render(
      <StrictMode>
        <FaultlineProvider>
          <Action error={first} />
        </FaultlineProvider>
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(assertive()?.children).toHaveLength(1);
    const said = assertive()?.firstElementChild;
    rerender(
      <StrictMode>
        <FaultlineProvider>
          <Action error={first} />
        </FaultlineProvider>
      </StrictMode>,
    );
    expect(assertive()?.firstElementChild).toBe(said);
    rerender(
      <StrictMode>
        <FaultlineProvider>
          <Action error={errors.server()} />
        </FaultlineProvider>
      </StrictMode>,
    );
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(assertive()?.firstElementChild).not.toBe(said);
    expect(assertive()).toHaveTextContent('Unexpected error.');
  });

  it('leaves it to the notice itself with `live`, and to nobody with `live={false}`', async () => {
    const user = userEvent.setup();
    const { unmount } = renderApp(<Action error={errors.server()} live />);
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Unexpected error.');
    expect(assertive()).toHaveTextContent('');
    unmount();
    renderApp(<Action error={errors.server()} live={false} />);
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(assertive()).toHaveTextContent('');
  });

  it('speaks through the outermost provider’s regions when providers nest', async () => {
    const user = userEvent.setup();
    render(
      <FaultlineProvider>
        <FaultlineProvider messages={{ title: { server: 'Synthesis failed' } }}>
          <Action error={errors.server()} />
        </FaultlineProvider>
      </FaultlineProvider>,
    );
    expect(document.querySelectorAll('[data-fl-announcer]')).toHaveLength(2);
    await user.click(screen.getByRole('button', { name: 'Run synthesis' }));
    expect(assertive()).toHaveTextContent('Error: Synthesis failed. Unexpected error.');
  });
});
