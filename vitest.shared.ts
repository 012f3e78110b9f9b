import { defaultClientConditions, defaultServerConditions } from 'vite';

/** Resolve workspace packages to their TypeScript source, so tests never need a build. */
export const sourceConditions = {
  resolve: { conditions: ['@faultline/source', ...defaultClientConditions] },
  ssr: { resolve: { conditions: ['@faultline/source', ...defaultServerConditions] } },
};
