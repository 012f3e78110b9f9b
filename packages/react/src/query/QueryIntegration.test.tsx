import { QueryClientProvider, useMutation, useQuery } from '@tanstack/react-query';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorSummary, FieldError, FieldErrorsProvider } from '../fields/index.js';
import { ErrorNotice } from '../notice/index.js';
import { expectNoAxeViolations } from '../test-utils/axe.js';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { validationError } from '../test-utils/fieldErrors.js';
import { expectHydration } from '../test-utils/hydration.js';
import { createToast, createToastQueue, Toaster } from '../toast/index.js';
import { createQueryClient } from './createQueryClient.js';
import { QueryErrorBoundary } from './QueryErrorBoundary.js';
import { useMutationFieldErrors } from './useMutationFieldErrors.js';
import { useRetryState } from './useRetryState.js';

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

function setup(options: Parameters<typeof createQueryClient>[0] = {}) {
  const queue = createToastQueue();
  const client = createQueryClient({ toaster: createToast(queue), random: () => 0.5, ...options });
  const wrap = (ui: React.ReactNode) =>
    render(
      <QueryClientProvider client={client}>
        {ui}
        <Toaster queue={queue} />
      </QueryClientProvider>,
    );
  return { client, queue, wrap };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
});

afterEach(() => {
  vi.useRealTimers();
});

/** How a query asks for its failure to go to the boundary, if it does. */
type ToBoundary = 'throwOnError' | 'meta' | 'no';

function Camera({
  queryFn,
  toBoundary = 'throwOnError',
}: {
  queryFn: () => Promise<string>;
  toBoundary?: ToBoundary;
}) {
  const query = useQuery({
    queryKey: ['camera'],
    queryFn,
    retry: false,
    ...(toBoundary === 'throwOnError' && { throwOnError: true }),
    ...(toBoundary === 'meta' && { meta: { errorPresentation: 'boundary' } }),
  });
  return (
    <div>
      <p>Camera: {query.data}</p>
      {query.error && <ErrorNotice error={query.error} />}
      <button type="button" onClick={() => void query.refetch()}>
        Refresh
      </button>
    </div>
  );
}

const cameraNotFound = () => makeError(404, { error: 'not_found', message: 'Camera not found.' });

describe('QueryErrorBoundary', () => {
  // React reports every error a boundary catches on the console; the tests assert what users see.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });

  it.each([
    ['throwOnError: true', 'throwOnError'],
    ["meta: { errorPresentation: 'boundary' }", 'meta'],
  ] as const)(
    'shows the first-load failure of a query with %s in its fallback, never also as a toast',
    async (_how, toBoundary) => {
      const { queue, wrap } = setup();
      const { container } = wrap(
        <QueryErrorBoundary>
          <Camera queryFn={() => Promise.reject(cameraNotFound())} toBoundary={toBoundary} />
        </QueryErrorBoundary>,
      );
      await advance(10);
      expect(container.querySelector('.fl-fallback')).toHaveTextContent('Camera not found.');
      expect(screen.queryByText(/^Camera:/)).toBeNull();
      expect(queue.getSnapshot().toasts).toHaveLength(0);
    },
  );

  it('leaves the failure of any other query to its component, which shows query.error in place', async () => {
    const { queue, wrap } = setup();
    const { container } = wrap(
      <QueryErrorBoundary>
        <Camera queryFn={() => Promise.reject(cameraNotFound())} toBoundary="no" />
      </QueryErrorBoundary>,
    );
    await advance(10);
    expect(container.querySelector('.fl-fallback')).toBeNull();
    expect(screen.getByText(/^Camera:/)).toBeInTheDocument();
    expect(container.querySelector('.fl-notice')).toHaveTextContent('Camera not found.');
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });

  it("keeps a boundary query's data on screen when a refetch fails, and says so in a toast", async () => {
    const { queue, wrap } = setup();
    let fail = false;
    const queryFn = () => (fail ? Promise.reject(errors.server()) : Promise.resolve('Front door'));
    const { container } = wrap(
      <QueryErrorBoundary>
        <Camera queryFn={queryFn} toBoundary="meta" />
      </QueryErrorBoundary>,
    );
    await advance(10);
    fail = true;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await advance(10);
    expect(container.querySelector('.fl-fallback')).toBeNull();
    expect(screen.getByText('Camera: Front door')).toBeInTheDocument();
    expect(queue.getSnapshot().toasts.map((toast) => toast.error?.message)).toEqual(['Unexpected error.']);
  });

  it('resets the failed query on "Try again" and shows the data it fetches', async () => {
    const { wrap } = setup();
    let calls = 0;
    const queryFn = () => {
      calls++;
      return calls === 1 ? Promise.reject(errors.server()) : Promise.resolve('Front door');
    };
    const { container } = wrap(
      <QueryErrorBoundary>
        <Camera queryFn={queryFn} />
      </QueryErrorBoundary>,
    );
    await advance(10);
    vi.useRealTimers();
    await expectNoAxeViolations(container);
    vi.useFakeTimers();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    await advance(10);
    expect(calls).toBe(2);
    expect(screen.getByText('Camera: Front door')).toBeInTheDocument();
  });
});

