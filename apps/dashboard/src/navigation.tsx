import { createContext, type ReactNode, useContext, useState } from 'react';

/** How many navigations happened since the page loaded; `0` on the first screen. */
const NavigationContext = createContext(0);

/** Counts navigations between routes, so a screen can take focus after one (and not on page load). */
export function NavigationProvider({ route, children }: { route: string; children: ReactNode }): ReactNode {
  const [state, setState] = useState({ route, count: 0 });
  if (state.route !== route) setState({ route, count: state.count + 1 });
  return <NavigationContext.Provider value={state.count}>{children}</NavigationContext.Provider>;
}

/** The number of navigations so far. */
export function useNavigationCount(): number {
  return useContext(NavigationContext);
}
