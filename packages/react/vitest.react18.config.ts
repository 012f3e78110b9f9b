import { fileURLToPath } from 'node:url';
import { defineProject, mergeConfig } from 'vitest/config';
import base from './vitest.config.ts';

const react18 = fileURLToPath(new URL('../../tools/react18/node_modules/', import.meta.url));

// The same tests on React 18: the peer range promises 18.2 and 19. Every import of react and
// react-dom goes to React 18 (tools/react18 holds it).
export default mergeConfig(
  base,
  defineProject({
    resolve: {
      alias: [
        { find: /^react$/, replacement: `${react18}react` },
        { find: /^react\/(.*)$/, replacement: `${react18}react/$1` },
        { find: /^react-dom$/, replacement: `${react18}react-dom` },
        { find: /^react-dom\/(.*)$/, replacement: `${react18}react-dom/$1` },
        // Their own copies, whose React peer is 18, so one React renders and runs every hook.
        { find: /^@testing-library\/react$/, replacement: `${react18}@testing-library/react` },
        { find: /^@tanstack\/react-query$/, replacement: `${react18}@tanstack/react-query` },
        { find: /^react-hook-form$/, replacement: `${react18}react-hook-form` },
        { find: /^@tanstack\/react-form$/, replacement: `${react18}@tanstack/react-form` },
        { find: /^react-router$/, replacement: `${react18}react-router` },
        { find: /^formik$/, replacement: `${react18}formik` },
      ],
    },
    test: {
      name: 'react18',
      // Form actions (`<form action={fn}>`, `useActionState`, `useFormStatus`) are React 19 API:
      // React 18 has none of them, so the tests of forms built on them run on React 19 only.
      exclude: ['**/node_modules/**', 'src/fields/actionForm.test.tsx', 'src/fields/conformForm.test.tsx'],
    },
  }),
);
