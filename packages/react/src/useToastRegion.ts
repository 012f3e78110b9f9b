'use client';
import {
  type FocusEvent,
  type HTMLAttributes,
  type KeyboardEvent,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react';
import type { ToastsState } from './useToasts.js';

/** Options of {@link useToastRegion}. */
export interface ToastRegionOptions {
  /** Keys that move focus into the region and back: `KeyboardEvent.code`/`key` values or modifier names (`altKey`). Defaults to `['F8']`. */
  hotkey?: readonly string[] | undefined;
  /** The region's accessible name. */
  label: string;
}

/** What {@link useToastRegion} returns: props for the region and for each toast in it. */
export interface ToastRegionAria {
  /** Spread on the region element (a `<section>`), rendered while there are toasts. */
  regionProps: HTMLAttributes<HTMLElement> & { ref: RefObject<HTMLElement | null> };
  /** Spread on the element of each toast. */
  toastProps: (id: string) => HTMLAttributes<HTMLElement> & { 'data-toast': string };
}

const TOAST = '[data-toast]';
const useIsomorphicLayoutEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

/**
 * The behaviour of a toast region: a labelled landmark the hotkey reaches, Escape to dismiss the
 * focused toast, focus returned where it was, and timers paused while the pointer is over the
 * region, focus is in it, the window is in the background or the tab is hidden.
 */
export function useToastRegion(state: ToastsState, options: ToastRegionOptions): ToastRegionAria {
  const { toasts, dismiss, pause } = state;
  const keys = (options.hotkey ?? ['F8']).join('+');
  const ref = useRef<HTMLElement | null>(null);
  // Where focus was before it entered the region, to give it back.
  const origin = useRef<HTMLElement | null>(null);
  const inside = useRef(false);
  const index = useRef(0);
  const pointer = useRef(false);
  // Pauses the queue for a reason (hover, focus, blur, hidden) until that reason ends; without a
  // reason, ends them all.
  const hold = useMemo(() => {
    const held: Record<string, () => void> = {};
    return (reason?: string, on?: boolean) => {
      for (const key in held) {
        if (!reason || (key === reason && !on)) {
          held[key]?.();
          delete held[key];
        }
      }
      if (reason && on) held[reason] ??= pause();
    };
  }, [pause]);
  useEffect(() => () => hold(), [hold]);

  const restore = () => {
    const target = origin.current;
    origin.current = null;
    inside.current = false;
    hold('focus', false);
    if (target?.isConnected) target.focus({ preventScroll: true });
  };

  useEffect(() => {
    const hotkey = keys.split('+');
    const onKey = (event: Event) => {
      const region = ref.current;
      const pressed = hotkey.every((key) => {
        const { code, key: name } = event as globalThis.KeyboardEvent;
        return code === key || name === key || (event as unknown as Record<string, unknown>)[key] === true;
      });
      if (!pressed || !region) return;
      event.preventDefault();
      if (region.contains(document.activeElement)) return restore();
      origin.current = document.activeElement as HTMLElement | null;
      pointer.current = false;
      region.querySelector<HTMLElement>(TOAST)?.focus();
    };
    const onWindow = (event: Event) => {
      if (event.type === 'visibilitychange') hold('hidden', document.hidden);
      else hold('blur', event.type === 'blur');
    };
    hold('hidden', document.hidden);
    const listen = (add: boolean) => {
      const method = add ? 'addEventListener' : 'removeEventListener';
      document[method]('keydown', onKey);
      document[method]('visibilitychange', onWindow);
      window[method]('blur', onWindow);
      window[method]('focus', onWindow);
    };
    listen(true);
    return () => listen(false);
  });

  // When the focused toast goes away, focus moves to its neighbour, or back where it came from when
  // none is left or it was closed with the pointer (a toast keeping focus would stay paused).
  useIsomorphicLayoutEffect(() => {
    // The region goes away with its last toast, and with it the pointer that was over it.
    if (!toasts.length) hold('hover', false);
    const active = document.activeElement;
    if (!inside.current || (active && active !== document.body)) return;
    const items = ref.current?.querySelectorAll<HTMLElement>(TOAST) ?? [];
    const next = items[Math.min(index.current, items.length - 1)];
    if (next && !pointer.current) next.focus();
    else restore();
  }, [toasts]);

  return {
    regionProps: {
      ref,
      tabIndex: -1,
      'aria-label': options.label,
      onPointerEnter: () => hold('hover', true),
      onPointerLeave: () => hold('hover', false),
      onPointerDown: () => {
        pointer.current = true;
      },
      onFocus: (event: FocusEvent<HTMLElement>) => {
        const region = event.currentTarget;
        const from = event.relatedTarget as HTMLElement | null;
        if (from && !region.contains(from)) origin.current = from;
        inside.current = true;
        hold('focus', true);
        const item = (event.target as Element).closest(TOAST) as Element;
        index.current = Math.max(0, [...region.querySelectorAll(TOAST)].indexOf(item));
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const to = event.relatedTarget as Node | null;
        if (to && event.currentTarget.contains(to)) return;
        inside.current = false;
        hold('focus', false);
        // Focus moved somewhere else on purpose: that is where it stays.
        if (to) origin.current = null;
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        pointer.current = false;
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        const id = (event.target as Element).closest(TOAST)?.getAttribute('data-toast');
        if (id) dismiss(id);
        else restore();
      },
    },
    toastProps: (id) => ({ 'data-toast': id, tabIndex: -1 }),
  };
}
