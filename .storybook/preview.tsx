import '@faultline/react/styles.css';
// biome-ignore lint/correctness/useImportExtensions: a stylesheet, not a module.
import './preview.css';
import {
  type FaultlineActions,
  FaultlineProvider,
  type FaultlineProviderProps,
  type SupportContact,
} from '@faultline/react';
import type { Decorator, Preview } from '@storybook/react-vite';
import { useLayoutEffect } from 'react';

/** The support contact every story shares, so support links are shown and stable. */
const support: SupportContact = { email: 'support@faultline.example', name: 'Faultline' };

/** Next steps as in-page links, so every kind shows its button and following one leaves the story in place. */
const actions: FaultlineActions = { signIn: '#sign-in', requestAccess: '#request-access', topUp: '#billing' };

type Theme = 'light' | 'dark';

/** The theme the story tests start in: the dark test run defines it; everywhere else it is absent. */
declare const __FAULTLINE_THEME__: Theme | undefined;
const initialTheme: Theme = typeof __FAULTLINE_THEME__ === 'undefined' ? 'light' : __FAULTLINE_THEME__;

/**
 * Sets the theme on <html>, not on a wrapper: toasts and other portals render outside the story
 * root and must follow it too. "light" is set explicitly so a dark system setting does not win.
 */
const withTheme: Decorator = (Story, context) => {
  const theme: Theme = context.globals.theme === 'dark' ? 'dark' : 'light';
  useLayoutEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return (
    <div className="sb-faultline-root" data-theme={theme}>
      <Story />
    </div>
  );
};

/**
 * Every story runs inside a provider with the shared support contact and next steps; a story changes any provider
 * prop (a fixed clock, other copy, next-step actions, no support contact) with
 * `parameters.faultline`.
 */
const withProvider: Decorator = (Story, context) => {
  const overrides = (context.parameters.faultline ?? {}) as Omit<FaultlineProviderProps, 'children'>;
  return (
    <FaultlineProvider support={support} actions={actions} {...overrides}>
      <Story />
    </FaultlineProvider>
  );
};

const preview: Preview = {
  decorators: [withProvider, withTheme],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the faultline components',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: initialTheme },
  parameters: {
    // Any axe violation fails the story's test.
    a11y: { test: 'error' },
    // The theme global paints the page; the backgrounds addon would fight it.
    backgrounds: { disable: true },
    controls: { matchers: { date: /At$/ }, expanded: true },
    layout: 'padded',
  },
};

export default preview;
