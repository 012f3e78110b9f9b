import { ApiError, type ApiErrorInit, defaultDecoder } from '@faultline/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider, type FaultlineProviderProps } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, makeError, TEST_NOW, XSS_PAYLOADS } from '../test-utils/errors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { ErrorNotice } from './ErrorNotice.js';

function renderNotice(ui: ReactNode, props: Omit<FaultlineProviderProps, 'children'> = {}) {
  return render(
    <FaultlineProvider now={() => TEST_NOW} {...props}>
      {ui}
    </FaultlineProvider>,
  );
}

function custom(init: Partial<ApiErrorInit>): ApiError {
  return new ApiError({
    status: 400,
    code: 'bad_request',
    kind: 'bad_request',
    message: 'The filter is not valid.',
    retryable: false,
    format: 'custom',
    ...init,
  });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ErrorNotice', () => {
  it('shows the title for the kind and the server’s message', () => {
    const { container } = renderNotice(<ErrorNotice error={errors.forbidden()} />);
    expect(screen.getByText('You do not have access')).toBeInTheDocument();
    expect(screen.getByText('The viewer role cannot invite team members.')).toBeInTheDocument();
    expect(container.firstElementChild).toHaveAttribute('data-kind', 'forbidden');
  });

  it('shows the configured text for the kind when the server sent no message', () => {
    renderNotice(<ErrorNotice error={errors.network()} />, {
      messages: { description: { network: 'Keine Verbindung. Prüfen Sie Ihr Netzwerk.' } },
    });
    expect(screen.getByText('Keine Verbindung. Prüfen Sie Ihr Netzwerk.')).toBeInTheDocument();
  });

  it('decodes anything thrown with the provider’s decoder', () => {
    renderNotice(<ErrorNotice error={new TypeError('Failed to fetch')} />);
    expect(screen.getByText('You are offline')).toBeInTheDocument();
  });

  it('renders nothing without an error', () => {
    const { container } = renderNotice(<ErrorNotice error={undefined} />);
    // Only the provider's (empty) live regions are there.
    expect(container).toHaveTextContent('');
    expect(container.querySelectorAll(':scope > :not([data-fl-announcer])')).toHaveLength(0);
  });

  it('makes the title a heading of the given level', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'You do not have access' })).toBeInTheDocument();
  });

  it('keeps the title out of the heading outline without a heading level', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('announces the title and message as an alert when live', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} live />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('You do not have access');
    expect(alert).toHaveTextContent('The viewer role cannot invite team members.');
    expect(within(alert).queryByRole('button')).toBeNull();
  });

  it('is not an alert by default, so a toast of the same failure is not heard twice', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('links to sign in again for a 401 when a sign-in link is configured', () => {
    renderNotice(<ErrorNotice error={errors.unauthenticated()} />, { actions: { signIn: '/login' } });
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/login');
  });

  it('runs the sign-in handler given to the notice for a 401', async () => {
    const user = userEvent.setup();
    const onSignIn = vi.fn();
    renderNotice(<ErrorNotice error={errors.unauthenticated()} onSignIn={onSignIn} />, {
      actions: { signIn: '/login' },
    });
    await user.click(screen.getByRole('button', { name: 'Sign in again' }));
    expect(onSignIn).toHaveBeenCalledOnce();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('offers to ask for access for a 403', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} />, { actions: { requestAccess: '/access' } });
    expect(screen.getByRole('link', { name: 'Ask for access' })).toHaveAttribute('href', '/access');
  });

  it('offers to top up for a 402', async () => {
    const user = userEvent.setup();
    const topUp = vi.fn();
    renderNotice(<ErrorNotice error={errors.paymentRequired()} />, { actions: { topUp } });
    await user.click(screen.getByRole('button', { name: 'Top up' }));
    expect(topUp).toHaveBeenCalledOnce();
  });

  it('shows no action buttons when none is configured', () => {
    renderNotice(<ErrorNotice error={errors.unauthenticated()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('links to the successor of a retired endpoint without sending the page as referrer', () => {
    renderNotice(<ErrorNotice error={errors.gone()} />);
    const link = screen.getByRole('link', { name: 'Go to the new version' });
    expect(link).toHaveAttribute('href', 'https://api.example.test/v1/team/invitations');
    expect(link).toHaveAttribute('rel', 'noreferrer');
  });

  it('shows no successor link unless it is http(s)', () => {
    renderNotice(
      <ErrorNotice
        error={custom({ status: 410, kind: 'gone', successorUrl: 'javascript:window.__xss=1' })}
      />,
    );
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('counts down for a 429 and retries when the wait is over', async () => {
    vi.useFakeTimers({ now: TEST_NOW });
    const onRetry = vi.fn();
    renderNotice(<ErrorNotice error={errors.rateLimited(12)} onRetry={onRetry} />, { now: () => Date.now() });
    const button = screen.getByRole('button', { name: 'Try again in 12 seconds' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    await act(() => vi.advanceTimersByTimeAsync(12_000));
    expect(button).toHaveAccessibleName('Try again');
    act(() => button.click());
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the wait for a 429 even without a retry handler', () => {
    renderNotice(<ErrorNotice error={errors.rateLimited(12)} />);
    expect(screen.getByText('Try again in 12 seconds')).toBeInTheDocument();
  });

  it('lists the field errors of a validation error in a summary', () => {
    renderNotice(<ErrorNotice error={errors.validation()} />);
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Password must be at least 12 characters.')).toBeInTheDocument();
  });

  it('shows the message of a validation error once, even without field messages', () => {
    const error = makeError(422, {
      error: { code: 'validation_error', message: 'Request body failed validation.' },
    });
    renderNotice(<ErrorNotice error={error} />);
    expect(screen.getAllByText('Request body failed validation.')).toHaveLength(1);
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('heads the field messages of a validation error with the step to take', () => {
    renderNotice(<ErrorNotice error={errors.validation()} headingLevel={2} />);
    const list = screen.getByRole('list');
    expect(list.previousElementSibling).toHaveTextContent('Check what you entered and try again');
    expect(screen.getByRole('heading', { level: 3 })).toHaveTextContent('Check what you entered');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Enter a valid email address.', 'Password must be at least 12 characters.']);
  });

  it('leaves focus where the user is when a validation notice appears', () => {
    const { rerender } = renderNotice(<button type="button">Save</button>);
    const save = screen.getByRole('button', { name: 'Save' });
    save.focus();
    rerender(
      <FaultlineProvider now={() => TEST_NOW}>
        <button type="button">Save</button>
        <ErrorNotice error={errors.validation()} />
      </FaultlineProvider>,
    );
    expect(save).toHaveFocus();
  });

  it('retries a server error through the handler', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderNotice(<ErrorNotice error={errors.unavailable()} onRetry={onRetry} />);
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('shows the support details for a server error with a request id, one heading level down', () => {
    renderNotice(<ErrorNotice error={errors.server()} headingLevel={2} />, {
      support: { email: 'help@example.test' },
    });
    const panel = screen.getByRole('group', { name: 'Details for support' });
    expect(within(panel).getByRole('heading', { level: 3 })).toBeInTheDocument();
    expect(within(panel).getByText('req_01J9ZK4M2Q')).toBeInTheDocument();
    expect(within(panel).getByRole('link', { name: 'Contact support' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^mailto:help@example\.test\?/),
    );
  });

  it('shows no support details for a client error', () => {
    renderNotice(<ErrorNotice error={errors.notFound()} />);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('links to the API’s documentation of the error', () => {
    renderNotice(<ErrorNotice error={custom({ docsUrl: 'https://docs.example.test/errors/bad_request' })} />);
    expect(screen.getByRole('link', { name: 'Learn more' })).toHaveAttribute(
      'href',
      'https://docs.example.test/errors/bad_request',
    );
  });

  it('shows no documentation link unless it is http(s)', () => {
    renderNotice(<ErrorNotice error={custom({ docsUrl: 'javascript:window.__xss=1' })} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('moves focus to the title when asked and focus was lost', () => {
    renderNotice(<ErrorNotice error={errors.forbidden()} headingLevel={2} focusTitle />);
    expect(screen.getByRole('heading', { name: 'You do not have access' })).toHaveFocus();
  });

  it('leaves focus where the user is', () => {
    const { rerender } = renderNotice(<input aria-label="Search" />);
    screen.getByRole('textbox').focus();
    rerender(
      <FaultlineProvider now={() => TEST_NOW}>
        <input aria-label="Search" />
        <ErrorNotice error={errors.forbidden()} headingLevel={2} focusTitle />
      </FaultlineProvider>,
    );
    expect(screen.getByRole('textbox')).toHaveFocus();
  });

  it('shows server text as text, never as markup', () => {
    for (const payload of XSS_PAYLOADS) {
      const error = makeError(
        500,
        { error: { code: payload, message: payload, request_id: payload, doc_url: payload } },
        { link: `<${payload}>; rel="successor-version"` },
      );
      const { container, unmount } = renderNotice(<ErrorNotice error={error} live onRetry={() => {}} />);
      expect(container.querySelector('img, script, svg, iframe')).toBeNull();
      expect(container.querySelector('a:not([href^="mailto:"])')).toBeNull();
      expect(screen.getByText(payload, { selector: '.fl-notice-message' })).toBeInTheDocument();
      unmount();
    }
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it.each([
    ['validation', errors.validation],
    ['unauthenticated', errors.unauthenticated],
    ['rate_limited', () => errors.rateLimited(12)],
    ['gone', errors.gone],
    ['server', errors.server],
  ])('has no accessibility violations for %s', async (_kind, make) => {
    const { container } = renderNotice(
      <ErrorNotice error={make()} headingLevel={2} live onRetry={() => {}} />,
      {
        actions: { signIn: '/login' },
        support: { email: 'help@example.test' },
      },
    );
    await expectNoAxeViolations(container);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <FaultlineProvider now={() => TEST_NOW}>
        <ErrorNotice error={errors.server()} headingLevel={2} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(html).toContain('Something went wrong');
    expect(html).toContain('req_01J9ZK4M2Q');
  });
});

describe('ErrorNotice rendered on the server', () => {
  const support = { email: 'help@example.test' };

  it('hydrates its support details in a browser in another time zone, seconds later', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider support={support}>
        <ErrorNotice error={errors.server()} headingLevel={2} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(container.querySelector('time')).toHaveAttribute('datetime', new Date(TEST_NOW).toISOString());
  });

  it('hydrates its countdown', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider>
        <ErrorNotice error={errors.rateLimited(120)} onRetry={() => {}} />
      </FaultlineProvider>,
    );
    expect(container.querySelector('.fl-retry button')).toHaveAttribute('aria-disabled', 'true');
  });

  it('hydrates a failure it decodes itself, with a countdown and support details', async () => {
    const { container } = await expectHydration(
      <FaultlineProvider support={support} decoder={defaultDecoder()}>
        <ErrorNotice
          error={{ status: 503, headers: { 'retry-after': '30', 'x-request-id': 'req_5' }, body: 'Down.' }}
          onRetry={() => {}}
        />
      </FaultlineProvider>,
    );
    expect(container).toHaveTextContent('req_5');
    expect(container.querySelector('time')).toHaveAttribute('datetime');
  });

  it('hydrates a validation failure with its summary', async () => {
    const { container } = await expectHydration(<ErrorNotice error={errors.validation()} headingLevel={2} />);
    expect(container).toHaveTextContent('Enter a valid email address.');
  });
});
