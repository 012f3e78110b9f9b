import { createContext } from '../internal/deps.js';
import type { StormControl } from './stormControl.js';

/** The storm part of the toaster around a toast, so its content can word what the part made. */
export const StormContext = /* @__PURE__ */ createContext<StormControl | undefined>(undefined);
