'use client';
import { useCallback, useEffect, useRef, useState } from '../internal/deps.js';

/** Where a copy stands: nothing yet, done, or refused (the user has to copy by hand). */
export type CopyState = 'idle' | 'copied' | 'failed';

/** Options of {@link useCopyToClipboard}. */
export interface UseCopyToClipboardOptions {
  /** How long `'copied'` shows before the state returns to `'idle'`, in ms. Default 3000. */
  resetAfterMs?: number | undefined;
}

/** What {@link useCopyToClipboard} returns. */
export interface CopyToClipboard {
  /** Writes text to the clipboard; resolves `true` when it was copied, `false` when the browser refused. */
  copy: (text: string) => Promise<boolean>;
  /** The outcome of the last copy. */
  state: CopyState;
}

/**
 * Copies text with the Clipboard API and reports how it went. The API is missing outside secure
 * contexts (plain http) and `writeText` rejects when the page lacks focus or permission: then the
 * state is `'failed'` and stays so until the next copy, because it carries an instruction the user
 * is still following ("select the ID and copy it by hand"); `'copied'` returns to `'idle'` by itself.
 */
export function useCopyToClipboard({ resetAfterMs = 3000 }: UseCopyToClipboardOptions = {}): CopyToClipboard {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Counts copies so that a slow, older writeText cannot overwrite the outcome of a newer one; an
  // unmount counts as a newer one, so nothing is set after it.
  const latest = useRef(0);
  useEffect(
    () => () => {
      latest.current++;
      clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(
    async (text: string): Promise<boolean> => {
      const attempt = ++latest.current;
      clearTimeout(timer.current);
      let ok = true;
      try {
        // Throws when the API is missing (insecure context) and rejects when the browser refuses.
        await navigator.clipboard.writeText(text);
      } catch {
        ok = false;
      }
      if (attempt === latest.current) {
        setState(ok ? 'copied' : 'failed');
        if (ok) timer.current = setTimeout(setState, resetAfterMs, 'idle');
      }
      return ok;
    },
    [resetAfterMs],
  );

  return { copy, state };
}
