import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from './scripts/chromium.js';

// Every story is a test, run in real Chromium: it renders, its play function passes, axe finds nothing.
// Kept out of vitest.config.ts because it needs a browser; `npm run test:storybook` runs it.
const chromium = playwright({ launchOptions: chromiumLaunchOptions });

export default defineConfig({
  plugins: [storybookTest({ configDir: '.storybook' })],
  // Pre-bundled up front: a dependency found mid-run makes Vite reload the page under a running test.
  optimizeDeps: {
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react-hook-form',
      '@tanstack/react-query',
      'react-router',
      '@tanstack/react-form',
    ],
  },
  test: {
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      instances: [{ browser: 'chromium' }],
    },
    // Every story twice: in the light theme, and in the dark one, where contrast is checked again.
    projects: [
      { extends: true, test: { name: 'storybook' } },
      {
        extends: true,
        define: { __FAULTLINE_THEME__: JSON.stringify('dark') },
        test: { name: 'storybook-dark' },
      },
    ],
  },
});
