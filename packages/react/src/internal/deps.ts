// The runtime values the client modules (components and hooks) take from React and
// @faultline/core. They import them from here rather than from 'react' and '@faultline/core': a
// bundle that leaves those out (as a library's size is measured, and as a CDN build ships it) then
// holds one import of each instead of one per module, about 0.3 KB min+gzip over the package. Types
// come from the packages themselves; modules that do not use React import the core directly.
export {
  flattenFieldErrors,
  isApiError,
  isApiErrorJSON,
  isChunkLoadError,
  toApiError,
} from '@faultline/core';
export {
  Component,
  createContext,
  createElement,
  lazy,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
