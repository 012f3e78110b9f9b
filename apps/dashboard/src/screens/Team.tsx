import { FieldErrorsProvider, PendingButton, toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { getJson, postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { Member, Team as TeamData } from '../model.js';
import { QueryView } from '../QueryView.js';
import { DemoHint, ScreenHeader, TableScroll } from '../ui.js';

interface InviteValues {
  email: string;
  role: 'admin' | 'developer' | 'viewer';
}

interface InviteRequest extends InviteValues {
  legacy: boolean;
}

const FIELDS = ['email', 'role'] as const;
const ROLE_LABEL = { owner: 'Owner', admin: 'Admin', developer: 'Developer', viewer: 'Viewer' } as const;

function InviteForm({ myRole }: { myRole: TeamData['myRole'] }): ReactNode {
  const queryClient = useQueryClient();
  const form = useForm<InviteValues>({ defaultValues: { email: '', role: 'developer' } });
  const invite = useMutation({
    // The v1 endpoint was retired: it answers 410 and names its successor in a Link header.
    mutationFn: ({ legacy, ...values }: InviteRequest) =>
      postJson<Member>(legacy ? '/auth/invite' : '/team/invitations', values),
    meta: { errorPresentation: 'inline' },
    onError: (error) => applyFieldErrors(error, form.setError, { fields: FIELDS }),
    onSuccess: (member) => {
      toast.success(`Invitation sent to ${member.email}.`);
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['team'] });
    },
  });
  const accessRequest = useMutation({
    mutationFn: () => postJson<{ sentTo: string[] }>('/team/access-requests'),
    onSuccess: ({ sentTo }) => toast.success(`Asked ${sentTo.join(' and ')} to make you an admin.`),
  });
  const fieldErrors = useMutationFieldErrors(invite, { fields: FIELDS, includeMessage: false });
  const send = (legacy: boolean) => form.handleSubmit((values) => invite.mutate({ ...values, legacy }));

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title">Invite a teammate</h2>
      <p className="card-lead">
        {myRole === 'viewer'
          ? 'You are a viewer: the API will refuse to send invitations.'
          : 'They get an email with a link to join Acme Research.'}
      </p>
      <FieldErrorsProvider value={fieldErrors}>
        <form className="form" noValidate onSubmit={send(false)}>
          <FormErrors
            errors={fieldErrors}
            error={invite.error}
            headingLevel={3}
            autoFocus={false}
            onRequestAccess={() => accessRequest.mutate()}
          />
          <div className="field-row">
            <Field errors={fieldErrors} name="email" label="Email address">
              {(props) => <input type="email" autoComplete="off" {...form.register('email')} {...props} />}
            </Field>
            <Field errors={fieldErrors} name="role" label="Role">
              {(props) => (
                <select {...form.register('role')} {...props}>
                  <option value="admin">Admin</option>
                  <option value="developer">Developer</option>
                  <option value="viewer">Viewer</option>
                </select>
              )}
            </Field>
          </div>
          <div className="form-actions">
            <PendingButton type="submit" className="button button-primary" pending={invite.isPending}>
              Send invitation
            </PendingButton>
            <PendingButton
              type="button"
              className="button button-secondary"
              onClick={send(true)}
              pending={invite.isPending}
            >
              Send with the v1 API
            </PendingButton>
          </div>
          <DemoHint>
            Invite grace@harbor.example (already a member: 409), switch the panel's role to Viewer (403), or
            use the v1 API, retired with a successor link (410).
          </DemoHint>
        </form>
      </FieldErrorsProvider>
    </section>
  );
}

/** The team: members and invitations (409 already a member, 403 for viewers, 410 from the v1 endpoint). */
export function Team(): ReactNode {
  const query = useQuery({
    queryKey: ['team'],
    queryFn: ({ signal }) => getJson<TeamData>('/team', signal),
  });
  return (
    <>
      <ScreenHeader title="Team">Who can see and change Acme Research.</ScreenHeader>
      <QueryView query={query} label="the team">
        {(team) => (
          <div className="stack">
            <section className="card" aria-labelledby="members-title">
              <h2 id="members-title">Members</h2>
              <TableScroll label="Members table">
                <table className="table">
                  <thead>
                    <tr>
                      <th scope="col">Name</th>
                      <th scope="col">Email</th>
                      <th scope="col">Role</th>
                    </tr>
                  </thead>
                  <tbody>
                    {team.members.map((m) => (
                      <tr key={m.id}>
                        <td>
                          {m.name} {m.pending ? <span className="badge badge-warn">Invited</span> : null}
                        </td>
                        <td>{m.email}</td>
                        <td>{ROLE_LABEL[m.role]}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </TableScroll>
            </section>
            <InviteForm myRole={team.myRole} />
          </div>
        )}
      </QueryView>
    </>
  );
}
