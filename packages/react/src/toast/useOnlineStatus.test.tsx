import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useOnlineStatus } from './useOnlineStatus.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('useOnlineStatus', () => {
  it('follows the browser going offline and coming back', () => {
    const { result } = renderHook(() => useOnlineStatus());
    expect(result.current).toBe(true);
    const onLine = vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    act(() => {
      window.dispatchEvent(new Event('offline'));
    });
    expect(result.current).toBe(false);
    onLine.mockReturnValue(true);
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    expect(result.current).toBe(true);
  });

  it("follows another source, such as TanStack Query's onlineManager", () => {
    let online = true;
    const listeners = new Set<(online: boolean) => void>();
    const source = {
      isOnline: () => online,
      subscribe: (listener: (online: boolean) => void) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    const { result } = renderHook(() => useOnlineStatus(source));
    online = false;
    act(() => {
      for (const listener of listeners) listener(false);
    });
    expect(result.current).toBe(false);
  });
});
