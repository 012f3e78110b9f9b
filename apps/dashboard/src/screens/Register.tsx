import { FieldErrorsProvider, PendingButton, toast } from '@faultline/react';
import { applyFieldErrors } from '@faultline/react/hook-form';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { Session } from '../model.js';
import { href, navigate } from '../router.js';
import { DemoHint, ScreenHeader } from '../ui.js';

interface RegisterValues {
  name: string;
  email: string;
  password: string;
}

const FIELDS = ['name', 'email', 'password'] as const;

/** Registration: every rule is the server's, so a 422 puts each message under its field. */
export function Register(): ReactNode {
  const form = useForm<RegisterValues>({ defaultValues: { name: '', email: '', password: '' } });
  const register = useMutation({
    mutationFn: (values: RegisterValues) => postJson<Session>('/auth/register', values),
    meta: { errorPresentation: 'inline' },
    // Messages also go into react-hook-form's state; focus goes to the error summary instead.
    onError: (error) => applyFieldErrors(error, form.setError, { fields: FIELDS, shouldFocus: false }),
    onSuccess: (session) => {
      toast.success(`Welcome to Harbor, ${session.name}.`);
      navigate('agents');
    },
  });
  const fieldErrors = useMutationFieldErrors(register, { fields: FIELDS, includeMessage: false });

  return (
    <>
      <ScreenHeader title="Create your account">Start a 14-day trial. No card needed.</ScreenHeader>
      <section className="card card-narrow" aria-label="Registration">
        <FieldErrorsProvider value={fieldErrors}>
          <form className="form" noValidate onSubmit={form.handleSubmit((values) => register.mutate(values))}>
            <FormErrors errors={fieldErrors} error={register.error} />
            <Field errors={fieldErrors} name="name" label="Full name">
              {(props) => <input type="text" autoComplete="name" {...form.register('name')} {...props} />}
            </Field>
            <Field errors={fieldErrors} name="email" label="Work email">
              {(props) => <input type="email" autoComplete="email" {...form.register('email')} {...props} />}
            </Field>
            <Field errors={fieldErrors} name="password" label="Password" hint="At least 12 characters.">
              {(props) => (
                <input
                  type="password"
                  autoComplete="new-password"
                  {...form.register('password')}
                  {...props}
                />
              )}
            </Field>
            <div className="form-actions">
              <PendingButton type="submit" className="button button-primary" pending={register.isPending}>
                {register.isPending ? 'Creating account…' : 'Create account'}
              </PendingButton>
              <span className="muted small">
                Have an account? <a href={href('sign-in')}>Sign in</a>
              </span>
            </div>
            <DemoHint>
              Try a short password or ada@harbor.example (already registered): the server answers 422 and each
              message lands under its field, in every dialect.
            </DemoHint>
          </form>
        </FieldErrorsProvider>
      </section>
    </>
  );
}
