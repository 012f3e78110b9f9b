import { ErrorNotice, PendingButton } from '@faultline/react';
import { useRefresh } from '@faultline/react/query';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getJson } from '../api.js';
import type { SystemStatus } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader, TableScroll } from '../ui.js';

const STATE_LABEL = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  outage: 'Outage',
} as const;

const KEY = ['status'];

/**
 * The platform's status page: each component's state and uptime, refreshed every 30 seconds in the
 * background (quietly), and on "Check now", whose failure shows at once.
 */
export function Status(): ReactNode {
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => getJson<SystemStatus>('/status', signal),
    refetchInterval: 30_000,
  });
  const check = useRefresh(query, KEY);
  return (
    <>
      <ScreenHeader
        title="Status"
        actions={
          <PendingButton
            className="button button-secondary"
            onClick={check.refresh}
            pending={check.refreshing}
          >
            {check.refreshing ? 'Checking…' : 'Check now'}
          </PendingButton>
        }
      >
        How Harbor is doing right now.
      </ScreenHeader>
      <div className="stack">
        <DemoHint>
          Switch the mock API offline or raise its 5xx rate in the panel: the first failure shows at once
          while faultline retries with back-off, and the page recovers by itself when calls succeed again.
        </DemoHint>
        {check.error && query.data !== undefined ? (
          // The check the visitor asked for failed: said at once, with the retry to come.
          <div className="stack">
            <ErrorNotice error={check.error} onRetry={check.refreshing ? check.retryNow : check.refresh} />
            {check.refreshing ? (
              <div className="retry-line">
                <p className="muted small" role="status">
                  {check.waitingForNetwork
                    ? 'Waiting for the connection to come back…'
                    : check.retrying
                      ? `Retrying in ${check.secondsLeft} s (attempt ${check.attempt}).`
                      : 'Trying again…'}
                </p>
                <button type="button" className="button button-ghost button-small" onClick={check.stop}>
                  Stop retrying
                </button>
              </div>
            ) : null}
          </div>
        ) : null}
        <QueryView query={query} label="the status">
          {(status) => {
            const allOk = status.components.every((c) => c.state === 'operational');
            return (
              <section className="card" aria-labelledby="components-title">
                <div className="status-banner" data-ok={allOk}>
                  {allOk ? 'All systems operational' : 'Some systems are degraded'}
                </div>
                <h2 id="components-title" className="fl-visually-hidden">
                  Components
                </h2>
                <TableScroll label="Components table">
                  <table className="table">
                    <thead>
                      <tr>
                        <th scope="col">Component</th>
                        <th scope="col">State</th>
                        <th scope="col">Uptime (90 days)</th>
                      </tr>
                    </thead>
                    <tbody>
                      {status.components.map((c) => (
                        <tr key={c.name}>
                          <td>{c.name}</td>
                          <td>
                            <span className="status-dot" data-state={c.state} aria-hidden="true" />
                            {STATE_LABEL[c.state]}
                          </td>
                          <td>{c.uptime.toFixed(2)}%</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableScroll>
                <p className="muted small">
                  Checked{' '}
                  <time dateTime={status.checkedAt}>{new Date(status.checkedAt).toLocaleTimeString()}</time>
                </p>
              </section>
            );
          }}
        </QueryView>
      </div>
    </>
  );
}
