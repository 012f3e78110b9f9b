import '@faultline/react/styles.css';
// biome-ignore lint/correctness/useImportExtensions: a stylesheet, not a module.
import './harbor.css';
import { faultlineRootOptions } from '@faultline/react';
import { type ComponentType, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
import { applyStoredTheme } from './theme.js';

applyStoredTheme();

const root = document.getElementById('root');

async function start(container: HTMLElement): Promise<void> {
  let DevPanel: ComponentType;
  try {
    // The app's only server is this service worker: start it before the first API call. The panel
    // that steers it belongs to the demo, not to the product: fetched beside it, at the same time,
    // it stays out of the scripts the page loads first.
    const [{ worker }, panel] = await Promise.all([import('./mocks/browser.js'), import('./DevPanel.js')]);
    DevPanel = panel.DevPanel;
    await worker.start({
      quiet: true,
      onUnhandledRequest: 'bypass',
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    });
  } catch (error) {
    const message = document.createElement('p');
    message.className = 'boot-error';
    message.textContent = `The mock API could not start, so the dashboard has nothing to talk to: ${
      error instanceof Error ? error.message : String(error)
    }. Open it from http://localhost (service workers need a secure context).`;
    container.replaceChildren(message);
    return;
  }
  // Failures a faultline boundary shows (the deleted agent's 404) are not console errors; bugs still are.
  createRoot(container, faultlineRootOptions()).render(
    <StrictMode>
      <App aside={<DevPanel />} />
    </StrictMode>,
  );
}

if (root) void start(root);
