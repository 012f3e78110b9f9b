import { QueryClientProvider, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiErrorBoundary } from '../boundary/index.js';
import { ErrorSummary } from '../fields/index.js';
import { ErrorNotice } from '../notice/index.js';
import { apiFetch, createQueryClient } from '../query/index.js';
import { SupportPanel } from '../support/index.js';
import { errors, makeError } from '../test-utils/errors.js';
import { cameraFailure } from '../test-utils/storm.js';
import { createToast, createToastQueue, stormControl, Toaster } from '../toast/index.js';
import { FaultlineProvider } from './FaultlineProvider.js';
import type { OnReport, ReportContext } from './report.js';

// The W3C Trace Context examples (https://www.w3.org/TR/trace-context/#examples-of-http-traceparent-headers).
const TRACEPARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';
const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';

const traced = () =>
  makeError(
    500,
    { error: { code: 'internal_server_error', message: 'Unexpected error.', request_id: 'req_01J9ZK4M2Q' } },
    { traceparent: TRACEPARENT, 'set-cookie': 'sid=1', authorization: 'Bearer x' },
  );

const unavailable = async () =>
  new Response(JSON.stringify({ error: { code: 'unavailable', message: 'Try later.' } }), {
    status: 503,
    headers: { 'content-type': 'application/json', traceparent: TRACEPARENT },
  });

function Cameras({ fetch }: { fetch: typeof globalThis.fetch }) {
  const query = useQuery({
    queryKey: ['cameras'],
    queryFn: () => apiFetch('/v1/cameras', { fetch }),
    meta: { errorPresentation: 'toast' },
  });
  return <p>{query.status}</p>;
}

let attempt = 0;
/** A camera whose API is down: every render fails the same way, with a new request. */
function Camera(): never {
  attempt++;
  throw makeError(503, {
    error: { code: 'unavailable', message: `Camera unavailable (attempt ${attempt}).` },
  });
}

function withTracker(onReport: OnReport = vi.fn()) {
  const wrap = (ui: React.ReactNode) => (
    <FaultlineProvider onReport={onReport} support={{ email: 'help@example.test' }}>
      {ui}
    </FaultlineProvider>
  );
  return { onReport, wrap };
}

