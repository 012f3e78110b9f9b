import { type ApiError, type Decoder, defaultDecoder, toApiError } from '@faultline/core';
import {
  type DefaultOptions,
  type Mutation,
  MutationCache,
  type Query,
  QueryCache,
} from '@tanstack/react-query';
import { seen } from '../internal/seen.js';
import type { ToastQueue } from '../toast/index.js';
import { toast as defaultToast } from '../toast/index.js';
import { isAsked } from './askedFetches.js';
import { mutationToastOf, presentationOf, type QueryErrorPresentation, wantsBoundary } from './meta.js';
import { createRetryPolicy, type RetryPolicyOptions } from './retry.js';

/** The part of the toast API the query integration calls. */
export interface QueryToaster {
  /** Shows (or updates, for an existing `id`) an error toast. */
  error(
    error: unknown,
    options?: {
      id?: string;
      duration?: number;
      onRetry?: () => void;
      title?: string | undefined;
      background?: boolean;
    },
  ): unknown;
  /** Shows (or updates) an informational toast: a mutation's `meta.toast.loading`. */
  info?(message: string, options?: { id?: string; duration?: number }): unknown;
  /** Shows (or updates) a success toast: a mutation's `meta.toast.success`. */
  success?(message: string, options?: { id?: string }): unknown;
  /** Removes the toast with this id. */
  dismiss(id: string): void;
  /** The queue behind the toasts, told how many mutations wait for the network (shown in the offline status). */
  queue?: Pick<ToastQueue, 'setWaiting'> | undefined;
}

/** What `onError` is told besides the error. */
export interface FaultlineErrorContext {
  /** Whether a query or a mutation failed. */
  source: 'query' | 'mutation';
  /** How the failure was presented. */
  presentation: QueryErrorPresentation;
  /** The query that failed, for a query. */
  query?: Query<unknown, unknown, unknown> | undefined;
  /** The mutation that failed, for a mutation. */
  mutation?: Mutation<unknown, unknown, unknown, unknown> | undefined;
}

/** Options of {@link faultlineQueryDefaults} and `createQueryClient`. */
export interface FaultlineQueryOptions extends RetryPolicyOptions {
  /** The toast API to route to. Default: faultline's global `toast`. */
  toaster?: QueryToaster | undefined;
  /**
   * The decoder for thrown values that are not `ApiError`s yet, for the toast and the retry alike.
   * Default: every built-in dialect.
   */
  decoder?: Decoder | undefined;
  /** Keep a failed query's toast until the query succeeds again (default `true`). */
  stickyQueryToasts?: boolean | undefined;
  /** Called for every failure after it is routed: for logging and monitoring. */
  onError?: ((error: ApiError, context: FaultlineErrorContext) => void) | undefined;
}

/** What {@link faultlineQueryDefaults} returns: spread it into `new QueryClient({ ... })`. */
export interface FaultlineQueryClientConfig {
  /** A query cache that routes failures and clears a query's toast when it succeeds. */
  queryCache: QueryCache;
  /** A mutation cache that routes failures. */
  mutationCache: MutationCache;
  /** Retry policy for queries; no retries for mutations unless one opts in. */
  defaultOptions: DefaultOptions;
}

/** The id of the one toast a mutation with `meta.toast` owns. */
export function mutationToastId(mutationId: number): string {
  return `faultline-mutation:${mutationId}`;
}

/** The id of the one toast a failing query owns. */
export function queryToastId(queryHash: string): string {
  return `faultline-query:${queryHash}`;
}

/**
 * Whether a query's failure goes to the nearest `QueryErrorBoundary`: it asked for it with
 * `meta.errorPresentation: 'boundary'` and has no data on screen that the fallback would replace.
 */
function throwsToBoundary(query: {
  meta?: Record<string, unknown> | undefined;
  state: { data: unknown };
}): boolean {
  return wantsBoundary(query.meta) && query.state.data === undefined;
}

