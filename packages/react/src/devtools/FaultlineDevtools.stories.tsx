import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, waitFor, within } from 'storybook/test';
import { apiFetch } from '../query/index.js';
import { nessyValidationBody } from '../test-utils/errors.js';
import { devtoolsStore } from './DevtoolsPanel.js';
import { FaultlineDevtools } from './FaultlineDevtools.js';

// The W3C Trace Context example (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

/** A fetch that answers with this status, body and headers, as a failing API would. */
function answer(status: number, body: unknown, headers: Record<string, string> = {}): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json', traceparent: TRACEPARENT, ...headers },
    });
}

// The nessy seed's 422 (packages/core/test/vectors/seed-envelopes.json), with an API key in a header
// and one echoed in the body that the panel must never show (a browser never shows `set-cookie`).
const saveProfile = () =>
  apiFetch('https://api.example.test/v1/profile?token=tk_s3cr3t', {
    method: 'PUT',
    fetch: answer(
      422,
      {
        ...nessyValidationBody([
          { field: 'email', message: 'Enter a valid email address.' },
          { field: 'password', message: 'Password must be at least 12 characters.' },
        ]),
        api_key: 'sk_live_51Hx',
      },
      { 'x-api-key': 'ak_s3cr3t', 'x-request-id': 'req_nsy_7f3a' },
    ),
  }).catch(() => {});

// The chatsby seed's 429 (same file).
const loadCameras = () =>
  apiFetch('https://api.example.test/v1/cameras', {
    fetch: answer(
      429,
      {
        error: {
          type: 'rate_limit_error',
          message: 'Rate limit exceeded. Please retry after 20 seconds.',
          code: 'rate_limit_exceeded',
        },
      },
      { 'retry-after': '20' },
    ),
  }).catch(() => {});

/** The app around the devtools: two requests that fail when pressed. */
function Demo() {
  return (
    <div>
      <p>Each button sends a request the API refuses; the devtools list what came back.</p>
      <button type="button" className="fl-button" onClick={() => void saveProfile()}>
        Save profile
      </button>{' '}
      <button type="button" className="fl-button" onClick={() => void loadCameras()}>
        Load cameras
      </button>
      <FaultlineDevtools enabled />
    </div>
  );
}

type Canvas = ReturnType<typeof within>;

/** What the stories' clipboard was given. */
const written: string[] = [];

async function fail(canvas: Canvas, userEvent: { click: (element: Element) => Promise<void> }) {
  await userEvent.click(await canvas.findByRole('button', { name: 'Save profile' }));
  await userEvent.click(canvas.getByRole('button', { name: 'Load cameras' }));
  await waitFor(() => expect(devtoolsStore().getSnapshot()).toHaveLength(2));
}

async function open(canvas: Canvas, userEvent: { click: (element: Element) => Promise<void> }) {
  await userEvent.click(await canvas.findByRole('button', { name: /^Faultline devtools/ }));
  return within(canvas.getByRole('complementary', { name: 'Faultline devtools' }));
}

const meta = {
  title: 'Devtools/FaultlineDevtools',
  component: Demo,
  // Each story starts with an empty list.
  beforeEach: () => {
    devtoolsStore().clear();
  },
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `\`<FaultlineDevtools/>\` from \`@faultline/react/devtools\`: the recent errors the app saw, each with its raw
response (credentials redacted) beside the decoded model and the decode trace; copy one as a test vector or a dialect
skeleton, or preview it as a toast, a notice or a support panel. Nothing renders outside development unless \`enabled\`.`,
      },
    },
  },
} satisfies Meta<typeof Demo>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Closed until its button (or Alt+Shift+E) opens it. */
export const Closed: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const button = await canvas.findByRole('button', { name: 'Faultline devtools' });
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(canvas.queryByRole('complementary', { name: 'Faultline devtools' })).toBeNull();
  },
};

/** Open, and select the older error with the arrow keys: its raw response shows beside the model. */
export const OpenAndSelect: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fail(canvas, userEvent);
    const panel = await open(canvas, userEvent);
    const list = panel.getByRole('list', { name: 'Recent errors' });
    const [newest, older] = within(list).getAllByRole('button');
    await expect(newest).toHaveTextContent('GET /v1/cameras');
    newest?.focus();
    await userEvent.keyboard('{ArrowDown}');
    await expect(older).toHaveFocus();
    await expect(older).toHaveAttribute('aria-current', 'true');
    const response = panel.getByRole('region', { name: 'Response' });
    await expect(response).toHaveTextContent('PUT /v1/profile');
    await expect(response).toHaveTextContent(`traceparent: ${TRACEPARENT}`);
    await expect(panel.getByRole('tabpanel', { name: 'Decoded' })).toHaveTextContent(
      '"traceId": "4bf92f3577b34da6a3ce929d0e0e4736"',
    );
  },
};

/** What the API sent that looks like a credential is redacted before it is kept. */
export const Redacted: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fail(canvas, userEvent);
    const panel = await open(canvas, userEvent);
    await userEvent.click(
      within(panel.getByRole('list', { name: 'Recent errors' })).getAllByRole('button')[1] as Element,
    );
    const response = panel.getByRole('region', { name: 'Response' });
    await expect(response).toHaveTextContent('x-api-key: [redacted]');
    await expect(response).toHaveTextContent('"api_key": "[redacted]"');
    await expect(canvasElement).not.toHaveTextContent('sk_live_51Hx');
    await expect(canvasElement).not.toHaveTextContent('s3cr3t');
  },
};

/** Copy the selected error as a test vector: JSON in the format of the vectors file. */
export const CopyTestVector: Story = {
  beforeEach: () => {
    written.length = 0;
    const spy = spyOn(navigator.clipboard, 'writeText').mockImplementation(async (text) => {
      written.push(text);
    });
    return () => spy.mockRestore();
  },
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fail(canvas, userEvent);
    const panel = await open(canvas, userEvent);
    await userEvent.click(panel.getByRole('button', { name: 'Copy as test vector' }));
    await waitFor(() => expect(panel.getByRole('status')).toHaveTextContent('Test vector copied.'));
    const copied = JSON.parse(written[0] ?? '');
    await expect(copied).toMatchObject({
      id: 'get-v1-cameras-429',
      status: 429,
      expect: { code: 'rate_limit_exceeded', kind: 'rate_limited', retryAfterMs: 20_000 },
    });
  },
};

/** The decode trace: the dialects tried and where each field of the error came from. */
export const DecodeTrace: Story = {
  play: async ({ canvasElement, userEvent }) => {
    const canvas = within(canvasElement);
    await fail(canvas, userEvent);
    const panel = await open(canvas, userEvent);
    await userEvent.click(panel.getByRole('tab', { name: 'Decode trace' }));
    const trace = within(panel.getByRole('tabpanel', { name: 'Decode trace' }));
    await expect(trace.getByRole('list')).toHaveTextContent('generic — read the body');
    await expect(trace.getByRole('rowheader', { name: 'retryAfterMs' }).closest('tr')).toHaveTextContent(
      'header:retry-after',
    );
  },
};
