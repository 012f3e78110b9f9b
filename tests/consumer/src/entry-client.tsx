import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

declare global {
  interface Window {
    /** The messages of the errors an error boundary caught, for the browser test to check. */
    caughtErrors: string[];
  }
}

window.caughtErrors = [];
const root = document.getElementById('root');
if (!root) throw new Error('no #root element');
hydrateRoot(root, <App />, {
  // A hydration mismatch is reported here and the page re-renders on the client: the test fails on it.
  onRecoverableError: (error) => console.error('hydration: recoverable error', error),
  // An error a boundary caught and shows (the cameras query throws to its QueryErrorBoundary); React's
  // default would log it with console.error.
  onCaughtError: (error) => window.caughtErrors.push(error instanceof Error ? error.message : String(error)),
});
