'use client';
import type { ReactNode } from 'react';
import { useEffect } from '../internal/deps.js';
import { classNames } from '../internal/dom.js';
import { useFaultline } from '../provider/index.js';
import { useFieldErrorsContext } from './FieldErrorsProvider.js';
import type { UseFieldErrorsResult } from './useFieldErrors.js';

/** Props of {@link FieldError}. */
export interface FieldErrorProps {
  /** The form's field name (after `mapPath`), such as `email` or `items.0.name`. */
  name: string;
  /** What `useFieldErrors` returned; defaults to the nearest `FieldErrorsProvider`. */
  state?: UseFieldErrorsResult | undefined;
  /** Extra class names. */
  className?: string | undefined;
}

/**
 * The message for one field, with the id its input's `aria-describedby` points to. While mounted it
 * claims its field, so the error summary links to that field. Renders nothing while the field has
 * no message.
 */
export function FieldError({ name, state, className }: FieldErrorProps): ReactNode {
  const context = useFieldErrorsContext();
  const errors = state ?? context;
  const { messages } = useFaultline();
  const claim = errors?.claim;
  useEffect(() => claim?.(name), [claim, name]);

  const message = errors?.getError(name);
  if (errors === undefined || message === undefined) return null;
  return (
    <p id={errors.errorId(name)} className={classNames('fl-field-error', className)}>
      <span className="fl-visually-hidden">{messages.errorLabel}</span> {message}
    </p>
  );
}
