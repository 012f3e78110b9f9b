import { ApiError, type FieldError } from '@faultline/core';

/** A 422 validation error with these field messages, as a form receives it. */
export function validationError(
  fieldErrors: FieldError[],
  message = 'Request body failed validation.',
): ApiError {
  return new ApiError({
    status: 422,
    code: 'validation_error',
    kind: 'validation',
    message,
    fieldErrors,
    retryable: false,
    format: 'test',
  });
}
