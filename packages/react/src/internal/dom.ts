// Small DOM helpers shared by the components.

/** A heading level for a component's title; without one the title is plain text. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** The element of a title: a heading of the given level, or a paragraph without one. */
export const titleElement = (level: HeadingLevel | undefined) => (level ? (`h${level}` as const) : 'p');

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
