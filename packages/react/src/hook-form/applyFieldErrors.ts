import { type FieldError as ApiFieldError, flattenFieldErrors } from '@faultline/core';
import type {
  FieldPath,
  FieldValues,
  UseFormClearErrors,
  UseFormGetFieldState,
  UseFormSetError,
} from 'react-hook-form';

/** Options of {@link applyFieldErrors}. */
export interface ApplyFieldErrorsOptions {
  /**
   * Renames a server path to the form's field name (`body.email` → `email`). Return `''` to make
   * the message form-level. Dotted paths such as `items.0.name` are react-hook-form names already.
   */
  mapPath?: ((path: string, fieldError: ApiFieldError) => string) | undefined;
  /**
   * The form's field names, or a test for them; the order of a list is the order focus prefers.
   * Messages for other names go to `root.server`. Without it, given the form, the fields are the
   * names the form holds a value for; given only `setError`, every message goes to `root.server`.
   */
  fields?: readonly string[] | ((name: string) => boolean) | undefined;
  /** Moves focus to the first field that got a message. Defaults to `true`. */
  shouldFocus?: boolean | undefined;
  /** When the error carries no field messages, put its own message in `root.server`. Defaults to `true`. */
  includeMessage?: boolean | undefined;
}

/** What react-hook-form's `subscribe` (7.55 and later) hands a listener: the form state that changed. */
export interface HookFormStateChange {
  /** `true` when a submit starts. */
  isSubmitting?: boolean | undefined;
}

/**
 * The parts of a react-hook-form form (what `useForm()` returns) that {@link applyFieldErrors}
 * uses: pass the whole form.
 */
export interface HookForm<TFieldValues extends FieldValues = FieldValues> {
  /** Sets a message on a field or on `root.*`. */
  setError: UseFormSetError<TFieldValues>;
  /** Clears messages; used on the server messages before the next submit. */
  clearErrors: UseFormClearErrors<TFieldValues>;
  /** The form's values: the names in it are the form's fields. */
  getValues: () => unknown;
  /** A field's state: only messages of type `server` are cleared. */
  getFieldState: UseFormGetFieldState<TFieldValues>;
  /** Listens to form state (react-hook-form 7.55 and later): a starting submit clears the server messages. */
  subscribe?:
    | ((options: {
        // `isSubmitting` is tracked like any key of the form state (as `useFormState` does) though
        // react-hook-form's type leaves it out; `errors` makes the object fit that type.
        formState: { errors: false; isSubmitting: true };
        callback: (state: HookFormStateChange) => void;
      }) => () => void)
    | undefined;
}

/** The name under which messages that fit no field are set: read it as `errors.root?.server`. */
export const ROOT_SERVER_ERROR = 'root.server';

const UNSAFE_SEGMENTS = /* @__PURE__ */ new Set(['__proto__', 'constructor', 'prototype']);

/** Whether react-hook-form can hold a message under this name without walking into a prototype. */
function isSafeName(name: string): boolean {
  return name.split('.').every((segment) => segment !== '' && !UNSAFE_SEGMENTS.has(segment));
}

const isGroup = (value: unknown): boolean =>
  typeof value === 'object' &&
  value !== null &&
  (Array.isArray(value)
    ? value.some((item) => typeof item === 'object' && item !== null)
    : !(value instanceof Date));

/**
 * The dotted names of the fields in a form's values, in the order the form holds them: each value
 * that is not a group of fields (an object, or a list of objects as `useFieldArray` keeps it).
 */
function fieldNames(values: object): string[] {
  return Object.entries(values).flatMap(([key, value]) =>
    isGroup(value) ? fieldNames(value as object).map((name) => `${key}.${name}`) : [key],
  );
}

// The server messages each form shows, to clear before its next submit or next failure.
const pending = new WeakMap<object, () => void>();

/**
 * Clears the previous server messages of a form now, and arranges for these to be cleared when the
 * next submit starts: react-hook-form keeps a message on a name it does not validate, and a kept
 * message blocks every later submit. Messages the form's own rules set since are left alone.
 */
function replaceServerErrors<TFieldValues extends FieldValues>(
  form: HookForm<TFieldValues>,
  names: string[],
): void {
  pending.get(form.clearErrors)?.();
  if (typeof form.subscribe !== 'function') return;
  const clear = () => {
    pending.delete(form.clearErrors);
    unsubscribe();
    const stale = names.filter(
      (name) => form.getFieldState(name as FieldPath<TFieldValues>).error?.type === 'server',
    );
    form.clearErrors(stale as FieldPath<TFieldValues>[]);
  };
  const unsubscribe = form.subscribe({
    formState: { errors: false, isSubmitting: true },
    callback: (state) => {
      if (state.isSubmitting) clear();
    },
  });
  pending.set(form.clearErrors, clear);
}

/**
 * Puts an error's field messages on a react-hook-form form (type `'server'`): each field of the
 * form gets its messages, focus moves to the first of them, and whatever fits no field (form-level
 * messages, names the form does not have, unsafe names) is joined into `root.server`. Values the
 * user typed are left alone. Returns the messages it could not place on a field.
 *
 * Pass the form (`applyFieldErrors(error, form)`): its fields are the names it holds a value for
 * (`getValues()`), unless `fields` says otherwise, and focus prefers their order. The server
 * messages are cleared when the next submit starts (react-hook-form 7.55 and later) and when the
 * next failure is applied, so a message for a name the form does not validate can never block a
 * submit. Given `setError` alone, nothing can tell which names are fields: without `fields` every
 * message goes to `root.server`, which react-hook-form clears on every submit.
 */
export function applyFieldErrors<TFieldValues extends FieldValues>(
  error: unknown,
  form: HookForm<TFieldValues> | UseFormSetError<TFieldValues>,
  options: ApplyFieldErrorsOptions = {},
): ApiFieldError[] {
  const { mapPath, fields, shouldFocus = true, includeMessage = true } = options;
  const hookForm = typeof form === 'function' ? undefined : form;
  const setError = hookForm ? hookForm.setError : (form as UseFormSetError<TFieldValues>);
  const { formErrors, fieldErrors } = flattenFieldErrors(error, { mapPath, includeMessage });
  const known = fields ?? fieldNames(Object(hookForm?.getValues()));
  const isKnown = (name: string): boolean =>
    isSafeName(name) && (typeof known === 'function' ? known(name) === true : known.includes(name));

  const unplaced: ApiFieldError[] = formErrors.map((message) => ({ path: '', message }));
  const placed: [name: string, messages: string[]][] = [];
  for (const [name, messages] of Object.entries(fieldErrors)) {
    if (isKnown(name)) placed.push([name, messages]);
    else for (const message of messages) unplaced.push({ path: name, message });
  }
  // Focus prefers the order of the form's fields; a test function keeps the server's order.
  if (typeof known !== 'function') placed.sort(([a], [b]) => known.indexOf(a) - known.indexOf(b));
  if (hookForm) replaceServerErrors(hookForm, [...placed.map(([name]) => name), ROOT_SERVER_ERROR]);

  placed.forEach(([name, messages], index) => {
    setError(
      name as FieldPath<TFieldValues>,
      { type: 'server', message: messages.join(' ') },
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
