// Size scenario "the devtools panel": <FaultlineDevtools/> bundled without chunks, so its panel and
// everything the panel uses (every built-in dialect, the notice, the support panel, the toast) are
// counted: the most the chunk loaded on demand can weigh, in an app that has nothing else of the kit.
export { FaultlineDevtools } from '@faultline/react/devtools';
