import type { MockDialect } from '../description.js';

// Every file in this folder that exports a `dialect` is one the mock API can speak: adding a
// dialect is adding one file.
const modules = import.meta.glob<{ dialect: MockDialect }>(['./*.ts', '!./index.ts', '!./*.test.ts'], {
  eager: true,
});

/** The dialects the mock API speaks, in dev-panel order. */
export const DIALECTS: readonly MockDialect[] = Object.freeze(
  Object.values(modules)
    .map((module) => module.dialect)
    .sort((a, b) => a.order - b.order),
);

/** The dialect with this id, or `undefined`. */
export function findDialect(id: string): MockDialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
