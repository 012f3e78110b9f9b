import type { MockDialect } from '../description.js';

// Every file in this folder that exports a `dialect` is one the mock API can speak: adding a
// dialect is adding one file.
const dialects = import.meta.glob<MockDialect>(['./*.ts', '!./index.ts', '!./*.test.ts'], {
  eager: true,
  import: 'dialect',
});

/** The dialects the mock API speaks, in dev-panel order. */
export const DIALECTS: readonly MockDialect[] = Object.freeze(
  Object.values(dialects).sort((a, b) => a.order - b.order),
);

/** The dialect with this id, or `undefined`. */
export function findDialect(id: string): MockDialect | undefined {
  return DIALECTS.find((d) => d.id === id);
}
