// Pending buttons: a button that keeps focus while its request runs (aria-disabled and a guard,
// never `disabled`), and the props for a design system's own button.
export type { PendingButtonProps } from './PendingButton.js';
export { PendingButton, pendingButtonProps } from './PendingButton.js';
