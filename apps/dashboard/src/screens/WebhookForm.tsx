import { FieldError, FieldErrorsProvider, PendingButton, toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { Webhook } from '../model.js';

interface WebhookValues {
  url: string;
  events: string[];
}

const EVENTS = ['synthesis.completed', 'agent.run.failed', 'upload.processed'];
const FIELDS = ['url', 'events'] as const;

/** Adds a webhook endpoint: the URL must be https and at least one event chosen (422 otherwise). */
export function WebhookForm(): ReactNode {
  const queryClient = useQueryClient();
  const form = useForm<WebhookValues>({ defaultValues: { url: '', events: [] } });
  const add = useMutation({
    mutationFn: (values: WebhookValues) => postJson<Webhook>('/webhooks', values),
    meta: { errorPresentation: 'inline' },
    onError: (error) => applyFieldErrors(error, form.setError, { fields: FIELDS }),
    onSuccess: (webhook) => {
      toast.success(`Added ${webhook.url}.`);
      form.reset();
      add.reset();
      void queryClient.invalidateQueries({ queryKey: ['webhooks'] });
    },
  });
  const fieldErrors = useMutationFieldErrors(add, {
    fields: FIELDS,
    idPrefix: 'webhook',
    includeMessage: false,
  });
  const eventsProps = fieldErrors.getFieldProps('events');

  return (
    <section className="card" aria-labelledby="add-webhook-title">
      <h2 id="add-webhook-title">Add an endpoint</h2>
      <FieldErrorsProvider value={fieldErrors}>
        <form className="form" noValidate onSubmit={form.handleSubmit((values) => add.mutate(values))}>
          <FormErrors errors={fieldErrors} error={add.error} headingLevel={3} autoFocus={false} />
          <Field errors={fieldErrors} name="url" label="Endpoint URL" hint="Must be https://">
            {(props) => <input type="url" autoComplete="off" {...form.register('url')} {...props} />}
          </Field>
          <fieldset className="tools" aria-describedby={eventsProps['aria-describedby']}>
            <legend>Events</legend>
            {EVENTS.map((event, i) => (
              <label key={event} className="choice">
                <input
                  type="checkbox"
                  value={event}
                  {...form.register('events')}
                  id={i === 0 ? eventsProps.id : undefined}
                  aria-invalid={eventsProps['aria-invalid']}
                />
                <span className="mono">{event}</span>
              </label>
            ))}
            <FieldError name="events" />
          </fieldset>
          <div className="form-actions">
            <PendingButton type="submit" className="button button-primary" pending={add.isPending}>
              Add endpoint
            </PendingButton>
          </div>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}
