import { type FieldError as ApiFieldError, flattenFieldErrors } from '@faultline/core';
import type { AnyFormApi } from '@tanstack/react-form';

/** Options of {@link applyFieldErrors}. */
export interface ApplyFieldErrorsOptions {
  /**
   * Renames a server path to the form's field name (`body.email` → `email`). Return `''` to make
   * the message form-level. A dotted path such as `items.0.name` also finds the field `items[0].name`.
   */
  mapPath?: ((path: string, fieldError: ApiFieldError) => string) | undefined;
  /**
   * Moves focus to the first field, in document order, that got a message: `true` (the default)
   * looks for an element with that `name` in `root`; a function focuses it your way.
   */
  focus?: boolean | ((name: string) => void) | undefined;
  /** Where to look for the inputs to focus, when several forms share field names. Defaults to `document`. */
  root?: ParentNode | undefined;
  /** When the error carries no field messages, show its own message as the form's error. Defaults to `true`. */
  includeMessage?: boolean | undefined;
}

/** What was placed on a form, so it can be taken off again. */
interface Placed {
  fields: string[];
  stop: () => void;
}

/** The server errors each form shows now: a second call replaces them, a later submit clears them. */
const placedOn = new WeakMap<object, Placed>();

/** The form's own name for a server path: as sent, or with numeric segments as indexes (`items[0].name`). */
function fieldNameIn(form: AnyFormApi, path: string): string | undefined {
  const indexed = path.replace(/\.(\d+)(?=\.|$)/g, '[$1]');
  for (const name of [path, indexed]) {
    // `fieldInfo` is an ordinary object: only its own keys are fields (never `__proto__`).
    if (Object.hasOwn(form.fieldInfo, name) && form.getFieldMeta(name) !== undefined) return name;
  }
  return undefined;
}

function clearField(form: AnyFormApi, name: string): void {
  if (form.getFieldMeta(name)?.errorMap.onServer === undefined) return;
  form.setFieldMeta(name, (prev) => ({ ...prev, errorMap: { ...prev.errorMap, onServer: undefined } }));
}

/** Takes off the server errors this module put on the form, if any. */
function clearPlaced(form: AnyFormApi): void {
  const placed = placedOn.get(form.store);
  if (placed === undefined) return;
  placedOn.delete(form.store);
  placed.stop();
  for (const name of placed.fields) clearField(form, name);
  form.setErrorMap({ onServer: undefined });
}

function defaultFocus(root: ParentNode, names: readonly string[]): void {
  // The first element in document order whose name is one of the fields, and that can take focus.
  for (const element of root.querySelectorAll<HTMLElement>('[name]')) {
    // Selected by `[name]`: the attribute is there.
    if (!names.includes(element.getAttribute('name') as string)) continue;
    if ((element as HTMLInputElement).disabled || (element as HTMLInputElement).type === 'hidden') continue;
    element.focus();
    return;
  }
}

/**
 * Puts an error's field messages on a TanStack Form form, in its `onServer` error map: each field
 * the form has (nested `address.city` and array `items[0].name` included) gets its messages in
 * `field.state.meta.errors`, focus moves to the first of them, and whatever fits no field
 * (form-level messages, unknown names) becomes the form's error (`form.state.errors`). A field's
 * message goes when its value changes; all of them go when the form is submitted again, so a
 * later submit is never blocked. Values the user typed are left alone. Returns the messages it
 * could not place on a field.
 */
export function applyFieldErrors(
  error: unknown,
  form: AnyFormApi,
  options: ApplyFieldErrorsOptions = {},
): ApiFieldError[] {
  const { mapPath, focus = true, root, includeMessage = true } = options;
  clearPlaced(form);
  const { formErrors, fieldErrors } = flattenFieldErrors(error, { mapPath, includeMessage });

  const unplaced: ApiFieldError[] = formErrors.map((message) => ({ path: '', message }));
  const fields: Record<string, string> = Object.create(null);
  for (const [path, messages] of Object.entries(fieldErrors)) {
    const name = fieldNameIn(form, path);
    if (name === undefined) for (const message of messages) unplaced.push({ path, message });
    else fields[name] = [fields[name], ...messages].filter(Boolean).join(' ');
  }
  // In the order the form registered its fields, which is the order they render in.
  const order = Object.keys(form.fieldInfo);
  const names = Object.keys(fields).sort((a, b) => order.indexOf(a) - order.indexOf(b));
  if (names.length === 0 && unplaced.length === 0) return unplaced;

  // No message for the form joins to '', which TanStack Form takes for no error.
  form.setErrorMap({ onServer: { form: unplaced.map((item) => item.message).join(' '), fields } });

  // Without validators of its own, TanStack Form never clears `onServer`: a field's message goes
  // when its value changes, and every message when the next submit starts (before it validates).
  const values = new Map(names.map((name) => [name, form.getFieldValue(name)]));
  const attempts = form.state.submissionAttempts;
  const subscription = form.store.subscribe(() => {
    if (form.state.submissionAttempts !== attempts) {
      clearPlaced(form);
      return;
    }
    for (const [name, value] of values) {
      if (Object.is(form.getFieldValue(name), value)) continue;
      values.delete(name);
      clearField(form, name);
    }
  });
  placedOn.set(form.store, { fields: names, stop: () => subscription.unsubscribe() });

  if (focus !== false && names.length > 0) {
    if (typeof focus === 'function') focus(names[0] as string);
    else if (typeof document !== 'undefined') defaultFocus(root ?? document, names);
  }
  return unplaced;
}
