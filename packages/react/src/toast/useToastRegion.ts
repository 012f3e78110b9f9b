'use client';
import type { FocusEvent, HTMLAttributes, KeyboardEvent, RefObject } from 'react';
import { useEffect, useMemo, useRef } from '../internal/deps.js';
import { focusLost } from '../internal/dom.js';
import { useIsomorphicLayoutEffect } from '../internal/useIsomorphicLayoutEffect.js';
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

/**
 * The behaviour of a toast region: a labelled landmark the hotkey reaches, Escape to dismiss the
 * focused toast, focus returned where it was, and timers paused while the pointer is over the
 * region, focus is in it, the window is in the background or the tab is hidden.
 */
export function useToastRegion(state: ToastsState, options: ToastRegionOptions): ToastRegionAria {
  const { toasts, dismiss, pause } = state;
  const keys = (options.hotkey ?? ['F8']).join('+');
  const ref = useRef<HTMLElement | null>(null);
  // Where focus was before it entered the region, to give it back, and whether it is inside.
  const focus = useRef({ origin: null as Element | null, inside: false }).current;
  // Pauses the queue while any reason holds (hover, focus, blur, hidden); no reason ends them all.
  const hold = useMemo(() => {
    const reasons = new Set<string>();
    let resume: (() => void) | undefined;
    return (reason?: string, on?: boolean) => {
      if (!reason) reasons.clear();
      else if (on) reasons.add(reason);
      else reasons.delete(reason);
      if (reasons.size) resume ??= pause();
      else {
        resume?.();
        resume = undefined;
      }
    };
  }, [pause]);
  useEffect(() => () => hold(), [hold]);

  const restore = () => {
    const target = focus.origin as HTMLElement | null;
    focus.origin = null;
    focus.inside = false;
    hold('focus', false);
    target?.focus({ preventScroll: true });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: restore and focus read only refs and hold
  useEffect(() => {
    const hotkey = keys.split('+');
    const onKey = (event: Event) => {
      const region = ref.current;
      const { code, key: name } = event as globalThis.KeyboardEvent;
      // Each part is a key's `code` or `key`, or the name of a modifier that is down (`altKey`).
      const pressed = hotkey.every(
        (key) => code === key || name === key || (event as unknown as Record<string, unknown>)[key] === true,
      );
      if (!pressed || !region) return;
      event.preventDefault();
      if (region.contains(document.activeElement)) return restore();
      focus.origin = document.activeElement;
      region.querySelector<HTMLElement>(TOAST)?.focus();
    };
    const onWindow = (event: Event) =>
      event.type === 'visibilitychange'
        ? hold('hidden', document.hidden)
        : hold('blur', event.type === 'blur');
    const listen = (method: 'addEventListener' | 'removeEventListener') => {
      document[method]('keydown', onKey);
      document[method]('visibilitychange', onWindow);
      window[method]('blur', onWindow);
      window[method]('focus', onWindow);
    };
    hold('hidden', document.hidden);
    listen('addEventListener');
    return () => listen('removeEventListener');
  }, [keys, hold]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the toasts change; the rest is stable
  useIsomorphicLayoutEffect(() => {
    // The region goes away with its last toast, and with it the pointer that was over it.
    if (!toasts.length) hold('hover', false);
    // The focused toast went away (closed with the pointer, or by the app): focus goes back where
    // it came from rather than to the start of the page, and the queue stops being paused for it.
    if (focus.inside && focusLost()) restore();
  }, [toasts]);

  return {
    regionProps: {
      ref,
      tabIndex: -1,
      'aria-label': options.label,
      onPointerEnter: () => hold('hover', true),
      onPointerLeave: () => hold('hover', false),
      onFocus: (event: FocusEvent<HTMLElement>) => {
        const from = event.relatedTarget;
        if (from && !event.currentTarget.contains(from)) focus.origin = from;
        focus.inside = true;
        hold('focus', true);
      },
      onBlur: (event: FocusEvent<HTMLElement>) => {
        const to = event.relatedTarget;
        if (to && event.currentTarget.contains(to)) return;
        focus.inside = false;
        hold('focus', false);
        // Focus moved somewhere else on purpose: that is where it stays.
        if (to) focus.origin = null;
      },
      onKeyDown: (event: KeyboardEvent<HTMLElement>) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        const item = (event.target as Element).closest<HTMLElement>(TOAST);
        // Focus moves to the next toast, else the one before, else back where it came from, before
        // the toast goes.
        const next = (item?.nextElementSibling ?? item?.previousElementSibling) as HTMLElement | null;
        if (next?.matches(TOAST)) next.focus();
        else restore();
        if (item) dismiss(item.dataset.toast as string);
      },
    },
    toastProps: (id) => ({ 'data-toast': id, tabIndex: -1 }),
  };
}
