// Support: the prefilled support link (supportHref, useSupportHref), useCopyToClipboard and
// <SupportPanel>.
export type { SupportPanelProps } from './SupportPanel.js';
export { SupportPanel } from './SupportPanel.js';
export type { SupportHrefInput } from './supportHref.js';
export { supportContext, supportHref, supportPage } from './supportHref.js';
export type { CopyState, CopyToClipboard, UseCopyToClipboardOptions } from './useCopyToClipboard.js';
export { useCopyToClipboard } from './useCopyToClipboard.js';
export { useSupportHref } from './useSupportHref.js';
