import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getJson } from '../api.js';
import type { SystemStatus } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader } from '../ui.js';

const STATE_LABEL = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  outage: 'Outage',
} as const;

/** The platform's status page: each component's state and uptime, refreshed every 30 seconds. */
export function Status(): ReactNode {
  const query = useQuery({
    queryKey: ['status'],
    queryFn: ({ signal }) => getJson<SystemStatus>('/status', signal),
    refetchInterval: 30_000,
  });
  return (
    <>
      <ScreenHeader
        title="Status"
        actions={
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void query.refetch()}
            disabled={query.isFetching}
          >
            {query.isFetching ? 'Checking…' : 'Check now'}
          </button>
        }
      >
        How Harbor is doing right now.
      </ScreenHeader>
      <div className="stack">
        <DemoHint>
          Switch the mock API offline or raise its 5xx rate in the panel: the first failure shows at once
          while faultline retries with back-off, and the page recovers by itself when calls succeed again.
        </DemoHint>
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
                <table className="table" style={{ marginTop: '1rem' }}>
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
