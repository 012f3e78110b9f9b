import { type FieldError as ApiFieldError, flattenFieldErrors } from '@faultline/core';
import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';

/** Options of {@link applyFieldErrors}. */
export interface ApplyFieldErrorsOptions {
  /**
   * Renames a server path to the form's field name (`body.email` → `email`). Return `''` to make
   * the message form-level. Dotted paths such as `items.0.name` are react-hook-form names already.
   */
  mapPath?: ((path: string, fieldError: ApiFieldError) => string) | undefined;
  /**
   * The form's field names, or a test for them; the order of a list is the order focus prefers.
   * Messages for other names go to `root.server`. Without it every name is set on the form as is
   * (react-hook-form keeps errors for names it has no input for, but shows them nowhere).
   */
  fields?: readonly string[] | ((name: string) => boolean) | undefined;
  /** Moves focus to the first field that got a message. Defaults to `true`. */
  shouldFocus?: boolean | undefined;
  /** When the error carries no field messages, put its own message in `root.server`. Defaults to `true`. */
  includeMessage?: boolean | undefined;
}

/** The name under which messages that fit no field are set: read it as `errors.root?.server`. */
export const ROOT_SERVER_ERROR = 'root.server';

const UNSAFE_SEGMENTS = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** Whether react-hook-form can hold a message under this name without walking into a prototype. */
function isSafeName(name: string): boolean {
  return name.split('.').every((segment) => segment !== '' && !UNSAFE_SEGMENTS.has(segment));
}

/**
 * Puts an error's field messages on a react-hook-form form with `setError` (type `'server'`):
 * each known field gets its messages, focus moves to the first of them, and whatever fits no field
 * (form-level messages, unknown or unsafe names) is joined into `root.server`. Values the user typed
 * are left alone. Returns the messages it could not place on a field.
 */
export function applyFieldErrors<TFieldValues extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<TFieldValues>,
  options: ApplyFieldErrorsOptions = {},
): ApiFieldError[] {
  const { mapPath, fields, shouldFocus = true, includeMessage = true } = options;
  const { formErrors, fieldErrors } = flattenFieldErrors(error, { mapPath, includeMessage });
  const isKnown = (name: string): boolean => {
    if (!isSafeName(name)) return false;
    if (fields === undefined) return true;
    return typeof fields === 'function' ? fields(name) === true : fields.includes(name);
  };
  const rank = (name: string): number => {
    const index = Array.isArray(fields) ? fields.indexOf(name) : -1;
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };

  const unplaced: ApiFieldError[] = formErrors.map((message) => ({ path: '', message }));
  const placed: string[] = [];
  for (const name of Object.keys(fieldErrors)) {
    const messages = fieldErrors[name] ?? [];
    if (isKnown(name)) placed.push(name);
    else for (const message of messages) unplaced.push({ path: name, message });
  }
  placed.sort((a, b) => rank(a) - rank(b));
  placed.forEach((name, index) => {
    setError(
      name as FieldPath<TFieldValues>,
      { type: 'server', message: (fieldErrors[name] ?? []).join(' ') },
      { shouldFocus: shouldFocus && index === 0 },
    );
  });
  if (unplaced.length > 0) {
    setError(ROOT_SERVER_ERROR as `root.${string}`, {
      type: 'server',
      message: unplaced.map((item) => item.message).join(' '),
    });
  }
  return unplaced;
}
