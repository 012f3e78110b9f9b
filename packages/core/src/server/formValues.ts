/** Options of {@link formValues}. */
export interface FormValuesOptions {
  /** Names whose values are never sent back (passwords, card numbers, one-time codes). */
  omit?: readonly string[] | undefined;
}

/** What `formValues` reads: a `FormData`, or anything with its `forEach`. */
export interface FormDataLike {
  /** Calls back with each value and name, in order. */
  forEach(callback: (value: unknown, name: string) => void): void;
}

/** Most entries read; a form has far fewer fields. */
const MAX_ENTRIES = 1_000;

/**
 * The text a user submitted, by field name, to give back as each input's `defaultValue`: React
 * resets a `<form action>` after its action, so an uncontrolled input shows what was typed only if
 * its `defaultValue` is what was submitted. A name sent more than once (checkboxes, a multiple
 * select) gives an array; files are left out, and so are the names in `omit`. Plain data, so a
 * server function can return it beside `actionError(...)`.
 */
export function formValues(
  formData: FormDataLike | null | undefined,
  options: FormValuesOptions = {},
): Record<string, string | string[]> {
  const values = new Map<string, string | string[]>();
  if (formData == null) return {};
  let read = 0;
  formData.forEach((value, name) => {
    // React adds `$ACTION_…` fields to a server action's form data; they are not the user's input.
    if (
      ++read > MAX_ENTRIES ||
      typeof value !== 'string' ||
      options.omit?.includes(name) ||
      name.startsWith('$ACTION_')
    )
      return;
    const previous = values.get(name);
    values.set(
      name,
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value],
    );
  });
  // An ordinary object: React refuses to send a null-prototype one from a server function.
  // `fromEntries` defines each name as an own property, so `__proto__` stays a name.
  return Object.fromEntries(values);
}
