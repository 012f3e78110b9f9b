import { type ApiError, BUILTIN_DIALECTS, createDecoder, toApiError } from '@faultline/core';
import { MutationObserver, type QueryClient, QueryObserver } from '@tanstack/react-query';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errors, makeError, TEST_NOW } from '../test-utils/errors.js';
import { createQueryClient } from './createQueryClient.js';
import { faultlineQueryDefaults, queryToastId } from './faultlineQueryDefaults.js';

function fakeToaster() {
  return {
    error: vi.fn((_error: unknown, _options?: { id?: string; duration?: number }) => 'toast'),
    dismiss: vi.fn(),
  };
}

function observe(
  client: QueryClient,
  key: string,
  queryFn: () => Promise<unknown>,
  meta?: Record<string, unknown>,
) {
  const observer = new QueryObserver(client, { queryKey: [key], queryFn, ...(meta ? { meta } : {}) });
  const unsubscribe = observer.subscribe(() => {});
  return { observer, unsubscribe };
}

let client: QueryClient;
let toaster: ReturnType<typeof fakeToaster>;

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(TEST_NOW);
  toaster = fakeToaster();
  client = createQueryClient({ toaster, random: () => 0.5 });
});

afterEach(() => {
  client.clear();
  vi.useRealTimers();
});

describe('faultlineQueryDefaults routing', () => {
  it('leaves a first load failure to the component or boundary: no toast', async () => {
    const { unsubscribe } = observe(client, 'agents', async () => {
      throw makeError(404, { error: 'not_found', message: 'Camera not found.' });
    });
    await vi.runAllTimersAsync();
    expect(client.getQueryState(['agents'])?.status).toBe('error');
    expect(toaster.error).not.toHaveBeenCalled();
    unsubscribe();
  });

  it('toasts a failed background refetch of a query that already shows data, once per query', async () => {
    let fail = false;
    const { observer, unsubscribe } = observe(client, 'usage', async () => {
      if (fail)
        throw makeError(403, { code: 'FORBIDDEN', message: 'You do not have access to this workspace' });
      return { used: 3 };
    });
    await vi.runAllTimersAsync();
    fail = true;
    await observer.refetch();
    await observer.refetch();
    expect(toaster.error).toHaveBeenCalledTimes(2);
    const [error, options] = toaster.error.mock.calls[0] ?? [];
    expect((error as ApiError | undefined)?.kind).toBe('forbidden');
    // A refetch is background work (kept while the tab is hidden) and can be tried again.
    const expected = {
      id: queryToastId(observer.getCurrentQuery().queryHash),
      duration: Number.POSITIVE_INFINITY,
      background: true,
      onRetry: expect.any(Function),
    };
    expect(options).toEqual(expected);
    expect(toaster.error.mock.calls[1]?.[1]).toEqual(expected);
    unsubscribe();
  });

  it('dismisses the sticky toast of a query once it succeeds again', async () => {
    let fail = false;
    const { observer, unsubscribe } = observe(client, 'usage', async () => {
      if (fail) throw makeError(403, { code: 'FORBIDDEN', message: 'No access' });
      return 1;
    });
    await vi.runAllTimersAsync();
    fail = true;
    await observer.refetch();
    fail = false;
    await observer.refetch();
    expect(toaster.dismiss).toHaveBeenLastCalledWith(queryToastId(observer.getCurrentQuery().queryHash));
    unsubscribe();
  });

  it('follows meta.errorPresentation over the defaults', async () => {
    const silent = observe(
      client,
      'a',
      async () => {
        throw makeError(403);
      },
      { errorPresentation: 'silent' },
    );
    const toasted = observe(
      client,
      'b',
      async () => {
        throw makeError(403);
      },
      { errorPresentation: 'toast' },
    );
    await vi.runAllTimersAsync();
    expect(toaster.error).toHaveBeenCalledTimes(1);
    silent.unsubscribe();
    toasted.unsubscribe();
  });

  it('toasts a failed mutation by default', async () => {
    const mutation = new MutationObserver(client, {
      mutationFn: async () => {
        throw makeError(409, { code: 'SYNTHESIS_IN_PROGRESS', message: 'Synthesis is already running.' });
      },
    });
    await mutation.mutate().catch(() => {});
    expect(toaster.error).toHaveBeenCalledTimes(1);
    expect((toaster.error.mock.calls[0]?.[0] as ApiError | undefined)?.code).toBe('SYNTHESIS_IN_PROGRESS');
  });

  it('sends a mutation validation error to its form instead of a toast', async () => {
    const mutation = new MutationObserver(client, {
      mutationFn: async () => {
        throw errors.validation();
      },
    });
    await mutation.mutate().catch(() => {});
    expect(toaster.error).not.toHaveBeenCalled();
    expect(mutation.getCurrentResult().error).toMatchObject({ kind: 'validation' });
  });

  it('decodes whatever a query function throws and reports it to onError', async () => {
    const onError = vi.fn();
    const local = createQueryClient({ toaster, onError, maxRetries: 0 });
    const { unsubscribe } = observe(local, 'x', async () => {
      throw new TypeError('Failed to fetch');
    });
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ kind: 'network' }),
      expect.objectContaining({ source: 'query', presentation: 'inline' }),
    );
    unsubscribe();
    local.clear();
  });
});