function Usage({ fail }: { fail: () => boolean }) {
  const query = useQuery({
    queryKey: ['usage'],
    queryFn: () => (fail() ? Promise.reject(errors.forbidden()) : Promise.resolve('3 of 10 runs')),
    retry: false,
  });
  return (
    <div>
      <p>Usage: {query.data}</p>
      <button type="button" onClick={() => query.refetch()}>
        Refresh
      </button>
    </div>
  );
}

describe('QueryErrorBoundary rendered on the server', () => {
  it('hydrates a query whose data the server fetched', async () => {
    const { client } = setup();
    client.setQueryData(['camera'], 'Front door');
    const { container } = await expectHydration(
      <QueryClientProvider client={client}>
        <QueryErrorBoundary>
          <Camera queryFn={() => Promise.resolve('Front door')} />
        </QueryErrorBoundary>
      </QueryClientProvider>,
    );
    expect(container).toHaveTextContent('Camera: Front door');
  });
});

describe('query toasts', () => {
  it('shows a sticky toast for a failed background refetch and removes it when the query succeeds again', async () => {
    const { wrap, queue } = setup();
    let failing = false;
    wrap(<Usage fail={() => failing} />);
    await advance(10);
    expect(screen.getByText('Usage: 3 of 10 runs')).toBeInTheDocument();

    failing = true;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await advance(10);
    const region = screen.getByRole('region', { name: /Notifications/ });
    expect(region).toHaveTextContent('The viewer role cannot invite team members.');
    await advance(60_000);
    expect(region).toHaveTextContent('The viewer role cannot invite team members.');

    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Refresh' }));
    await advance(10);
    expect(queue.getSnapshot().toasts).toHaveLength(0);
    expect(screen.queryByRole('region', { name: /Notifications/ })).not.toBeInTheDocument();
  });
});

function Status({ onFetch = () => {} }: { onFetch?: () => void }) {
  const query = useQuery({
    queryKey: ['status'],
    queryFn: () => {
      onFetch();
      return Promise.reject(makeError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Down.' }));
    },
  });
  const retry = useRetryState(query);
  return (
    <div>
      <p>
        {retry.retrying
          ? `Retrying in ${retry.secondsLeft} s (try ${retry.attempt})`
          : `Status: ${query.status}`}
      </p>
      <button type="button" onClick={retry.retryNow}>
        Retry now
      </button>
    </div>
  );
}

describe('useRetryState', () => {
  it('counts down to the retry TanStack Query really makes', async () => {
    const { client, wrap } = setup({ baseBackoffMs: 6000, maxRetries: 1 });
    const spy = vi.fn();
    client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'fetch') spy(Date.now());
    });
    wrap(<Status />);
    await advance(10);
    expect(screen.getByText('Retrying in 3 s (try 2)')).toBeInTheDocument();
    await advance(1000);
    expect(screen.getByText('Retrying in 2 s (try 2)')).toBeInTheDocument();
    await advance(1990);
    expect(screen.getByText('Status: error')).toBeInTheDocument();
  });

  it('tries at once on "Retry now"', async () => {
    const { wrap } = setup({ baseBackoffMs: 20_000, maxRetries: 1 });
    const onFetch = vi.fn();
    wrap(<Status onFetch={onFetch} />);
    await advance(10);
    expect(screen.getByText(/Retrying in 10 s/)).toBeInTheDocument();
    expect(onFetch).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Retry now' }));
    await advance(10);
    expect(onFetch).toHaveBeenCalledTimes(2);
  });
});

