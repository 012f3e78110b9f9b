import { FaultlineProvider, Toaster } from '@faultline/react';
import { createQueryClient } from '@faultline/react/query';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, Suspense, useEffect, useRef } from 'react';
import { DevPanel } from './DevPanel.js';
import { NavigationProvider } from './navigation.js';
import { href, useHashRoute } from './router.js';
import { Loading } from './ui.js';

// Each screen is its own chunk: the first paint loads only the shell and the screen it shows.
const AgentDetail = lazy(() => import('./screens/AgentDetail.js').then((m) => ({ default: m.AgentDetail })));
const Agents = lazy(() => import('./screens/Agents.js').then((m) => ({ default: m.Agents })));
const ApiKeys = lazy(() => import('./screens/ApiKeys.js').then((m) => ({ default: m.ApiKeys })));
const Billing = lazy(() => import('./screens/Billing.js').then((m) => ({ default: m.Billing })));
const Register = lazy(() => import('./screens/Register.js').then((m) => ({ default: m.Register })));
const SignIn = lazy(() => import('./screens/SignIn.js').then((m) => ({ default: m.SignIn })));
const Status = lazy(() => import('./screens/Status.js').then((m) => ({ default: m.Status })));
const Team = lazy(() => import('./screens/Team.js').then((m) => ({ default: m.Team })));
const Uploads = lazy(() => import('./screens/Uploads.js').then((m) => ({ default: m.Uploads })));
const Webhooks = lazy(() => import('./screens/Webhooks.js').then((m) => ({ default: m.Webhooks })));
const Workspaces = lazy(() => import('./screens/Workspaces.js').then((m) => ({ default: m.Workspaces })));

const queryClient = createQueryClient();

// Where faultline's next-step buttons lead: a 402 offers the top-up on the billing screen, a 401
// sends the user to sign in again.
const actions = { topUp: href('billing', 'top-up'), signIn: href('sign-in') };
const support = { email: 'support@harbor.example', name: 'Harbor' };

interface NavItem {
  path: string;
  label: string;
}

const NAV: { heading: string; items: NavItem[] }[] = [
  {
    heading: 'Account',
    items: [
      { path: 'sign-in', label: 'Sign in' },
      { path: 'register', label: 'Register' },
    ],
  },
  {
    heading: 'Build',
    items: [
      { path: 'agents', label: 'Agents' },
      { path: 'workspaces', label: 'Workspaces' },
      { path: 'uploads', label: 'Uploads' },
    ],
  },
  {
    heading: 'Settings',
    items: [
      { path: 'team', label: 'Team' },
      { path: 'api-keys', label: 'API keys' },
      { path: 'webhooks', label: 'Webhooks' },
      { path: 'billing', label: 'Billing & usage' },
    ],
  },
  { heading: 'Platform', items: [{ path: 'status', label: 'Status' }] },
];

function screenFor(route: string[]): { title: string; element: ReactNode } {
  const [first = 'sign-in', second] = route;
  switch (first) {
    case 'register':
      return { title: 'Create your account', element: <Register /> };
    case 'team':
      return { title: 'Team', element: <Team /> };
    case 'api-keys':
      return { title: 'API keys', element: <ApiKeys /> };
    case 'billing':
      return { title: 'Billing & usage', element: <Billing focusTopUp={second === 'top-up'} /> };
    case 'agents':
      return second
        ? { title: 'Agent', element: <AgentDetail key={second} id={second} /> }
        : { title: 'Agents', element: <Agents /> };
    case 'uploads':
      return { title: 'Uploads', element: <Uploads /> };
    case 'workspaces':
      return { title: 'Workspaces', element: <Workspaces /> };
    case 'webhooks':
      return { title: 'Webhooks', element: <Webhooks /> };
    case 'status':
      return { title: 'Status', element: <Status /> };
    default:
      return { title: 'Sign in', element: <SignIn /> };
  }
}

function Shell(): ReactNode {
  const route = useHashRoute();
  const { title, element } = screenFor(route);
  const current = route[0] ?? 'sign-in';
  const mainRef = useRef<HTMLElement>(null);

  useEffect(() => {
    document.title = `${title} · Harbor`;
  }, [title]);

  return (
    <div className="app">
      <button type="button" className="skip-link" onClick={() => mainRef.current?.focus()}>
        Skip to content
      </button>
      <header className="topbar">
        <a className="brand" href={href('agents')}>
          <svg aria-hidden="true" viewBox="0 0 32 32" width="28" height="28">
            <rect width="32" height="32" rx="8" fill="currentColor" />
            <path
              d="M8 21h16M11 16l5-6 5 6"
              stroke="#fff"
              strokeWidth="2.5"
              fill="none"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
          </svg>
          <span>Harbor</span>
        </a>
        <span className="topbar-tag">faultline demo</span>
        <span className="topbar-spacer" />
        <span className="topbar-org">Acme Research</span>
      </header>
      <div className="layout">
        <nav className="sidebar" aria-label="Main">
          <div className="sidebar-inner">
            {NAV.map((group) => (
              <div key={group.heading} className="nav-group">
                <h2 className="nav-heading">{group.heading}</h2>
                <ul>
                  {group.items.map((item) => (
                    <li key={item.path}>
                      <a href={href(item.path)} aria-current={item.path === current ? 'page' : undefined}>
                        {item.label}
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <NavigationProvider route={route.join('/')}>
            <Suspense fallback={<Loading label="Loading…" />}>{element}</Suspense>
          </NavigationProvider>
        </main>
        <DevPanel />
      </div>
      {/* The offline status follows TanStack Query's onlineManager: the browser's own events. */}
      <Toaster position="bottom-center" online={onlineManager} />
    </div>
  );
}

/** The Harbor dashboard: faultline's provider and query client around the shell. */
export function App(): ReactNode {
  return (
    <FaultlineProvider support={support} actions={actions}>
      <QueryClientProvider client={queryClient}>
        <Shell />
      </QueryClientProvider>
    </FaultlineProvider>
  );
}
