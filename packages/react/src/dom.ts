// Small DOM helpers shared by the components.

/** A component's own class name followed by the one the app passes. */
export const classNames = (own: string, extra: string | undefined): string =>
  extra ? `${own} ${extra}` : own;

/**
 * Whether keyboard focus is lost: on the page itself rather than on an element, as after the
 * focused element was removed. Only then do components move focus; they never take it from a control.
 */
export const focusLost = (): boolean => {
  const active = document.activeElement;
  return !active || active === document.body;
};
