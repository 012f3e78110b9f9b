// Support: the prefilled support link (supportHref, useSupportHref), useCopyToClipboard and
// <SupportPanel>.

export type { SupportHrefInput } from '../provider/index.js';
export { supportContext, supportHref, supportPage } from '../provider/index.js';
export type { SupportPanelProps } from './SupportPanel.js';
export { SupportPanel } from './SupportPanel.js';
export type { CopyState, CopyToClipboard, UseCopyToClipboardOptions } from './useCopyToClipboard.js';
export { useCopyToClipboard } from './useCopyToClipboard.js';
export { useSupportHref } from './useSupportHref.js';
