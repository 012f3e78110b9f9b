import { setupWorker } from 'msw/browser';
import { createHandlers } from './handlers.js';

/** The service worker that answers the app's API calls in the browser. */
export const worker = setupWorker(...createHandlers());
