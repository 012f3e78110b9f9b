// Every module of this package takes React's runtime API from here rather than from 'react'. A
// bundle that leaves React out (as a library's size is measured, and as a CDN build ships it) then
// holds one import of React instead of one per module: about 0.25 KB min+gzip over the package.
export {
  Component,
  createContext,
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
