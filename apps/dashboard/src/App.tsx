import { ApiErrorBoundary, FaultlineProvider, retryableLazy, stormControl, Toaster } from '@faultline/react';
import { FaultlineDevtools } from '@faultline/react/devtools';
import { createQueryClient } from '@faultline/react/query';
import { onlineManager, QueryClientProvider } from '@tanstack/react-query';
import { type KeyboardEvent, type ReactNode, Suspense, useEffect, useId, useRef, useState } from 'react';
import { NavigationProvider } from './navigation.js';
import { href, useHashRoute } from './router.js';
import { ThemeToggle } from './theme.js';
import { Loading } from './ui.js';

// Each screen is its own chunk: the first paint loads only the shell and the screen it shows. A
// chunk that cannot be fetched (offline, a deploy since) reaches the screen's boundary, and
// "Try again" imports it again.
const AgentDetail = retryableLazy(() =>
  import('./screens/AgentDetail.js').then((m) => ({ default: m.AgentDetail })),
);
// Storms, offline and hidden tabs, turned on for the toaster; the offline status follows TanStack
// Query's onlineManager (the browser's own events).
const storms = stormControl({ online: onlineManager });

const Agents = retryableLazy(() => import('./screens/Agents.js').then((m) => ({ default: m.Agents })));
const ApiKeys = retryableLazy(() => import('./screens/ApiKeys.js').then((m) => ({ default: m.ApiKeys })));
const Billing = retryableLazy(() => import('./screens/Billing.js').then((m) => ({ default: m.Billing })));
const Register = retryableLazy(() => import('./screens/Register.js').then((m) => ({ default: m.Register })));
const SignIn = retryableLazy(() => import('./screens/SignIn.js').then((m) => ({ default: m.SignIn })));
const Status = retryableLazy(() => import('./screens/Status.js').then((m) => ({ default: m.Status })));
const Team = retryableLazy(() => import('./screens/Team.js').then((m) => ({ default: m.Team })));
const Uploads = retryableLazy(() => import('./screens/Uploads.js').then((m) => ({ default: m.Uploads })));
const Webhooks = retryableLazy(() => import('./screens/Webhooks.js').then((m) => ({ default: m.Webhooks })));
const Workspaces = retryableLazy(() =>
  import('./screens/Workspaces.js').then((m) => ({ default: m.Workspaces })),
);

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

// After the browser says it is online, when a screen that failed to load tries again: the first
// requests can still fail for a moment, so a few times (a reset of a boundary that shows nothing
// does nothing).
const RECONNECT_TRIES_MS = [250, 1_000, 3_000];

/** Changes after the browser comes back online: a screen that failed to load tries again then. */
function useReconnects(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    let timers: ReturnType<typeof setTimeout>[] = [];
    const online = () => {
      for (const timer of timers) clearTimeout(timer);
      timers = RECONNECT_TRIES_MS.map((ms) => setTimeout(() => setCount((n) => n + 1), ms));
    };
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      for (const timer of timers) clearTimeout(timer);
    };
  }, []);
  return count;
}

/**
 * The main navigation. On a narrow screen it folds into a "Menu" button (a disclosure): Escape
 * closes it and gives focus back to the button, and choosing a screen closes it.
 */
function Sidebar({ current, path }: { current: string; path: string }): ReactNode {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const [shownFor, setShownFor] = useState(path);
  if (shownFor !== path) {
    setShownFor(path);
    setOpen(false);
  }
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <nav className="sidebar" aria-label="Main" data-open={open} onKeyDown={onKeyDown}>
      <button
        ref={toggle}
        type="button"
        className="button button-secondary menu-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((was) => !was)}
      >
        Menu
      </button>
      <div id={listId} className="sidebar-inner">
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
  );
}

function Shell({ aside }: { aside: ReactNode }): ReactNode {
  const route = useHashRoute();
  const { title, element } = screenFor(route);
  const current = route[0] ?? 'sign-in';
  const path = route.join('/');
  const mainRef = useRef<HTMLElement>(null);
  const reconnects = useReconnects();

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
        <ThemeToggle />
      </header>
      <div className="layout">
        <Sidebar current={current} path={path} />
        <main id="main" ref={mainRef} tabIndex={-1} className="main">
          <NavigationProvider route={path}>
            {/* A screen that fails to load shows why with the way back; another route or the
                connection coming back tries again. */}
            <ApiErrorBoundary resetKeys={[path, reconnects]}>
              <Suspense fallback={<Loading label="Loading…" />}>{element}</Suspense>
            </ApiErrorBoundary>
          </NavigationProvider>
        </main>
        {aside}
      </div>
      <Toaster position="bottom-center" storms={storms} />
      {/* The demo is there to be looked into: its devtools are on in the built demo too (the panel
          loads on demand, so the first paint does not carry it). */}
      <FaultlineDevtools enabled buttonPosition="bottom-right" />
    </div>
  );
}

/**
 * The Harbor dashboard: faultline's provider and query client around the shell. `aside` is what
 * sits beside the screen: the mock API's panel, which comes with the mock API (main.tsx).
 */
export function App({ aside }: { aside?: ReactNode }): ReactNode {
  return (
    <FaultlineProvider support={support} actions={actions}>
      <QueryClientProvider client={queryClient}>
        <Shell aside={aside} />
      </QueryClientProvider>
    </FaultlineProvider>
  );
}
