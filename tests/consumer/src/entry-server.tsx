import { renderToString } from 'react-dom/server';
import { App } from './App.js';

export { fromNothing, offline, rateLimited } from './readme/core-decode.js';

/** The page's HTML, as a server renders it before the client hydrates. */
export function render(): string {
  return renderToString(<App />);
}
