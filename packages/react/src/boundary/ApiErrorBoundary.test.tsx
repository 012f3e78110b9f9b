import { type ApiError, defaultDecoder } from '@faultline/core';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type ReactNode, useState } from 'react';
import { renderToString } from 'react-dom/server';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, TEST_NOW } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { ApiErrorBoundary, type ApiErrorBoundaryProps } from './ApiErrorBoundary.js';

function Throws({ error }: { error: unknown }): ReactNode {
  throw error;
}

function Harness({
  initial,
  ...props
}: Omit<ApiErrorBoundaryProps, 'children'> & { initial: unknown }): ReactNode {
  const [thrown, setThrown] = useState<unknown>(initial);
  return (
    <FaultlineProvider now={() => TEST_NOW} decoder={defaultDecoder()}>
      <button type="button" onClick={() => setThrown(errors.forbidden())}>
        Break
      </button>
      <ApiErrorBoundary
        {...props}
        onReset={(details) => {
          setThrown(undefined);
          props.onReset?.(details);
        }}
      >
        {thrown === undefined ? <button type="button">Invite member</button> : <Throws error={thrown} />}
      </ApiErrorBoundary>
    </FaultlineProvider>
  );
}

function Fallback({ resetErrorBoundary }: { resetErrorBoundary: (...args: unknown[]) => void }) {
  return (
    <button type="button" onClick={() => resetErrorBoundary('retry-button')}>
      Reload panel
    </button>
  );
}

function Flaky() {
  const [broken, setBroken] = useState(false);
  if (broken) throw errors.forbidden();
  return (
    <button type="button" onClick={() => setBroken(true)}>
      Save
    </button>
  );
}

