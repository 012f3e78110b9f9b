'use client';
import { useEffect, useLayoutEffect } from './deps.js';

/** `useLayoutEffect` in the browser, `useEffect` on the server (where React 18 warns about the former). */
export const useIsomorphicLayoutEffect: typeof useEffect =
  typeof document === 'undefined' ? useEffect : useLayoutEffect;
