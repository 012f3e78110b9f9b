import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCopyToClipboard } from './useCopyToClipboard.js';

function setClipboard(value: unknown): void {
  Object.defineProperty(navigator, 'clipboard', { value, configurable: true, writable: true });
}

afterEach(() => {
  Reflect.deleteProperty(navigator, 'clipboard');
  vi.useRealTimers();
});

describe('useCopyToClipboard', () => {
  it('writes the text to the clipboard and reports it copied', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    const { result } = renderHook(() => useCopyToClipboard());
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.copy('req_01J9ZK4M2Q');
    });
    expect(writeText).toHaveBeenCalledWith('req_01J9ZK4M2Q');
    expect(ok).toBe(true);
    expect(result.current.state).toBe('copied');
  });

  it('returns to idle a few seconds after copying', async () => {
    vi.useFakeTimers();
    setClipboard({ writeText: vi.fn().mockResolvedValue(undefined) });
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: 2000 }));
    await act(() => result.current.copy('req_1'));
    await act(() => vi.advanceTimersByTimeAsync(1999));
    expect(result.current.state).toBe('copied');
    await act(() => vi.advanceTimersByTimeAsync(1));
    expect(result.current.state).toBe('idle');
  });

  it('fails without throwing when the Clipboard API is missing (insecure context)', async () => {
    setClipboard(undefined);
    const { result } = renderHook(() => useCopyToClipboard());
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.copy('req_1');
    });
    expect(ok).toBe(false);
    expect(result.current.state).toBe('failed');
  });

  it('fails without throwing when the browser refuses the write', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('Denied', 'NotAllowedError')) });
    const { result } = renderHook(() => useCopyToClipboard());
    let ok: boolean | undefined;
    await act(async () => {
      ok = await result.current.copy('req_1');
    });
    expect(ok).toBe(false);
    expect(result.current.state).toBe('failed');
  });

  it('keeps the failure until the next copy, since the user is still copying by hand', async () => {
    vi.useFakeTimers();
    const writeText = vi.fn().mockRejectedValueOnce(new Error('denied')).mockResolvedValueOnce(undefined);
    setClipboard({ writeText });
    const { result } = renderHook(() => useCopyToClipboard({ resetAfterMs: 2000 }));
    await act(() => result.current.copy('req_1'));
    await act(() => vi.advanceTimersByTimeAsync(60_000));
    expect(result.current.state).toBe('failed');
    await act(() => result.current.copy('req_1'));
    expect(result.current.state).toBe('copied');
  });

  it('reports the newest copy when an older one settles later', async () => {
    let refuseFirst: (reason: unknown) => void = () => {};
    const writeText = vi
      .fn()
      .mockReturnValueOnce(
        new Promise((_resolve, reject) => {
          refuseFirst = reject;
        }),
      )
      .mockResolvedValueOnce(undefined);
    setClipboard({ writeText });
    const { result } = renderHook(() => useCopyToClipboard());
    let first: Promise<boolean> = Promise.resolve(true);
    await act(async () => {
      first = result.current.copy('req_1');
      await result.current.copy('req_2');
    });
    await act(async () => {
      refuseFirst(new Error('late'));
      await first;
    });
    expect(result.current.state).toBe('copied');
  });
});
