import { DEFAULT_TITLES, decodeError } from '@faultline/core';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FaultlineProvider } from '../provider/index.js';
import { apiFetch } from '../query/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { nessyValidationBody } from '../test-utils/errors.js';
import { Toaster, toast } from '../toast/index.js';
import { devtoolsStore } from './DevtoolsPanel.js';
import { FaultlineDevtools } from './FaultlineDevtools.js';
import { VECTOR_NOW } from './vector.js';

// The nessy seed's 422 (packages/core/test/vectors/seed-envelopes.json), answered with a session
// cookie and an echoed API key that must never reach the panel.
const validation = {
  ...nessyValidationBody([
    { field: 'email', message: 'Enter a valid email address.' },
    { field: 'password', message: 'Password must be at least 12 characters.' },
  ]),
  api_key: 'sk_live_51Hx',
};

function respond(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch {
  return async () =>
    new Response(typeof body === 'string' ? body : JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', ...headers },
    });
}

async function failRequest(
  url = 'https://api.example.test/v1/users?invite=1',
  status = 422,
  body: unknown = validation,
) {
  await act(async () => {
    await apiFetch(url, {
      method: 'post',
      fetch: respond(status, body, { 'x-request-id': 'req_nsy_7f3a', 'set-cookie': 'sid=abc123; HttpOnly' }),
    }).catch(() => {});
  });
}

/** Renders the devtools, shown, and waits for their button. */
async function mountDevtools() {
  render(<FaultlineDevtools enabled />);
  await screen.findByRole('button', { name: /faultline devtools/i });
}

async function openPanel() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /faultline devtools/i }));
  return { user, panel: screen.getByRole('complementary', { name: 'Faultline devtools' }) };
}

beforeEach(() => {
  devtoolsStore().clear();
  localStorage.clear();
});

afterEach(() => {
  vi.unstubAllEnvs();
  toast.dismiss();
});

