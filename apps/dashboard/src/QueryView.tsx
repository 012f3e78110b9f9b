import type { ApiError } from '@faultline/react';
import { ErrorNotice } from '@faultline/react';
import { useRetryState } from '@faultline/react/query';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Loading } from './ui.js';

/** Props of {@link QueryView}. */
export interface QueryViewProps<T> {
  /** The query whose data the screen shows. */
  query: UseQueryResult<T, ApiError>;
  /** What is loading, for the loading line ("team members"). */
  label: string;
  /** Renders the data. */
  children: (data: T) => ReactNode;
}

/**
 * A screen's data, or why it is not there yet: loading, failing while faultline's retry policy tries
 * again (with the failure shown at once), or failed. A failure after data was shown is a toast
 * (faultline's query cache does that), so the data stays on screen.
 */
export function QueryView<T>({ query, label, children }: QueryViewProps<T>): ReactNode {
  const retry = useRetryState(query);
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return <ErrorNotice error={query.error} onRetry={() => void query.refetch()} />;
  }
  if (query.failureReason) {
    return (
      <div className="stack">
        <ErrorNotice error={query.failureReason} onRetry={retry.retryNow} />
        <p className="muted small" role="status">
          {retry.waitingForNetwork
            ? 'Waiting for the connection to come back…'
            : retry.retrying
              ? `Trying again in ${retry.secondsLeft} s (attempt ${retry.attempt}).`
              : 'Trying again…'}
        </p>
      </div>
    );
  }
  return <Loading label={`Loading ${label}…`} />;
}
