import { FieldError, type FieldProps, type UseFieldErrorsResult } from '@faultline/react';
import { type ReactNode, useId } from 'react';

/** Props of {@link Field}. */
export interface FieldLayoutProps {
  /** The form's field errors, from faultline's `useMutationFieldErrors`. */
  errors: UseFieldErrorsResult;
  /** The field's name, as react-hook-form and the server's field paths spell it (`limits.max_tokens`). */
  name: string;
  /** The visible label. */
  label: string;
  /** A line of help under the label. */
  hint?: string;
  /** Renders the control with the props that tie it to its label, hint and message. */
  children: (props: FieldProps) => ReactNode;
}

/** A labelled form control with its hint and faultline's message for it underneath. */
export function Field({ errors, name, label, hint, children }: FieldLayoutProps): ReactNode {
  const hintId = useId();
  const props = errors.getFieldProps(name, { 'aria-describedby': hint ? hintId : undefined });
  return (
    <div className="field">
      <label htmlFor={props.id}>{label}</label>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {children(props)}
      <FieldError name={name} state={errors} />
    </div>
  );
}