beforeEach(() => {
  // React reports every caught error on the console; the tests assert on what users see instead.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});

describe('ApiErrorBoundary', () => {
  it('renders its children while nothing fails', () => {
    render(<Harness initial={undefined} />);
    expect(screen.getByRole('button', { name: 'Invite member' })).toBeInTheDocument();
  });

  it('catches what its children throw and shows the fallback as an alert under a heading', () => {
    render(<Harness initial={errors.server()} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Unexpected error.');
  });

  it.each([
    ['unauthenticated', errors.unauthenticated, 'You are signed out'],
    ['forbidden', errors.forbidden, 'You do not have access'],
    ['payment_required', errors.paymentRequired, 'Your plan has run out'],
    ['gone', errors.gone, 'This has moved'],
    ['rate_limited', () => errors.rateLimited(12), 'Too many requests'],
    ['network', errors.network, 'You are offline'],
  ])('shows the fallback for %s', (_kind, make, title) => {
    render(<Harness initial={make()} />);
    expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
  });

  it('decodes what is thrown with the provider’s decoder', () => {
    render(
      <Harness initial={{ status: 403, body: { error: { code: 'forbidden', message: 'Admins only.' } } }} />,
    );
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
    expect(screen.getByText('Admins only.')).toBeInTheDocument();
  });

  it('reads what is thrown from its status when the provider has no decoder', () => {
    const thrown = { status: 403, body: { error: { code: 'forbidden', message: 'Admins only.' } } };
    render(
      <FaultlineProvider>
        <ApiErrorBoundary>
          <Throws error={thrown} />
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
    expect(screen.queryByText('Admins only.')).not.toBeInTheDocument();
  });

  it('resets when "Try again" is pressed, calling onReset first', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<Harness initial={errors.server()} onReset={onReset} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: [] });
    expect(screen.getByRole('button', { name: 'Invite member' })).toBeInTheDocument();
  });

  it('resets when a reset key changes', () => {
    const onReset = vi.fn();
    const { rerender } = render(
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={['/team']} onReset={onReset}>
          <Throws error={errors.forbidden()} />
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    rerender(
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={['/billing']} onReset={onReset}>
          <p>Billing</p>
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    expect(onReset).toHaveBeenCalledWith({ reason: 'keys', prev: ['/team'], next: ['/billing'] });
    expect(screen.getByText('Billing')).toBeInTheDocument();
  });

  it('stays on the fallback when it re-renders with equal reset keys', () => {
    const onReset = vi.fn();
    const ui = (keys: unknown[]) => (
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={keys} onReset={onReset}>
          <Throws error={errors.forbidden()} />
        </ApiErrorBoundary>
      </FaultlineProvider>
    );
    const { rerender } = render(ui(['/team', Number.NaN]));
    rerender(ui(['/team', Number.NaN]));
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
  });

  it('does not undo a catch when the keys changed in the same update that threw', () => {
    const onReset = vi.fn();
    const { rerender } = render(
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={[1]} onReset={onReset}>
          <p>Fine</p>
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    rerender(
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={[2]} onReset={onReset}>
          <Throws error={errors.forbidden()} />
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    expect(onReset).not.toHaveBeenCalled();
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
  });

  it('reports each caught error once to onError, decoded', () => {
    const onError = vi.fn();
    render(<Harness initial={errors.server()} onError={onError} />);
    expect(onError).toHaveBeenCalledOnce();
    const [error, info] = onError.mock.calls[0] as [ApiError, { componentStack?: string }];
    expect(error.kind).toBe('server');
    expect(info.componentStack).toContain('Throws');
  });

  it('renders fallbackRender before FallbackComponent before fallback', () => {
    const error = errors.forbidden();
    const { rerender } = render(
      <ApiErrorBoundary
        fallbackRender={({ error: caught }) => <p>render: {caught.kind}</p>}
        FallbackComponent={({ error: caught }) => <p>component: {caught.kind}</p>}
        fallback={<p>element</p>}
      >
        <Throws error={error} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('render: forbidden')).toBeInTheDocument();
    rerender(
      <ApiErrorBoundary
        key="component"
        FallbackComponent={({ error: caught }) => <p>component: {caught.kind}</p>}
        fallback={<p>element</p>}
      >
        <Throws error={error} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('component: forbidden')).toBeInTheDocument();
    rerender(
      <ApiErrorBoundary key="element" fallback={<p>element</p>}>
        <Throws error={error} />
      </ApiErrorBoundary>,
    );
    expect(screen.getByText('element')).toBeInTheDocument();
  });

  it('gives custom fallbacks a working reset', async () => {
    const user = userEvent.setup();
    const onReset = vi.fn();
    render(<Harness initial={errors.server()} FallbackComponent={Fallback} onReset={onReset} />);
    await user.click(screen.getByRole('button', { name: 'Reload panel' }));
    expect(onReset).toHaveBeenCalledWith({ reason: 'imperative-api', args: ['retry-button'] });
    expect(screen.getByRole('button', { name: 'Invite member' })).toBeInTheDocument();
  });

  it('moves focus to the fallback’s heading when the focused content failed', async () => {
    const user = userEvent.setup();
    render(
      <ApiErrorBoundary>
        <Flaky />
      </ApiErrorBoundary>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toHaveFocus();
  });

  it('leaves focus outside the boundary where it is', async () => {
    const user = userEvent.setup();
    render(<Harness initial={undefined} />);
    await user.click(screen.getByRole('button', { name: 'Break' }));
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Break' })).toHaveFocus();
  });

  it('moves focus into the content again after "Try again"', async () => {
    const user = userEvent.setup();
    render(<Harness initial={errors.server()} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('button', { name: 'Invite member' })).toHaveFocus();
  });

  it('has no accessibility violations while showing the fallback', async () => {
    const { container } = render(<Harness initial={errors.server()} />);
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <ApiErrorBoundary>
        <p>Team members</p>
      </ApiErrorBoundary>,
    );
    expect(html).toContain('Team members');
  });
});

describe('ApiErrorBoundary rendered on the server', () => {
  it('hydrates its children', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider>
        <ApiErrorBoundary resetKeys={['team']}>
          <p>Team members</p>
        </ApiErrorBoundary>
      </FaultlineProvider>,
    );
    expect(container).toHaveTextContent('Team members');
  });
});
