// Toasts: the queue (state), useToasts and useToastRegion (hooks), <Toaster> and <ToastContent>
// (components), and the toast() functions that write to the queue from anywhere.

export type { OnlineSource } from './connection.js';
export { browserOnline } from './connection.js';
export type { SummaryListProps } from './SummaryList.js';
export { SummaryList } from './SummaryList.js';
export type { StormControl } from './stormControl.js';
export { stormControl } from './stormControl.js';
export type { StormMessages } from './stormMessages.js';
export { defaultStormMessages } from './stormMessages.js';
export type { StormOptions } from './storms.js';
export type { ToastContentProps } from './ToastContent.js';
export { ToastContent } from './ToastContent.js';
export type { ToasterPosition, ToasterProps } from './Toaster.js';
export { Toaster } from './Toaster.js';
export type {
  OfflineStatus,
  ToastAction,
  ToastData,
  ToastInput,
  ToastQueue,
  ToastQueueHost,
  ToastQueueOptions,
  ToastQueuePart,
  ToastQueueSnapshot,
  ToastQueueStorms,
  ToastSummary,
  ToastType,
} from './ToastQueue.js';
export { createToastQueue, MIN_TOAST_DURATION } from './ToastQueue.js';
export type {
  ErrorToastOptions,
  PromiseToastCopy,
  PromiseToastOptions,
  ShowToast,
  ToastApi,
  ToastOptions,
} from './toast.js';
export { createToast, errorToastKey, toast, toastQueue } from './toast.js';
export { wasToasted } from './toasted.js';
export { toastAnnouncement, toastText } from './toastText.js';
export { useOnlineStatus } from './useOnlineStatus.js';
export type { ToastRegionAria, ToastRegionOptions } from './useToastRegion.js';
export { useToastRegion } from './useToastRegion.js';
export type { ToastsState } from './useToasts.js';
export { useToasts } from './useToasts.js';
