// The consumer app: every README example (copied into src/readme/ by run.mjs) on one page, rendered on
// the server and hydrated in the browser.
import { ErrorNotice, FaultlineProvider, fromResponse } from '@faultline/react';
import { createQueryClient } from '@faultline/react/query';
import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { forbidden, rateLimited, serverError } from './errors.js';
import { quotaHit } from './readme/acme.js';
import './readme/AppShell.js';
import { CameraCount } from './readme/CameraCount.js';
import { Cameras } from './readme/Cameras.js';
import { createAgent } from './readme/core.js';
import { rateLimited as decodedRateLimit, fromNothing, offline } from './readme/core-decode.js';
import { EmailForm } from './readme/EmailForm.js';
import { explained } from './readme/explain.js';
import { InviteForm } from './readme/InviteForm.js';
import { LazyRoutes } from './readme/LazyRoutes.js';
import { SignUpForm as SignUpActionForm } from './readme/SignUpActionForm.js';
import './readme/actions.js';
import './readme/conformActions.js';
import { LocalizedProviders } from './readme/LocalizedProviders.js';
import { mount } from './readme/mount.js';
import { notify } from './readme/notify.js';
import { reportToOpenTelemetry } from './readme/otel.js';
import { Providers } from './readme/Providers.js';
import { getJson } from './readme/package-core.js';
import { App as PackageReadmeApp } from './readme/package-react.js';
import { tooMany } from './readme/problemOnly.js';
import { SaveButtons } from './readme/SaveButtons.js';
import { reportToSentry } from './readme/SentryProviders.js';
import { SignInRetry } from './readme/SignInRetry.js';
import { SignupForm } from './readme/SignupForm.js';
import { SupportDetails } from './readme/SupportDetails.js';
import { saveProfile } from './readme/saveProfile.js';
import './readme/submitInvite.js';
import { SendButton, Shell, save } from './readme/storms.js';
import { Usage } from './readme/Usage.js';
import { WorkspacePage } from './readme/WorkspacePage.js';
import './readme/styles.js';
import './readme/toast-styles.js';

const queryClient = createQueryClient();

/** Sends the report; the mock API answers 503, so the promise toast ends in its error. */
async function sendReport(): Promise<void> {
  const response = await fetch('/api/save', { method: 'POST' });
  if (!response.ok) throw await fromResponse(response);
}

/** Marks the page as hydrated, for the browser test to wait on. */
function Hydrated() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}

export function App() {
  const [workspaceError, setWorkspaceError] = useState<typeof forbidden | undefined>(forbidden);
  const [retries, setRetries] = useState(0);
  // The lazy screen loads on request only: a boundary that suspends during renderToString would be
  // client-rendered on hydration, which the browser test counts as a recoverable error.
  const [route, setRoute] = useState('home');
  return (
    <Providers>
      <QueryClientProvider client={queryClient}>
        <main>
          <h1>faultline consumer</h1>
          <section aria-label="Core">
            <p data-testid="decoded">
              {decodedRateLimit.kind} {decodedRateLimit.code} {decodedRateLimit.retryAfterMs} · {offline.kind}{' '}
              {offline.status} · {fromNothing.kind} {fromNothing.status} · {quotaHit.kind} {quotaHit.code} ·{' '}
              {tooMany.kind} {tooMany.retryAfterMs}
            </p>
            <p data-testid="explained">
              {explained.dialect} {explained.sources.code} {explained.sources.retryAfterMs}
            </p>
            <button type="button" onClick={() => createAgent('{}').catch((error: unknown) => notify(error))}>
              Create agent
            </button>
            <button
              type="button"
              onClick={() => getJson('/v1/agents').catch((error: unknown) => notify(error))}
            >
              Load agents
            </button>
          </section>
          <section aria-label="Toast">
            <button type="button" onClick={() => void saveProfile('Ada')}>
              Save profile
            </button>
            <SendButton onSend={() => save(sendReport)} />
            <Shell />
          </section>
          <section aria-label="Sign up">
            <SignupForm />
          </section>
          <section aria-label="Email">
            <EmailForm />
            <InviteForm />
            <SignUpActionForm />
          </section>
          <section aria-label="Cameras">
            <Cameras />
            <CameraCount />
          </section>
          <section aria-label="Pending">
            <SaveButtons save={sendReport} />
          </section>
          <section aria-label="Lazy screens">
            <button type="button" onClick={() => setRoute('cameras')}>
              Open cameras
            </button>
            <button type="button" onClick={() => mount(document.createElement('div'), <p>A second root</p>)}>
              Mount a second root
            </button>
            <LazyRoutes route={route} />
          </section>
          <section aria-label="Usage">
            <Usage />
          </section>
          <section aria-label="Retry">
            <SignInRetry error={rateLimited} onRetry={() => setRetries((n) => n + 1)} />
            <p data-testid="retries">{retries}</p>
          </section>
          <section aria-label="Support">
            <SupportDetails error={serverError} />
            <ErrorNotice error={serverError} />
          </section>
          <section aria-label="Workspace">
            <WorkspacePage
              workspaceId="w1"
              error={workspaceError}
              refetch={() => setWorkspaceError(undefined)}
            />
          </section>
        </main>
      </QueryClientProvider>
      <LocalizedProviders>
        <ErrorNotice error={forbidden} />
      </LocalizedProviders>
      {/* Error trackers: Sentry (not initialised, so nothing is sent) and OpenTelemetry (no SDK, a no-op tracer). */}
      <FaultlineProvider onReport={reportToSentry}>
        <ErrorNotice error={serverError} />
      </FaultlineProvider>
      <FaultlineProvider onReport={reportToOpenTelemetry}>
        <ErrorNotice error={rateLimited} />
      </FaultlineProvider>
      <PackageReadmeApp />
      <Hydrated />
    </Providers>
  );
}
