import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';
import { defaultClientConditions, mergeConfig, type UserConfig } from 'vite';

// Stories read files of this repository only (the dialect matrix reads packages/core/test/vectors).
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const overrides: UserConfig = {
  // Stories run on the workspace source, like the unit tests: no package build needed.
  resolve: { conditions: ['@faultline/source', ...defaultClientConditions] },
  server: { fs: { allow: [repoRoot] } },
  build: {
    rolldownOptions: {
      // 'use client' is kept for the package build; in the catalogue bundle it means nothing.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
};

const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['./Introduction.mdx', '../packages/react/src/**/*.stories.tsx'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: {
    // Reads the props through the type checker: `boolean | undefined` props get a boolean control and
    // the props tables name the real types instead of "union".
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      tsconfigPath: fileURLToPath(new URL('../packages/react/tsconfig.json', import.meta.url)),
      shouldRemoveUndefinedFromOptional: true,
      shouldExtractLiteralValuesFromEnum: true,
      propFilter: (prop) => !prop.parent?.fileName.includes('node_modules'),
    },
  },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, overrides),
};

export default config;
