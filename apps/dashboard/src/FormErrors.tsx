import {
  ErrorNotice,
  type ErrorNoticeProps,
  ErrorSummary,
  type UseFieldErrorsResult,
} from '@faultline/react';
import type { ReactNode } from 'react';

/** Props of {@link FormErrors}: the notice's next-step handlers, plus where the summary sits. */
export interface FormErrorsProps extends Omit<ErrorNoticeProps, 'error' | 'headingLevel'> {
  /** The form's field errors, from faultline's `useMutationFieldErrors`. */
  errors: UseFieldErrorsResult;
  /** The submit's last error, or null. */
  error: unknown;
  /** The summary's heading level, to fit the page outline. */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** Whether the summary takes focus when a failed submit names fields. */
  autoFocus?: boolean;
}

/**
 * What went wrong with a submit, at the top of a form: faultline's summary of the field messages or,
 * when the error names no field (a 403, a 409, a 500), its notice with the next step.
 */
export function FormErrors({
  errors,
  error,
  headingLevel,
  autoFocus,
  ...handlers
}: FormErrorsProps): ReactNode {
  return (
    <>
      <ErrorSummary headingLevel={headingLevel} autoFocus={autoFocus} />
      {error != null && !errors.hasErrors ? <ErrorNotice error={error} {...handlers} /> : null}
    </>
  );
}
