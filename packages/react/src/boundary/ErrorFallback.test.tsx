import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider, type FaultlineProviderProps } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, makeError, TEST_NOW, XSS_PAYLOADS } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { ErrorFallback } from './ErrorFallback.js';

function renderFallback(ui: ReactNode, props: Omit<FaultlineProviderProps, 'children'> = {}) {
  return render(
    <FaultlineProvider now={() => TEST_NOW} {...props}>
      {ui}
    </FaultlineProvider>,
  );
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ErrorFallback', () => {
  it('titles the failure with a level-2 heading by default', () => {
    renderFallback(<ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} />);
    expect(screen.getByRole('heading', { level: 2, name: 'You do not have access' })).toBeInTheDocument();
  });

  it('uses the heading level it is given', () => {
    renderFallback(
      <ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} headingLevel={3} />,
    );
    expect(screen.getByRole('heading', { level: 3 })).toBeInTheDocument();
  });

  it('announces the failure as an alert', () => {
    renderFallback(<ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} />);
    expect(screen.getByRole('alert')).toHaveTextContent('You do not have access');
  });

  it('can stay quiet when something else already announced the failure', () => {
    renderFallback(<ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} live={false} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('offers "Try again" for every kind, calling resetErrorBoundary', async () => {
    const user = userEvent.setup();
    for (const error of [errors.forbidden(), errors.unauthenticated(), errors.server()]) {
      const reset = vi.fn();
      const { unmount } = renderFallback(<ErrorFallback error={error} resetErrorBoundary={reset} />);
      await user.click(screen.getByRole('button', { name: 'Try again' }));
      expect(reset).toHaveBeenCalledOnce();
      unmount();
    }
  });

  it('offers "Go back", not "Try again", for what is not there, going back in the history', async () => {
    const user = userEvent.setup();
    const back = vi.spyOn(history, 'back').mockImplementation(() => {});
    const reset = vi.fn();
    renderFallback(<ErrorFallback error={errors.notFound()} resetErrorBoundary={reset} />);
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Go back' }));
    expect(back).toHaveBeenCalledOnce();
    expect(reset).not.toHaveBeenCalled();
  });

  it('goes back where the provider says, when it says', () => {
    renderFallback(<ErrorFallback error={errors.notFound()} resetErrorBoundary={() => {}} />, {
      actions: { goBack: '/agents' },
    });
    expect(screen.getByRole('link', { name: 'Go back' })).toHaveAttribute('href', '/agents');
  });

  it('shows the kind’s own step before "Try again"', () => {
    renderFallback(<ErrorFallback error={errors.unauthenticated()} resetErrorBoundary={() => {}} />, {
      actions: { signIn: '/login' },
    });
    const controls = screen.getAllByRole('link').concat(screen.getAllByRole('button'));
    expect(controls.map((control) => control.textContent)).toEqual(['Sign in again', 'Try again']);
  });

  it('lets "Try again" wait out a rate limit', async () => {
    vi.useFakeTimers({ now: TEST_NOW });
    const reset = vi.fn();
    renderFallback(<ErrorFallback error={errors.rateLimited(3)} resetErrorBoundary={reset} />, {
      now: () => Date.now(),
    });
    const button = screen.getByRole('button', { name: 'Try again in 3 seconds' });
    act(() => button.click());
    expect(reset).not.toHaveBeenCalled();
    await act(() => vi.advanceTimersByTimeAsync(3000));
    act(() => button.click());
    expect(reset).toHaveBeenCalledOnce();
  });

  it('moves focus to its heading when it appears and focus was lost', () => {
    renderFallback(<ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} />);
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toHaveFocus();
  });

  it('shows server text as text, never as markup', () => {
    for (const payload of XSS_PAYLOADS) {
      const error = makeError(502, { error: { code: payload, message: payload, request_id: payload } });
      const { container, unmount } = renderFallback(
        <ErrorFallback error={error} resetErrorBoundary={() => {}} />,
      );
      expect(container.querySelector('img, script, svg, iframe')).toBeNull();
      expect(screen.getByRole('alert')).toHaveTextContent(payload);
      unmount();
    }
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('has no accessibility violations', async () => {
    const { container } = renderFallback(
      <ErrorFallback error={errors.server()} resetErrorBoundary={() => {}} />,
      {
        support: { email: 'help@example.test' },
      },
    );
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(<ErrorFallback error={errors.forbidden()} resetErrorBoundary={() => {}} />);
    expect(html).toContain('role="alert"');
    expect(html).toContain('You do not have access');
  });
});

describe('ErrorFallback rendered on the server', () => {
  it('hydrates with support details and a countdown in a browser elsewhere, seconds later', async () => {
    for (const error of [errors.server(), errors.rateLimited(30), errors.forbidden()]) {
      const { container, root } = await expectHydration(
        <FaultlineProvider support={{ email: 'help@example.test' }} actions={{ requestAccess: '/access' }}>
          <ErrorFallback error={error} resetErrorBoundary={() => {}} />
        </FaultlineProvider>,
      );
      expect(container.querySelector('[role="alert"]')).toHaveTextContent(error.message);
      act(() => root.unmount());
    }
  });
});
