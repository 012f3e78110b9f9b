import { QueryErrorBoundary } from '@faultline/react/query';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getJson } from '../api.js';
import type { Agent } from '../model.js';
import { href } from '../router.js';
import { Loading, ScreenHeader } from '../ui.js';

function AgentContent({ id }: { id: string }): ReactNode {
  // Thrown to the boundary: a missing agent replaces the whole screen with faultline's fallback.
  const query = useQuery({
    queryKey: ['agents', id],
    queryFn: ({ signal }) => getJson<Agent>(`/agents/${encodeURIComponent(id)}`, signal),
    throwOnError: true,
  });
  if (!query.data) return <Loading label="Loading the agent…" />;
  const agent = query.data;
  return (
    <div className="stack">
      <section className="card" aria-labelledby="agent-settings-title">
        <h2 id="agent-settings-title">{agent.name}</h2>
        <dl className="grid-2" style={{ marginTop: '0.75rem' }}>
          <div>
            <dt className="muted small">Model</dt>
            <dd style={{ margin: 0 }}>{agent.model}</dd>
          </div>
          <div>
            <dt className="muted small">Temperature</dt>
            <dd style={{ margin: 0 }}>{agent.temperature}</dd>
          </div>
          <div>
            <dt className="muted small">Max tokens per run</dt>
            <dd style={{ margin: 0 }}>{agent.limits.max_tokens.toLocaleString('en')}</dd>
          </div>
          <div>
            <dt className="muted small">Tools</dt>
            <dd style={{ margin: 0 }}>{agent.tools.map((t) => t.name).join(', ') || 'None'}</dd>
          </div>
        </dl>
        <h3 style={{ fontSize: '0.95rem', marginTop: '1rem' }}>Instructions</h3>
        <p>{agent.system_prompt || <span className="muted">None</span>}</p>
      </section>
    </div>
  );
}

/** One agent; a stale link (404) shows faultline's boundary fallback. */
export function AgentDetail({ id }: { id: string }): ReactNode {
  return (
    <>
      <ScreenHeader title="Agent" actions={<a href={href('agents')}>Back to agents</a>}>
        <span className="mono">{id}</span>
      </ScreenHeader>
      <QueryErrorBoundary resetKeys={[id]}>
        <AgentContent id={id} />
      </QueryErrorBoundary>
    </>
  );
}