describe('FaultlineDevtools', () => {
  it('renders nothing in a production build unless enabled', () => {
    vi.stubEnv('NODE_ENV', 'production');
    const { container } = render(<FaultlineDevtools />);
    expect(container).toBeEmptyDOMElement();
  });

  it('shows its button in development, closed', async () => {
    vi.stubEnv('NODE_ENV', 'development');
    render(<FaultlineDevtools />);
    const button = await screen.findByRole('button', { name: 'Faultline devtools' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('opens with its button and closes with Escape, giving focus back to the button', async () => {
    render(<FaultlineDevtools enabled />);
    const { user, panel } = await openPanel();
    expect(within(panel).getByRole('heading', { name: 'Faultline devtools' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary')).toBeNull();
    expect(screen.getByRole('button', { name: /faultline devtools/i })).toHaveFocus();
  });

  it('opens and closes with the hotkey', async () => {
    render(<FaultlineDevtools enabled hotkey="Alt+Shift+E" />);
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /faultline devtools/i });
    await user.keyboard('{Alt>}{Shift>}E{/Shift}{/Alt}');
    expect(screen.getByRole('complementary', { name: 'Faultline devtools' })).toBeInTheDocument();
    await user.keyboard('{Alt>}{Shift>}E{/Shift}{/Alt}');
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('lists a failed request with its time, request, status, kind, code, message and dialect', async () => {
    await mountDevtools();
    await failRequest();
    const { panel } = await openPanel();
    const item = within(within(panel).getByRole('list', { name: 'Recent errors' })).getByRole('button');
    expect(item).toHaveTextContent(/\d\d:\d\d:\d\d/);
    for (const text of [
      'POST /v1/users',
      '422',
      'validation',
      'validation_error',
      'Request body failed validation.',
      'generic',
    ])
      expect(item).toHaveTextContent(text);
  });

  it('keeps the errors seen before its code arrived', async () => {
    render(<FaultlineDevtools enabled />);
    // The panel's chunk is still loading: the sighting waits for it.
    toast.error(decodeError({ status: 503, body: 'upstream connect error' }));
    const { panel } = await openPanel();
    expect(within(panel).getByRole('list', { name: 'Recent errors' })).toHaveTextContent(
      '(toast)503unavailable',
    );
  });

  it("shows the selected error's response beside its decoded model, credentials redacted", async () => {
    await mountDevtools();
    await failRequest();
    const { panel } = await openPanel();
    const response = within(panel).getByRole('region', { name: 'Response' });
    expect(response).toHaveTextContent('x-request-id: req_nsy_7f3a');
    expect(response).toHaveTextContent('set-cookie: [redacted]');
    expect(response).toHaveTextContent('"api_key": "[redacted]"');
    expect(response).toHaveTextContent('"field": "password"');
    expect(panel).not.toHaveTextContent('sk_live_51Hx');
    expect(panel).not.toHaveTextContent('abc123');
    const decoded = within(panel).getByRole('tabpanel', { name: 'Decoded' });
    expect(decoded).toHaveTextContent('"kind": "validation"');
    expect(decoded).toHaveTextContent('"path": "email"');
  });

  it('shows the decode trace: the dialects tried and where each field came from', async () => {
    await mountDevtools();
    await failRequest();
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('tab', { name: 'Decode trace' }));
    const trace = within(panel).getByRole('tabpanel', { name: 'Decode trace' });
    expect(within(trace).getByRole('list')).toHaveTextContent('generic — read the body');
    const row = (field: string) => within(trace).getByRole('rowheader', { name: field }).closest('tr');
    expect(row('code')).toHaveTextContent('validation_errorbody:error.code');
    expect(row('fieldErrors.1.path')).toHaveTextContent('passwordbody:error.detail.field_errors.1.field');
    expect(row('status')).toHaveTextContent('422status');
  });

  it('renders a body as text, never as markup', async () => {
    await mountDevtools();
    await failRequest('/v1/x', 502, '<img src=x onerror="alert(1)"><b>Bad gateway</b>');
    const { panel } = await openPanel();
    expect(panel.querySelector('img, b')).toBeNull();
    expect(within(panel).getByRole('region', { name: 'Response' })).toHaveTextContent('<b>Bad gateway</b>');
  });

  it('moves through the errors and the tabs with the arrow keys', async () => {
    await mountDevtools();
    await failRequest('/v1/first', 404, { error: { code: 'not_found', message: 'First.' } });
    await failRequest('/v1/second', 409, { error: { code: 'conflict', message: 'Second.' } });
    const { user, panel } = await openPanel();
    const [newest, older] = within(panel)
      .getAllByRole('button', { current: undefined })
      .filter((b) => b.closest('ul'));
    expect(newest).toHaveAttribute('aria-current', 'true');
    newest?.focus();
    await user.keyboard('{ArrowDown}');
    expect(older).toHaveFocus();
    expect(older).toHaveAttribute('aria-current', 'true');
    expect(within(panel).getByRole('region', { name: 'Response' })).toHaveTextContent('POST /v1/first');
    const decodedTab = within(panel).getByRole('tab', { name: 'Decoded' });
    decodedTab.focus();
    await user.keyboard('{ArrowRight}');
    expect(within(panel).getByRole('tab', { name: 'Decode trace' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(within(panel).getByRole('tab', { name: 'Preview' })).toHaveFocus();
    expect(within(panel).getByRole('tab', { name: 'Preview' })).toHaveAttribute('aria-selected', 'true');
    expect(within(panel).getByRole('tabpanel', { name: 'Preview' })).toBeInTheDocument();
  });

  it('copies the error as a test vector that decodes to the same error', async () => {
    await mountDevtools();
    await failRequest();
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Copy as test vector' }));
    expect(within(panel).getByRole('status')).toHaveTextContent('Test vector copied.');
    const vector = JSON.parse(await navigator.clipboard.readText());
    expect(vector).toMatchObject({ id: 'post-v1-users-422', status: 422 });
    const again = decodeError(vector, { now: VECTOR_NOW });
    expect(again).toMatchObject(vector.expect);
    expect(vector.expect).toMatchObject({
      code: 'validation_error',
      kind: 'validation',
      requestId: 'req_nsy_7f3a',
      fieldErrors: [
        { path: 'email', message: 'Enter a valid email address.' },
        { path: 'password', message: 'Password must be at least 12 characters.' },
      ],
    });
  });

  it('copies a dialect skeleton that reads this shape', async () => {
    await mountDevtools();
    await failRequest();
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('button', { name: 'Copy as dialect skeleton' }));
    const source = await navigator.clipboard.readText();
    expect(source).toContain("import type { Dialect, FieldError } from '@faultline/core';");
    expect(source).toContain('code: text(at(body, "error", "code"))');
    expect(source).toContain('list(at(body, "error", "detail", "field_errors"))');
  });

  it('previews the error as a toast, a notice and a support panel, never reported', async () => {
    const onReport = vi.fn();
    render(
      <FaultlineProvider support={{ email: 'help@example.test' }} onReport={onReport}>
        <Toaster />
        <FaultlineDevtools enabled />
      </FaultlineProvider>,
    );
    await screen.findByRole('button', { name: /faultline devtools/i });
    await failRequest('/v1/cameras', 500, {
      error: { code: 'internal', message: 'Unexpected error.', request_id: 'req_9' },
    });
    const { user, panel } = await openPanel();
    await user.click(within(panel).getByRole('tab', { name: 'Preview' }));
    await user.click(within(panel).getByRole('button', { name: 'Show as notice' }));
    expect(within(panel).getByRole('heading', { name: DEFAULT_TITLES.server })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Show as support panel' }));
    expect(within(panel).getByRole('group', { name: /support/i })).toHaveTextContent('req_9');
    await user.click(within(panel).getByRole('button', { name: 'Show as toast' }));
    expect(await screen.findByText('Unexpected error.', { selector: '.fl-toast *' })).toBeInTheDocument();
    // The preview is the panel's own: it adds nothing to the list.
    expect(within(panel).getAllByRole('listitem')).toHaveLength(1);
    expect(onReport).not.toHaveBeenCalled();
  });

  it('resizes with the keyboard and keeps the height', async () => {
    render(<FaultlineDevtools enabled />);
    const { user, panel } = await openPanel();
    const handle = within(panel).getByRole('separator', { name: 'Resize the devtools' });
    const before = Number(handle.getAttribute('aria-valuenow'));
    handle.focus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(Number(handle.getAttribute('aria-valuenow'))).toBe(before + 64);
    expect(panel.style.height).toBe(`${before + 64}px`);
    expect(localStorage.getItem('faultline.devtools.height')).toBe(String(before + 64));
  });

  it('has no axe violations, open with an error selected', async () => {
    await mountDevtools();
    await failRequest();
    const { panel } = await openPanel();
    await expectNoAxeViolations(panel.parentElement as HTMLElement);
  });
});
