import { ErrorNotice, FaultlineProvider, FieldErrorsProvider, PendingButton, toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { getJson, postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { ApiKey } from '../model.js';
import { QueryView } from '../QueryView.js';
import { ActionTable, DemoHint, ScreenHeader } from '../ui.js';

const CREATE_NAME_ID = 'create-key-name';

function KeyRow({ apiKey }: { apiKey: ApiKey }): ReactNode {
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () => postJson<{ ok: boolean }>(`/api-keys/${apiKey.id}/test`),
    meta: { errorPresentation: 'inline' },
    onSuccess: () => toast.success(`${apiKey.name} works.`),
  });
  const revoke = useMutation({
    mutationFn: () => postJson(`/api-keys/${apiKey.id}/revoke`),
    onSuccess: () => {
      toast.success(`${apiKey.name} is revoked.`);
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const revoked = apiKey.status === 'revoked';
  return (
    <>
      <tr>
        <td>
          <span className="list-title">{apiKey.name}</span>
          <br />
          <span className="mono muted">{apiKey.prefix}…</span>
        </td>
        <td>{new Date(apiKey.createdAt).toLocaleDateString('en', { dateStyle: 'medium' })}</td>
        <td>
          <span className={revoked ? 'badge badge-bad' : 'badge badge-ok'}>
            {revoked ? 'Revoked' : 'Active'}
          </span>
        </td>
        <td className="actions">
          <PendingButton
            type="button"
            className="button button-secondary button-small"
            onClick={() => test.mutate()}
            pending={test.isPending}
          >
            {test.isPending ? 'Testing…' : 'Test'}
            <span className="fl-visually-hidden"> {apiKey.name}</span>
          </PendingButton>{' '}
          {revoked ? null : (
            <PendingButton
              type="button"
              className="button button-danger button-small"
              onClick={() => revoke.mutate()}
              pending={revoke.isPending}
            >
              Revoke<span className="fl-visually-hidden"> {apiKey.name}</span>
            </PendingButton>
          )}
        </td>
      </tr>
      {test.error ? (
        <tr className="row-notice">
          <td colSpan={4}>
            <ErrorNotice
              error={test.error}
              onSignIn={() => document.getElementById(CREATE_NAME_ID)?.focus()}
              onRetry={() => test.mutate()}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}

function CreateKeyForm(): ReactNode {
  const queryClient = useQueryClient();
  const form = useForm<{ name: string }>({ defaultValues: { name: '' } });
  const create = useMutation({
    mutationFn: (values: { name: string }) => postJson<ApiKey>('/api-keys', values),
    meta: { errorPresentation: 'inline' },
    onError: (error) => applyFieldErrors(error, form.setError, { fields: ['name'] }),
    onSuccess: (key) => {
      toast.success(`Created ${key.name} (${key.prefix}…).`);
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['api-keys'] });
    },
  });
  const fieldErrors = useMutationFieldErrors(create, {
    fields: ['name'],
    idPrefix: 'create-key',
    includeMessage: false,
  });
  return (
    <section className="card" aria-labelledby="create-key-title">
      <h2 id="create-key-title">Create a key</h2>
      <FieldErrorsProvider value={fieldErrors}>
        <form className="form" noValidate onSubmit={form.handleSubmit((values) => create.mutate(values))}>
          <FormErrors errors={fieldErrors} error={create.error} headingLevel={3} autoFocus={false} />
          <Field
            errors={fieldErrors}
            name="name"
            label="Key name"
            hint="Where it is used, such as “Billing worker”."
          >
            {(props) => <input type="text" autoComplete="off" {...form.register('name')} {...props} />}
          </Field>
          <div className="form-actions">
            <PendingButton type="submit" className="button button-primary" pending={create.isPending}>
              Create key
            </PendingButton>
          </div>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}

/** API keys: testing the revoked one answers 401. */
export function ApiKeys(): ReactNode {
  const query = useQuery({
    queryKey: ['api-keys'],
    queryFn: ({ signal }) => getJson<ApiKey[]>('/api-keys', signal),
  });
  return (
    <>
      <ScreenHeader title="API keys">Keys let your services call Harbor. Keep them secret.</ScreenHeader>
      {/* Here a 401 is about a key, not the session: faultline's copy says so for this screen. */}
      <FaultlineProvider
        messages={{ title: { unauthenticated: 'This key no longer works' }, signIn: 'Create a new key' }}
      >
        <div className="stack">
          <DemoHint>Test the “CI pipeline” key: it was revoked, so the API answers 401.</DemoHint>
          <section className="card" aria-labelledby="keys-title">
            <h2 id="keys-title">Keys</h2>
            <QueryView query={query} label="API keys">
              {(keys) => (
                <ActionTable label="Keys table" columns={['Name', 'Created', 'Status']}>
                  {keys.map((k) => (
                    <KeyRow key={k.id} apiKey={k} />
                  ))}
                </ActionTable>
              )}
            </QueryView>
          </section>
          <CreateKeyForm />
        </div>
      </FaultlineProvider>
    </>
  );
}
