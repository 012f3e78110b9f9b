import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider, type FaultlineProviderProps } from '../provider/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, makeError, TEST_NOW, XSS_PAYLOADS } from '../test-utils/errors.js';
import { expectHydration, HYDRATION_DELAY } from '../test-utils/hydration.js';
import { SupportPanel } from './SupportPanel.js';

const support = { email: 'help@example.test' };

function renderPanel(ui: React.ReactNode, props: Omit<FaultlineProviderProps, 'children'> = {}) {
  return render(
    <FaultlineProvider now={() => TEST_NOW} support={support} {...props}>
      {ui}
    </FaultlineProvider>,
  );
}

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

function term(name: string): HTMLElement {
  const dt = screen.getByText(name, { selector: 'dt' });
  const dd = dt.nextElementSibling;
  if (!(dd instanceof HTMLElement)) throw new Error(`no value for ${name}`);
  return dd;
}

beforeEach(() => {
  window.history.replaceState(null, '', '/team/invite?token=s3cr3t#access_token=s3cr3t');
});

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  window.getSelection()?.removeAllRanges();
  window.history.replaceState(null, '', '/');
});

describe('SupportPanel', () => {
  it('lists the request id, code, status and time in a group named by its title', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    const group = screen.getByRole('group', { name: 'Details for support' });
    expect(
      within(group)
        .getAllByRole('term')
        .map((dt) => dt.textContent),
    ).toEqual(['Request ID', 'Error code', 'Status', 'Time']);
    expect(term('Request ID')).toHaveTextContent('req_01J9ZK4M2Q');
    expect(term('Error code')).toHaveTextContent('internal_server_error');
    expect(term('Status')).toHaveTextContent('500');
  });

  it('speaks its own English words without a provider, and the provider’s copy over them', () => {
    const { unmount } = render(<SupportPanel error={errors.server()} />);
    expect(screen.getByRole('group', { name: 'Details for support' })).toBeInTheDocument();
    expect(term('Error code')).toHaveTextContent('internal_server_error');
    unmount();
    renderPanel(<SupportPanel error={errors.server()} />, {
      messages: { supportTitle: 'Angaben für den Support', code: 'Fehlercode', status: undefined },
    });
    expect(screen.getByRole('group', { name: 'Angaben für den Support' })).toBeInTheDocument();
    expect(term('Fehlercode')).toHaveTextContent('internal_server_error');
    // An override left undefined keeps the English word.
    expect(term('Status')).toHaveTextContent('500');
  });

  it('shows the request id as plain text that can be selected', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    const id = screen.getByText('req_01J9ZK4M2Q');
    expect(id.tagName).toBe('CODE');
    expect(id.closest('button, input, a')).toBeNull();
  });

  it('makes the title a heading of the given level', () => {
    renderPanel(<SupportPanel error={errors.server()} headingLevel={3} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Details for support' })).toBeInTheDocument();
  });

  it('keeps the title out of the heading outline without a heading level', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('formats the time in the configured locale and gives the machine-readable instant', () => {
    renderPanel(<SupportPanel error={errors.server()} />, { locale: 'de-DE' });
    const time = term('Time').querySelector('time');
    expect(time).toHaveAttribute('datetime', new Date(TEST_NOW).toISOString());
    expect(time).toHaveTextContent(
      new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'long' }).format(TEST_NOW),
    );
  });

  it('shows the time the error occurred, not the time it is rendered', () => {
    renderPanel(<SupportPanel error={errors.server()} />, { now: () => TEST_NOW + 3_600_000 });
    expect(term('Time').querySelector('time')).toHaveAttribute('datetime', new Date(TEST_NOW).toISOString());
  });

  it('shows the time in the time zone the provider names', () => {
    renderPanel(<SupportPanel error={errors.server()} />, { locale: 'en-US', timeZone: 'Asia/Tokyo' });
    expect(term('Time')).toHaveTextContent(
      new Intl.DateTimeFormat('en-US', {
        dateStyle: 'medium',
        timeStyle: 'long',
        timeZone: 'Asia/Tokyo',
      }).format(TEST_NOW),
    );
  });

  it('shows the time it is given', () => {
    renderPanel(<SupportPanel error={errors.server()} time={new Date('2027-02-01T10:00:00Z')} />);
    expect(term('Time').querySelector('time')).toHaveAttribute('datetime', '2027-02-01T10:00:00.000Z');
  });

  it('copies the request id and confirms it politely', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    renderPanel(<SupportPanel error={errors.server()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Request ID' }));
    expect(writeText).toHaveBeenCalledWith('req_01J9ZK4M2Q');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
    expect(screen.getByRole('group')).toHaveAttribute('data-copy', 'copied');
  });

  it('shows the trace id beside the request id, each with its own copy button', async () => {
    const user = userEvent.setup();
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const error = makeError(
      500,
      { error: { code: 'internal', message: 'Unexpected error.', request_id: 'req_9' } },
      // The W3C Trace Context example (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
      { traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    );
    renderPanel(<SupportPanel error={error} />);
    expect(term('Request ID')).toHaveTextContent('req_9');
    expect(term('Trace ID')).toHaveTextContent('4bf92f3577b34da6a3ce929d0e0e4736');
    await user.click(screen.getByRole('button', { name: 'Copy Trace ID' }));
    expect(writeText).toHaveBeenLastCalledWith('4bf92f3577b34da6a3ce929d0e0e4736');
    await user.click(screen.getByRole('button', { name: 'Copy Request ID' }));
    expect(writeText).toHaveBeenLastCalledWith('req_9');
    expect(screen.getByRole('status')).toHaveTextContent('Copied');
  });

  it('shows no trace id or reference when there is none', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    expect(screen.queryByText('Trace ID')).toBeNull();
    expect(screen.queryByText('Reference')).toBeNull();
  });

  it('selects the request id and says how to copy it when the Clipboard API is missing', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    renderPanel(<SupportPanel error={errors.server()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Request ID' }));
    expect(window.getSelection()?.toString()).toBe('req_01J9ZK4M2Q');
    expect(screen.getByRole('status')).toHaveTextContent(
      'Could not copy. Select the ID and copy it by hand.',
    );
  });

  it('selects the request id and says how to copy it when the browser refuses to write', async () => {
    const user = userEvent.setup();
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    renderPanel(<SupportPanel error={errors.server()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Request ID' }));
    expect(window.getSelection()?.toString()).toBe('req_01J9ZK4M2Q');
    expect(screen.getByRole('status')).toHaveTextContent('Could not copy.');
    expect(screen.getByRole('group')).toHaveAttribute('data-copy', 'failed');
  });

  it('offers no copy button when the API sent no request id', () => {
    renderPanel(<SupportPanel error={errors.unavailable()} />);
    expect(screen.queryByRole('button')).toBeNull();
    expect(screen.queryByText('Request ID')).toBeNull();
  });

  it('links to a prefilled message with the page reduced to origin and path', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    const link = screen.getByRole('link', { name: 'Contact support' });
    const href = link.getAttribute('href') ?? '';
    expect(href).toMatch(/^mailto:help@example\.test\?/);
    const body = new URL(href).searchParams.get('body') ?? '';
    expect(body).toContain('Request ID: req_01J9ZK4M2Q');
    expect(body).toContain(`Page: ${window.location.origin}/team/invite\r\n`);
    expect(href).not.toContain('s3cr3t');
  });

  it('does not send the page address as a referrer from the support link', () => {
    renderPanel(<SupportPanel error={errors.server()} />, {
      support: { url: 'https://support.example.test/new' },
    });
    expect(screen.getByRole('link', { name: 'Contact support' })).toHaveAttribute('rel', 'noreferrer');
  });

  it('shows no link when no support contact is configured', () => {
    render(<SupportPanel error={errors.server()} />);
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('leaves out the status when no response arrived', () => {
    renderPanel(<SupportPanel error={errors.network()} />);
    expect(screen.queryByText('Status')).toBeNull();
  });

  it('renders nothing without an error', () => {
    const { container } = renderPanel(<SupportPanel error={null} />);
    // Only the provider's (empty) live regions are there.
    expect(container).toHaveTextContent('');
    expect(container.querySelectorAll(':scope > :not([data-fl-announcer])')).toHaveLength(0);
  });

  it('shows server text as text, never as markup', () => {
    for (const payload of XSS_PAYLOADS) {
      const { container, unmount } = renderPanel(
        <SupportPanel
          error={makeError(500, { error: { code: payload, message: payload, request_id: payload } })}
        />,
      );
      expect(container.querySelector('img, script, svg, iframe')).toBeNull();
      expect(screen.getByText(payload, { selector: 'code.fl-support-id' })).toBeInTheDocument();
      expect(screen.getByText(payload, { selector: 'dd > code:not(.fl-support-id)' })).toBeInTheDocument();
      unmount();
    }
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('has no accessibility violations', async () => {
    const { container } = renderPanel(<SupportPanel error={errors.server()} headingLevel={2} />);
    await expectNoAxeViolations(container);
  });

  it('has no accessibility violations after a failed copy', async () => {
    const user = userEvent.setup();
    setClipboard(undefined);
    const { container } = renderPanel(<SupportPanel error={errors.server()} />);
    await user.click(screen.getByRole('button', { name: 'Copy Request ID' }));
    await expectNoAxeViolations(container);
  });

  it('puts the time the error occurred in the prefilled message', () => {
    renderPanel(<SupportPanel error={errors.server()} />);
    const href = screen.getByRole('link', { name: 'Contact support' }).getAttribute('href') ?? '';
    expect(new URL(href).searchParams.get('body')).toContain(`Time: ${new Date(TEST_NOW).toISOString()}`);
  });

  it('renders on the server', () => {
    const html = renderToString(
      <FaultlineProvider now={() => TEST_NOW} support={support}>
        <SupportPanel error={errors.server()} />
      </FaultlineProvider>,
    );
    expect(html).toContain('req_01J9ZK4M2Q');
    expect(html).toContain('Details for support');
  });
});

describe('SupportPanel rendered on the server', () => {
  const format = (timeZone: string | undefined) =>
    new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'long', timeZone }).format(TEST_NOW);

  it('hydrates the server HTML in a browser in another time zone, seconds later', async () => {
    const { html, container } = await expectHydration(
      <FaultlineProvider support={support} locale="en-US">
        <SupportPanel error={errors.server()} />
      </FaultlineProvider>,
    );
    expect(html).toContain(format('UTC'));
    // After hydration the time is the viewer's own.
    expect(container.querySelector('time')).toHaveTextContent(format('America/New_York'));
    expect(container.querySelector('time')).toHaveAttribute('datetime', new Date(TEST_NOW).toISOString());
  });

  it('shows the time zone the provider names on the server and after hydration', async () => {
    const { html, container } = await expectHydration(
      <FaultlineProvider support={support} locale="en-US" timeZone="Europe/Berlin">
        <SupportPanel error={errors.server()} />
      </FaultlineProvider>,
    );
    expect(html).toContain(format('Europe/Berlin'));
    expect(container.querySelector('time')).toHaveTextContent(format('Europe/Berlin'));
  });

  it('hydrates when it decodes what it is given itself, and then shows when it did', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: TEST_NOW });
    const { container } = await expectHydration(
      <FaultlineProvider support={support} locale="en-US">
        <SupportPanel error={{ status: 500, body: { error: { code: 'internal', request_id: 'req_9' } } }} />
      </FaultlineProvider>,
    );
    expect(container.querySelector('time')).toHaveAttribute(
      'datetime',
      new Date(TEST_NOW + HYDRATION_DELAY).toISOString(),
    );
  });

  afterEach(() => {
    vi.useRealTimers();
  });
});