beforeEach(() => {
  window.history.replaceState(null, '', '/cameras/7?token=s3cr3t#frag');
});

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('onReport', () => {
  it('is told what a tracker needs of an error a notice shows, and nothing of its body or headers', () => {
    const { onReport, wrap } = withTracker();
    const error = traced();
    render(wrap(<ErrorNotice error={error} />));
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(onReport).toHaveBeenCalledWith(error, {
      kind: 'server',
      code: 'internal_server_error',
      status: 500,
      requestId: 'req_01J9ZK4M2Q',
      traceId: TRACE_ID,
      route: '/cameras/7',
      presentation: 'notice',
    } satisfies ReportContext);
  });

  it('is called once however often the notice renders, in strict mode too', () => {
    const { onReport, wrap } = withTracker();
    const error = traced();
    const { rerender } = render(<StrictMode>{wrap(<ErrorNotice error={error} />)}</StrictMode>);
    rerender(<StrictMode>{wrap(<ErrorNotice error={error} headingLevel={2} />)}</StrictMode>);
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('reports a notice once, not again for its support panel and field summary', () => {
    const { onReport, wrap } = withTracker();
    render(wrap(<ErrorNotice error={errors.validation()} />));
    render(wrap(<ErrorNotice error={errors.server()} />));
    expect(vi.mocked(onReport).mock.calls.map(([, context]) => context.presentation)).toEqual([
      'notice',
      'notice',
    ]);
  });

  it('reports a support panel and a form summary shown on their own', () => {
    const { onReport, wrap } = withTracker();
    render(wrap(<SupportPanel error={errors.server()} />));
    render(wrap(<ErrorSummary error={errors.validation()} />));
    expect(vi.mocked(onReport).mock.calls.map(([, context]) => context.presentation)).toEqual([
      'support',
      'summary',
    ]);
  });

  it('reports an error shown in a toast and inline once', async () => {
    const { onReport, wrap } = withTracker();
    const notify = createToast(createToastQueue());
    const error = traced();
    render(wrap(<Toaster queue={notify.queue} />));
    act(() => {
      notify.error(error);
    });
    render(wrap(<ErrorNotice error={error} />));
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(vi.mocked(onReport).mock.calls[0]?.[1].presentation).toBe('toast');
  });

  it('reports equal failures that collapse into one toast once', () => {
    const { onReport, wrap } = withTracker();
    const notify = createToast(createToastQueue());
    render(wrap(<Toaster queue={notify.queue} />));
    for (let i = 0; i < 5; i++) {
      act(() => {
        notify.error(traced(), { request: 'GET /v1/cameras' });
      });
    }
    expect(screen.getAllByText(/5 times/)[0]).toBeInTheDocument();
    expect(onReport).toHaveBeenCalledTimes(1);
  });

  it('reports each distinct failure of a storm once, those in its summary included', () => {
    const { onReport, wrap } = withTracker();
    const notify = createToast(createToastQueue());
    render(wrap(<Toaster queue={notify.queue} storms={stormControl()} />));
    act(() => {
      for (let n = 1; n <= 12; n++) cameraFailure(notify, n);
      // The same twelve again, as a storm repeats itself.
      for (let n = 1; n <= 12; n++) cameraFailure(notify, n);
    });
    expect(screen.getAllByText(/10 requests failed/)[0]).toBeInTheDocument();
    const reported = vi.mocked(onReport).mock.calls.map(([error]) => error.message);
    expect(reported).toHaveLength(12);
    expect(new Set(reported).size).toBe(12);
  });

  it('reports a query that failed after its retries once', async () => {
    const { onReport, wrap } = withTracker();
    const notify = createToast(createToastQueue());
    const fetch = vi.fn(unavailable);
    const client = createQueryClient({ toaster: notify, maxRetries: 2, baseBackoffMs: 1, maxBackoffMs: 1 });
    render(
      wrap(
        <QueryClientProvider client={client}>
          <Cameras fetch={fetch} />
          <Toaster queue={notify.queue} />
        </QueryClientProvider>,
      ),
    );
    await screen.findByText('error');
    expect(fetch).toHaveBeenCalledTimes(3);
    await waitFor(() => expect(onReport).toHaveBeenCalledTimes(1));
    expect(vi.mocked(onReport).mock.calls[0]?.[1]).toMatchObject({
      traceId: TRACE_ID,
      presentation: 'toast',
    });
  });

  it("reports a boundary's error once, and not again when Try again fails the same way", async () => {
    const { onReport, wrap } = withTracker();
    attempt = 0;
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      wrap(
        <ApiErrorBoundary>
          <Camera />
        </ApiErrorBoundary>,
      ),
    );
    const first = screen.getByText(/attempt \d+/).textContent;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(screen.getByText(/attempt \d+/).textContent).not.toBe(first));
    quiet.mockRestore();
    expect(onReport).toHaveBeenCalledTimes(1);
    expect(vi.mocked(onReport).mock.calls[0]?.[1].presentation).toBe('boundary');
  });

  it("shows the tracker's reference in the support panel and its message", () => {
    const { wrap } = withTracker(() => 'evt_9f8e7d');
    render(wrap(<SupportPanel error={traced()} />));
    expect(screen.getByText('Reference').nextElementSibling).toHaveTextContent('evt_9f8e7d');
    const href = decodeURIComponent(
      screen.getByRole('link', { name: 'Contact support' }).getAttribute('href') ?? '',
    );
    expect(href).toContain('Reference: evt_9f8e7d');
    expect(href).toContain(`Trace ID: ${TRACE_ID}`);
  });

  it("shows the reference of a notice's report in the support panel inside it", () => {
    const { wrap } = withTracker(() => 'evt_notice');
    render(wrap(<ErrorNotice error={traced()} />));
    expect(screen.getByText('Reference').nextElementSibling).toHaveTextContent('evt_notice');
  });

  it('keeps presenting when the tracker throws', () => {
    const { wrap } = withTracker(() => {
      throw new Error('tracker down');
    });
    render(wrap(<ErrorNotice error={traced()} />));
    expect(screen.getByText('Unexpected error.')).toBeInTheDocument();
  });

  it('is inherited by a nested provider', () => {
    const { onReport, wrap } = withTracker();
    render(
      wrap(
        <FaultlineProvider locale="de">
          <ErrorNotice error={traced()} />
        </FaultlineProvider>,
      ),
    );
    expect(onReport).toHaveBeenCalledTimes(1);
  });
});
