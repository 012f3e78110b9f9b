// The README's Next.js example: app/signup/actions.ts and app/signup/SignUpForm.tsx are copied from
// the README by run.mjs, so the page uses exactly what the README shows.
import { SignUpForm } from './SignUpForm';

export default function SignUpPage() {
  return (
    <main>
      <h1>Create your account</h1>
      <SignUpForm />
    </main>
  );
}
