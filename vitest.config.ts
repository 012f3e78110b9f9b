import { defineConfig } from 'vitest/config';

// One run for every workspace project; each package keeps its own environment.
export default defineConfig({
  test: {
    projects: [
      'packages/*/vitest.config.ts',
      'packages/react/vitest.react18.config.ts',
      'apps/*/vitest.config.ts',
    ],
  },
});
