// @faultline/react/devtools: <FaultlineDevtools/>, the in-app error inspector. This entry is tiny;
// the panel is a chunk of its own, loaded only when the devtools are shown.
export type { DevtoolsButtonPosition, FaultlineDevtoolsProps } from './FaultlineDevtools.js';
export { FaultlineDevtools } from './FaultlineDevtools.js';