/**
 * The faultline wiring for a `QueryClient`: failures decoded into `ApiError`s and routed by
 * `meta.errorPresentation` (toast / inline / boundary / silent), retries that honour `Retry-After`,
 * and no retry of mutations (no double submit). Spread into `new QueryClient({ ...faultlineQueryDefaults() })`.
 *
 * A query's own `throwOnError` decides whether it throws to a `QueryErrorBoundary`; the default set
 * here throws only the queries that ask for it with `meta.errorPresentation: 'boundary'`, so a query
 * in an app without a boundary never takes the page down.
 */
export function faultlineQueryDefaults(options: FaultlineQueryOptions = {}): FaultlineQueryClientConfig {
  const toaster = options.toaster ?? defaultToast;
  const sticky = options.stickyQueryToasts ?? true;
  const decode = (error: unknown) => toApiError(error, { decoder: options.decoder ?? defaultDecoder() });
  const policy = createRetryPolicy(options);

  const queryCache = new QueryCache({
    onError(error, query) {
      const apiError = decode(error);
      seen(apiError, 'query');
      // A query with nothing on screen yet shows its failure in place (component or boundary);
      // one that already shows data failed in the background, so only a toast can tell.
      // A refresh the person asked for (useRefresh) shows its failure in place.
      const presentation: QueryErrorPresentation = throwsToBoundary(query)
        ? 'boundary'
        : (presentationOf(query.meta) ??
          (query.state.data === undefined || isAsked(query) ? 'inline' : 'toast'));
      if (presentation === 'toast') {
        // A refetch is background work: kept while the tab is hidden. Try again (also on reconnect
        // and in "Retry all") joins a fetch already running rather than starting a second one.
        const onRetry = () => {
          if (query.isActive()) void query.fetch().catch(() => {});
        };
        const id = queryToastId(query.queryHash);
        toaster.error(
          apiError,
          sticky
            ? { id, duration: Number.POSITIVE_INFINITY, background: true, onRetry }
            : { id, background: true, onRetry },
        );
      }
      options.onError?.(apiError, { source: 'query', presentation, query });
    },
    onSuccess(_data, query) {
      toaster.dismiss(queryToastId(query.queryHash));
    },
  });

  const mutationCache = new MutationCache({
    onMutate(_variables, mutation) {
      const copy = mutationToastOf(mutation.meta);
      if (copy)
        toaster.info?.(copy.loading, {
          id: mutationToastId(mutation.mutationId),
          duration: Number.POSITIVE_INFINITY,
        });
    },
    onSuccess(_data, _variables, _context, mutation) {
      const copy = mutationToastOf(mutation.meta);
      if (copy) toaster.success?.(copy.success, { id: mutationToastId(mutation.mutationId) });
    },
    onError(error, variables, _context, mutation) {
      const apiError = decode(error);
      seen(apiError, 'mutation');
      // A validation error belongs to its form (useMutationFieldErrors), not to a toast.
      const presentation =
        presentationOf(mutation.meta) ?? (apiError.kind === 'validation' ? 'inline' : 'toast');
      const copy = mutationToastOf(mutation.meta);
      const id = mutationToastId(mutation.mutationId);
      if (copy && presentation === 'toast') {
        // Try again sends the same variables once more through the same mutation, so its own
        // callbacks run and the toast follows it; the outcome is presented by this cache.
        const onRetry = () => void mutation.execute(variables).catch(() => {});
        toaster.error(apiError, { id, onRetry, title: copy.error });
      } else if (copy) toaster.dismiss(id);
      else if (presentation === 'toast') toaster.error(apiError);
      options.onError?.(apiError, { source: 'mutation', presentation, mutation });
    },
  });

  // Mutations paused for the network are "waiting to send" in the offline status; TanStack Query
  // sends each once when the network is back.
  const queue = options.toaster ? options.toaster.queue : defaultToast.queue;
  if (queue) {
    let waiting = 0;
    mutationCache.subscribe(() => {
      const paused = mutationCache.getAll().filter((mutation) => mutation.state.isPaused).length;
      if (paused === waiting) return;
      waiting = paused;
      queue.setWaiting(paused);
    });
  }

  return {
    queryCache,
    mutationCache,
    defaultOptions: {
      queries: {
        retry: policy.retry,
        retryDelay: policy.retryDelay,
        throwOnError: (_error, query) => throwsToBoundary(query),
      },
      mutations: { retry: false, retryDelay: policy.retryDelay },
    },
  };
}
