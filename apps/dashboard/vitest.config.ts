import { defineProject, mergeConfig } from 'vitest/config';
import { sourceConditions } from '../../vitest.shared.ts';

export default mergeConfig(
  sourceConditions,
  defineProject({
    test: {
      name: 'dashboard',
      environment: 'node',
      include: ['src/**/*.test.ts'],
      restoreMocks: true,
    },
  }),
);
