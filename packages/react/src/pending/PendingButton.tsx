'use client';
import type { ButtonHTMLAttributes, MouseEvent, ReactNode } from 'react';

/** Props of {@link PendingButton}: those of a `<button>`, plus whether its action is running. */
export interface PendingButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Whether the action the button started is still running: the button ignores presses meanwhile. */
  pending?: boolean | undefined;
}

/**
 * The props that make a button unavailable without taking it out of the focus order: `aria-disabled`
 * instead of `disabled` (a disabled button drops keyboard focus to the page, and screen readers lose
 * their place), and clicks, Enter and form submits ignored while it is unavailable. For a button of
 * your own design system; {@link PendingButton} is the ready one.
 */
export function pendingButtonProps<T extends ButtonHTMLAttributes<HTMLButtonElement>>(
  pending: boolean,
  props: T,
): T {
  const { disabled, onClick } = props;
  const unavailable = pending || Boolean(disabled);
  return {
    ...props,
    disabled: undefined,
    'aria-disabled': unavailable || props['aria-disabled'],
    'data-pending': pending || undefined,
    onClick: (event: MouseEvent<HTMLButtonElement>) => {
      // Also stops the submit a submit button's click (or Enter in a field) would start.
      if (unavailable) event.preventDefault();
      else onClick?.(event);
    },
  };
}

/**
 * A button for an action that takes a while (save, send, sign in): while `pending` (or `disabled`)
 * it keeps focus and says it is unavailable with `aria-disabled`, and ignores presses, so a keyboard
 * or screen reader user stays on it through the request and hears its new label.
 */
export function PendingButton({ pending = false, type = 'button', ...props }: PendingButtonProps): ReactNode {
  return <button {...pendingButtonProps(pending, { ...props, type })} />;
}