describe('faultlineQueryDefaults boundary', () => {
  it('throws to the boundary only a query that asks for it and has no data on screen', () => {
    const { throwOnError } = faultlineQueryDefaults().defaultOptions.queries ?? {};
    // The parts of a query the decision reads.
    const query = (meta: Record<string, unknown> | undefined, data: unknown) =>
      ({ meta, state: { data } }) as never;
    expect(typeof throwOnError).toBe('function');
    if (typeof throwOnError !== 'function') return;
    const error = makeError(500);
    expect(throwOnError(error, query({ errorPresentation: 'boundary' }, undefined))).toBe(true);
    expect(throwOnError(error, query({ errorPresentation: 'boundary' }, ['Front door']))).toBe(false);
    expect(throwOnError(error, query({ errorPresentation: 'inline' }, undefined))).toBe(false);
    expect(throwOnError(error, query(undefined, undefined))).toBe(false);
  });

  it('reports the first-load failure of a boundary query to onError as shown by the boundary, not as a toast', async () => {
    const onError = vi.fn();
    const local = createQueryClient({ toaster, onError, maxRetries: 0 });
    const { unsubscribe } = observe(
      local,
      'cameras',
      async () => {
        throw makeError(500);
      },
      { errorPresentation: 'boundary' },
    );
    await vi.runAllTimersAsync();
    expect(onError).toHaveBeenCalledWith(
      expect.objectContaining({ status: 500 }),
      expect.objectContaining({ source: 'query', presentation: 'boundary' }),
    );
    expect(toaster.error).not.toHaveBeenCalled();
    unsubscribe();
    local.clear();
  });
});

describe('faultlineQueryDefaults retries', () => {
  it('retries a 429 with Retry-After: 2 after 2 seconds, not the default 1 second', async () => {
    const calls: number[] = [];
    const { unsubscribe } = observe(client, 'login', async () => {
      calls.push(Date.now());
      if (calls.length === 1) throw errors.rateLimited(2);
      return 'ok';
    });
    await vi.advanceTimersByTimeAsync(1999);
    expect(calls).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(calls).toHaveLength(2);
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBe(2000);
    expect(client.getQueryData(['login'])).toBe('ok');
    unsubscribe();
  });

  it('retries what its decoder reads as a rate limit, as its toast would present it', async () => {
    // An API of the app's own answers 400 with a code of its own while an export window is full.
    const windowFull = () =>
      Object.assign(new Error('Request failed with status code 400'), {
        isAxiosError: true,
        response: {
          status: 400,
          headers: {},
          data: { error: { code: 'EXPORT_WINDOW_FULL', message: 'Exports are paused for this workspace.' } },
        },
      });
    const decoder = createDecoder({
      dialects: BUILTIN_DIALECTS,
      codes: { EXPORT_WINDOW_FULL: 'rate_limited' },
    });
    const local = createQueryClient({ toaster, decoder, random: () => 0.5 });
    const queryFn = vi.fn(async () => {
      if (queryFn.mock.calls.length === 1) throw windowFull();
      return 'exported';
    });
    const { unsubscribe } = observe(local, 'export', queryFn);
    await vi.runAllTimersAsync();
    expect(queryFn).toHaveBeenCalledTimes(2);
    expect(local.getQueryData(['export'])).toBe('exported');
    unsubscribe();
    local.clear();
  });

  it('never retries a 422', async () => {
    const queryFn = vi.fn(async () => {
      throw errors.validation();
    });
    const { unsubscribe } = observe(client, 'form', queryFn);
    await vi.runAllTimersAsync();
    expect(queryFn).toHaveBeenCalledTimes(1);
    unsubscribe();
  });

  it('retries a 503 three times with growing jittered delays, then gives up', async () => {
    const calls: number[] = [];
    const { unsubscribe } = observe(client, 'status', async () => {
      calls.push(Date.now());
      throw makeError(503, { code: 'SERVICE_UNAVAILABLE', message: 'Down for a moment.' });
    });
    await vi.runAllTimersAsync();
    expect(calls).toHaveLength(4);
    const gaps = calls.slice(1).map((t, i) => t - (calls[i] ?? 0));
    expect(gaps).toEqual([500, 1000, 2000]);
    expect(client.getQueryState(['status'])?.status).toBe('error');
    unsubscribe();
  });

  it('does not retry a mutation (no double submit), even on a 503', async () => {
    const mutationFn = vi.fn(async () => {
      throw makeError(503);
    });
    const mutation = new MutationObserver(client, { mutationFn });
    await mutation.mutate().catch(() => {});
    await vi.runAllTimersAsync();
    expect(mutationFn).toHaveBeenCalledTimes(1);
  });

  it('retries a mutation that opts in, with the same Retry-After-aware delay', async () => {
    const calls: number[] = [];
    const mutation = new MutationObserver(client, {
      retry: 1,
      mutationFn: async () => {
        calls.push(Date.now());
        if (calls.length === 1) throw errors.rateLimited(2);
        return 'sent';
      },
    });
    const done = mutation.mutate();
    await vi.advanceTimersByTimeAsync(2000);
    await expect(done).resolves.toBe('sent');
    expect((calls[1] ?? 0) - (calls[0] ?? 0)).toBe(2000);
  });

  it('hands a wait longer than the cap to the countdown instead of retrying', async () => {
    const queryFn = vi.fn(async () => {
      throw errors.rateLimited(3600);
    });
    const { unsubscribe } = observe(client, 'verify', queryFn);
    await vi.runAllTimersAsync();
    expect(queryFn).toHaveBeenCalledTimes(1);
    const error = toApiError(client.getQueryState(['verify'])?.error);
    expect(error.retryAt).toBe(TEST_NOW + 3_600_000);
    unsubscribe();
  });
});
