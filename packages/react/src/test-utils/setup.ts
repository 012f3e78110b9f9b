import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// Testing Library moves fake timers on between user events and while it waits (asyncWrapper,
// waitFor) only through Jest's API, so `userEvent.setup({ advanceTimers: vi.advanceTimersByTime })`
// hangs under Vitest's fake timers without this. It is used only while `setTimeout` is faked
// (Testing Library checks `setTimeout.clock`), so tests on real timers are unaffected.
Object.assign(globalThis, { jest: { advanceTimersByTime: (ms: number) => vi.advanceTimersByTime(ms) } });

afterEach(() => {
  cleanup();
});
