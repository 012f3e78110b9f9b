// The provider: the configuration every part reads (decoder, copy, locale, support contact, clock,
// next steps). Other parts import it from here; the package barrel lists what is public.
export type {
  FaultlineAction,
  FaultlineActions,
  FaultlineConfig,
  FaultlineMessagesInput,
  FaultlineProviderProps,
  SupportContact,
} from './FaultlineProvider.js';
export { FaultlineProvider, useFaultline } from './FaultlineProvider.js';
export type { Announcer, Politeness } from './LiveAnnouncer.js';
export type { FaultlineMessages, SupportContext } from './messages.js';
export { defaultMessages, errorText, formatDuration } from './messages.js';
export type { Provided } from './provided.js';
export { useReportToasts } from './provided.js';
export type { OnReport, ReportContext, ReportedToast, ReportPresentation } from './report.js';
export { markReported, PresentedError, report, reportToasts, useReference, useReport } from './report.js';
export type { SupportHrefInput, SupportMessages } from './supportHref.js';
export { defaultSupportMessages, supportContext, supportHref, supportPage } from './supportHref.js';
export { useApiError, wasDecodedInRender } from './useApiError.js';
