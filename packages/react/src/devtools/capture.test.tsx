import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ApiErrorBoundary } from '../boundary/index.js';
import { apiFetch, createQueryClient } from '../query/index.js';
import { makeError } from '../test-utils/errors.js';
import { createToast, createToastQueue } from '../toast/index.js';
import { devtoolsStore } from './DevtoolsPanel.js';
import { FaultlineDevtools } from './FaultlineDevtools.js';

const sink = Symbol.for('faultline.devtools');

// The chatsby seed's 429 (packages/core/test/vectors/seed-envelopes.json).
const rateLimited: typeof fetch = async () =>
  new Response(
    JSON.stringify({
      error: {
        type: 'rate_limit_error',
        message: 'Rate limit exceeded. Please retry after 20 seconds.',
        code: 'rate_limit_exceeded',
      },
    }),
    { status: 429, headers: { 'content-type': 'application/json', 'retry-after': '20' } },
  );

function Cameras() {
  const query = useQuery({
    queryKey: ['cameras'],
    queryFn: () => apiFetch('/v1/cameras?site=3', { fetch: rateLimited }),
    meta: { errorPresentation: 'toast' },
  });
  return <p>{query.status}</p>;
}

function Save() {
  const mutation = useMutation({
    mutationFn: () => apiFetch('/v1/cameras', { method: 'PATCH', fetch: rateLimited }),
  });
  return (
    <button type="button" onClick={() => mutation.mutate()}>
      Save
    </button>
  );
}

const notFound = makeError(404, { error: 'not_found', message: 'Camera not found.' });
function Broken(): never {
  throw notFound;
}

async function mounted() {
  await screen.findByRole('button', { name: /faultline devtools/i });
  await waitFor(() => expect((globalThis as Record<symbol, unknown>)[sink]).not.toHaveProperty('early'));
}

beforeEach(() => {
  devtoolsStore().clear();
});

describe('what the devtools see', () => {
  it('sees a query that failed through apiFetch once, with its request, and the toast it got', async () => {
    const client = createQueryClient({ toaster: createToast(createToastQueue()), maxRetries: 0 });
    render(
      <QueryClientProvider client={client}>
        <Cameras />
        <FaultlineDevtools enabled />
      </QueryClientProvider>,
    );
    await screen.findByText('error');
    await mounted();
    const [entry, ...rest] = devtoolsStore().getSnapshot();
    expect(rest).toEqual([]);
    expect(entry).toMatchObject({
      via: ['fetch', 'query', 'toast'],
      method: 'GET',
      url: '/v1/cameras?site=3',
      status: 429,
      error: { code: 'rate_limit_exceeded', retryAfterMs: 20_000 },
    });
  });

  it('sees a failed mutation', async () => {
    const client = createQueryClient({ toaster: createToast(createToastQueue()) });
    render(
      <QueryClientProvider client={client}>
        <Save />
        <FaultlineDevtools enabled />
      </QueryClientProvider>,
    );
    await mounted();
    await userEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(devtoolsStore().getSnapshot()[0]?.via).toContain('mutation'));
    expect(devtoolsStore().getSnapshot()[0]).toMatchObject({ method: 'PATCH', status: 429 });
  });

  it('sees what a boundary caught', async () => {
    const quiet = console.error;
    console.error = () => {};
    try {
      render(
        <>
          <FaultlineDevtools enabled />
          <ApiErrorBoundary>
            <Broken />
          </ApiErrorBoundary>
        </>,
      );
      await mounted();
    } finally {
      console.error = quiet;
    }
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: /faultline devtools/i }));
    const panel = screen.getByRole('complementary', { name: 'Faultline devtools' });
    expect(within(panel).getByRole('list', { name: 'Recent errors' })).toHaveTextContent(
      '(boundary)404not_found',
    );
  });

  it('keeps nothing when no devtools are mounted', async () => {
    const { unmount } = render(<FaultlineDevtools enabled />);
    await mounted();
    unmount();
    expect((globalThis as Record<symbol, unknown>)[sink]).toBeUndefined();
    await act(() => apiFetch('/v1/cameras', { fetch: rateLimited }).catch(() => {}));
    expect((globalThis as Record<symbol, unknown>)[sink]).toBeUndefined();
    expect(devtoolsStore().getSnapshot()).toEqual([]);
  });
});
