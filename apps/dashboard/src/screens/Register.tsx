import { type ApiErrorJSON, actionError, formValues } from '@faultline/core';
import { FieldErrorsProvider, PendingButton, toast, useFieldErrors } from '@faultline/react';
import { type ReactNode, useActionState } from 'react';
import { useFormStatus } from 'react-dom';
import { postJson } from '../api.js';
import { Field } from '../Field.js';
import { FormErrors } from '../FormErrors.js';
import type { Session } from '../model.js';
import { href, navigate } from '../router.js';
import { DemoHint, ScreenHeader } from '../ui.js';

const FIELDS = ['name', 'email', 'password'] as const;

/** What the register action leaves behind: nothing after a success; the error and what was typed after a failure. */
interface RegisterState {
  error?: ApiErrorJSON;
  values?: Record<string, string | string[]>;
}

/**
 * Registration as a React 19 action: the same shape a server function returns (the error's JSON
 * form and the submitted values), so this screen works unchanged on a server action.
 */
async function registerAction(_previous: RegisterState, formData: FormData): Promise<RegisterState> {
  const text = (name: string) => String(formData.get(name) ?? '');
  try {
    const session = await postJson<Session>('/auth/register', {
      name: text('name'),
      email: text('email'),
      password: text('password'),
    });
    toast.success(`Welcome to Harbor, ${session.name}.`);
    navigate('agents');
    return {};
  } catch (failure) {
    // React resets the form after an action: the values come back as each input's defaultValue.
    return { error: await actionError(failure), values: formValues(formData) };
  }
}

/** The submit button, pending while the action runs (read from the form, not passed down). */
function CreateAccount(): ReactNode {
  const { pending } = useFormStatus();
  return (
    <PendingButton type="submit" className="button button-primary" pending={pending}>
      {pending ? 'Creating account…' : 'Create account'}
    </PendingButton>
  );
}

/** Registration: every rule is the server's, so a 422 puts each message under its field. */
export function Register(): ReactNode {
  const [state, action] = useActionState(registerAction, {});
  const fieldErrors = useFieldErrors(state.error, { fields: FIELDS, includeMessage: false });
  const typed = (name: (typeof FIELDS)[number]) => String(state.values?.[name] ?? '');

  return (
    <>
      <ScreenHeader title="Create your account">Start a 14-day trial. No card needed.</ScreenHeader>
      <section className="card card-narrow" aria-label="Registration">
        <FieldErrorsProvider value={fieldErrors}>
          <form className="form" noValidate action={action}>
            <FormErrors errors={fieldErrors} error={state.error} />
            <Field errors={fieldErrors} name="name" label="Full name">
              {(props) => (
                <input name="name" type="text" autoComplete="name" defaultValue={typed('name')} {...props} />
              )}
            </Field>
            <Field errors={fieldErrors} name="email" label="Work email">
              {(props) => (
                <input
                  name="email"
                  type="email"
                  autoComplete="email"
                  defaultValue={typed('email')}
                  {...props}
                />
              )}
            </Field>
            <Field errors={fieldErrors} name="password" label="Password" hint="At least 12 characters.">
              {(props) => (
                <input
                  name="password"
                  type="password"
                  autoComplete="new-password"
                  defaultValue={typed('password')}
                  {...props}
                />
              )}
            </Field>
            <div className="form-actions">
              <CreateAccount />
              <span className="muted small">
                Have an account? <a href={href('sign-in')}>Sign in</a>
              </span>
            </div>
            <DemoHint>
              Try a short password or ada@harbor.example (already registered): the server answers 422 and each
              message lands under its field, in every dialect. This form is a React 19 action
              (useActionState); sign-in, team, API keys, agents and webhooks use react-hook-form.
            </DemoHint>
          </form>
        </FieldErrorsProvider>
      </section>
    </>
  );
}
