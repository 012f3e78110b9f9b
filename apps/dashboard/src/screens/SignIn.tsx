import {
  ErrorNotice,
  FaultlineProvider,
  PendingButton,
  toast,
  useFaultline,
  useRetryCountdown,
} from '@faultline/react';
import { useMutationFieldErrors } from '@faultline/react/query';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useForm } from 'react-hook-form';
import { postJson } from '../api.js';
import { Field } from '../Field.js';
import type { Session } from '../model.js';
import { href, navigate } from '../router.js';
import { DemoHint, ScreenHeader } from '../ui.js';

interface SignInValues {
  email: string;
  password: string;
}

const DEMO_EMAIL = 'ada@harbor.example';
const DEMO_PASSWORD = 'analytical-engine-1843';

function SignInForm(): ReactNode {
  const form = useForm<SignInValues>({ defaultValues: { email: DEMO_EMAIL, password: '' } });
  const signIn = useMutation({
    mutationFn: (values: SignInValues) => postJson<Session>('/auth/login', values),
    meta: { errorPresentation: 'inline' },
    onSuccess: (session) => {
      toast.success(`Signed in as ${session.name}.`);
      navigate('agents');
    },
  });
  const fieldErrors = useMutationFieldErrors(signIn, {
    fields: ['email', 'password'],
    includeMessage: false,
  });
  // After a 429 the button waits for the API's Retry-After, counted from the absolute instant.
  const countdown = useRetryCountdown(signIn.error?.kind === 'rate_limited' ? signIn.error : undefined);
  const submit = form.handleSubmit((values) => signIn.mutate(values));

  return (
    <form className="form" noValidate onSubmit={submit}>
      {signIn.error ? (
        <ErrorNotice error={signIn.error} onSignIn={() => form.setFocus('password')} onRetry={submit} />
      ) : null}
      <Field errors={fieldErrors} name="email" label="Email">
        {(props) => <input type="email" autoComplete="username" {...form.register('email')} {...props} />}
      </Field>
      <Field errors={fieldErrors} name="password" label="Password">
        {(props) => (
          <input type="password" autoComplete="current-password" {...form.register('password')} {...props} />
        )}
      </Field>
      <div className="form-actions">
        <PendingButton
          type="submit"
          className="button button-primary"
          pending={signIn.isPending}
          disabled={!countdown.ready}
        >
          {signIn.isPending ? 'Signing in…' : 'Sign in'}
        </PendingButton>
        <span className="muted small">
          New to Harbor? <a href={href('register')}>Create an account</a>
        </span>
      </div>
      <DemoHint>
        The password is <code>{DEMO_PASSWORD}</code>. After three wrong ones the API answers 429 with a
        Retry-After (set it in the panel): the button waits out the countdown.
      </DemoHint>
    </form>
  );
}

/** Sign-in: 401 for a wrong password, then a 429 with a countdown after three attempts. */
export function SignIn(): ReactNode {
  const { support } = useFaultline();
  return (
    <>
      <ScreenHeader title="Sign in">Welcome back to Harbor.</ScreenHeader>
      <section className="card card-narrow" aria-label="Sign in">
        {/* On this screen a 401 means a wrong password, not an ended session: say so. */}
        <FaultlineProvider
          support={support}
          messages={{ title: { unauthenticated: 'Could not sign you in' }, signIn: 'Check your password' }}
        >
          <SignInForm />
        </FaultlineProvider>
      </section>
    </>
  );
}
