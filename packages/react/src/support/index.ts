// Support: the prefilled support link (supportHref, useSupportHref), useCopyToClipboard and
// <SupportPanel>.

export type { SupportHrefInput, SupportMessages } from '../provider/index.js';
export { defaultSupportMessages, supportContext, supportHref, supportPage } from '../provider/index.js';
export type { SupportPanelProps } from './SupportPanel.js';
export { SupportPanel } from './SupportPanel.js';
export type { CopyState, CopyToClipboard, UseCopyToClipboardOptions } from './useCopyToClipboard.js';
export { useCopyToClipboard } from './useCopyToClipboard.js';
export { useSupportHref } from './useSupportHref.js';
