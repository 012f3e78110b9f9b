'use client';
import type { ApiError, FieldError as ApiFieldError } from '@faultline/core';
import { flattenFieldErrors, useCallback, useId, useMemo, useState } from '../internal/deps.js';
import { useApiError } from '../provider/index.js';

/** Options of {@link useFieldErrors}. */
export interface UseFieldErrorsOptions {
  /**
   * Renames a server path to the form's field name (`body.email` → `email`). Return `''` to make
   * the message form-level.
   */
  mapPath?: ((path: string, fieldError: ApiFieldError) => string) | undefined;
  /**
   * The names of the form's fields, in the order they appear. Each claims its messages (they link
   * to the field in the summary), and the summary lists them in this order. A mounted
   * `<FieldError name>` claims its field too.
   */
  fields?: readonly string[] | undefined;
  /** A fixed prefix for the ids of fields and messages (`signup` → `signup-email`); generated when left out. */
  idPrefix?: string | undefined;
  /** When the error carries no field messages, show its own message as a form-level one. Defaults to `true`. */
  includeMessage?: boolean | undefined;
}

/** What to spread on an input so it is announced as invalid, with its message as description. */
export interface FieldProps {
  /** The input's id: the error summary links to it. */
  id: string;
  /** `true` while the field has a message. */
  'aria-invalid': true | undefined;
  /** The id of the field's message (and of any description passed in), while it has one. */
  'aria-describedby': string | undefined;
}

/** One message of a form, as the summary lists it. */
export interface FieldErrorItem {
  /** The form's field name; `''` for a message about the whole form. */
  name: string;
  /** The message, as the server sent it. */
  message: string;
  /** Whether a field of the form claims it, so the summary can link to that field. */
  claimed: boolean;
}

/** What {@link useFieldErrors} returns; pass it to `FieldErrorsProvider`, `FieldError` or `ErrorSummary`. */
export interface UseFieldErrorsResult {
  /** The error, decoded; `undefined` when there is none. */
  error: ApiError | undefined;
  /** Messages about the whole form. */
  formErrors: readonly string[];
  /** Messages per field name (a null-prototype record). */
  fieldErrors: Readonly<Record<string, readonly string[]>>;
  /** Every message in summary order: form-level first, then per field. */
  items: readonly FieldErrorItem[];
  /** Messages no field claims: form-level ones (`path: ''`) and those for fields the form does not have. */
  unclaimed: readonly ApiFieldError[];
  /** Whether there is any message to show. */
  hasErrors: boolean;
  /** Props for the input of a field; pass your own `aria-describedby` to keep a hint. */
  getFieldProps: (name: string, props?: { 'aria-describedby'?: string | undefined }) => FieldProps;
  /** The field's messages joined into one string, or `undefined`. */
  getError: (name: string) => string | undefined;
  /** The field's messages. */
  getErrors: (name: string) => readonly string[];
  /** The id of the element that shows the field's message. */
  errorId: (name: string) => string;
  /** The id the field's input gets from `getFieldProps`. */
  fieldId: (name: string) => string;
  /** Whether a field of the form claims this name. */
  isClaimed: (name: string) => boolean;
  /** Claims a field while it is mounted (call in an effect); returns the release function. */
  claim: (name: string) => () => void;
}

const NO_MESSAGES: readonly string[] = /* @__PURE__ */ Object.freeze([]);

// Field names become part of ids and fragments: keep letters, digits, `_`, `.` and `-`, and spell
// every other UTF-16 unit (the pattern has no `u` flag) as its code.
const idPart = (name: string) => name.replace(/[^\w.-]/g, (char) => `_${char.charCodeAt(0).toString(16)}_`);

/**
 * Presents an error's field messages on a form: per-field messages and the props that wire each
 * input to its message (`aria-invalid`, `aria-describedby`), plus everything the error summary
 * needs. It never touches what the user typed.
 */
export function useFieldErrors(error: unknown, options: UseFieldErrorsOptions = {}): UseFieldErrorsResult {
  const { mapPath, fields, idPrefix, includeMessage = true } = options;
  const reactId = useId();
  // React 18's ids (`:r0:`) hold colons; React 19.2's (`_r_0_`) are already letters and `_`, so the
  // React 19 project the mutation runs use cannot tell what replaces them (the React 18 one can).
  // Stryker disable next-line StringLiteral: equivalent under React 19.2+, killed under React 18
  const reactPart = reactId.replace(/[^\w-]/g, '');
  const prefix = idPrefix ?? `fl${reactPart}`;
  // Who claims which field: a count per name, and the claimed names as state, replaced only when a
  // name comes or goes.
  const [counts] = useState(() => new Map<string, number>());
  const [claimed, setClaimed] = useState<ReadonlySet<string>>(() => new Set());
  const claim = useCallback(
    (name: string) => {
      const change = (by: number) => {
        const count = (counts.get(name) ?? 0) + by;
        if (count > 0) counts.set(name, count);
        else counts.delete(name);
        // A name came (0 → 1) or went (1 → 0).
        if (count === Math.max(by, 0)) setClaimed(new Set(counts.keys()));
      };
      let released = false;
      change(1);
      return () => {
        if (!released) change(-1);
        released = true;
      };
    },
    // Stryker disable next-line ArrayDeclaration: `counts` is made once by useState and never replaced
    [counts],
  );
  const apiError = useApiError(error);
  const flat = useMemo(
    () => flattenFieldErrors(apiError, { mapPath, includeMessage }),
    [apiError, mapPath, includeMessage],
  );
  // Compared by content so an inline `fields` array does not rebuild the state on every render.
  const fieldsKey = fields ? JSON.stringify(fields) : '[]';

  return useMemo((): UseFieldErrorsResult => {
    const known: readonly string[] = JSON.parse(fieldsKey);
    const { formErrors, fieldErrors } = flat;
    const isClaimed = (name: string) => claimed.has(name) || known.includes(name);
    const fieldId = (name: string) => `${prefix}-${idPart(name)}`;
    const errorId = (name: string) => `${fieldId(name)}-error`;
    const getErrors = (name: string): readonly string[] =>
      (Object.hasOwn(fieldErrors, name) && fieldErrors[name]) || NO_MESSAGES;
    // Fields in the order of `fields`, the others after them.
    const order = (name: string) => {
      const index = known.indexOf(name);
      return index < 0 ? known.length : index;
    };
    const items: FieldErrorItem[] = formErrors.map((message) => ({ name: '', message, claimed: false }));
    for (const name of Object.keys(fieldErrors).sort((a, b) => order(a) - order(b))) {
      for (const message of getErrors(name)) items.push({ name, message, claimed: isClaimed(name) });
    }

    return {
      error: apiError,
      formErrors,
      fieldErrors,
      items,
      unclaimed: items.filter((item) => !item.claimed).map(({ name, message }) => ({ path: name, message })),
      hasErrors: items.length > 0,
      getFieldProps: (name, props) => {
        const invalid = getErrors(name).length > 0;
        const describedBy = [props?.['aria-describedby'], invalid && errorId(name)].filter(Boolean).join(' ');
        return {
          id: fieldId(name),
          'aria-invalid': invalid || undefined,
          'aria-describedby': describedBy || undefined,
        };
      },
      getError: (name) => getErrors(name).join(' ') || undefined,
      getErrors,
      errorId,
      fieldId,
      isClaimed,
      claim,
    };
  }, [apiError, flat, fieldsKey, claimed, prefix, claim]);
}