function InviteForm() {
  const mutation = useMutation({ mutationFn: (_email: string) => Promise.reject(errors.validation()) });
  const fields = useMutationFieldErrors(mutation);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        mutation.mutate('ada@example.test');
      }}
    >
      <label htmlFor={fields.fieldId('email')}>Email</label>
      <input {...fields.getFieldProps('email')} defaultValue="ada@" />
      <p id={fields.errorId('email')}>{fields.getError('email')}</p>
      <button type="submit">Invite</button>
    </form>
  );
}

/** A sign-up form whose API names a field the form does not have, then the email. */
function SignUpForm({ onRequest }: { onRequest: () => Promise<never> | undefined }) {
  const mutation = useMutation({
    mutationFn: (_email: string) =>
      onRequest() ??
      Promise.reject(
        validationError([
          { path: 'company', message: 'Company is required for team plans.' },
          { path: 'email', message: 'Enter a valid email address.' },
        ]),
      ),
  });
  const fields = useMutationFieldErrors(mutation);
  return (
    <FieldErrorsProvider value={fields}>
      <form
        aria-label="Sign up"
        onSubmit={(event) => {
          event.preventDefault();
          mutation.mutate('ada@');
        }}
      >
        <ErrorSummary autoFocus={false} />
        <label htmlFor={fields.fieldId('email')}>Email</label>
        <input {...fields.getFieldProps('email')} defaultValue="ada@" />
        <FieldError name="email" />
        <button type="submit">Sign up</button>
      </form>
    </FieldErrorsProvider>
  );
}

describe('useMutationFieldErrors', () => {
  it('sends every submit when the server names a field the form does not have, and lists that message', async () => {
    const { wrap } = setup();
    const onRequest = vi.fn();
    wrap(<SignUpForm onRequest={onRequest} />);
    for (let i = 0; i < 3; i++) {
      fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
      await advance(10);
    }
    expect(onRequest).toHaveBeenCalledTimes(3);
    expect(screen.getByText('Company is required for team plans.')).toBeInTheDocument();
    expect(screen.getByLabelText('Email')).toHaveAccessibleDescription(/Enter a valid email address\./);
    expect(screen.getByLabelText('Email')).toHaveValue('ada@');
  });

  it('clears the last failure’s messages as soon as the form is submitted again', async () => {
    const { wrap } = setup();
    let attempts = 0;
    // The second request stays in flight.
    const onRequest = () => (attempts++ === 0 ? undefined : new Promise<never>(() => {}));
    wrap(<SignUpForm onRequest={onRequest} />);
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await advance(10);
    expect(screen.getByLabelText('Email')).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await advance(10);
    expect(attempts).toBe(2);
    expect(screen.getByLabelText('Email')).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByText('Company is required for team plans.')).toBeNull();
  });

  it('puts a failed mutation’s field errors under the form fields, not in a toast', async () => {
    const { queue, wrap } = setup();
    wrap(<InviteForm />);
    fireEvent.click(screen.getByRole('button', { name: 'Invite' }));
    await advance(10);
    const input = screen.getByLabelText('Email');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('Enter a valid email address.');
    expect(input).toHaveValue('ada@');
    expect(queue.getSnapshot().toasts).toHaveLength(0);
  });
});
