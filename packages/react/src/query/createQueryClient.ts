import { QueryClient, type QueryClientConfig } from '@tanstack/react-query';
import { type FaultlineQueryOptions, faultlineQueryDefaults } from './faultlineQueryDefaults.js';

/** Options of {@link createQueryClient}: faultline's, plus any `QueryClient` config. */
export interface CreateQueryClientOptions extends FaultlineQueryOptions {
  /** Extra `QueryClient` config; its `defaultOptions` are merged over faultline's. */
  config?: QueryClientConfig | undefined;
}

/** A `QueryClient` with faultline wired in: routing of failures, toasts, and retries that honour `Retry-After`. */
export function createQueryClient(options: CreateQueryClientOptions = {}): QueryClient {
  const { config = {}, ...faultline } = options;
  const defaults = faultlineQueryDefaults(faultline);
  return new QueryClient({
    ...config,
    queryCache: config.queryCache ?? defaults.queryCache,
    mutationCache: config.mutationCache ?? defaults.mutationCache,
    defaultOptions: {
      ...config.defaultOptions,
      queries: { ...defaults.defaultOptions.queries, ...config.defaultOptions?.queries },
      mutations: { ...defaults.defaultOptions.mutations, ...config.defaultOptions?.mutations },
    },
  });
}
