import { ErrorNotice, PendingButton, toast } from '@faultline/react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getJson, postJson } from '../api.js';
import type { Workspace } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader } from '../ui.js';

const SYNTHESIS_LABEL = { idle: 'Not run', running: 'Running', done: 'Done' } as const;

function WorkspaceRow({ workspace }: { workspace: Workspace }): ReactNode {
  const queryClient = useQueryClient();
  const synthesis = useMutation({
    mutationFn: () => postJson(`/workspaces/${workspace.id}/synthesis`),
    meta: { errorPresentation: 'inline' },
    // A 409 says someone else started it since the list was read: read the list again.
    onError: (error) => {
      if (error.kind === 'conflict') void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    },
    onSuccess: () => {
      toast.success(`Synthesis started for ${workspace.name}.`);
      void queryClient.invalidateQueries({ queryKey: ['workspaces'] });
    },
  });
  const pending = workspace.sources.filter((s) => s.status !== 'ready').length;
  const titleId = `ws-${workspace.id}`;
  return (
    <li aria-labelledby={titleId}>
      <div className="list-row">
        <div className="grow">
          <h2 id={titleId} className="list-title" style={{ fontSize: '1rem' }}>
            {workspace.name}
          </h2>
          <p className="muted small" style={{ margin: 0 }}>
            {workspace.sources.length === 1 ? '1 source' : `${workspace.sources.length} sources`}
            {pending > 0 ? `, ${pending} still processing` : ', all ready'}
          </p>
        </div>
        <span className={workspace.synthesis === 'running' ? 'badge badge-info' : 'badge'}>
          Synthesis: {SYNTHESIS_LABEL[workspace.synthesis]}
        </span>
        <PendingButton
          type="button"
          className="button button-secondary button-small"
          onClick={() => synthesis.mutate()}
          pending={synthesis.isPending}
          // Running already: there is nothing to start, but the button keeps its place for the keyboard.
          disabled={workspace.synthesis === 'running'}
          aria-describedby={titleId}
        >
          {synthesis.isPending ? 'Starting…' : 'Run synthesis'}
        </PendingButton>
      </div>
      {synthesis.error ? (
        <div className="list-notice">
          <ErrorNotice error={synthesis.error} onRetry={() => synthesis.mutate()} />
        </div>
      ) : null}
    </li>
  );
}

/** Research workspaces: running a synthesis fails with 409 (already running), 422 (sources not ready) or 500. */
export function Workspaces(): ReactNode {
  const query = useQuery({
    queryKey: ['workspaces'],
    queryFn: ({ signal }) => getJson<Workspace[]>('/workspaces', signal),
  });
  return (
    <>
      <ScreenHeader title="Workspaces">
        Each workspace collects research sources; a synthesis turns them into themes.
      </ScreenHeader>
      <div className="stack">
        <DemoHint>
          A teammate just started Onboarding research’s synthesis, after this list was read (409; the list
          then shows it running). Churn interviews has sources still processing (422), Pricing study fails on
          the server (500, with a request id for support).
        </DemoHint>
        <section className="card" aria-label="Workspaces">
          <QueryView query={query} label="workspaces">
            {(workspaces) => (
              <ul className="list">
                {workspaces.map((w) => (
                  <WorkspaceRow key={w.id} workspace={w} />
                ))}
              </ul>
            )}
          </QueryView>
        </section>
      </div>
    </>
  );
}
