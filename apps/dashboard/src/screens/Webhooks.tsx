import { PendingButton, toast } from '@faultline/react';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { getJson, postJson } from '../api.js';
import type { Webhook } from '../model.js';
import { QueryView } from '../QueryView.js';
import { ActionTable, DemoHint, ScreenHeader } from '../ui.js';
import { WebhookForm } from './WebhookForm.js';

function WebhookRow({ webhook }: { webhook: Webhook }): ReactNode {
  // Failures go to faultline's toasts (the mutation cache's default): click twice and the same
  // failure becomes one toast with a count.
  const test = useMutation({
    mutationFn: () => postJson<{ delivered: boolean; status: number }>(`/webhooks/${webhook.id}/test`),
    onSuccess: (result) => toast.success(`Test event delivered to ${webhook.url} (HTTP ${result.status}).`),
  });
  return (
    <tr>
      <td>
        <span className="mono">{webhook.url}</span>
      </td>
      <td>
        {webhook.events.map((e) => (
          <span key={e} className="badge" style={{ marginRight: '0.3rem' }}>
            {e}
          </span>
        ))}
      </td>
      <td className="actions">
        <PendingButton
          type="button"
          className="button button-secondary button-small"
          onClick={() => test.mutate()}
          pending={test.isPending}
        >
          {test.isPending ? 'Sending…' : 'Send test event'}
          <span className="fl-visually-hidden"> to {webhook.url}</span>
        </PendingButton>
      </td>
    </tr>
  );
}

/** Webhook endpoints: a test event fails with 400 (signature invalid) or 502 (delivery failed), shown as toasts. */
export function Webhooks(): ReactNode {
  const query = useQuery({
    queryKey: ['webhooks'],
    queryFn: ({ signal }) => getJson<Webhook[]>('/webhooks', signal),
  });
  return (
    <>
      <ScreenHeader title="Webhooks">Harbor posts events to these endpoints.</ScreenHeader>
      <div className="stack">
        <DemoHint>
          The first endpoint rejects the signature (400), the second cannot be reached (502); their failures
          arrive as toasts.
        </DemoHint>
        <section className="card" aria-labelledby="endpoints-title">
          <h2 id="endpoints-title">Endpoints</h2>
          <QueryView query={query} label="webhooks">
            {(webhooks) => (
              <ActionTable label="Endpoints table" columns={['URL', 'Events']}>
                {webhooks.map((w) => (
                  <WebhookRow key={w.id} webhook={w} />
                ))}
              </ActionTable>
            )}
          </QueryView>
        </section>
        <WebhookForm />
      </div>
    </>
  );
}
